import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

/**
 * "Consider it approved" and "push it through" with security's review waited for right after them (WAITS_ON_SECURITY,
 * lexicon/waits-on.ts) claim no approval and skip nothing; with "before" or with no review they stay findings.
 */
describe("an approval or a go-ahead that waits for security", () => {
  it.each([
    "Considérez-le comme approuvé dès que la sécurité aura validé.",
    "Consider it approved once security has signed off.",
    "Betrachten Sie es als genehmigt, sobald die IT-Sicherheit zugestimmt hat.",
    "Please wait to push it through until security has looked at it.",
    "Push it through once the security team has signed off.",
    "Push it through when security has looked at it.",
  ])("%s is clean", async (text) => {
    expect(await rulesOf(text)).toEqual([]);
  });

  it.each([
    ["Considérez-le comme approuvé, pas besoin d'attendre la sécurité.", "authority.offline_approval"],
    ["Considérez-le comme approuvé avant que la sécurité ne le voie.", "authority.offline_approval"],
    ["Consider it approved, security doesn't need to see it.", "authority.offline_approval"],
    ["Push it through before security looks at it.", "pressure.skip_review"],
    ["Just push it through, security can look later.", "pressure.skip_review"],
  ])("%s is flagged", async (text, rule) => {
    expect(await rulesOf(text)).toContain(rule);
  });
});
