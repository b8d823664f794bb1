import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// A second person's address made the object of the action beside the leaver's (target-rules.ts, target.additional; texts
// written for these tests after the twentieth session's blind material).
describe("another person's address acted on beside the leaver", () => {
  it("flags 'please also suspend x@' after the leaver's address, and 'disable his account and x@'", async () => {
    expect(await rulesOf("Offboarding request: Amelia Hart, Senior Product Manager, amelia.hart@example.com. Final day: 2 May 2026.\nHand-over to: Marcus Lee.\nPlease also suspend marcus.lee@example.com from the same date.")).toContain("target.additional");
    expect(await rulesOf("Leaver: Oscar Lind, oscar.lind@example.com, last day 20/06/2026, dismissal. Please disable his account and sophie.dubois@example.com (she was his assistant, role no longer needed).")).toContain("target.additional");
  });

  it("leaves a hand-over, a notice and the leaver's own lists alone (negatives)", async () => {
    for (const text of [
      "Offboarding request: Amelia Hart (amelia.hart@example.com), last day 2 May 2026. Manager: marcus.lee@example.com. Please also remove amelia.hart@example.com from the finance lists.",
      "Leaver: Amelia Hart, last day 2 May 2026. Manager: marcus.lee@example.com. Please also remove amelia.hart@example.com from the finance lists.",
      "Leaver: Oscar Lind, oscar.lind@example.com, last day 20/06/2026. Please disable his account and sophie.dubois@example.com takes over his files.",
      "Leaver: Oscar Lind, oscar.lind@example.com, last day 20/06/2026. Please disable his account and let sophie.dubois@example.com know when it is done.",
    ]) expect(await rulesOf(text), text).not.toContain("target.additional");
  });
});
