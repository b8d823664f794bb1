import type { Tokens } from "./token-list.js";
import { SEP } from "./tokenize.js";

/** Look-ups over the tokens of a text (tokenize.ts): by offset, by sentence, by words. */

/** Tokens covering [start, end) of the normalised text, by binary search; [-1, -1] if none. */
export function tokenRange(tokens: Tokens, start: number, end: number): [number, number] {
  const lo = tokenAtOffset(tokens, start);
  if (lo >= tokens.count || (tokens.starts[lo] ?? 0) >= end) return [-1, -1];
  let last = lo;
  while (last + 1 < tokens.count && (tokens.starts[last + 1] ?? 0) < end) last++;
  return [lo, last];
}

/**
 * The first and last token of the sentence around tokens first..last: back and forward to a
 * separator of `stop` (sentence ends and blank lines; a caller may add line breaks).
 */
export function sentenceAround(tokens: Tokens, first: number, last = first, stop: number = SEP.sentence | SEP.paragraph): { from: number; to: number } {
  let from = Math.min(first, tokens.count - 1);
  while (from > 0 && ((tokens.sep[from] ?? 0) & stop) === 0) from--;
  let to = Math.min(last, tokens.count - 1);
  while (to + 1 < tokens.count && ((tokens.sep[to + 1] ?? 0) & stop) === 0) to++;
  return { from, to };
}

/**
 * A token's length in quarter-words, as the phrase rules count gaps: a Thai letter 1, a single Han,
 * kana or Hangul character 2, any other word 4. Those scripts make every character a token, so
 * their gaps are measured in half-words (a Han word is one or two characters) and quarter-words (a
 * Thai word, its marks removed by normalisation, three to five letters).
 */
export function quarterWords(key: string): number {
  const c = key.charCodeAt(0);
  return key.length === 1 ? (c >= 0x3040 ? 2 : c >= 0x0e01 && c <= 0x0e4e ? 1 : 4) : 4;
}

/** Whether a sentence end or a blank line (a separator of `stop`; a caller may add line breaks) comes before any token of from..to (a new sentence starts in it). */
export function crossesSentence(tokens: Tokens, from: number, to: number, stop: number = SEP.sentence | SEP.paragraph): boolean {
  for (let j = from; j <= to; j++) if ((tokens.sep[j] ?? 0) & stop) return true;
  return false;
}
/** The first token that ends after `offset` (the token holding it, or the next one); `count` if none. Binary search. */
export function tokenAtOffset(tokens: Tokens, offset: number): number {
  let lo = 0;
  let hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens.ends[mid] ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether the tokens from `i` on are `words` (token keys). A plain loop: callers call it inside their own loops over tokens. */
export function wordsAt(tokens: Tokens, i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens.keys[i + k] !== words[k]) return false;
  return true;
}
