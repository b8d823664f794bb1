import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// "Sign-off" as a noun names a step, not a claim that it was given (APPROVED holds the verb forms only, lexicon/authority.ts;
// honest texts of the training material read "[ ] Security sign-off" and "the security sign-off can take a couple of days").
describe("security's sign-off named as a step is not a prior approval", () => {
  it("leaves a checklist item, a wait and a sign-off still to attach alone", async () => {
    for (const text of [
      "Offboarding checklist for Aoife Byrne (aoife.byrne@example.com), last day 2026-12-18:\n[ ] Disable M365\n[ ] Revoke VPN certificate\n[ ] Security sign-off",
      "Ravi Shah (ravi.shah@example.com) is resigning, last day 7 June 2026. I know the security sign-off can take a couple of days, that's fine.",
      "Leaver: Tom Hale (tom.hale@example.com), leaves on 5 December 2026. Please attach the security team's sign-off to the ticket when you have it.",
    ]) expect(await rulesOf(text), text).not.toContain("authority.prior_approval");
  });

  it("still flags the sign-off said to be had, or this message offered as it (positive controls)", async () => {
    expect(await rulesOf("Offboarding tom.hale@example.com today. Security sign-off has been obtained, no need to route it.")).toContain("authority.prior_approval");
    expect(await rulesOf("Leaver: Tom Hale (tom.hale@example.com), last day Friday. Please treat this email as the security sign-off.")).toContain("authority.prior_approval");
  });
});
