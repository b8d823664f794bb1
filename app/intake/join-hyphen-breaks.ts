import { TokenList } from "./token-list.js";
import type { Tokens } from "./tokenize.js";
import { wordId } from "./word-ids.js";

const BREAK = /-[ \t]*\r?\n/y;
const HEADING_LINE = /[ \t]*#{1,6}[ \t][^\n]*\n/y;
const INDENT = /[ \t]*/y;

/**
 * Words broken across lines with a hyphen ("dis-\nregard", "ig-\n### Notes\nnore") joined into one
 * token, as a reader sees them: an injection split over lines, or over the sections of an issue
 * form, reads whole. Markdown heading lines between the halves are dropped from the token stream.
 * Linear; returns `tokens` itself when the text has no such break.
 */
export function joinHyphenBreaks(text: string, tokens: Tokens): Tokens {
  // Without a hyphen and a line break there is no break to join (the usual case): no regex run.
  if (!text.includes("-") || !text.includes("\n")) return tokens;
  // First only find the breaks (most texts have none that end a word); rebuild only if some do.
  // Created with the first join: most texts with a hyphen and a line break have none.
  let joins: Map<number, number> | null = null;
  for (let at = nextBreak(text, 0); at >= 0; at = nextBreak(text, at + 1)) {
    const i = tokenEndingAt(tokens, at);
    if (i < 0) continue;
    const target = continuation(text, at);
    let j = i + 1;
    while (j < tokens.count && (tokens.starts[j] ?? 0) < target) j++;
    if (j < tokens.count && tokens.starts[j] === target) (joins ??= new Map()).set(i, j);
  }
  if (joins === null) return tokens;
  // Numbered in the tokens' vocabulary generation (only startNumbering clears it, before a text).
  const out = new TokenList(tokens.count, tokens.vocabulary);
  let i = 0;
  while (i < tokens.count) {
    let key = tokens.keys[i] ?? "";
    let end = tokens.ends[i] ?? 0;
    let last = i;
    for (let j = joins.get(last); j !== undefined; j = joins.get(last)) {
      key += tokens.keys[j] ?? "";
      end = tokens.ends[j] ?? end;
      last = j;
    }
    if (tokens.possessive.has(last)) out.markPossessive(out.count);
    out.push(last === i ? (tokens.words[i] ?? 0) : wordId(key), key, tokens.starts[i] ?? 0, end, tokens.sep[i] ?? 0);
    i = last + 1;
  }
  return out.done(tokens.sep[tokens.count] ?? 0);
}

/**
 * Where the next BREAK at or after `from` starts, or -1: each '-' found by indexOf (a search for
 * one character), then BREAK tried there, instead of a regex scan over the whole text. (A match's
 * end is never another's start, so searching on right after one finds the same breaks.)
 */
function nextBreak(text: string, from: number): number {
  for (let at = text.indexOf("-", from); at >= 0; at = text.indexOf("-", at + 1)) {
    BREAK.lastIndex = at;
    if (BREAK.test(text)) return at;
  }
  return -1;
}

/** The token that ends exactly at `offset`, or -1 (binary search). */
function tokenEndingAt(tokens: Tokens, offset: number): number {
  let lo = 0;
  let hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens.ends[mid] ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.count && tokens.ends[lo] === offset ? lo : -1;
}

/** Where the second half of a word broken at `end` starts, or -1 if the word is not broken there. */
function continuation(text: string, end: number): number {
  BREAK.lastIndex = end;
  if (!BREAK.test(text)) return -1;
  let at = BREAK.lastIndex;
  for (let headings = 0; headings < 3; headings++) {
    HEADING_LINE.lastIndex = at;
    if (!HEADING_LINE.test(text)) break;
    at = HEADING_LINE.lastIndex;
  }
  INDENT.lastIndex = at;
  INDENT.test(text);
  return INDENT.lastIndex;
}
