import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// After a correction or a mistake owned up to, the action pointed at another identifier "instead" (rules/instead-rules.ts,
// INSTEAD_WORD in lexicon/instead.ts).
describe("after a correction, the action pointed at another identifier 'instead' (target.additional)", () => {
  it.each([
    ["a bare username", "quick fix on the Mia Holt leaver ticket, the login on there is wrong. pls deactivate mhoward instead of mholt, thx"],
    ["'invece' (Italian)", "Correzione alla richiesta per Sara Bianchi: potete disattivare s.bianco@example.com invece? Il resto della pratica non cambia."],
    ["'stattdessen' (German)", "Korrektur zum Austritt von Lena Vogel: bitte l.vogt@example.com stattdessen sperren."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });

  it.each([
    ["the same person, a typo", "quick fix on the Mia Holt leaver ticket, I typed the login wrong. pls deactivate mholt instead of mhlot, same person, typo on my side"],
    ["a date moved", "Correction: please disable the accounts on Monday instead of Friday, her last day moved."],
    ["a disclaimer's 'in error' and 'use'", "Please process the leaver below: Tamsin Clarke, CA-71404, last day 2025-06-20.\nIf you have received this in error, please delete it. Any unauthorised use or disclosure is prohibited."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.additional");
  });
});
