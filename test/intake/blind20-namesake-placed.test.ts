import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("blind set 20: a correction to a namesake placed in another unit (target.corrected_to_other)", () => {
  it("flags the person set aside placed 'in' a unit of their own", async () => {
    expect(await rulesOf("Quick fix on yesterday's ticket: the leaver is Anders Berg from Group Finance (anders.berg@example.com), not Andrea Berg in Logistics. Same end date, 30 Nov 2026.")).toContain("target.corrected_to_other");
  });
  it.each([
    ["a misspelling in the form", "Quick fix on yesterday's ticket: the leaver is Anders Berg (anders.berg@example.com), not Anders Bergh in the form I sent. Same end date, 30 Nov 2026."],
    ["a misspelling in HR's record", "Quick fix on yesterday's ticket: the leaver is Anders Berg (anders.berg@example.com), not Anders Bergh in Workday. Same end date, 30 Nov 2026."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.corrected_to_other");
  });
});
