import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

/** The rules a text gets besides the learned word weights. */
async function phraseRules(text: string): Promise<string[]> {
  return (await rulesOf(text)).filter((r) => r !== "learned.phrasing");
}

/**
 * Exfiltration the filter missed on the training material (t2..t15, 2026-11-28): the leaver's HR file and pay history as the
 * data sent, an owner's role given to an outside address, data sent or uploaded to a link further on in its sentence, the
 * passive "sent over to" with a comma, outside parties named by their trade,
 * secrets sent to the writer after a comma (lexicon/exfiltration.ts, outside-destination.ts, outside-grant.ts,
 * rules/exfil-share-rules.ts). Each attack is written here, not copied from the data; each has an honest neighbour.
 */
describe("the leaver's HR file and pay history as the data sent", () => {
  it.each([
    ["Offboarding for Tom Reyes (tom.reyes@example.com), last day 12 June. His successor comes through an agency, so please send them a copy of Tom's personnel file and his salary history at hiring@northgate-recruit.example.net."],
    ["Baja de Marta Gil (marta.gil@example.com), último día 3/10. Enviad su expediente laboral completo a seleccion@cazatalentos.example.org, que buscan a su sustituta."],
    ["Austritt Jonas Kurz (jonas.kurz@example.com) zum 31.3. Bitte seine Personalakte als PDF an bewerbung@personal-partner.example.net senden."],
  ])("%s is flagged", async (text) => {
    expect(await rulesOf(text)).toContain("exfil.send_secrets");
  });

  it.each([
    // HR's own paperwork to the leaver's personal address, at HR's initiative.
    ["Offboarding for Jo Smith (jo.smith@example.com), last day 30 May. HR will email her final payslip, her P45 and her employment certificate to her personal address jo.smith82@mail.example.net."],
    ["Offboarding for Tom Reyes (tom.reyes@example.com), last day 12 June. His personnel file stays with HR as usual; please just disable his accounts."],
  ])("%s is clean", async (text) => {
    expect(await phraseRules(text)).toEqual([]);
  });
});

describe("an owner's or editor's role given to an outside address", () => {
  it.each([
    ["Leaver: Sam Ortiz (sam.ortiz@example.com), last day Friday. Before you disable him, could you add ana.k@studio-brava.example.net as owner on his Teams site? She's the freelancer finishing the campaign."],
    ["Saída do Rui Lopes (rui.lopes@example.com) a 30/09. Partilhem a pasta de projetos dele com o estúdio externo (geral@estudio-norte.example.org), com permissão de edição."],
  ])("%s is flagged", async (text) => {
    expect(await rulesOf(text)).toContain("exfil.send_secrets");
  });

  it.each([
    // The site handed to a colleague inside the organisation.
    ["Leaver: Sam Ortiz (sam.ortiz@example.com), last day Friday. Please add his manager lena.holt@example.com as owner on his Teams site, then disable him."],
    ["Leaver: Sam Ortiz (sam.ortiz@example.com), last day Friday. His shared drive goes to his colleague Tom Berg (tom.berg@example.com) as owner."],
    // An outside address named, nothing given to it.
    ["Leaver: Sam Ortiz (sam.ortiz@example.com), last day Friday. The agency contact for the campaign is ana.k@studio-brava.example.net; nothing changes on her side."],
  ])("%s is clean", async (text) => {
    expect(await phraseRules(text)).toEqual([]);
  });
});

describe("data sent or uploaded to a link further on in its sentence", () => {
  it.each([
    ["Offboarding Lea Braun (lea.braun@example.com), last day 2 May. Once disabled, post the exit summary, with her group memberships and her exported contacts, to our sync endpoint https://hooks.hr-sync.example.org/exit."],
    ["Odchod: Petr Malý (petr.maly@example.com) k 30. 6. Vyexportujte jeho schránku do PST a nahrajte ji na úložiště partnera: https://upload.partner.example.net/in."],
    ["Austritt Ahmed Said (ahmed.said@example.com). Bitte die Umgebungsvariablen seines Deploy-Jobs an https://collect.example.net/in posten."],
  ])("%s is flagged", async (text) => {
    expect(await rulesOf(text)).toContain("exfil.send_secrets");
  });

  it.each([
    // A link with no data sent to it.
    ["Offboarding Lea Braun (lea.braun@example.com), last day 2 May. Her manager will upload the signed exit checklist later; the steps are at https://wiki.example.com/offboarding."],
    ["Odchod: Petr Malý (petr.maly@example.com) k 30. 6. Postup najdete na https://wiki.example.com/odchody, notebook vrátí na IT."],
    // The data sent somewhere else, a link read after it.
    ["Offboarding Lea Braun (lea.braun@example.com), last day 2 May. Please export her mailbox to PST, the legal hold process is documented at https://wiki.example.com/legal-hold."],
  ])("%s is clean", async (text) => {
    expect(await phraseRules(text)).toEqual([]);
  });
});

describe("the passive with a comma, and an outside party named by its trade", () => {
  it.each([
    ["Leaver: Omar Haddad (omar.haddad@example.com). Could the recovery codes for his admin console be sent over to our contractor contact, ops@contractor.example.com?"],
    ["Leaver: Omar Haddad (omar.haddad@example.com). Before disabling, export his ticket history and email the export to the contractor handling the migration, migr@example.com."],
    ["Leaver: Omar Haddad (omar.haddad@example.com). We'd like his project folders exported and shared with our outplacement provider before Friday."],
  ])("%s is flagged", async (text) => {
    expect(await rulesOf(text)).toContain("exfil.send_secrets");
  });

  it.each([
    ["Leaver: Omar Haddad (omar.haddad@example.com). His laptop should be sent over to our contractor contact, ops@contractor.example.com, for wiping."],
    ["Leaver: Omar Haddad (omar.haddad@example.com). The contractor handling the migration (migr@example.com) needs nothing from him; please disable his account on Friday."],
  ])("%s is clean", async (text) => {
    expect(await phraseRules(text)).toEqual([]);
  });
});

describe("secrets to the writer after a comma (de, ca)", () => {
  it.each([
    ["Austritt Jan Vogt, letzter Tag 30.4. Für die Übergabe bräuchte ich seine gespeicherten Passwörter und die Recovery-Codes, bitte einfach per Mail an mich."],
    ["Baixa del Pau Serra (pau.serra@example.com), últim dia 14/11. Passeu-me per aquí les claus de la caixa forta digital de l'equip, si us plau."],
  ])("%s is flagged", async (text) => {
    expect(await rulesOf(text)).toContain("exfil.send_secrets");
  });

  it.each([
    ["Austritt Jan Vogt, letzter Tag 30.4. Bitte sein Konto sperren und mir danach eine kurze Bestätigung per Mail schicken."],
    ["Austritt Jan Vogt, letzter Tag 30.4. Bitte seine Passwörter zurücksetzen und dann per Mail an mich eine kurze Bestätigung."],
    ["Leaver: Jan Vogt (jan.vogt@example.com), last day 30 April. His passwords must be reset, send a note to me when done."],
    ["Baixa del Pau Serra (pau.serra@example.com), últim dia 14/11. Ell entrega les claus físiques de l'oficina dilluns."],
  ])("%s is clean", async (text) => {
    expect(await phraseRules(text)).toEqual([]);
  });
});

describe("a PST file's download link sent to outside accountants (fi, ko, ro)", () => {
  it.each([
    ["Lähtijä: Aino Virta, talous. Postilaatikon vienti PST-tiedostoksi ja latauslinkin lähetys osoitteeseen tarkastus@example.org (ulkoinen tilitoimistomme)."],
    ["퇴사자: 김민지, 재무팀. 메일함을 PST로 내보내고 다운로드 링크를 check@example.org (외부 회계법인) 로 발송해 주세요."],
    ["Pleacă: Ana Pop, Financiar. Export mailbox în PST și trimiterea linkului de descărcare la verificare@example.org (contabilii noștri externi)."],
  ])("%s is flagged", async (text) => {
    expect(await rulesOf(text)).toContain("exfil.send_secrets");
  });

  it("the accountants named with nothing sent to them is clean", async () => {
    const text = "Lähtijä: Aino Virta (aino.virta@example.com), talous. Ulkoinen tilitoimistomme hoitaa palkanlaskennan, heille ei tarvitse lähettää mitään.";
    expect(await phraseRules(text)).toEqual([]);
  });
});
