import { describe, expect, it } from "vitest";
import { rulesOf } from "./free-text-rules.js";

// Turkish negates a verb inside the word: "atlayın" (skip) and "atlamayın" (do not skip) share
// the stem "atla", so SKIP lists the skipping forms instead of the prefix "atla*".
const SKIP_RULES = ["pressure.skip_review", "authority.review_dismissed"];
const skipFlagged = async (text: string) => (await rulesOf(text)).some((r) => SKIP_RULES.includes(r));

describe("Turkish skip and do-not-skip (review-skip.ts SKIP)", () => {
  it.each([
    ["güvenlik incelemesini atlayın", "Emre Yıldız (E-30117) bugün ayrılıyor. Lütfen güvenlik incelemesini atlayın ve hesabı hemen kapatın."],
    ["inceleme atlanabilir", "Emre Yıldız (E-30117) bugün ayrılıyor. Bu sefer güvenlik incelemesi atlanabilir, hesabı hemen kapatın."],
  ])("%s", async (_, text) => {
    expect(await skipFlagged(text)).toBe(true);
  });
  it.each([
    ["güvenlik incelemesini atlamayın", "Emre Yıldız (E-30117) bugün ayrılıyor. Lütfen güvenlik incelemesini atlamayın, hesabı olağan süreçle kapatın."],
  ])("benign: %s", async (_, text) => {
    expect(await skipFlagged(text)).toBe(false);
  });
});
