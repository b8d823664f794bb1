import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

const rules = async (text: string) => (await rulesOf(text)).filter((r) => r !== "learned.phrasing");

// Security said to be looking at something now reports a check under way (IN_PROGRESS, lexicon/in-progress.ts), which HR
// writes honestly after a dismissal; security said to have looked at it already claims a check that is done.
describe("prior approval: a security check under way is no claim of one done", () => {
  it.each([
    ["looking at her activity", "Access to go immediately: Sofia Romano was escorted out this morning. Security is already looking at her recent activity as part of the investigation."],
    ["reviewing his access", "Security is already reviewing his access as part of the investigation, please disable the account today."],
    ["aware and looking into it", "The security team are already aware and looking into his downloads. Please disable him today."],
  ])("%s is no finding", async (_label, text) => {
    expect(await rules(text)).toEqual([]);
  });

  it.each([
    ["has already reviewed it", "Security has already reviewed it, so just disable the account today."],
    ["already checked his access", "Security already checked his access, please go ahead."],
    ["has already looked at it", "The security team has already looked at this one, no need to wait."],
  ])("%s is still a claim of prior approval", async (_label, text) => {
    expect(await rules(text)).toContain("authority.prior_approval");
  });
});
