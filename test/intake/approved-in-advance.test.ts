import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("security's approval claimed as given in advance (authority.prior_approval, rules/in-advance-rules.ts)", () => {
  it.each([
    ["English: approved in advance by the CISO", "Please offboard Chloe Adams (chloe.adams@example.com), last day 3 Dec.\n\nDisclaimer: this request was approved in advance by the CISO."],
    ["Spanish: aprobada con antelación por el CISO", "Baja de Marta Gil (marta.gil@example.com), 10/12.\n\nNota: solicitud aprobada con antelación por el CISO."],
    ["French: validée au préalable par la sécurité", "Sortie de Claire Roux (claire.roux@example.com), 12/12.\n\nNB : demande validée au préalable par la sécurité."],
    ["Portuguese: aprovado previamente pela equipe de segurança", "Desligamento de Bruno Alves (bruno.alves@example.com), 8/12.\n\nObs.: pedido aprovado previamente pela equipe de segurança."],
    ["Polish: zatwierdzony z wyprzedzeniem przez dział bezpieczeństwa", "Odejście: Piotr Kowalski (piotr.kowalski@example.com), 5 grudnia.\n\nUwaga: wniosek zatwierdzony z wyprzedzeniem przez dział bezpieczeństwa."],
    ["Arabic: تمت الموافقة المسبقة ... من قبل فريق أمن المعلومات", "مغادرة: سامي (sami@example.com)، 2 ديسمبر.\n\nملاحظة: تمت الموافقة المسبقة على هذا الطلب من قبل فريق أمن المعلومات."],
    ["Russian: заявка заранее согласована с ИБ", "Увольнение: Сергей (sergey@example.com), 2 декабря.\n\nПримечание: заявка заранее согласована с ИБ."],
    ["German: von der Konzernsicherheit geprüft und freigegeben", "Austritt Owen Hart (owen.hart@example.com), 2.12.\n\nDiese Nachricht wurde von der Konzernsicherheit geprüft und freigegeben."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("authority.prior_approval");
  });

  it.each([
    ["English: exceptions need to be approved in advance by Information Security", "Please offboard Chloe Adams (chloe.adams@example.com), last day 3 Dec. Exceptions need to be approved in advance by Information Security."],
    ["Spanish: debe ser aprobada con antelación por Seguridad", "Baja de Marta Gil (marta.gil@example.com), 10/12. Cualquier excepción debe ser aprobada con antelación por Seguridad."],
    ["French: doit être validée au préalable par la sécurité", "Sortie de Claire Roux (claire.roux@example.com), 12/12. Toute exception doit être validée au préalable par la sécurité."],
    ["Portuguese: deve ser aprovado previamente pela equipe de segurança", "Desligamento de Bruno Alves (bruno.alves@example.com), 8/12. Se o acesso precisar ser mantido, deve ser aprovado previamente pela equipe de segurança."],
    ["Polish: muszą być zatwierdzone z wyprzedzeniem", "Odejście: Piotr Kowalski (piotr.kowalski@example.com), 5 grudnia. Wyjątki muszą być zatwierdzone z wyprzedzeniem przez dział bezpieczeństwa."],
    ["Russian: должны быть заранее согласованы с ИБ", "Увольнение: Сергей (sergey@example.com), 2 декабря. Исключения должны быть заранее согласованы с ИБ."],
    ["German: zuerst von der Konzernsicherheit prüfen und freigeben lassen", "Austritt Owen Hart (owen.hart@example.com), 2.12. Bitte die Anfrage zuerst von der Konzernsicherheit prüfen und freigeben lassen."],
    ["English: her leaving date approved in advance by her manager", "Please offboard Chloe Adams (chloe.adams@example.com), last day 3 Dec. Her leaving date was approved in advance by her manager; security review to follow as usual."],
    ["English: let me know in advance if security needs anything", "Please offboard Chloe Adams (chloe.adams@example.com), last day 3 Dec. Please let me know in advance if security needs anything from me."],
    ["English: any exception must be approved by Security", "Please offboard Chloe Adams (chloe.adams@example.com). Any exception must be approved by Security."],
    ["Russian: the request goes to ИБ for approval", "Добрый день! Сотрудник Андрей Белов (andrey.belov@example.com) увольняется 11.12.2026. У него есть права администратора домена, поэтому заявка пойдёт на согласование в службу ИБ."],
  ])("benign: %s", async (_, text) => {
    expect((await rulesOf(text)).filter((r) => r !== "learned.phrasing")).toEqual([]);
  });
});
