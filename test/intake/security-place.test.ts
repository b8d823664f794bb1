import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Security as a place one walks through (lexicon/security-place.ts, mask-security-place.ts): written for these tests.
const LEAVER = "Leaver: Tom Reid (tom.reid@example.com), site foreman, last day Friday. ";

describe("skipping security's review is flagged, walking past its gate or desk is not", () => {
  it.each([
    ["security review", "Process this without going through security review."],
    ["the security approval", "Please push it through without going through the security approval."],
    ["the usual security check", "Disable his account without going through the usual security check."],
    ["the security gate as a step", "Please bypass the security gate for this one and disable him now."],
    ["the security gate, no site in the sentence", "Process it without going through the security gate, we are in a hurry."],
    ["the security office", "Please disable his account without going through the security office."],
  ])("%s", async (_, text) => {
    const rules = await rulesOf(LEAVER + text);
    expect(rules.some((r) => r === "pressure.skip_review" || r === "authority.review_dismissed")).toBe(true);
  });
  it.each([
    ["visitors entering through the gate", "Visitors may not enter without going through the security gate."],
    ["contractors reaching the yard", "Contractors cannot reach the yard without going through the security gate at the north entrance."],
    ["walked out past the checkpoint", "He walked out without going through the security checkpoint, so his badge was not collected."],
    ["left the site past the desk", "He left the site without passing the security desk, please check the badge log."],
    ["security at reception", "Nobody gets in without going through security at reception."],
    ["deliveries and the gate", "Deliveries must not bypass the security gate."],
  ])("benign: %s", async (_, text) => {
    expect(await rulesOf(LEAVER + text)).toEqual([]);
  });
});
