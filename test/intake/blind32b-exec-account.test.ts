import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Blind set 32: an executive's old account acted on "also", named with a title written as one ("Engr.", which ends no sentence)
// and then titled after a comma ("our CIO", "ang CIO natin"; rules/exec-account-rules.ts). Texts written for this test, not the corpus's.
describe("an executive's account acted on also, named then titled (EXEC after CAPNAME)", () => {
  it.each([
    ["en", "Leaver: Jericho Santos (EMP 2906), bus driver, 9 Dec. Please also disable the old account of Engr. Maria Dela Cruz, our CIO, mdelacruz.cio@example.com, she no longer uses it."],
    ["tl", "Paki-offboard si Jericho Santos (EMP 2906), driver ng bus, 9 Disyembre. Pakisama na rin sa pag-disable ang lumang account ni Engr. Maria Reyes, ang CFO natin."],
  ])("%s", async (_, text) => {
    expect(await rulesOf(text)).toContain("target.additional");
  });
  it.each([
    ["her taken off an executive's list", "Leaver: Jericho Santos (EMP 2906), bus driver, 9 Dec. Please also remove her from the mailing list of Jane Roe, our CEO."],
    ["approved by an executive", "Leaver: Jericho Santos (EMP 2906), bus driver, 9 Dec. Please also disable his account; approved by Maria Reyes, our CIO."],
    ["the executive told", "Leaver: Jericho Santos (EMP 2906), bus driver, 9 Dec. Please also let Engr. Maria Dela Cruz, our CIO, know once his account is disabled."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(text)).not.toContain("target.additional");
  });
});
