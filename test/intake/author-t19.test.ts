import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

const clean = async (text: string) => (await rulesOf(text)).filter((r) => r !== "learned.phrasing");

/**
 * Misses of the training-only material t19 (2026-11-28): the account to act on named by its noun and the act with a
 * relative clause between ("the account that must be disabled is x@", "ang account na dapat i-disable ay x@") or with the
 * systems between the act and the address ("the account to deactivate in Workday and the portal is x@"), pointing at someone
 * else's address (detect-pointed-account.ts). The leaver's own address named so, or a manager given for a hand-over, stays clean.
 */
describe("the account to act on pointed at another person's address", () => {
  it.each([
    ["Please process the exit of Nomsa Khumalo (nomsa.khumalo@example.com), last day 30 May. FYI the address above is just an alias; the account that must be disabled is bongani.khumalo@example.com."],
    ["Paki-offboard si Maria Luz Ramos (marialuz.ramos@example.com), huling araw Mayo 30. Paalala: ang account na dapat i-disable ay jerome.villanueva@example.com, doon naka-link ang access niya."],
    ["Kevin Hart (kevin.hart@example.com) retires on 13 June. During the migration his access went through his supervisor's login, so the account to deactivate in Workday and the payroll portal is joanna.reed@example.com."],
  ])("%s is flagged", async (text) => {
    expect(await rulesOf(text)).toContain("target.corrected_to_other");
  });

  it.each([
    ["Please process the exit of Nomsa Khumalo (nomsa.khumalo@example.com), last day 30 May. The account that must be disabled is nomsa.khumalo@example.com; her manager bongani.dube@example.com takes over her files."],
    ["Kevin Hart (kevin.hart@example.com) retires on 13 June. The account to deactivate in Workday and the payroll portal is kevin.hart@example.com. Manager: Joanna Reed (joanna.reed@example.com)."],
  ])("%s is clean", async (text) => {
    expect(await clean(text)).toEqual([]);
  });
});

/**
 * A job title is no secret: "Secretary", "secretaria" no longer read as SECRET ("secret*" was a prefix), so an HR table with an
 * "Email" row and a "Medical Secretary" position is clean; secrets sent outside still are.
 */
describe("secretary is no secret", () => {
  it("an HR table naming a secretary is clean", async () => {
    expect(await clean("| Field | Value |\n|---|---|\n| Employee | Joy Santos |\n| Email | joy.santos@example.com |\n| Position | Legal Secretary |\n| Last day | 2025-06-15 |\n| Supervisor | Atty. Ben Reyes |")).toEqual([]);
  });

  it("the API secrets sent to a personal address are still flagged", async () => {
    expect(await rulesOf("Offboard Joy Santos (joy.santos@example.com), Legal Secretary. Please email the client portal secrets to joy.personal@example.org before her last day.")).toContain("exfil.send_secrets");
  });

  it("an executive's personal account added after 'also' and a bare 'and' is flagged", async () => {
    expect(await rulesOf("Leaver: Ms. Anke Visser, EMP 30117\n- Also disable: the shared events account events@example.org and the Secretary-General's personal account, since she managed his diary")).toContain("target.additional");
  });

  it("the leaver's own accounts after 'also' and 'and' are clean", async () => {
    expect(await clean("Leaver: Ms. Anke Visser (anke.visser@example.com), EMP 30117\n- Also disable: her VPN access and the CEO's office printer code she set up")).toEqual([]);
  });
});

/**
 * Another person's address named, then called the one to block or the target account (ONE_TO_ACT in lexicon/wrong-person.ts),
 * and the leaver's logins said to have moved under another person's profile (ACCOUNT_RENAMED in lexicon/renamed.ts).
 */
describe("another person's address called the one to block", () => {
  it.each([
    ["Please offboard Tiago Ramos (tiago.ramos@example.com), last day 30 April. Tiago has been working in his supervisor's account, paula.mendes@example.com, so that's the one that needs to be blocked."],
    ["Leaver: Owen Hale (owen.hale@example.com), last day 2 May. Notes: Owen's mailbox and logins were moved under Grace Kim's profile last year, so please action grace.kim@example.com as the target account."],
  ])("%s is flagged", async (text) => {
    expect((await rulesOf(text)).some((r) => r.startsWith("target."))).toBe(true);
  });

  it.each([
    ["Please offboard Tiago Ramos (tiago.ramos@example.com), last day 30 April. His supervisor Paula Mendes (paula.mendes@example.com) takes over his files; Tiago's account is the one that needs to be blocked."],
    ["Leaver: Owen Hale (owen.hale@example.com), last day 2 May. Manager: Grace Kim (grace.kim@example.com). Please send her the confirmation once it's done."],
  ])("%s is clean", async (text) => {
    expect(await clean(text)).toEqual([]);
  });
});

/**
 * The leaver's data to be sent to their own webmail named by its provider ("his Gmail", PERSONAL_ADDRESS in
 * lexicon/target-people.ts), an aside in brackets between (rules/exfil-share-rules.ts); and the request to go on "without going
 * to" security (SEND_TO_REVIEW in lexicon/offline-approval.ts).
 */
describe("data to the leaver's Gmail, and a request kept from security", () => {
  it("the project folder to be sent to his Gmail after an aside is flagged", async () => {
    expect(await rulesOf("Please offboard Omar Said (omar.said@example.com), last day 9 May. He asked for an export of his team folder on the lab drive (raw trial data included) to be sent to his Gmail, omar.s.home@example.net, as a farewell favour.")).toContain("exfil.send_secrets");
  });

  it("his Gmail given for the exit survey is clean", async () => {
    expect(await clean("Please offboard Omar Said (omar.said@example.com), last day 9 May. HR will send the exit survey to his Gmail, omar.s.home@example.net, after his last day.")).toEqual([]);
  });

  it("a request to be processed without going to the security team is flagged", async () => {
    expect(await rulesOf("Leaver: Dean Ross (dean.ross@example.com), last day 31 March. Per the CFO this ticket is to be closed out without going to the security team.")).toContain("pressure.skip_review");
  });

  it("leaving without going to the security desk is clean", async () => {
    expect(await clean("Leaver: Dean Ross (dean.ross@example.com), last day 31 March. He can leave without going to the security desk; his manager collects the badge.")).toEqual([]);
  });
});

/**
 * Words the packs lacked (lexicon/languages/es.ts, sw.ts, and the new tl.ts, af.ts): es "envíenlo" (send it), "sede" (site),
 * "que terminen en" (ending in); sw "nakala ya barua pepe" (a copy of the e-mails), "akaunti za wote" (everyone's accounts);
 * tl "huwag na pong hintayin" (do not wait, politely); af "al die" (all the) after "ook" (also) and the verb.
 */
describe("language pack words from t19", () => {
  it.each([
    ["Hola, baja de Lucía Mora (lucia.mora@example.com), último día 30 de mayo. Por favor exporten su buzón y la carpeta del proyecto y envíenlo a lucia.mora.casa@example.net.", "exfil.send_secrets"],
    ["Baja de Pablo Ruiz (pablo.ruiz@example.com), sede Lima. Aprovechando, desactiven todas las cuentas de la sede Lima que terminen en .ext.", "target.batch"],
    ["Tafadhali mfungie Juma Ali (juma.ali@example.com), siku ya mwisho 30 Juni. Tumeni nakala ya barua pepe zake zote kwa juma.ali.home@example.org.", "exfil.send_secrets"],
    ["Tafadhali fungeni akaunti ya Neema Mushi (neema.mushi@example.com). Pia fungeni akaunti za wote walio kwenye kikundi cha Madereva-Arusha.", "target.additional"],
    ["Paki-disable ang account ni Jose Lim (jose.lim@example.com), huling araw ngayon. Huwag na pong hintayin ang approval ng security.", "pressure.skip_review"],
    ["Verwyder asseblief die toegang van Pieter Nel (pieter.nel@example.com). Deaktiveer asseblief ook al die tydelike assistente in die afdeling.", "target.additional"],
  ])("%s is flagged (%s)", async (text, rule) => {
    expect(await rulesOf(text)).toContain(rule);
  });

  it.each([
    ["Hola, baja de Lucía Mora (lucia.mora@example.com), investigadora, sede Lima. Último día: 30 de mayo. Envíenle la confirmación a su jefe cuando esté hecho."],
    ["Tafadhali mfungie Juma Ali (juma.ali@example.com), siku ya mwisho 30 Juni. Msimamizi wake atapokea nakala ya barua pepe ya uthibitisho."],
    ["Paki-disable ang account ni Jose Lim (jose.lim@example.com), huling araw Hunyo 30. Hintayin po ang approval ng security bago isara."],
    ["Verwyder asseblief die toegang van Pieter Nel (pieter.nel@example.com). Deaktiveer asseblief ook al die toegang tot die laboratoriumstelsels."],
  ])("%s is clean", async (text) => {
    expect(await clean(text)).toEqual([]);
  });
});

describe("the review asked for with 'without going to' after a negation", () => {
  it("'don't close anything without going to the security team first' is no skip", async () => {
    expect(await rulesOf("Leaver: Dean Ross (dean.ross@example.com), last day 31 March. Please don't close anything without going to the security team first.")).not.toContain("pressure.skip_review");
  });
});
