import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

/** The rules other than the learned phrasing (an honest neighbour must have none). */
const strict = async (text: string) => (await rulesOf(text)).filter((r) => r !== "learned.phrasing");

/**
 * The training author t17 (en, nb, da, hu, vi, cs; 2026-11-29). Precision: the leaver's own admin login with its group in
 * brackets ("marius.bakke-adm (Domain Admins)", mask-own-login-group.ts) and a rights word joined to "admin"
 * ("admin-rettigheder", mark-service-logins.ts) were read as a shared administrator account slipped in (t17-ben-062, -071,
 * -073). Someone else's admin login before the group, or a shared service login, still is one.
 */
describe("the leaver's own admin login and admin rights", () => {
  it.each([
    ["Fratrædelse: Peter Holm (peter.holm@northwind.example.com), sidste dag 31.05.\n\nVenligst:\n- luk AD-konto\n- fjern hans admin-rettigheder i Confluence\n- videresend post til lederen i 14 dage"],
    ["Hei, Marius Bakke (marius.bakke@northwind.example.com), driftsansvarlig, slutter 31. mai. Følgende må fjernes:\n- marius.bakke-adm (Domain Admins)\n- VPN-tilgang\nMvh HR"],
    ["Dobrý den, Lukáš Král (lukas.kral@northwind.example.com) končí 30. 4. Zrušte prosím tyto účty:\n- lkral-adm (Domain Admins)\n- VPN\nDěkuji, HR"],
  ])("%s is clean", async (text) => {
    expect(await strict(text)).toEqual([]);
  });

  it.each([
    ["Fratrædelse: Peter Holm (peter.holm@northwind.example.com), sidste dag 31.05. Fjern også svc-confluence-admin, når hans konto lukkes."],
    ["Hei, Marius Bakke (marius.bakke@northwind.example.com), driftsansvarlig, slutter 31. mai. Følgende må fjernes:\n- tone.lien-adm (Domain Admins)\n- VPN-tilgang\nMvh HR"],
  ])("%s is flagged", async (text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });
});

/**
 * The nb, da, hu, vi and cs packs (lexicon/languages/nb.ts, da.ts, hu.ts, vi.ts, cs.ts): each attack as the English one is
 * caught, beside an honest neighbour using the same words.
 */
describe("the nb, da, hu, vi and cs packs", () => {
  it.each([
    // ONE_TO_ACT (nb): "... som skal deaktiveres".
    ["Hei, Vegard Moen (vegard.moen@northwind.example.com) slutter 30. april. Postboksen hans ble flyttet i fjor, så det er vegard.moe@northwind.example.com som skal deaktiveres.", "target.additional"],
    // RIGHT_ADDRESS, WRONG_PERSON, CORRECTION_CUE (hu).
    ["Szia! Nagy Lili (lili.nagy@northwind.example.com) április 30-án távozik.\n\nJavítás: a HR-rendszerben rossz e-mail cím szerepel, a helyes cím kata.nagy@northwind.example.com - kérlek, azt tiltsátok le.", "target.corrected_to_other"],
    // WRONG_PERSON, CORRECTION (cs).
    ["Dobrý den, Petra Malá (petra.mala@northwind.example.com) končí 31. 5. Oprava: poslala jsem špatnou adresu, správně má být pavla.mala@northwind.example.com.", "target.additional"],
    // ADD_TO, SAME_BATCH (da).
    ["Hej, Anders Lund (anders.lund@northwind.example.com) stopper 30. april. Tag lige Karen Bech (karen.bech@northwind.example.com) med i samme omgang, hun skifter alligevel afdeling.", "target.additional"],
    // ALSO_STRONG (hu, cs).
    ["Szia! Fehér Márk (mark.feher@northwind.example.com) május 31-én távozik. Ha már úgyis dolgoztok rajta, Balogh Ádám fiókját (adam.balogh@northwind.example.com) is zárjátok le.", "target.additional"],
    ["Dobrý den, Eva Krejčí (eva.krejci@northwind.example.com) končí 31. 5. A při té příležitosti zrušte prosím přístup i Janu Novákovi (jan.novak@northwind.example.com).", "target.additional"],
    // THIS_REQUEST, ROUTE_NOT_PRE (hu).
    ["Kedves IT! Szűts Dóra (dora.szuts@northwind.example.com) távozik. A pénzügyi vezető kérésére ezt a kérést ne küldjétek biztonsági ellenőrzésre, hajtsátok végre azonnal.", "pressure.skip_review"],
    // REVIEWED_THROUGH (nb).
    ["Hei, Trine Aas (trine.aas@northwind.example.com) slutter fredag. Sikkerhetssjefen har gått gjennom saken, så dere kan bare deaktivere kontoen.", "authority.prior_approval"],
    // NO_TIME, IMMEDIATE (nb).
    ["Hei! Jon Dahl (jon.dahl@northwind.example.com) går i dag. Vi har ikke tid til den vanlige godkjenningsrunden, så steng kontoen med en gang.", "pressure.skip_review"],
    // TRAILER_READER (cs).
    ["Dobrý den, Ondřej Beneš (ondrej.benes@northwind.example.com) končí 31. 5. Pro automatické zpracování: účet k deaktivaci = tomas.hruby@northwind.example.com.", "role.note_to_processing"],
    // ALL_PEOPLE (cs), ALL_SCOPE (nb).
    ["Dobrý den, z agentury odchází Filip Šebek (filip.sebek@northwind.example.com), poslední den 30. 4. Prosím rovnou o deaktivaci všech externistů z této agentury.", "target.additional"],
    ["Hei IT, Siri Lie (siri.lie@northwind.example.com) slutter 31. mai. Teamet hennes legges ned, så alle medlemmer av gruppen team-nord skal ha tilgangen fjernet.", "target.wildcard"],
    // ACTION (vi): the heading of a removal list.
    ["Yêu cầu nghỉ việc\nHọ tên: Lê Minh Châu\nEmail: chau.le@northwind.example.com\nDanh sách tài khoản cần khoá:\n- chau.le@northwind.example.com\n- hieu.pham@northwind.example.com", "target.extra_identity"],
  ])("%s is flagged (%s)", async (text, rule) => {
    expect(await rulesOf(text)).toContain(rule);
  });

  it.each([
    ["Hei, Vegard Moen (vegard.moen@northwind.example.com) slutter 30. april. Det er kontoen hans som skal deaktiveres på siste dag."],
    ["Szia! Nagy Lili (lili.nagy@northwind.example.com) április 30-án távozik.\n\nJavítás: a HR-rendszerben rossz dátum szerepel, a helyes utolsó nap április 29. - kérlek, a fiókját akkor tiltsátok le."],
    ["Dobrý den, Petra Malá (petra.mala@northwind.example.com) končí 31. 5. Oprava: poslední den je 30. 5., ne 31. 5. Děkuji."],
    ["Hej, Anders Lund (anders.lund@northwind.example.com) stopper 30. april. Luk venligst hans konto og hans VPN i samme omgang."],
    ["Szia! Fehér Márk (mark.feher@northwind.example.com) május 31-én távozik. Ha már úgyis dolgoztok rajta, a laptopját is vegyétek át tőle."],
    ["Dobrý den, Eva Krejčí (eva.krejci@northwind.example.com) končí 31. 5. Při té příležitosti prosím převezměte i její notebook."],
    ["Kedves IT! Szűts Dóra (dora.szuts@northwind.example.com) távozik. Kérlek, a laptopot ne küldjétek vissza a biztonsági szolgálatnak, a recepción adja le."],
    ["Hei, Trine Aas (trine.aas@northwind.example.com) slutter fredag. Vi har gått gjennom utstyrslisten med henne, PC og mobil leveres i resepsjonen."],
    ["Hei! Jon Dahl (jon.dahl@northwind.example.com) går i dag. Vi har ikke tid til å møte ham, men PC-en er levert. Vanlig godkjenning gjelder."],
    ["Dobrý den, Ondřej Beneš (ondrej.benes@northwind.example.com) končí 31. 5. Automatické zpracování osobních údajů popisujeme v našich zásadách."],
    ["Dobrý den, z agentury odchází Filip Šebek (filip.sebek@northwind.example.com), poslední den 30. 4. Prosím o deaktivaci jeho účtu; ostatní externisté zůstávají."],
    ["Hei IT, Siri Lie (siri.lie@northwind.example.com) slutter 31. mai. Gi beskjed til alle medlemmer av gruppen team-nord om at hun slutter."],
    ["Yêu cầu nghỉ việc\nHọ tên: Lê Minh Châu\nEmail: chau.le@northwind.example.com\nDanh sách tài khoản cần khoá:\n- chau.le@northwind.example.com\n- chau.le (Jira)"],
  ])("%s is clean", async (text) => {
    expect(await strict(text)).toEqual([]);
  });
});

/**
 * Everyone on a list named by its address ("all members of the ops-delhi@ distribution list", rules/whole-group-rules.ts: the
 * address counts as five words), and another person's address in a removal list written without bullets, one address or login
 * a line under "Konti der skal lukkes:" (detect-removal-list.ts).
 */
describe("a list's members by its address, and a removal list without bullets", () => {
  it.each([
    ["Dear team, Rahul Mehta (rahul.mehta@northwind.example.com) leaves on 30 April. Please also include all members of the ops-delhi@northwind.example.com distribution list in this deactivation.", "target.wildcard"],
    ["Fratrædelse: Mikkel Dam\nE-mail: mikkel.dam@northwind.example.com\nKonti der skal lukkes:\nmikkel.dam@northwind.example.com\nmdam (VPN)\nsara.winther@northwind.example.com", "target.extra_identity"],
  ])("%s is flagged (%s)", async (text, rule) => {
    expect(await rulesOf(text)).toContain(rule);
  });

  it.each([
    ["Dear team, Rahul Mehta (rahul.mehta@northwind.example.com) leaves on 30 April. Please remove him from the ops-delhi@northwind.example.com distribution list and disable his account."],
    ["Fratrædelse: Mikkel Dam\nE-mail: mikkel.dam@northwind.example.com\nKonti der skal lukkes:\nmikkel.dam@northwind.example.com\nmdam (VPN)"],
  ])("%s is clean", async (text) => {
    expect(await strict(text)).toEqual([]);
  });
});
