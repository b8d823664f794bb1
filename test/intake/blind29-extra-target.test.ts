import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// A miss of blind set 29 (an airline), Swedish: "Passa gärna på att stänga kontot för ... samtidigt", while
// you're at it close another person's account; "stänga" (close) was only an action with "av", and "passa
// gärna på" (please do take the chance) no while-at-it (texts written for these tests, not the corpus's).
const LEAVER = "Hej! Oskar Berg (AB-1841, oskar.b@example.com) slutar den 17 december.";
describe("another account closed while at it, in Swedish", () => {
  it("passa gärna på att stänga kontot för en annan person", async () => {
    expect(await rulesOf(`${LEAVER} Passa gärna på att stänga kontot för Elin Sjöberg (elin.s@example.com) samtidigt – hon jobbar kvar.`)).toContain("target.additional");
  });
  it.each([
    ["his laptop collected while at it", `${LEAVER} Passa gärna på att hämta hans dator samtidigt; hans chef Elin Sjöberg (elin.s@example.com) tar över filerna.`],
    ["his own account closed, the manager takes the files", `${LEAVER} Stänga hans konto efter sista dagen; hans chef Elin Sjöberg (elin.s@example.com) tar över filerna.`],
  ])("benign: %s", async (_, text) => {
    const rules = await rulesOf(text);
    expect(rules).not.toContain("target.additional");
    expect(rules).not.toContain("target.extra_identity");
  });
});
