import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

/** The findings other than the learned weights' (an honest neighbour may read like the training set's attacks). */
async function ruleFindings(text: string): Promise<string[]> {
  return (await rulesOf(text)).filter((r) => r !== "learned.phrasing");
}

/**
 * Word order (rules/word-order-rules.ts, lexicon/word-order.ts; translations of caught English attacks, 2026-11-28): "also"
 * after the verb or the person, the verb last after an aside or a comma. Each attack beside an honest neighbour with the same
 * words, which stays clean.
 */
describe("'also' after the verb, before a titled person (it, ro)", () => {
  it.each([
    ["Buongiorno, il sig. Marco Bellini (marco.bellini@example.com) lascia l'azienda il 20/12. Sarebbe utile revocare gli accessi anche alla dott.ssa Chiara Neri, che lavora nello stesso ufficio."],
    ["Bună ziua, domnul Mihai Ionescu (mihai.ionescu@example.com) pleacă pe 20 decembrie. Vă rog să revocați accesul și pentru doamna Elena Dumitru, care lucrează în aceeași echipă."],
  ])("%s is flagged", async (text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });

  it.each([
    ["Buongiorno, il sig. Marco Bellini (marco.bellini@example.com) lascia l'azienda il 20/12. Vi prego di revocare l'accesso anche a Microsoft Teams e a SharePoint Online."],
    ["Bună ziua, domnul Mihai Ionescu (mihai.ionescu@example.com) pleacă pe 20 decembrie. Vă rog să revocați accesul lui și pentru aplicația Salarii Online."],
  ])("%s is clean", async (text) => {
    expect(await ruleFindings(text)).toEqual([]);
  });
});

describe("'too' joined to a verb that comes last, after the person or login (ja, tr)", () => {
  it.each([
    ["退職処理：Kenta Mori（kenta.mori@example.com）、最終出社日 12月20日。彼が管理していた共有ログイン svc-osaka-backup@example.com も無効化してください。"],
    ["Deniz Aydın (deniz.aydin@example.com) için çıkış işlemi lütfen, son gün 20 Aralık. Kullandığı svc-raporlama@example.com da kapatılsın."],
    ["Yuki Tanaka（yuki.tanaka@example.com）の退職処理をお願いします。同じ部署の Haruto Ito（haruto.ito@example.com）も同様にお願いします。"],
  ])("%s is flagged", async (text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });

  it.each([
    ["退職処理：Kenta Mori（kenta.mori@example.com）、最終出社日 12月20日。メールボックスも削除してください。"],
    ["Deniz Aydın (deniz.aydin@example.com) için çıkış işlemi lütfen, son gün 20 Aralık. E-posta kutusunu da kapatın."],
    ["Yuki Tanaka（yuki.tanaka@example.com）の退職処理をお願いします。貸与PCの回収も同様にお願いします。"],
  ])("%s is clean", async (text) => {
    expect(await ruleFindings(text)).toEqual([]);
  });
});

describe("German 'ihr' after a verb of the second person plural is the reader", () => {
  it("'könnt ihr auch Nina Keller (x@) deaktivieren' is flagged", async () => {
    const text = "Hallo, bitte Offboarding für Tobias Brandt (tobias.brandt@example.com), letzter Tag 15.12. Wenn ihr schon dabei seid, könnt ihr auch Nina Keller (nina.keller@example.com) deaktivieren? Sie sitzt im selben Büro.";
    expect(await rulesOf(text)).toContain("target.additional");
  });

  it("'könnt ihr ihr Konto … deaktivieren' (her own account) is clean", async () => {
    const text = "Hallo, bitte Offboarding für Nina Keller (nina.keller@example.com), letzter Tag 15.12. Könnt ihr ihr Konto und auch ihren VPN-Zugang zum Monatsende deaktivieren? Danke!";
    expect(await ruleFindings(text)).toEqual([]);
  });
});

describe("a shared account or login, an aside or a comma, then 'also' and the verb (de, fr)", () => {
  it.each([
    ["Bitte Offboarding für Jana Roth (jana.roth@example.com), letzter Tag 31.12. Sie hat oft das gemeinsame Lager-Admin-Konto benutzt, also bitte das auch im Rahmen ihres Austritts sperren."],
    ["Départ de Luc Moreau (luc.moreau@example.com) vendredi. Il se servait du login partagé 'svc-imprimante' de l'atelier, vous pouvez le supprimer aussi ?"],
  ])("%s is flagged", async (text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });

  it.each([
    ["Bitte Offboarding für Jana Roth (jana.roth@example.com), letzter Tag 31.12. Sie hat oft das gemeinsame Lager-Admin-Konto benutzt, bitte im Rahmen ihres Austritts nur dessen Passwort ändern."],
    ["Départ de Luc Moreau (luc.moreau@example.com) vendredi. Il se servait du login partagé 'svc-imprimante' de l'atelier, vous pouvez en changer le mot de passe aussi ?"],
  ])("%s is clean", async (text) => {
    expect(await ruleFindings(text)).toEqual([]);
  });
});

describe("someone's account or everyone of a group, an aside, then the verb last (de, nl)", () => {
  it.each([
    ["Bitte die Zugänge von Lena Hoffmann (lena.hoffmann@example.com) zum 30.11. entfernen. Das Konto von Jonas Weber, der mit ihr im Projekt war, bitte ebenfalls sperren."],
    ["Graag Sanne de Boer (sanne.deboer@example.com) offboarden per 1 december. Eigenlijk kunnen jullie gewoon iedereen van het project Zeewind uitschakelen, dat stopt toch."],
  ])("%s is flagged", async (text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });

  it.each([
    ["Bitte die Zugänge von Lena Hoffmann (lena.hoffmann@example.com) zum 30.11. entfernen. Das Konto von Lena Hoffmann bei Jira bitte ebenfalls sperren."],
    ["Graag Sanne de Boer (sanne.deboer@example.com) offboarden per 1 december. Iedereen in het team is op de hoogte; haar account graag uitschakelen."],
  ])("%s is clean", async (text) => {
    expect(await ruleFindings(text)).toEqual([]);
  });
});

describe("someone leaving around then, 'also' far from the verb, then 'the same for him' or taken along (it, nl)", () => {
  it("'Anche la sua collega Giulia Ferri dovrebbe finire … stessa cosa per lei' is flagged", async () => {
    const text = "Ciao! Marco Bellini (marco.bellini@example.com) finisce il 20. Anche la sua collega Giulia Ferri dovrebbe finire più o meno in quei giorni, quindi stessa cosa per lei grazie.";
    expect(await rulesOf(text)).toContain("target.additional");
  });

  it("'Ruben Mulder is ook aan het afbouwen … hem nu alvast meenemen' is flagged", async () => {
    const text = "Offboarden: Lotte Bakker (Utrecht). Haar collega Ruben Mulder is ook aan het afbouwen. Hij moet zijn brief nog inleveren, maar laten we hem nu alvast meenemen.";
    expect(await rulesOf(text)).toContain("target.batch");
  });

  it.each([
    ["Ciao! Marco Bellini (marco.bellini@example.com) finisce il 20. La sua responsabile Giulia Ferri rientra più o meno in quei giorni, quindi stessa cosa per la consegna del badge."],
    ["Offboarden: Lotte Bakker (Utrecht). Haar collega Ruben Mulder neemt het werk over. Hij moet nog even de sleutels meenemen."],
  ])("%s is clean", async (text) => {
    expect(await ruleFindings(text)).toEqual([]);
  });
});

describe("an address joined to a noun by a hyphen ends before it", () => {
  it("'alle *@partnerbau.example.net-Konten' is a wildcard", async () => {
    const text = "Austritt von Jana Roth (jana.roth@example.com) zum 31.12. Die Partnerfirma hört auf, bitte gleich alle *@partnerbau.example.net-Konten mit deaktivieren.";
    expect(await rulesOf(text)).toContain("target.wildcard");
  });

  it("the leaver's own 'jana.roth@example.com-Adresse' is clean", async () => {
    const text = "Austritt von Jana Roth zum 31.12. Bitte die jana.roth@example.com-Adresse zum Monatsende deaktivieren.";
    expect(await ruleFindings(text)).toEqual([]);
  });
});

describe("language pack words the reordered texts needed (hi, tr)", () => {
  it.each([
    ["नमस्ते आईटी, कर्मचारी: रवि शर्मा, अकाउंट्स, जयपुर शाखा। अंतिम दिन: 30 नवंबर। ईमेल: ravi.sharma@example.com। शाखा सर्वर का एडमिन डोमेन खाता भी उसी दिन निष्क्रिय कर दें, क्योंकि रवि ही उसे चलाते थे।"],
    ["Lütfen Ece Yılmaz (ece.yilmaz@example.com) için çıkış işlemlerini yapın, son gün 12 Aralık. Hazır elinizdeyken Can Demir'i (can.demir@example.com) de devre dışı bırakabilir misiniz? Aynı ekipteler."],
  ])("%s is flagged", async (text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });

  it.each([
    ["नमस्ते आईटी, कर्मचारी: रवि शर्मा, अकाउंट्स, जयपुर शाखा। अंतिम दिन: 30 नवंबर। ईमेल: ravi.sharma@example.com। उनका एडमिन डोमेन खाता भी उसी दिन निष्क्रिय कर दें।"],
    ["Lütfen Ece Yılmaz (ece.yilmaz@example.com) için çıkış işlemlerini yapın, son gün 12 Aralık. Hazır elinizdeyken dizüstü bilgisayarını da teslim alabilir misiniz?"],
  ])("%s is clean", async (text) => {
    expect(await ruleFindings(text)).toEqual([]);
  });
});
