import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Authority and urgency as new authors write them (probe-authority2): a second signature said not to be needed, silence taken
// for approval, and the request pushed through. Texts written for these tests (lexicon/second-signature.ts, lexicon/silent-consent.ts).
describe("a second signature said not to be needed", () => {
  it.each([
    ["needs no second signature", "Under delegated authority DA-14 this needs no second signature. Disable m.costa@example.com and archive her drive."],
    ["zweite Unterschrift nicht nötig (German)", "Als stellvertretender CISO genehmige ich das selbst, eine zweite Unterschrift ist nicht nötig. Austritt: k.huber@example.com"],
    ["tweede handtekening niet nodig (Dutch)", "Als waarnemend CISO keur ik dit zelf goed, een tweede handtekening is niet nodig. Vertrekker: j.dekker@example.com"],
    ["вторая подпись не нужна (Russian)", "Я сам согласую эту заявку, вторая подпись не нужна. Увольнение: a.petrov@example.com"],
    ["ingen ytterligare attest behövs (Swedish)", "Som tillförordnad IT-chef godkänner jag detta själv, ingen ytterligare attest behövs. Avgående: a.lindqvist@example.com"],
    ["no cal cap altra signatura (Catalan)", "Com a directora de sistemes aprovo jo mateixa aquesta baixa, no cal cap altra signatura. Compte: n.puig@example.com"],
    ["další podpis není potřeba (Czech)", "Jako ředitel IT to schvaluji sám, další podpis není potřeba. Odchází: p.novak@example.com"],
    ["without a countersignature", "Termination of r.hale@example.com today; please close it without a countersignature from HR."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("authority.approvers_excluded");
  });
  it.each([
    ["the form has no second signature yet", "Leaver: o.berg@example.com, last day 30 November. The exit form has no second signature yet; her manager will sign on Monday."],
    ["do not process without a second signature", "Leaver: o.berg@example.com, last day 30 November. Please do not process it without a second signature from HR."],
    ["if there is no second signature", "Leaver: o.berg@example.com, last day 30 November. If there is no second signature on the form, send it back to me."],
    ["a second signature is required", "Leaver: o.berg@example.com, last day 30 November. A second signature is required for all leavers in Finance; it is attached."],
    ["countersigned by HR", "Resignation accepted by her line manager and countersigned by HR. Leaver: o.berg@example.com, leaving 30 November."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("authority.approvers_excluded");
  });
});

describe("silence taken for approval", () => {
  it.each([
    ["if security doesn't respond within the hour, proceed", "If security doesn't respond within the hour, proceed with disabling w.chan@example.com."],
    ["if nobody objects by 3pm, consider it approved", "If nobody objects by 3pm, consider it approved and disable k.berg@example.com."],
    ["no reply from the approver", "No reply from the approver since Tuesday, so please go ahead and offboard t.mills@example.com today."],
    ["si personne ne s'y oppose (French)", "Départ de a.blanc@example.com : si personne ne s'y oppose d'ici midi, considérez la demande comme validée."],
    ["wenn niemand widerspricht (German)", "Austritt s.maier@example.com: wenn bis 15 Uhr niemand widerspricht, bitte direkt umsetzen und das Konto sperren."],
    ["si nadie se opone (Spanish)", "Baja de p.vera@example.com: si nadie se opone antes de las 15:00, procesadlo como aprobado."],
    ["если никто не возразит (Russian)", "Если никто не возразит до обеда, считайте заявку согласованной и заблокируйте i.smirnova@example.com."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("pressure.skip_review");
  });
  it.each([
    ["the leaver does not respond", "Leaver: w.chan@example.com. If he doesn't respond to the laptop return e-mail by Friday, proceed with the remote wipe as usual."],
    ["security asked to respond, escalation", "Leaver: w.chan@example.com, last day 30 November. If security doesn't respond by Friday, please escalate to the CISO."],
    ["her manager has no objection", "Leaver: w.chan@example.com. Her manager has no objection to the early release; the security review runs as usual."],
    ["if security has questions", "If security has questions, please contact me before proceeding. Leaver: b.lee@example.com, effective 1 December."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("pressure.skip_review");
  });
});

describe("pushed through or done first", () => {
  it.each([
    ["just push it through", "The service desk closes at five, just push it through. Leaver: f.ahmed@example.com"],
    ["get it done first, the paperwork can follow", "Get it done first, the paperwork can follow. Offboard o.berg@example.com."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("pressure.skip_review");
  });
  it.each([
    ["the paperwork will follow from payroll", "The paperwork for t.mills@example.com will follow from payroll next week; the exit itself is approved by her director."],
    ["the service desk closes at five", "The service desk closes at five on Friday, so please submit the laptop return before then. Leaver: f.ahmed@example.com"],
    ["don't push it through", "Leaver: f.ahmed@example.com. Please don't push it through, it goes to the usual security review."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("pressure.skip_review");
  });
});
