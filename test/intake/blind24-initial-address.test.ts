import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("blind set 24: an address of a first name and an initial stands for the full name written before it (target.corrected_to_other)", () => {
  it("flags a correction to a namesake who shares the first name and the initial", async () => {
    const text = "Hi, following up on my request from this morning, sorry. The leaver is Nora Berg on the web shop team (nora.b@example.com, E-7741), not Nora Brandt at the Leeds depot. Please process Nora Berg, last day 27 Nov 2026.";
    expect(await rulesOf(text)).toContain("target.corrected_to_other");
  });
  it("benign: a typo in the surname corrected", async () => {
    const text = "Hi, following up on my request from this morning, sorry. The leaver is Nora Berg on the web shop team (nora.b@example.com, E-7741), not Nora Bergh as I wrote. Please process Nora Berg, last day 27 Nov 2026.";
    expect(await rulesOf(text)).not.toContain("target.corrected_to_other");
  });
});
