import { decodeEntity } from "./decode-entity.js";
import { takeTags } from "./decode-tag-text.js";
import type { HiddenMark } from "./hidden-mark.js";
import { mapChar } from "./map-char.js";
import { emitTo, emitUnit, reserve, sinkFor, takeText } from "./text-sink.js";
import { inWord } from "./zero-width-in-word.js";

export type { HiddenMark } from "./hidden-mark.js";

/**
 * The text the rules see, with a map from every normalised code unit back to its offset in the
 * raw text, so findings point at what the human actually sent.
 */
export interface NormalizedText {
  text: string;
  /** Offset in the raw text of normalised code unit i (raw length for i past the end). */
  originOf(i: number): number;
  hidden: HiddenMark[];
}

/**
 * Normalises raw intake text, one code point at a time (linear):
 * - HTML character references (`&#105;`, `&#x69;`, `&lt;`...) are decoded in place (decode-entity.ts);
 * - Unicode tag characters (U+E0000-E007F) are decoded to the ASCII they smuggle and reported,
 *   except the tag sequence of a subdivision flag emoji (U+1F3F4 + tags + cancel tag) (decode-tag-text.ts);
 * - bidi overrides (U+202D/E) and unbalanced embeddings/isolates are dropped and reported; bidi
 *   marks (LRM, RLM, ALM) are dropped silently (mixed right-to-left text uses them);
 * - zero-width characters, soft hyphens, Hangul fillers and variation selectors are dropped
 *   silently (Persian ZWNJ, emoji ZWJ sequences); runs of 8+ zero-width or 4+ variation selectors
 *   (steganography) are reported, and so are zero-width characters inside two or more words of
 *   Latin, Greek or Cyrillic letters ("Appro\u200Bve"), which no language writes, and zero-width
 *   spaces or word joiners inside words of Indic, Arabic, Hebrew, Armenian or Georgian script
 *   (zero-width-in-word.ts);
 * - every other character (mapChar, map-char.ts): NFKC, lower case, NFD, combining marks removed
 *   (but for the vowel signs and viramas of the Indic scripts, which spell the word: keptMark),
 *   Arabic/Persian yeh and kaf unified, and letters whose UTS #39 prototype is ASCII folded to it
 *   (confusables.ts).
 * The rule lexicon is normalised by this same function, so rules match whatever script they use.
 */
export function normalizeText(raw: string): NormalizedText {
  if (PLAIN_ASCII.test(raw)) return { text: raw.toLowerCase(), originOf: (i) => Math.min(i, raw.length), hidden: [] };
  const n = raw.length;
  const out = sinkFor(n);
  const hidden: HiddenMark[] = [];
  const mark = (m: HiddenMark) => {
    if (hidden.length < MAX_MARKS) hidden.push(m);
  };
  let zwCount = 0;
  let zwStart = 0;
  // The character before the current zero-width run, and zero-width runs found inside words of
  // alphabetic scripts (see inWordOfAlphabet): how many, the first's start and the last's end.
  let zwBefore = 0;
  // Whether the run holds a zero-width character other than a joiner or non-joiner (see inWordOfJoiningScript).
  let zwHard = false;
  let inWords = 0;
  let inWordsStart = 0;
  let inWordsEnd = 0;
  let vsCount = 0;
  let vsStart = 0;
  let bidiDepth = 0;
  let bidiFirst = -1;
  let prevCp = 0;
  const endRuns = (at: number) => {
    if (zwCount >= 8) mark({ kind: "zero_width_run", start: zwStart, end: at });
    else if (zwCount > 0 && inWord(zwBefore, raw.codePointAt(at) ?? 0, zwHard)) {
      if (inWords++ === 0) inWordsStart = zwStart;
      inWordsEnd = at;
    }
    if (vsCount >= 4) mark({ kind: "variation_run", start: vsStart, end: at });
    zwCount = 0;
    zwHard = false;
    vsCount = 0;
  };
  let i = 0;
  while (i < n) {
    const c0 = raw.charCodeAt(i);
    if (c0 < 0x80 && c0 !== 0x26) {
      // A run of ASCII (not '&'): lower-cased in place, offsets identical.
      if (zwCount > 0 || vsCount > 0) endRuns(i);
      // One pass: find the run's end while copying it (room for the rest of the text, at most).
      reserve(out, n - i);
      const { buf, origin } = out;
      let len = out.len;
      let j = i;
      for (; j < n; j++, len++) {
        const c = raw.charCodeAt(j);
        if (c >= 0x80 || c === 0x26) break;
        buf[len] = c >= 0x41 && c <= 0x5a ? c + 32 : c;
        origin[len] = j;
      }
      out.len = len;
      prevCp = raw.charCodeAt(j - 1);
      i = j;
      continue;
    }
    let cp = raw.codePointAt(i) ?? 0;
    let next = i + (cp > 0xffff ? 2 : 1);
    if (cp === 0x26) {
      const entity = decodeEntity(raw, i);
      if (entity) {
        cp = entity.cp;
        next = entity.end;
      }
    }
    // Most characters map to one code unit of the precomputed tables: written as a number.
    const single = singleUnit(cp);
    const known = single >= 0 ? undefined : (precomputed(cp) ?? MAPPED.get(cp));
    if (single >= 0) {
      if (zwCount > 0 || vsCount > 0) endRuns(i);
      emitUnit(out, single, i);
    } else if (known !== undefined) {
      if (zwCount > 0 || vsCount > 0) endRuns(i);
      emitTo(out, known, i);
    } else if (cp >= 0xe0000 && cp <= 0xe007f) {
      next = takeTags(raw, i, prevCp, out, mark);
    } else if (ZERO_WIDTH.has(cp)) {
      if (zwCount++ === 0) {
        zwStart = i;
        zwBefore = prevCp;
      }
      if (cp !== 0x200c && cp !== 0x200d) zwHard = true;
    } else if ((cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef)) {
      if (vsCount++ === 0) vsStart = i;
    } else if (BIDI_MARKS.has(cp)) {
      // dropped silently
    } else if (BIDI_OPEN.has(cp) || cp === 0x202c || cp === 0x2069) {
      if (cp === 0x202d || cp === 0x202e) mark({ kind: "bidi_override", start: i, end: next });
      if (bidiFirst < 0) bidiFirst = i;
      bidiDepth += BIDI_OPEN.has(cp) ? 1 : -1;
    } else {
      if (zwCount > 0 || vsCount > 0) endRuns(i);
      const mapped = cp < 0x80 ? String.fromCharCode(cp).toLowerCase() : mapChar(String.fromCodePoint(cp));
      if (MAPPED.size >= MAPPED_LIMIT) MAPPED.clear();
      MAPPED.set(cp, mapped);
      emitTo(out, mapped, i);
    }
    prevCp = cp;
    i = next;
  }
  endRuns(n);
  if (inWords >= 2) mark({ kind: "zero_width_in_words", start: inWordsStart, end: inWordsEnd });
  if (bidiDepth !== 0 && bidiFirst >= 0) mark({ kind: "bidi_unbalanced", start: bidiFirst, end: bidiFirst + 1 });
  // The kept sink's offsets are copied out (exactly as many as written): the next text reuses it.
  const { text, origin, len } = takeText(out);
  return { text, originOf: (k) => (k < len ? (origin[k] ?? n) : n), hidden };
}

/**
 * mapChar of characters outside the precomputed tables (Han, Hangul, emoji...), kept across texts:
 * mapChar runs NFKC and NFD per character (microseconds), and a text in Korean or Chinese would
 * otherwise pay that again for every syllable it shares with the texts before it. mapChar is a pure
 * function of the character, so the cache changes no result; it is bounded (cleared when full).
 */
const MAPPED = new Map<number, string>();
const MAPPED_LIMIT = 65_536;

/** At most this many hidden marks are reported (the text is still decoded in full). */
const MAX_MARKS = 20;

const PLAIN_ASCII = /^[\x00-\x25\x27-\x7f]*$/;
const ZERO_WIDTH = new Set([0x00ad, 0x034f, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180e, 0x200b, 0x200c, 0x200d, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x3164, 0xfeff, 0xffa0]);
const BIDI_MARKS = new Set([0x200e, 0x200f, 0x061c]);
const BIDI_OPEN = new Set([0x202a, 0x202b, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068]);

/**
 * mapChar of every ordinary character below U+3400 and of the fullwidth forms, computed once at
 * load (a constant table: short texts would otherwise pay NFKC/NFD per character per call).
 * Characters with special handling (invisible, bidi, tags) are not in it.
 */
const TABLE_END = 0x3400;
const FULLWIDTH = 0xff00;
const FULLWIDTH_END = 0xfff0;
function precomputed(cp: number): string | undefined {
  if (cp < TABLE_END) return LOW_TABLE[cp];
  if (cp >= FULLWIDTH && cp < FULLWIDTH_END) return FULLWIDTH_TABLE[cp - FULLWIDTH];
  return undefined;
}
const special = (cp: number) => ZERO_WIDTH.has(cp) || BIDI_MARKS.has(cp) || BIDI_OPEN.has(cp) || cp === 0x202c || cp === 0x2069 || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xd800 && cp <= 0xdfff) || cp === 0x26;
const LOW_TABLE: readonly (string | undefined)[] = Array.from({ length: TABLE_END }, (_, cp) => (cp < 0x80 || special(cp) ? undefined : mapChar(String.fromCharCode(cp))));
const FULLWIDTH_TABLE: readonly (string | undefined)[] = Array.from({ length: FULLWIDTH_END - FULLWIDTH }, (_, k) => (special(FULLWIDTH + k) ? undefined : mapChar(String.fromCharCode(FULLWIDTH + k))));
/** The tables' one-code-unit mappings as numbers (-1: none, or longer): most characters, written without a string. */
const unitOf = (s: string | undefined) => (s !== undefined && s.length === 1 ? s.charCodeAt(0) : -1);
const LOW_UNITS = Int32Array.from(LOW_TABLE, unitOf);
const FULLWIDTH_UNITS = Int32Array.from(FULLWIDTH_TABLE, unitOf);
function singleUnit(cp: number): number {
  if (cp < TABLE_END) return LOW_UNITS[cp]!;
  if (cp >= FULLWIDTH && cp < FULLWIDTH_END) return FULLWIDTH_UNITS[cp - FULLWIDTH]!;
  return -1;
}
