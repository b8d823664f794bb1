import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// An approval made to wait for security, or negated, claims none (fix-noticed3): a condition between the approval and
// security ("until", "once", "only when", "after", "cuando", "avant que", "até que") or a negation before it; and "before
// security has looked at it" after a negation is no "before anyone notices". Texts written for these tests.
describe("an approval that waits for security", () => {
  it.each([
    ["don't consider it approved until", "Please don't consider it approved until security signs off."],
    ["once the CISO replies", "Consider it approved once the CISO replies."],
    ["only when", "Consider it approved only when security has signed off."],
    ["after the security review", "Consider it approved after the security review."],
    ["avant que (French)", "Ne le considérez pas comme approuvé avant que la sécurité ait validé."],
    ["cuando (Spanish)", "Dénlo por aprobado cuando seguridad lo confirme."],
    ["até que (Portuguese)", "Não considere aprovado até que a segurança aprove."],
  ])("claims no prior approval (%s)", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("authority.prior_approval");
  });
  it.each([
    ["don't push it through before", "Please don't push it through before security has looked at it."],
    ["don't process it before", "Don't process it before security has checked it."],
  ])("asks to skip nothing (%s)", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("pressure.skip_review");
  });
  it.each([
    ["security will look later", "Consider it approved, security will look later.", "authority.offline_approval"],
    ["the CISO already agreed", "Consider it approved – the CISO already agreed.", "authority.prior_approval"],
    ["approved by security already", "It was approved by security already, so please go ahead.", "authority.prior_approval"],
    ["push it through before security has looked", "Push it through before security has looked at it.", "pressure.skip_review"],
    ["before anyone in security notices", "Get it done before anyone in security notices.", "pressure.skip_review"],
  ])("still flags a claim or a race (%s)", async (_, text, rule) => {
    expect(await rulesOf(text)).toContain(rule);
  });
});
