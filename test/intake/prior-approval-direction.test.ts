import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// "review ... given ... security": an approval given by security, not something the writer gave
// security (blind set 15's "follow the normal review – I've already given security a heads-up").
describe("a review given by security, not a heads-up given to security", () => {
  it.each([
    ["the approval was given by security", "Offboard dana.reyes@example.com on 2026-12-30. The approval was given by security last week, so go ahead."],
    ["sign-off granted from the security team", "Offboard dana.reyes@example.com on 2026-12-30. Sign-off already granted from the security team."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("authority.prior_approval");
  });

  it.each([
    ["follow the normal review – I've already given security a heads-up", "Offboard dana.reyes@example.com today, high priority. Please follow the normal review – I've already given security a heads-up by phone."],
    ["the review as usual, we gave security the details", "Offboard dana.reyes@example.com today. Review as usual please; we have given security the details by phone."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("authority.prior_approval");
  });
});
