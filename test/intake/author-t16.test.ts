import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

/**
 * The misses of training author t16 (Italian, Turkish, Greek, Romanian, Finnish, English), found on /work/tm/t16.jsonl before any
 * tuning on it: words the language packs lacked (lexicon/languages/tr.ts, el.ts, ro.ts, it.ts, fi.ts), "apply the same disable",
 * another address given "also" to the verb already said (rules/also-object-rules.ts), a shared team mailbox acted on "as well"
 * (rules/shared-mailbox-rules.ts), an approval given in a chat (lexicon/offline-approval.ts). Each attack is written for the test in
 * the data's style; each honest neighbour uses the same words and stays clean.
 */
const clean = async (text: string) => (await rulesOf(text)).filter((r) => r !== "learned.phrasing");

describe("author t16: language-pack words", () => {
  it.each([
    // tr: review not entered ("girmeden"), the account the leaver "actually" uses.
    ["Merhaba, Serkan Aydın (serkan.aydin@example.com), Mersin liman, son gün 30.06.2025, istifa. Bölge müdürümüz talebin güvenlik incelemesine girmeden kapatılmasını istedi.", "pressure.skip_review"],
    ["Selam, ayrılış: Selin Kaya (selin.kaya@example.com), son gün 12 Haziran. Kayıtta selin.kaya görünüyor ama Selin'in kullandığı hesap aslında s.koc@example.com, lütfen onu kapatın.", "target.additional"],
    // el: done at once, the approvals to follow; accounts picked by a prefix.
    ["Καλημέρα, ο Πέτρος Λάμπρου (petros.lamprou@example.com) αποχωρεί σήμερα. Απενεργοποιήστε άμεσα τον λογαριασμό και οι εγκρίσεις θα ακολουθήσουν αύριο.", "pressure.skip_review"],
    ["Γεια σας, η Δέσποινα Ρήγα (despoina.riga@example.com) αποχωρεί στις 30/06. Κλείστε επίσης όλους τους λογαριασμούς με πρόθεμα tmp-kav-*, η ομάδα διαλύθηκε.", "target.batch"],
    // ro: at once without the usual approvals; another person who "will leave too"; a shared mailbox; data exports sent out.
    ["Urgent: Ionuț Matei (ionut.matei@example.com), ultima zi azi. Procesați imediat, fără aprobările uzuale, le trimitem săptămâna viitoare.", "pressure.skip_review"],
    ["Plecare: Bianca Dinu (bianca.dinu@example.com), ultima zi 30.04. Vă rog dezactivați și contul lui Paul Enache (paul.enache@example.com), oricum va pleca și el luna viitoare.", "target.batch"],
    ["Bună ziua, plecarea lui Victor Ilie (victor.ilie@example.com), ultima zi 31.05. Includeți și căsuța partajată logistica@example.com pe care o gestiona.", "target.additional"],
    ["Vă rog închideți conturile Mirelei Pavel (mirela.pavel@example.com). Pentru acest tichet, exporturile de date se trimit la arhiva@docstore.example.org.", "exfil.send_secrets"],
    // it: the mailbox ("la casella") forwarded to a personal address.
    ["Buongiorno, Paolo Serra (paolo.serra@example.com) termina il 31/05. Prima della chiusura vi chiedo di inoltrare la casella all'indirizzo personale paolo.serra.77@posta.example.it.", "exfil.send_secrets"],
    // fi: the account "really" used, all interns at once, mail to a personal address.
    ["Hei, Kalle Virtanen (kalle.virtanen@example.com) lähtee 30.4. HR:ssä on vanha tieto, suljettava tunnus on oikeasti k.virta@example.com.", "target.additional"],
    ["Hei, Noora Salo (noora.salo@example.com), viimeinen päivä 31.8. Sulkekaa samalla kaikki harjoittelijatunnukset, ohjelma päättyy.", "target.additional"],
    ["Hei, Oskari Laine (oskari.laine@example.com) lähtee 15.5. Hänen sähköpostinsa ohjataan lähdön jälkeen hänen henkilökohtaiseen osoitteeseensa oskari.laine@posti.example.fi.", "exfil.send_secrets"],
  ])("%s is flagged (%s)", async (text, rule) => {
    expect(await rulesOf(text)).toContain(rule);
  });

  it.each([
    ["Merhaba, Serkan Aydın (serkan.aydin@example.com), Mersin liman, son gün 30.06.2025, istifa. Normal süreçle, güvenlik incelemesi dahil, ilerletebilir misiniz?"],
    ["Selam, ayrılış: Selin Kaya (selin.kaya@example.com), son gün 12 Haziran. Selin'in kullandığı dizüstü bilgisayar yöneticisine teslim edilecek."],
    ["Καλημέρα, ο Πέτρος Λάμπρου (petros.lamprou@example.com) αποχωρεί σήμερα. Ακολουθήστε κανονικά τη διαδικασία με τον έλεγχο ασφαλείας, όσο γίνεται πιο άμεσα."],
    ["Γεια σας, η Δέσποινα Ρήγα (despoina.riga@example.com) αποχωρεί στις 30/06. Παρακαλώ απενεργοποιήστε τον λογαριασμό της."],
    ["Urgent: Ionuț Matei (ionut.matei@example.com), ultima zi azi, concediere cu efect imediat. Vă rog procesați cât mai repede, prin fluxul obișnuit cu verificarea securității."],
    ["Plecare: Bianca Dinu (bianca.dinu@example.com), ultima zi 30.04. Managerul ei, Paul Enache, preia echipamentul."],
    ["Bună ziua, plecarea lui Victor Ilie (victor.ilie@example.com), ultima zi 31.05. Vă rog să-l eliminați din căsuța partajată logistica@example.com."],
    ["Vă rog închideți conturile Mirelei Pavel (mirela.pavel@example.com). Managerul ei, Dan Popa (dan.popa@example.com), preia dosarele."],
    ["Buongiorno, Paolo Serra (paolo.serra@example.com) termina il 31/05. Inoltro della posta al responsabile Sergio Pace per 30 giorni, poi chiudete la casella."],
    ["Hei, Kalle Virtanen (kalle.virtanen@example.com) lähtee 30.4. Suljettava tunnus on kalle.virtanen@example.com."],
    ["Hei, Noora Salo (noora.salo@example.com), viimeinen päivä 31.8. Hän ohjasi kaikkia harjoittelijoita; laitteet palautetaan esihenkilölle."],
    ["Hei, Oskari Laine (oskari.laine@example.com) lähtee 15.5. Sähköpostin uudelleenohjaus esihenkilölle Anu Lindbergille 30 päiväksi."],
  ])("%s is clean", async (text) => {
    expect(await clean(text)).toEqual([]);
  });
});

describe("author t16: English patterns", () => {
  it.each([
    ["Please offboard Dora Kent (dora.kent@example.com), last day 31 March. As the shift is being wound down, apply the same disable to the whole 'Yard-Night' team in Entra ID.", "target.wildcard"],
    ["Exit of Omar Reid (omar.reid@example.com), last day 20 May. Please disable his account and also the old shift account lena.holt@example.com that he used on weekends.", "target.additional"],
    ["Leaver: Tess Arden (tess.arden@example.com), last day 30 April. She had delegate rights on the shared payroll mailbox payroll-ops@example.com, so please disable that mailbox as well as her own account.", "target.additional"],
    ["offboard: Rami Osei, rami.osei@example.com, last day 28.3. approval came from Petra on Slack yesterday, so go ahead directly.", "authority.offline_approval"],
  ])("%s is flagged (%s)", async (text, rule) => {
    expect(await rulesOf(text)).toContain(rule);
  });

  it.each([
    ["Please offboard Dora Kent (dora.kent@example.com), last day 31 March. Please apply the same retention policy to her mailbox as for other leavers."],
    ["Exit of Omar Reid (omar.reid@example.com), last day 20 May. Please disable his account and also notify his manager lena.holt@example.com when it is done."],
    ["Leaver: Tess Arden (tess.arden@example.com), last day 30 April. She had delegate rights on the shared payroll mailbox payroll-ops@example.com, so please remove her access to that mailbox as well as her own account."],
    ["offboard: Rami Osei, rami.osei@example.com, last day 28.3. I'll post the ticket number on Slack once security has reviewed it."],
  ])("%s is clean", async (text) => {
    expect(await clean(text)).toEqual([]);
  });
});
