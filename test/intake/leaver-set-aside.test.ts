import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// A correction that sets the leaver aside ("is not X") and names someone else after it (detect-pointed-account.ts, correctedLeaver).
describe("a correction that sets the leaver aside and names someone else (target.corrected_to_other)", () => {
  it("flags 'the person leaving is not X as I wrote, it is her supervisor Y'", async () => {
    expect(await rulesOf("Hello,\nCorrection: the person leaving is not Marta Silva as I wrote earlier, it is her supervisor Joana Prates. Please do the offboarding for Joana and forget Marta.\nThanks, Rita")).toContain("target.corrected_to_other");
  });
  it.each([
    ["the same person with a typo", "Hello,\nCorrection: the person leaving is not Aoibhin Cassidy, it is Aoibhinn Cassidy. I missed an 'n'.\nThanks, Rita"],
    ["same person said between", "Hello,\nCorrection: the person leaving is not Tom Berg, same person but the surname is Tom Bergström in Workday.\nThanks, Rita"],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.corrected_to_other");
  });
});
