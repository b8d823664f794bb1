import type { CompiledLexicon } from "./compile-lexicon.js";
import { addHit, type ConceptHits } from "./find-concepts.js";
import { OTHER_ID_COMPANIONS } from "./rules/extra-request-rules.js";
import { tokenRange } from "./token-queries.js";
import type { Tokens } from "./tokenize.js";

/** A run of four to eight digits (normalised text), the number of an employee id; its letter prefix is read back by hand. */
const DIGITS = /\d{4,8}(?!\d)/g;
/** Most ids read. */
const MAX_IDS = 40;
/** OTHER_ID_COMPANIONS as ids: a text with none of them is not scanned for ids (most texts; the scan cost about 1% of the filter's time). */
const neededIds = new WeakMap<CompiledLexicon, number[]>();

/**
 * OTHER_ID, a second person's employee id: an id of the same shape (the same letter prefix) as the first id in the text, but a
 * different number ("Jessica Moore (LH-215530) ... close Adam Reeves's account (LH-374120) at the same time"). The first id a text
 * gives is the leaver's; another with the prefix of the same HR system is someone else's, whatever the language around it. Whether
 * that person is acted on is for the phrase rules to say (rules/extra-request-rules.ts). Linear: one scan for runs of digits,
 * reading back only before a run of four to eight.
 */
export function markOtherIds(text: string, tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits): void {
  let needed = neededIds.get(lex);
  if (needed === undefined) neededIds.set(lex, (needed = OTHER_ID_COMPANIONS.map((c) => lex.id(c))));
  if (!needed.some((c) => (hits.starts[c]?.length ?? 0) > 0)) return;
  let first: string | null = null;
  let prefix = "";
  let n = 0;
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(text); m !== null && n < MAX_IDS; m = DIGITS.exec(text)) {
    const start = prefixStart(text, m.index);
    if (start < 0) continue;
    n++;
    const letters = text.slice(start, text.charCodeAt(m.index - 1) === 0x2d ? m.index - 1 : m.index);
    const id = letters + m[0];
    if (first === null) {
      first = id;
      prefix = letters;
      continue;
    }
    if (id === first || letters !== prefix) continue;
    const [lo, hi] = tokenRange(tokens, start, m.index + m[0].length);
    if (lo >= 0) addHit(hits, lex.id("OTHER_ID"), lo, hi);
  }
}

/** Where the one to five lower-case letters before the digits at `at` start (an optional '-' between), or -1: not an id ("2026", "x.1234", "@1234"). */
function prefixStart(text: string, at: number): number {
  let i = at - 1;
  if (text.charCodeAt(i) === 0x2d) i--;
  const end = i;
  while (i >= 0 && end - i < 6 && isLower(text.charCodeAt(i))) i--;
  const letters = end - i;
  if (letters < 1 || letters > 5) return -1;
  const before = i >= 0 ? text.charCodeAt(i) : 0x20;
  // Not inside a word, an address or a dotted name.
  if (isLower(before) || (before >= 0x30 && before <= 0x39) || before === 0x40 || before === 0x2e || before === 0x5f) return -1;
  return i + 1;
}

function isLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}
