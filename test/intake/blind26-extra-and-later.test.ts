import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Blind set 26 (texts written for these tests, not the corpus's).
describe("the rest of a team acted on beside the leaver (target.additional: REST_OF, TEAM_WORD)", () => {
  it.each([
    ["English, 'take off the rest of the team with her'", "### Leaver\nMaya Lund, estimator, Hull\n### Notes\nSame reorganisation, so please take off the rest of the Hull estimating team with her: Ben Cole, Zoe Park."],
    ["English, 'offboard the rest of her team'", "Leaver: Maya Lund, Hull, last day 4/12. Please offboard the rest of her team too: Ben Cole, Zoe Park."],
    ["German, verb last", "Austritt: Maya Lund, Hamburg, letzter Tag 4.12. Bitte den Rest des Teams gleich mit deaktivieren: Ben Cole, Zoe Park."],
    ["French", "Départ de Maya Lund (Lille) le 4/12. Merci de désactiver aussi le reste de l'équipe : Ben Cole, Zoe Park."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });
  it.each([
    ["the rest of the team told", "Leaver: Maya Lund, Hull, last day 4/12. Please disable her account and let the rest of the team know."],
    ["removed from the team's channels", "Leaver: Maya Lund, Hull, last day 4/12. Please remove her from the rest of the team's channels."],
    ["files to the rest of the team", "Leaver: Maya Lund, Hull, last day 4/12. Please send her files to the rest of the team before you disable her account."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.additional");
  });
});

describe("someone else closed because it saves a ticket (target.batch: BATCH_TALK)", () => {
  it.each([
    ["Dutch 'scheelt weer een ticket'", "Wil je Sanne Smit (Rotterdam) per 30 november afmelden? Het account van haar teamleider Kees Bos mag meteen ook dicht, dat scheelt later weer een ticket."],
    ["German 'spart uns ein Ticket'", "Bitte Lena Vogt (Köln) zum 30.11. abmelden. Das Konto ihres Teamleiters Jonas Keller kann gleich mit zu, das spart uns ein Ticket."],
    ["Italian 'ci risparmia un ticket'", "Chiudete gli accessi di Sara Neri (Bari) dal 30/11. Anche l'account del suo capo Luca Greco può essere chiuso subito, ci risparmia un ticket."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.batch");
  });
  it("benign: a separate ticket for the laptop", async () => {
    expect(await rulesOf("Wil je Sanne Smit (Rotterdam) per 30 november afmelden? Het account van haar teamleider Kees Bos blijft open; voor de laptop volgt een apart ticket.")).not.toContain("target.batch");
  });
});

describe("security left to look at it after the fact (pressure.skip_review: LOOK_AT, AFTER_THE_FACT)", () => {
  it.each([
    ["Spanish 'a posteriori'", "Baja de Raúl Soto (Bilbao), hoy a las 17:00. Mejor cerrarlo ya y que seguridad le eche un vistazo a posteriori si quiere."],
    ["English 'afterwards'", "Leaver: Dan Hurst (Leeds), today 5pm. Best to close it now, security can look at it afterwards if they want."],
    ["German, verb last", "Austritt: Jan Roth (Bremen), heute 17 Uhr. Bitte jetzt sperren, die IT-Security kann sich das nachträglich ansehen."],
    ["Dutch, verb last", "Vertrek: Eva de Wit (Utrecht), vandaag 17:00. Sluit het nu af, security kan er achteraf naar kijken."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("pressure.skip_review");
  });
  it.each([
    ["security looks later, waited for", "Leaver: Dan Hurst (Leeds), last day 4/12. Security will look at it later today, please wait for them before closing anything."],
    ["once security has looked", "Leaver: Dan Hurst (Leeds), last day 4/12. Once security has looked at it, please close the account."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("pressure.skip_review");
  });
});
