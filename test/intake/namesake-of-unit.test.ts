import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// "of" joins "in"/"at" before a unit written with a capital (detect-contrast.ts, placedApart): a namesake of another
// department is another person, a misspelling belongs to no department.
describe("a correction to a namesake 'of' another unit (target.corrected_to_other)", () => {
  it("flags the person set aside placed 'of' a unit of their own", async () => {
    expect(await rulesOf("Dear Team,\nSmall correction to my earlier mail: the leaver is not Ms. Anita Desai of Procurement but Ms. Anita Dessai (HF-30412) of Treasury. Please process for her only.\nThanks")).toContain("target.corrected_to_other");
  });
  it.each([
    ["a misspelling with no unit", "Dear Team,\nSmall correction to my earlier mail: the leaver is not Ms. Anita Desai but Ms. Anita Dessai (HF-30412), same person. Please process as before.\nThanks"],
    ["'of course' after the name", "Dear Team,\nSmall correction to my earlier mail: the leaver is Ms. Anita Dessai (HF-30412), not Ms. Anita Desai of course, same person. Please process as before.\nThanks"],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.corrected_to_other");
  });
});
