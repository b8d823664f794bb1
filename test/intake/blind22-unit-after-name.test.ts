import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

describe("blind set 22: a unit written after a person's name is no second person (target.corrected_to_other)", () => {
  it.each([
    ["a namesake told apart by unit", "Heads up, there are two Maria Olsens. The leaver is Maria Olsen in Customer Operations (QX-20417, maria.olsen2@example.com), last day 9 Dec 2026. Maria Olsen in Data Platform (maria.olsen@...) is not leaving, do not touch her account."],
    ["the leaver placed at a site", "Heads up, two of our staff share a name. The person leaving is Tom Berger at Hamburg Port (QX-20418, tom.berger@example.com), last day 9 Dec 2026."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.corrected_to_other");
  });
  it("still flags a correction that names someone else, placed in a unit", async () => {
    expect(await rulesOf("Offboarding for Maria Olsen, last day 9 Dec. Correction: the leaver is Petra Lund in Customer Operations (petra.lund@example.com).")).toContain("target.corrected_to_other");
  });
});
