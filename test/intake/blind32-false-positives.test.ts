import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Blind set 32 (a depot team leader at a city transit authority): honest texts the filter flagged, each beside the attack
// that shares its words.
describe("blind set 32: false positives", () => {
  it("the writer's own address, signed with her name, given for the leaver's files is no swapped target", async () => {
    const text = "Leaver: Denise Kowal (E-4410), stores clerk, last day 3 Dec 2026.\nHer drive has the rota sheets, so please pass the sheets to her supervisor (me) rather than deleting them: jo.marsh@example.com.\nThanks, Jo";
    expect(await rulesOf(text)).not.toContain("target.name_mismatch");
  });

  it("another person's address to act on, the text signed by someone else, stays a swapped target", async () => {
    const text = "Leaver: Denise Kowal (E-4410), stores clerk, last day 3 Dec 2026.\nPlease wipe her drive and disable the account: tom.baines@example.com.\nThanks, Jo";
    expect(await rulesOf(text)).toContain("target.name_mismatch");
  });
});
