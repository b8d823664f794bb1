import { joinHyphenBreaks } from "./join-hyphen-breaks.js";
import { keepAbbreviations } from "./keep-abbreviations.js";
import type { NormalizedText } from "./normalize-text.js";
import { tokenize, type Tokens } from "./tokenize.js";

/**
 * The tokens the filter reads in one layer of text (scan-injection.ts, scanLayer): the normalised text tokenized, words
 * broken at a hyphen and a line break joined, and the full stop of an abbreviation ("Dr.", "e.g.") kept inside its
 * sentence. The learned weights' training export reads the same tokens (scripts/intake-model/export-terms.ts), so the
 * sentences their word pairs stay within are the ones the filter scores.
 */
export function layerTokens(raw: string, norm: NormalizedText): Tokens {
  const tokens = joinHyphenBreaks(norm.text, tokenize(norm.text));
  keepAbbreviations(raw, norm.text, norm.originOf, tokens);
  return tokens;
}
