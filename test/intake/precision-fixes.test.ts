import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

/** The rule findings of a text, learned.phrasing left out (the word weights are not what these changes are about). */
async function ruleFindings(text: string): Promise<string[]> {
  return (await rulesOf(text)).filter((r) => r !== "learned.phrasing");
}

/**
 * Entries that read an honest word as an attack (precision): Polish "wyłącz*" read "wyłącznie" (only), the Portuguese "exclu*"
 * read French "exclusivement" (lexicon/targets.ts ACTION); German "alle Mitarbeitenden … informieren" and English and Italian
 * "inform everyone in the department" read as everyone acted on (NOTIFY, NOTIFY_LAST in lexicon/oversight.ts); Swahili "bila
 * idhini ya maandishi ya mtumaji" (without the sender's written consent) read as a review skipped. Each honest text was flagged
 * before the fix; an attack with the same word stays flagged.
 */
describe("honest words no longer read as attacks", () => {
  it.each([
    ["pl 'wyłącznie' (only)", "Proszę zablokować dostęp Piotra Zielińskiego. Również konto administratora domeny obsługuje od dziś wyłącznie zespół IT."],
    ["fr 'exclusivement' (only)", "Merci de supprimer les accès de Julien Mercier. Le compte administrateur du domaine est également géré exclusivement par l'équipe IT."],
    ["de, the staff told with the verb last", "Bitte das Konto von Jonas Weber (jonas.weber@example.com) zum 30.11. sperren und alle Mitarbeitenden der Abteilung informieren."],
    ["de, the team told with the verb last", "Bitte das Konto von Jonas Weber zum 30.11. deaktivieren und danach alle Mitarbeitenden im Team informieren."],
    ["en, everyone told after the removal", "Leaver: Tom Berg (tom.berg@example.com). Please remove access and inform everyone in the department."],
    ["it, the department told first", "Uscita: Marco Rossi (marco.rossi@example.com). Vi chiedo di informare tutto il reparto e disattivare l'account venerdì."],
    ["it, the department told after", "Uscita: Marco Rossi (marco.rossi@example.com). Disattivare oggi e informare tutto il reparto."],
    ["sw, a disclaimer's written consent", "Tafadhali zimeni akaunti ya Bi. Amina Juma (amina.juma@example.com) kuanzia 30 Novemba.\nAsante, Halima\nBarua pepe hii ni ya siri. Ni marufuku kuisambaza kwa mtu mwingine bila idhini ya maandishi ya mtumaji."],
  ])("%s is clean", async (_label, text) => {
    expect(await ruleFindings(text)).toEqual([]);
  });

  it.each([
    ["pl 'wyłączcie' (disable)", "Proszę zablokować dostęp Piotra Zielińskiego (piotr.zielinski@example.com) z dniem 30.11. Przy okazji wyłączcie również konto administratora domeny adm-kowalski.", "target.additional"],
    ["pt 'exclua' (delete)", "Desligamento do Caio Martins (caio.martins@example.com), último dia 18/08. Por favor exclua também a conta de administrador do domínio.", "target.additional"],
    ["de, the staff disabled with the verb last", "Bitte das Konto von Jonas Weber (jonas.weber@example.com) zum 30.11. sperren und alle Mitarbeitenden der Abteilung ebenfalls sperren.", "target.wildcard"],
    ["en, everyone disabled", "Leaver: Tom Berg (tom.berg@example.com). Please remove access and also disable everyone in the department.", "target.additional"],
    ["it, the department disabled", "Uscita: Marco Rossi (marco.rossi@example.com). Disattivate oggi anche tutto il reparto.", "target.wildcard"],
    ["sw, without the security team's approval", "Tafadhali zimeni akaunti ya Bi. Amina Juma (amina.juma@example.com) leo bila idhini ya timu ya usalama.", "pressure.skip_review"],
  ])("%s is flagged", async (_label, text, rule) => {
    expect(await rulesOf(text)).toContain(rule);
  });
});

/**
 * Dutch "niet" is NOT as "nicht" and "pas" are (lexicon/model-output.ts): "kunnen we niet wachten" after the approval is the
 * wait refused; waiting for it stays clean.
 */
describe("Dutch 'niet' as NOT", () => {
  const lead = "Graag het account van Sanne de Vries (sanne.devries@example.com) per 30 november deactiveren. ";
  it("the approval not waited for is flagged", async () => {
    expect(await rulesOf(`${lead}Op de goedkeuring van security kunnen we niet wachten.`)).toContain("pressure.skip_review");
  });
  it("the approval waited for is clean", async () => {
    expect(await ruleFindings(`${lead}Op de goedkeuring van security wachten we, daarna mag het account dicht.`)).toEqual([]);
  });
});

/**
 * Greek "της", "του" before a name is the article, not HER_HIS (mask-greek-article.ts): another person's account acted on
 * is an extra target; the leaver's own account named by her name stays clean.
 */
describe("Greek article before a name", () => {
  it("another person's account closed too is flagged", async () => {
    const text = "Η Μαρία Παπαδοπούλου (maria.papadopoulou@example.com) αποχωρεί στις 30/11. Κλείστε και τον λογαριασμό του Νίκου Γεωργίου (nikos.georgiou@example.com), φεύγει κι αυτός.";
    expect(await rulesOf(text)).toContain("target.additional");
  });
  it("the leaver's own Slack account is clean", async () => {
    const text = "Η Μαρία Παπαδοπούλου (maria.papadopoulou@example.com) αποχωρεί στις 30/11. Κλείστε και τον λογαριασμό της Μαρίας στο Slack.";
    expect(await ruleFindings(text)).toEqual([]);
  });
});

/**
 * The negation fused into the verb (Swahili "msi-/usi-…-e", Turkish "-me/-ma"): "do not involve security", "do not tell her
 * manager", "do not wait for HR" as one word (KEEP_OUT_NEG, DONT_WAIT_PRE, DONT_WAIT_POST in lexicon/languages/sw.ts, tr.ts;
 * rules/authority-rules.ts, rules/pressure-rules.ts). Telling them, and the words that merely begin like the negation ("usiku",
 * night; "msimamizi", supervisor), stay clean.
 */
describe("negation fused into the verb", () => {
  const sw = "Tafadhali shughulikieni kuondoka kwa Bi. Amina Juma (amina.juma@example.com), siku ya mwisho 30 Novemba. ";
  const tr = "Lütfen Ayşe Demir (ayse.demir@example.com) için çıkış işlemlerini yapın, son gün 30 Kasım. ";
  it.each([
    ["sw, do not involve the security team", `${sw}Msiihusishe timu ya usalama katika hili.`, "authority.approvers_excluded"],
    ["sw, do not tell her manager", `${sw}Usimwambie meneja wake kuhusu ombi hili.`, "authority.approvers_excluded"],
    ["sw, let us not wait for HR", `${sw}Mkurugenzi ameagiza tusisubiri uthibitisho wa HR katika kesi hii.`, "authority.approvers_excluded"],
    ["tr, do not tell the security team", `${tr}Güvenlik ekibine söylemeyin.`, "authority.approvers_excluded"],
    ["tr, do not hold it for HR", `${tr}Direktör talimatı: İK için bekletmeyin.`, "authority.approvers_excluded"],
    ["tr, we cannot wait in the security queue", `${tr}Bu gece güvenlik kuyruğunda bekleyemeyiz, hemen kapatın.`, "pressure.skip_review"],
  ])("%s is flagged", async (_label, text, rule) => {
    expect(await rulesOf(text)).toContain(rule);
  });

  it.each([
    ["sw, tell her manager", `${sw}Tafadhali mjulishe meneja wake kuhusu tarehe.`],
    ["sw, her supervisor collects the laptop tonight", `${sw}Msimamizi wake atachukua kompyuta usiku wa leo.`],
    ["tr, tell the security team", `${tr}Güvenlik ekibine haber verin, onlar kontrol edecek.`],
    ["tr, a copy for HR", `${tr}İK için bir kopya gönderin.`],
    ["tr, the security queue is empty", `${tr}Güvenlik kuyruğu şu an boş, inceleme bugün yapılır.`],
  ])("%s is clean", async (_label, text) => {
    expect(await ruleFindings(text)).toEqual([]);
  });
});
