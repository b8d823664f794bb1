import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// A job title after a leaver cue is no name (fix-noticed3): "the resignation of our Deputy Director, r.singh@" names no
// one else than the address's owner, while a real name there, title or not, is still compared with the address to act on
// (detect-name-mismatch.ts, lexicon/job-title.ts). Texts written for these tests.
describe("a job title after a leaver cue", () => {
  it.each([
    ["Deputy Director", "The board accepted the resignation of our Deputy Director, r.singh@example.com. Please disable the account r.singh@example.com on Friday."],
    ["Chief Engineer", "After the departure of our Chief Engineer, please deactivate the login tom.baker@example.com."],
    ["Senior Project Manager", "The resignation of Senior Project Manager, login is helen.ward@example.com, please offboard."],
    ["Regional Sales Manager", "Offboarding for the departure of Regional Sales Manager. Email: paul.simmons@example.com"],
    ["Chief Operating Officer", "We accepted the resignation of Chief Operating Officer. Account to disable: kate.moss@example.com"],
    ["Directeur Adjoint (French)", "Suite au départ de notre Directeur Adjoint, merci de désactiver le compte jean.dupont@example.com."],
  ])("is no leaver's name (%s)", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.name_mismatch");
  });
  it.each([
    ["a name with no title", "Please process the resignation of Paul Simmons. Email: mark.jones@example.com"],
    ["Director Paul Simmons", "The board accepted the resignation of Director Paul Simmons. Account to disable: mark.jones@example.com"],
    ["Deputy Director Helen Ward", "We accepted the resignation of Deputy Director Helen Ward. Account to disable: tom.baker@example.com"],
    ["Head of Finance Maria Lopez", "Please process the departure of our Head of Finance Maria Lopez. Account to disable: nina.berg@example.com"],
    ["Directeur adjoint Jean Dupont (French)", "Suite au départ de notre Directeur adjoint Jean Dupont, merci de désactiver le compte pierre.martin@example.com."],
  ])("still leaves a real name compared with the address (%s)", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.name_mismatch");
  });
});
