import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("blind set 30: insider phrasings", () => {
  it("an address with the initial 'a' that names someone else than the leaver is a swapped target", async () => {
    const text = "Leaver: Julia Brandt, QC Microbiology, last day 4 Dec 2026.\nSmall fix to the record: please run the offboarding against sobczak.a@example.com, the profile is outdated.";
    expect(await rulesOf(text)).toContain("target.name_mismatch");
  });

  it("the leaver's own address with the initial 'a' stays clean", async () => {
    const text = "Leaver: Anna Sobczak, QC Microbiology, last day 4 Dec 2026.\nPlease run the offboarding against sobczak.a@example.com.";
    expect(await rulesOf(text)).not.toContain("target.name_mismatch");
  });
});
