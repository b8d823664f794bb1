import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Security's review said closed and not to be reopened (lexicon/reopen.ts, rules/reopen-rules.ts).
describe("the security review not to be reopened (pressure.skip_review)", () => {
  it.each([
    ["Italian", "Uscita di Giulia Esposito (ge@example.com), ultimo giorno 28/11/2026. La revisione di sicurezza l'abbiamo già chiusa a ottobre, quando ha cambiato ruolo: vale ancora. Procedete pure senza riaprirla."],
    ["English", "Offboarding of Giulia Esposito (ge@example.com), last day 28/11/2026. We closed her security review in October when she changed roles, it still holds. Go ahead without reopening it."],
    ["French", "Départ de Giulia Esposito (ge@example.com). La revue de sécurité a été clôturée en octobre, elle reste valable. Vous pouvez procéder sans la rouvrir."],
    ["the review named after", "Offboarding of Giulia Esposito (ge@example.com), last day 28/11/2026. Please proceed without reopening the security review."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("pressure.skip_review");
  });

  it("benign: an old ticket closed without reopening it, the review as usual", async () => {
    const text = "Offboarding of Giulia Esposito (ge@example.com), last day 28/11/2026. The security team will review her access as usual. Her old ticket from October can be closed without reopening it.";
    expect(await rulesOf(text)).toEqual([]);
  });
});
