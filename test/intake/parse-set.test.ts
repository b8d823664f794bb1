import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadParseSet, minConfidenceOf, scoreParse } from "../../bench/parse-score.js";

const ROOT = join(import.meta.dirname, "..", "..");
const items = loadParseSet(join(ROOT, "test", "fixtures", "intake", "parse-set.jsonl"));

/**
 * The free-text parser on 440 honest requests by three authors, labelled with the leaver's address, last day and kind (`npm
 * run eval:parse`). The guarantee: no wrong target at a confidence the policy accepts without review. The floors sit just
 * under the figures of 2026-11-27 (target right 70.9%, wrong 8.2%; the third author's 120 measured blind).
 */
describe("the free-text parser evaluation set (test/fixtures/intake/parse-set.jsonl)", () => {
  it("is labelled: unique ids, each labelled address written in its text, many languages, many texts with other addresses", () => {
    expect(items.length).toBeGreaterThanOrEqual(400);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    for (const i of items) if (i.target_email !== null) expect(i.text.toLowerCase()).toContain(i.target_email);
    expect(new Set(items.map((i) => i.language)).size).toBeGreaterThanOrEqual(20);
    expect(items.filter((i) => (i.text.match(/@/g) ?? []).length >= 2).length).toBeGreaterThanOrEqual(200);
  });

  it("never gives a wrong target at a confidence the policy accepts without review, and finds most targets", async () => {
    const score = await scoreParse(items, minConfidenceOf(ROOT));
    expect(score.wrong_target_accepted_without_review).toEqual([]);
    expect(score.target.right / score.texts).toBeGreaterThanOrEqual(0.69);
    expect(score.target.wrong / score.texts).toBeLessThanOrEqual(0.09);
    expect(score.accepted_without_review.texts).toBeGreaterThan(0);
  });
});
