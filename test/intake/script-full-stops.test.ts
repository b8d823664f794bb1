import { describe, expect, it } from "vitest";
import { joinHyphenBreaks } from "../../app/intake/join-hyphen-breaks.js";
import { normalizeText } from "../../app/intake/normalize-text.js";
import { SEP, tokenize } from "../../app/intake/tokenize.js";

/** The tokens of `raw` as the filter reads them (normalised, hyphen breaks joined): keys and separator flags. */
function read(raw: string): { keys: string[]; sep: number[] } {
  const norm = normalizeText(raw);
  const tokens = joinHyphenBreaks(norm.text, tokenize(norm.text));
  return { keys: tokens.keys.slice(0, tokens.count), sep: Array.from(tokens.sep.slice(0, tokens.count)) };
}

/**
 * Full stops of scripts whose UTS #39 prototype is no full stop (the Urdu "۔" is confusable with "-", the Armenian "։" with
 * ":"), or that have none (Myanmar "။", Khmer "។"): normalisation keeps them, and a sentence ends there. Folded to "-", an
 * Urdu text was one sentence, and a date closing a line was glued to the next line's first word as a hyphen break.
 */
describe("script full stops", () => {
  it.each([
    ["\u06d4", "Urdu"],
    ["\u0589", "Armenian"],
    ["\u104b", "Myanmar"],
    ["\u17d4", "Khmer"],
  ])("%s (%s) ends a sentence", (stop) => {
    const { keys, sep } = read(`abc${stop} def`);
    expect(keys).toEqual(["abc", "def"]);
    expect(sep[1]! & SEP.sentence).toBe(SEP.sentence);
  });

  it("an Urdu full stop closing a line is no hyphen break: the date and the next line stay two words", () => {
    const { keys, sep } = read("آخری دن 30 نومبر 2026۔\nبراہ کرم اکاؤنٹ بند کریں");
    const date = keys.indexOf("2026");
    expect(date).toBeGreaterThan(0);
    expect(keys[date + 1]).not.toContain("2026");
    expect(sep[date + 1]! & SEP.sentence).toBe(SEP.sentence);
  });

  it("a real hyphen break is still joined", () => {
    expect(read("Please dis-\nregard the review").keys).toContain("disregard");
  });
});
