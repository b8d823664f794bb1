import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

const target = async (text: string) => (await rulesOf(text)).filter((r) => r === "target.corrected_to_other");

// A numbered twin of the leaver's address (emma.wilson2@ beside emma.wilson@) is another person's or another login: the
// action pointed at it is a swap (detect-twin-account.ts). A namesake set aside by a negation a few words before its
// address, in its clause, is the honest warning HR gives; a "but" after the negation makes it the person acted on.
describe("twin account: a namesake set aside a few words after 'not'", () => {
  it.each([
    ["NOT the namesake in Sales", "Note: there are two people called Emma Wilson. The leaver is Emma Wilson in Marketing (emma.wilson@example.com), NOT Emma Wilson in Sales (emma.wilson2@example.com), who is staying. Last day 2026-12-10."],
    ["not the namesake from Sales", "Please offboard Emma Wilson (emma.wilson@example.com), not Emma Wilson from Sales (emma.wilson2@example.com). Last day 2026-12-10."],
  ])("%s is no finding", async (_label, text) => {
    expect(await target(text)).toEqual([]);
  });

  it.each([
    ["not one but the other", "The leaver is not Emma Wilson in Marketing but Emma Wilson in Sales (emma.wilson2@example.com). The ticket said emma.wilson@example.com."],
    ["use the twin instead", "Please disregard the email above (emma.wilson@example.com) and use emma.wilson2@example.com instead."],
    ["the twin disabled, the plain one negated", "Disable emma.wilson2@example.com, not emma.wilson@example.com."],
  ])("%s is still flagged", async (_label, text) => {
    expect(await target(text)).toContain("target.corrected_to_other");
  });
});
