import { describe, expect, it } from "vitest";
import { extractFields } from "../../app/intake/extract-fields.js";
import { CONTESTED_TARGET_CAP, freeTextConfidence } from "../../app/intake/free-text-confidence.js";
import { LlmOutputSchema } from "../../app/intake/llm-extract.js";
import { runFreeTextIntake } from "../../app/intake/run-free-text-intake.js";
import { NOW, REQUESTER } from "./free-text-rules.js";

const intake = (text: string) => runFreeTextIntake(text, { requester: REQUESTER, now: NOW, llm: null });
const fields = (text: string) => extractFields(text, { requester: REQUESTER, now: NOW });
const CONTESTED = /^target chosen by its position while the text gives (another personal address|\d+ other personal addresses) that could be the leaver's: capped at 60$/;

// A target chosen by where it stands ("please disable x@") beside another personal address that could be the leaver's:
// which of the two leaves is the request's point, so a reader confirms (free-text-confidence.ts, CONTESTED_TARGET_CAP).
// Written for this test, after the look-alike swaps of the nineteenth session's blind material: the parser took the
// look-alike the text pointed the action at, at a confidence the policy accepted unread.
describe("a target contested by another personal address", () => {
  const lookalike =
    "Dear Service Desk,\n\nKindly process the exit of Maria Alvarez, payroll clerk in Leeds, maria.alvarez@example.com. Her last day is 30 April 2026 and the reason is retirement.\n\nPlease make sure the disable runs against marla.alvarez@example.com, which is how the name is spelled in Active Directory (typo from her onboarding, never fixed).\n\nThanks, HR";

  it("caps the confidence under the policy's 70 and says why, keeping the parsed target and raising no finding", async () => {
    const det = fields(lookalike);
    expect(det.targetBasis).toBe("action_context");
    expect(det.targetEmail).toBe("marla.alvarez@example.com");
    expect(det.rivals).toEqual(["maria.alvarez@example.com"]);
    const r = await intake(lookalike);
    expect(r.findings).toEqual([]);
    // At most the cap: the learned weights, retrained on more material, may send the same text to a human lower still
    // (a near miss, capped at 50), but the contested target is named either way.
    expect(r.confidence).toBeLessThanOrEqual(CONTESTED_TARGET_CAP);
    expect(r.confidence).toBeLessThan(70);
    expect(r.confidenceBasis.some((b) => CONTESTED.test(b))).toBe(true);
  });

  it("is not lifted by a model that agrees with the position (an obedient model would)", () => {
    const det = fields(lookalike);
    const model = LlmOutputSchema.parse({ target_email: "marla.alvarez@example.com", employee_id: null, name: null, kind: det.kind, effective_date: det.effectiveDate, summary: "Offboard marla.alvarez@example.com." });
    const merged = freeTextConfidence(det, model, det.candidates);
    expect(merged.basis).toContain("model agrees on the target: +5");
    expect(merged.confidence).toBe(CONTESTED_TARGET_CAP);
    // The same parse with the rival taken away reaches the policy's 70: the cap, not the evidence, holds it under.
    expect(freeTextConfidence({ ...det, rivals: [] }, null, det.candidates).confidence).toBeGreaterThanOrEqual(70);
  });

  it("counts several rivals", async () => {
    const text =
      "Please offboard the account below for Tom Ferris, last day 2026-12-18, resignation. Tom Ferris: tom.ferris@example.com. Our directory also lists tim.ferris@example.com and tom.farris@example.com from older records.\nPlease deactivate tom.ferris@example.com.";
    const det = fields(text);
    expect(det.targetEmail).toBe("tom.ferris@example.com");
    expect(det.rivals).toEqual(["tim.ferris@example.com", "tom.farris@example.com"]);
    const r = await intake(text);
    // The look-alikes are a finding too (detect-lookalike-pair.ts): the cap is said before the clamp.
    expect(r.confidenceBasis).toContainEqual(expect.stringMatching(/ 2 other personal addresses .*: capped at 60$/));
    expect(r.confidence).toBeLessThan(40);
  });

  it("leaves alone the addresses the parser sets aside, role mailboxes, the only address, and the leaver's admin login", async () => {
    const honest = [
      // A destination: the mailbox goes to the manager.
      "Please offboard Dana Reyes (dana.reyes@example.com), last day 2026-12-30, resignation. Forward her mailbox to kai.lee@example.com for 30 days.",
      // A role mailbox in a privacy footer.
      "Please offboard Dana Reyes (dana.reyes@example.com), last day 2026-12-30, resignation.\n\nPrivacy notice: personal data in this message is processed under GDPR; questions to privacy@example.com.",
      // The only address.
      "Please offboard Dana Reyes (dana.reyes@example.com), last day 2026-12-30, resignation.",
      // The leaver's own administrator login beside the plain address.
      "Please offboard Tom Birch, last day 2026-12-30, resignation: remove tom.birch@example.com (standard) and tom.birch-adm@example.com (Domain Admins).",
    ];
    for (const text of honest) {
      const det = fields(text);
      expect(det.rivals, text).toEqual([]);
      const r = await intake(text);
      expect(r.confidenceBasis.some((b) => CONTESTED.test(b)), text).toBe(false);
    }
    // The positive control: the first text with the destination turned into a second leaver-like address.
    const rival = fields("Please offboard Dana Reyes (dana.reyes@example.com), last day 2026-12-30, resignation. Please also check kai.lee@example.com.");
    expect(rival.rivals).toEqual(["kai.lee@example.com"]);
  });
});
