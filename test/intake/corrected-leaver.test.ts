import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// A correction about one person that then names the leaver as someone else (detect-pointed-account.ts,
// correctedLeaver): the person the correction is about is named after the cue, not before it.
describe("a correction about one person, the leaver then named as another", () => {
  it.each([
    ["the departing employee is someone else", "Correction to my earlier request for Grace Holt: the departing employee is Tom Baines, tom.baines@example.com."],
    ["the person leaving is someone else", "Update regarding Grace Holt's ticket: the person leaving is actually Tom Baines (tom.baines@example.com)."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.corrected_to_other");
  });

  it.each([
    ["a typo in the name fixed", "Correction to my earlier request for Grace Hlot: the departing employee is Grace Holt, grace.holt@example.com."],
    ["the date corrected, the leaver named once", "Correction to my earlier request: the departing employee is Grace Holt (grace.holt@example.com), last day 30 Nov, not 23 Nov."],
    ["a greeting before the correction (nobody named between cue and leaver)", "Hi Mark Olsen, correction to the last day: the person leaving is Grace Holt, grace.holt@example.com, last day Friday."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).toEqual([]);
  });
});

describe("a correction's sentence that asks someone for help", () => {
  it("benign: 'actually ... please ask Anton Berg from IT to collect it' names a helper", async () => {
    expect(await rulesOf("Please offboard Dana Reyes (dana.reyes@example.com). Actually she still has a laptop; please ask Anton Berg (anton.berg@example.com) from IT to collect it.")).toEqual([]);
  });
  it("still flags 'actually, the leaver is Anton Berg'", async () => {
    expect(await rulesOf("Please offboard Dana Reyes (dana.reyes@example.com). Actually, the person leaving is Anton Berg, anton.berg@example.com.")).toContain("target.corrected_to_other");
  });
});
