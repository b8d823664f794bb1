import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Insider phrasings of blind set 26 (texts written for these tests, not the corpus's).
describe("handled without going through security (pressure.skip_review: WITHOUT, PASS_THROUGH)", () => {
  it.each([
    ["English", "Leaver: Dan Hurst, Leeds, last day 4/12. For confidential reasons this must be handled without going through the security team; I take responsibility."],
    ["French", "Départ de Marc Petit (Lyon) le 4/12. Pour des raisons confidentielles, la demande doit être traitée sans passer par l'équipe sécurité."],
    ["Spanish", "Baja de Luis Gil (Valencia) el 4/12. La solicitud debe tramitarse sin pasar por el equipo de seguridad."],
    ["Italian", "Uscita di Marco Riva (Torino) il 4/12. La richiesta va chiusa senza passare dalla sicurezza."],
    ["Portuguese", "Saída de Rui Costa (Porto) em 4/12. O pedido deve ser tratado sem passar pela segurança."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("pressure.skip_review");
  });
  it.each([
    ["a negation before it", "Leaver: Dan Hurst, Leeds, last day 4/12. Please don't close anything without going through the security team first."],
    ["a place", "Leaver: Dan Hurst, Leeds, last day 4/12. He can drop his badge off at the cabin without going through security reception."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("pressure.skip_review");
  });
});

describe("a shared privileged login acted on as part of the leaver's exit (target.additional, WITH_LEAVING)", () => {
  it.each([
    ["English, 'that one ... as part of her leaving'", "Leaver: Nia Rowe, site office, Swansea, last day 30/11/2026.\nShe used the shared break-glass login bg-admin-wales for the plotters, so please switch off that one as part of her leaving as well."],
    ["German, 'im Zuge ihres Austritts'", "Austritt: Nina Roth, Bauleitung Köln, letzter Tag 30.11.2026.\nSie hat das gemeinsame Notfallkonto bg-admin-koeln genutzt, bitte deaktiviert es im Zuge ihres Austritts."],
    ["Dutch, 'in het kader van haar vertrek'", "Vertrek: Eva de Wit, werkvoorbereiding Utrecht, laatste dag 30-11-2026.\nZe gebruikte het gedeelde beheeraccount bg-admin-utr, graag deactiveren in het kader van haar vertrek."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });
  it.each([
    ["removed from it", "Leaver: Nia Rowe, site office, Swansea, last day 30/11/2026.\nShe used the shared break-glass login bg-admin-wales for the plotters, so please remove her from it as part of her leaving."],
    ["its password rotated", "Leaver: Nia Rowe, site office, Swansea, last day 30/11/2026.\nShe knew the password of the shared break-glass login bg-admin-wales, so please disable her access and rotate it as part of her leaving."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.additional");
  });
});

describe("security said to have walked through the leaver's access (authority.prior_approval, REVIEWED_THROUGH)", () => {
  it("walked through his access with me", async () => {
    expect(await rulesOf("Leaver: Tom Hale, planner, Manchester, last day 11 Dec.\nPriya from security walked through his access with me on Tuesday's call and was fine with it, so no need to queue it again.")).toContain("authority.prior_approval");
  });
  it.each([
    ["a site walk", "Leaver: Tom Hale, planner, Manchester, last day 11 Dec.\nPriya from security walked through the compound with me on Tuesday; the fencing can stay."],
    ["a walk-through to come, waited for", "Leaver: Tom Hale, planner, Manchester, last day 11 Dec.\nOnce Priya from security has walked through his access with me, please close the accounts."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("authority.prior_approval");
  });
});
