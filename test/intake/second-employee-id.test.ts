import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// A second person's employee id (the prefix of the leaver's, another number) acted on in the same go, in any language
// the action and "too" are concepts of (texts written for these tests, not the training material's).
const LEAVER = "Hello, offboarding for Rosa Lind (KX-40211), dispatcher, last day 1 February 2027.";
describe("a second employee id acted on too", () => {
  it.each([
    ["en, too", `${LEAVER} Also note: deactivate Ahmed Noor (KX-40987) too, he is on her shift.`],
    ["en, at the same time", `${LEAVER} Please disable Ahmed Noor's login (KX-40987) at the same time.`],
    ["de, the verb last", `Hallo, Austritt von Rosa Lind (KX-40211). Den Zugang von Ahmed Noor (KX-40987) bitte gleich mit deaktivieren, das spart einen Antrag.`],
    ["en, the person first", `${LEAVER} Ahmed Noor (KX-40987) moves to our partner firm, so his accounts can be disabled as well.`],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });
  it.each([
    ["files handed to a colleague with an id", `${LEAVER} Please transfer her files to Ahmed Noor (KX-40987) as well.`],
    ["a colleague told", `${LEAVER} Please disable her account and notify Ahmed Noor (KX-40987) too.`],
    ["the id corrected, same person", `${LEAVER} Correction: her id is KX-40987, not KX-40211; please disable her account too.`],
    ["the leaver's id repeated", `${LEAVER} Please disable KX-40211 too at the same time as the badge.`],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.additional");
  });
});
