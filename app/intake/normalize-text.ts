import { asciiPrototype } from "./confusables.js";
import { emitTo, emitUnit, reserve, sinkFor, takeText, type Sink } from "./text-sink.js";

/** Something invisible that was removed during normalisation and is itself a signal. */
export interface HiddenMark {
  kind: "tag_text" | "bidi_override" | "bidi_unbalanced" | "zero_width_run" | "zero_width_in_words" | "variation_run";
  /** [start, end) in the raw text. */
  start: number;
  end: number;
}

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
 * - HTML character references (`&#105;`, `&#x69;`, `&lt;`...) are decoded in place;
 * - Unicode tag characters (U+E0000-E007F) are decoded to the ASCII they smuggle and reported,
 *   except the tag sequence of a subdivision flag emoji (U+1F3F4 + tags + cancel tag);
 * - bidi overrides (U+202D/E) and unbalanced embeddings/isolates are dropped and reported; bidi
 *   marks (LRM, RLM, ALM) are dropped silently (mixed right-to-left text uses them);
 * - zero-width characters, soft hyphens, Hangul fillers and variation selectors are dropped
 *   silently (Persian ZWNJ, emoji ZWJ sequences); runs of 8+ zero-width or 4+ variation selectors
 *   (steganography) are reported, and so are zero-width characters inside two or more words of
 *   Latin, Greek or Cyrillic letters ("Appro\u200Bve"), which no language writes, and zero-width
 *   spaces or word joiners inside words of Indic, Arabic, Hebrew, Armenian or Georgian script;
 * - every other character: NFKC, lower case, NFD, combining marks removed (but for the vowel
 *   signs and viramas of the Indic scripts, which spell the word: keptMark), Arabic/Persian
 *   yeh and kaf unified, and letters whose UTS #39 prototype is ASCII folded to it (confusables.ts).
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
 * Whether a zero-width run between `before` and `after` stands inside a word nobody writes so:
 * any zero-width character between letters of Latin, Greek or Cyrillic, and a zero-width space,
 * word joiner or BOM (not a ZWJ or ZWNJ, which Indic, Arabic and Persian spelling needs) between
 * letters or signs of an Indic, Arabic, Hebrew, Armenian or Georgian word ("सुर\u200Bक्षा").
 * Thai, Lao, Khmer and Myanmar are left out: they mark word boundaries with zero-width spaces.
 */
function inWord(before: number, after: number, hard: boolean): boolean {
  if (inWordOfAlphabet(before) && inWordOfAlphabet(after)) return true;
  return hard && inWordOfJoiningScript(before) && inWordOfJoiningScript(after);
}

/** A letter or sign of Indic (U+0900-0DFF), Arabic, Hebrew, Armenian or Georgian script. */
function inWordOfJoiningScript(cp: number): boolean {
  return (cp >= 0x900 && cp <= 0xdff) || (cp >= 0x620 && cp <= 0x6d3) || (cp >= 0x5d0 && cp <= 0x5ea) || (cp >= 0x531 && cp <= 0x587) || (cp >= 0x10a0 && cp <= 0x10ff);
}

/**
 * Whether a zero-width character next to `cp` sits inside a word of a script that never needs one:
 * Latin, Greek or Cyrillic letters. Persian and Arabic (ZWNJ), the Indic scripts (ZWJ, ZWNJ) and
 * emoji sequences (ZWJ) do, and are not counted.
 */
function inWordOfAlphabet(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  return (cp >= 0xc0 && cp <= 0x24f && cp !== 0xd7 && cp !== 0xf7) || (cp >= 0x370 && cp <= 0x3ff) || (cp >= 0x400 && cp <= 0x52f) || (cp >= 0x1e00 && cp <= 0x1eff);
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
const MARKS = /\p{M}/gu;
/**
 * What becomes of a combining mark: dropped (accents: "é" reads as "e"), except in the Indic
 * scripts (U+0900-U+0DFF, Devanagari to Sinhala), whose vowel signs and viramas spell the word:
 * dropped, "बिना" (without) would read as "बन" (become) and "बंद" (closed) as "बाद" (after).
 * There the nukta is still dropped (often left out in typing: "ज़रूरत" and "जरूरत" are one word)
 * and candrabindu reads as anusvara ("हाँ" and "हां", yes).
 */
function keptMark(mark: string): string {
  const cp = mark.charCodeAt(0);
  if (cp < INDIC_START || cp > INDIC_END) return "";
  const offset = cp & 0x7f;
  if (offset === NUKTA) return "";
  if (offset === CANDRABINDU) return String.fromCharCode(cp + 1);
  return mark;
}
const INDIC_START = 0x0900;
const INDIC_END = 0x0dff;
/** A sign's place in its script's 128-code-point block (every Indic block of Unicode keeps these places). */
const NUKTA = 0x3c;
const CANDRABINDU = 0x01;
const LETTER = /^\p{L}$/u;
const ZERO_WIDTH = new Set([0x00ad, 0x034f, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180e, 0x200b, 0x200c, 0x200d, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x3164, 0xfeff, 0xffa0]);
const BIDI_MARKS = new Set([0x200e, 0x200f, 0x061c]);
const BIDI_OPEN = new Set([0x202a, 0x202b, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068]);
const UNIFY: Readonly<Record<string, string>> = { "\u064a": "\u06cc", "\u0649": "\u06cc", "\u0643": "\u06a9", "\u0629": "\u0647" };

/**
 * Full stops of scripts whose UTS #39 prototype is no full stop ("-" for the Urdu "۔", ":" for the Armenian "։"), kept as
 * they are, with the Myanmar "။" and the Khmer "។": the tokenizer reads them as sentence ends (WIDE_FLAGS in tokenize.ts).
 * Folded to "-", an Urdu text was one sentence, and "2026۔" at a line's end read as a word broken with a hyphen and was
 * joined to the next line's first word.
 */
const FULL_STOPS: ReadonlySet<string> = new Set(["\u06d4", "\u0589", "\u104b", "\u17d4"]);

function mapChar(ch: string): string {
  if (ch === "\u2028" || ch === "\u2029" || ch === "\u0085") return "\n";
  if (FULL_STOPS.has(ch)) return ch;
  // Greek capital look-alikes first: "Ε" (U+0395) is confusable with "E", its lower case "ε" is not
  // with "e". (Cyrillic capitals are not folded: Russian text starts sentences with them, and its
  // lower-case look-alikes are folded below.)
  const nfkc = ch.normalize("NFKC");
  const cp = nfkc.codePointAt(0) ?? 0;
  if (cp >= 0x391 && cp <= 0x3a9 && nfkc.length === 1) {
    // Capital iota looks like "I", but UTS #39 gives "l" (it maps "I" itself to "l" too).
    if (cp === 0x399) return "i";
    const upper = asciiPrototype(nfkc, true);
    if (upper !== undefined && /^[A-Za-z]+$/.test(upper)) return upper.toLowerCase();
  }
  const base = ch.normalize("NFKC").toLowerCase().normalize("NFD").replace(MARKS, keptMark);
  let out = "";
  for (const c of base) {
    if (c.charCodeAt(0) < 0x80) {
      out += c;
      continue;
    }
    if (/^\s$/u.test(c)) {
      out += " ";
      continue;
    }
    out += asciiPrototype(c, LETTER.test(c)) ?? UNIFY[c] ?? c;
  }
  return out;
}

const NAMED: readonly (readonly [string, number])[] = [["lt", 0x3c], ["gt", 0x3e], ["amp", 0x26], ["quot", 0x22], ["apos", 0x27], ["nbsp", 0xa0]];
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const hexValue = (c: number) => (c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x57 : c >= 0x41 && c <= 0x46 ? c - 0x37 : -1);

/**
 * The character reference at the '&' at `at`: what /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(lt|gt|amp|quot|apos|nbsp));?/y
 * matches there, read by hand (a regex exec and its match array per '&' cost more than the
 * reference); null when none, or when it is no Unicode scalar value.
 */
function decodeEntity(raw: string, at: number): { cp: number; end: number } | null {
  let i = at + 1;
  let cp = -1;
  if (raw.charCodeAt(i) === 0x23) {
    let j = i + 1;
    let value = 0;
    for (; j < i + 8 && isDigit(raw.charCodeAt(j)); j++) value = value * 10 + raw.charCodeAt(j) - 0x30;
    if (j > i + 1) {
      cp = value;
      i = j;
    }
    else {
      const x = raw.charCodeAt(i + 1);
      if (x !== 0x78 && x !== 0x58) return null;
      let k = i + 2;
      value = 0;
      for (; k < i + 8 && hexValue(raw.charCodeAt(k)) >= 0; k++) value = value * 16 + hexValue(raw.charCodeAt(k));
      if (k === i + 2) return null;
      cp = value;
      i = k;
    }
  } else {
    const named = NAMED.find(([name]) => raw.startsWith(name, i));
    if (named === undefined) return null;
    cp = named[1];
    i += named[0].length;
  }
  if (raw.charCodeAt(i) === 0x3b) i++;
  if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
  return { cp, end: i };
}

/** Decodes a run of tag characters starting at `at`; returns the raw offset after the run. */
function takeTags(raw: string, at: number, prevCp: number, out: Sink, mark: (m: HiddenMark) => void): number {
  let j = at;
  const units: number[] = [];
  const offsets: number[] = [];
  while (j < raw.length) {
    const cp = raw.codePointAt(j) ?? 0;
    if (cp < 0xe0000 || cp > 0xe007f) break;
    if (cp >= 0xe0020 && cp <= 0xe007e) {
      units.push(cp - 0xe0000);
      offsets.push(j);
    }
    j += 2;
  }
  // A subdivision flag: 🏴, then 2-7 tag letters or digits (lower case), then the cancel tag.
  const flag = prevCp === 0x1f3f4 && units.length >= 2 && units.length <= 7 && units.every((u) => (u >= 0x61 && u <= 0x7a) || (u >= 0x30 && u <= 0x39)) && raw.codePointAt(j - 2) === 0xe007f;
  if (flag) return j;
  mark({ kind: "tag_text", start: at, end: j });
  emitUnit(out, 0x20, at);
  // The smuggled ASCII, lower-cased.
  for (let k = 0; k < units.length; k++) emitUnit(out, units[k]! >= 0x41 && units[k]! <= 0x5a ? units[k]! + 32 : units[k]!, offsets[k] ?? at);
  emitUnit(out, 0x20, j);
  return j;
}

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
