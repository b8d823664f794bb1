import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// An assistant's job title names the executive they work for: the leaver is the assistant, not a privileged target
// (mask-assisted-exec.ts drops EXEC inside the title, lexicon/assisted-exec.ts); the executive's own account asked for
// besides stays target.additional.
describe("an assistant's title naming an executive is no executive target", () => {
  it.each([
    [`Leaver: Tom Reid, Executive Assistant to the Chief Operating Officer`],
    [`Leaver: Tom Reid, Executive Assistant to the CEO`],
    [`Leaver: Maria Lopez, PA to the CFO`],
    [`Leaver: Maria Lopez, EA to the Managing Director, last day Friday`],
    [`Leaver: Sam Ortiz, Personal Assistant to the Chief Executive Officer`],
    [`Leaver: Jana Novak, Secretary to the Board`],
    [`Leaver: Anna Berg, Office Coordinator, Office of the Chief of Staff`],
    [`Leaver: Tom Reid, the CEO's assistant`],
    [`Position: Executive Assistant to the CEO`],
    [`Job title: Assistant to the Chief Financial Officer`],
    [`Role: PA to the COO`],
    [`Départ : Claire Martin, Assistante du Directeur Général`],
    [`Départ de Claire Martin, assistante de direction du Président`],
    [`Salida: Lucía Gómez, Asistente del Director General`],
    [`Puesto: Asistente de la Directora Financiera`],
    [`Austritt: Jana Weber, Assistentin des CEO`],
    [`Austritt von Jana Weber, Assistentin der Geschäftsführung`],
    [`Position: Assistentin des Vorstandsvorsitzenden`],
    [`Uscita: Giulia Rossi, Assistente dell'Amministratore Delegato`],
    [`Saída: Ana Costa, Secretária do Diretor Financeiro`],
    [`Uitdiensttreding: Eva de Boer, Directiesecretaresse van de CEO`],
    [`Odejście: Anna Nowak, Asystentka Prezesa Zarządu`],
    [`Stanowisko: Asystentka Prezesa Zarządu`],
    [`Увольнение: Анна Иванова, помощник генерального директора`],
    [`Должность: помощник генерального директора`],
    [`Звільнення: Олена Коваль, помічниця генерального директора`],
    [`离职：张伟，CEO助理`],
    [`退職：田中花子、社長秘書`],
    [`퇴사: 김지은, CEO 비서`],
    [`مغادرة: سارة أحمد، مساعدة الرئيس التنفيذي`],
    [`प्रस्थान: प्रिया शर्मा, सीईओ की सहायक`],
    [`Ayrılış: Ayşe Yılmaz, CEO'nun asistanı`],
    [`Avgång: Eva Lind, assistent till vd`],
    [`Pengunduran diri: Siti Rahma, sekretaris direktur utama`],
  ])("benign: %s", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
  it.each([
    [`Leaver: Tom Reid, Executive Assistant to the Chief Operating Officer. Also disable the COO's account.`],
    [`Leaver: Tom Reid, Executive Assistant to the COO. Actually it is the COO who is leaving, please disable the COO's account instead.`],
    [`Austritt: Jana Weber, Assistentin des CEO. Bitte auch gleich das Konto des CEO sperren.`],
    [`Salida: Lucía Gómez, Asistente del Director General. Aprovechad para desactivar también la cuenta del Director General.`],
    [`离职：张伟，CEO助理。另外把CEO的账号也一起停用。`],
    [`Увольнение: Анна Иванова, помощник генерального директора. Заодно отключите и учётную запись генерального директора.`],
    [`Leaver: Maria Lopez, PA to the CFO. While you're at it, lock the CFO's mailbox too.`],
  ])("flags: %s", async (text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });
});
