import { TokenList, type Tokens } from "./token-list.js";
import { MAX_PACKED, packedWordId, startNumbering, WORD_CODE, wordIdAt, wordKey } from "./word-ids.js";

export type { Tokens } from "./token-list.js";

/** Flags of the separator (the non-word text) before a token. */
export const SEP = {
  /** , ; : 、 ， ； */
  clause: 1,
  /** . ! ? followed by a space or the end; 。！？ */
  sentence: 2,
  newline: 4,
  /** ':' or '=': the token before may be a key */
  keyValue: 8,
  /** '<' '[' '{' '(' */
  open: 16,
  /** a blank line */
  paragraph: 32,
  /** '@' (inside an address) */
  at: 64,
  /** '>' ']' '}' ')' */
  close: 128,
} as const;

const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
/** Thai letters (U+0E01-U+0E4E, its marks and digits aside): Thai, like Han, writes no space between words. */
const isThaiLetter = (cp: number, ch: string) => cp >= 0x0e01 && cp <= 0x0e4e && WORDISH.test(ch);
const WORDISH = /[\p{L}\p{N}]/u;
/** A vowel sign or virama of an Indic script (U+0900-U+0DFF): part of the word (map-char.ts keeps them). */
const isIndicSign = (cp: number, ch: string) => cp >= 0x0900 && cp <= 0x0dff && /\p{M}/u.test(ch);
const GLUE = new Set(["t", "re", "s", "ll", "ve", "d", "m"]);
const SEPARATOR = 0;
export const WORD_CHAR = 1;
const CJK_CHAR = 2;
export const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, c) => ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f ? WORD_CHAR : SEPARATOR));

/** Character classes below U+3400 (every script intake meets except Han and Hangul syllables), computed once. */
const CLASS_TABLE_END = 0x3400;
const CLASS_TABLE = Uint8Array.from({ length: CLASS_TABLE_END }, (_, cp) => {
  if (cp < 0x80) return ASCII_CLASS[cp] ?? SEPARATOR;
  if (cp >= 0xd800) return SEPARATOR;
  const ch = String.fromCharCode(cp);
  return CJK.test(ch) || isThaiLetter(cp, ch) ? CJK_CHAR : WORDISH.test(ch) || isIndicSign(cp, ch) ? WORD_CHAR : SEPARATOR;
});

/** The tokens of normalised text (see Tokens in token-list.ts), in one linear pass. */
export function tokenize(text: string): Tokens {
  // Room for a word every eight characters before the first doubling (prose has one every five or six).
  const t = new TokenList((text.length >> 3) + 16, startNumbering());
  // Created on the first character past the tables (emoji, Hangul...): most texts have none.
  let classes: Map<number, number> | null = null;
  const classOf = (cp: number): number => {
    if (cp < CLASS_TABLE_END) return CLASS_TABLE[cp] ?? SEPARATOR;
    if (cp >= 0x3400 && cp <= 0x9fff) return CJK_CHAR;
    classes ??= new Map();
    let c = classes.get(cp);
    if (c === undefined) {
      const ch = String.fromCodePoint(cp);
      c = CJK.test(ch) ? CJK_CHAR : WORDISH.test(ch) ? WORD_CHAR : SEPARATOR;
      classes.set(cp, c);
    }
    return c;
  };
  const n = text.length;
  let sepStart = 0;
  let i = 0;
  // Whether the previous token was a Thai letter: Thai puts spaces between phrases and sentences,
  // not words, so a separator between two Thai letters is a clause break.
  let lastThai = false;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    let cls: number;
    let size = 1;
    if (c0 < 0x80) cls = ASCII_CLASS[c0] ?? SEPARATOR;
    else {
      const cp = text.codePointAt(i) ?? 0;
      size = cp > 0xffff ? 2 : 1;
      cls = classOf(cp);
    }
    if (cls === SEPARATOR) {
      i += size;
      continue;
    }
    let j = i + size;
    // An ASCII word's characters packed as wordIdAt packs them (word-ids.ts), while its end is found:
    // `ascii` stays true while every character so far is an ASCII word character.
    let ascii = c0 < 0x80;
    let head = ascii ? WORD_CODE[c0]! : 0;
    let tail = 0;
    if (cls === WORD_CHAR) {
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c < 0x80) {
          if (ASCII_CLASS[c] !== WORD_CHAR) break;
          if (j - i < 5) head = head * 64 + WORD_CODE[c]!;
          else if (j - i < MAX_PACKED) tail = tail * 64 + WORD_CODE[c]!;
          j++;
        } else {
          const cp = text.codePointAt(j) ?? 0;
          if (classOf(cp) !== WORD_CHAR) break;
          ascii = false;
          j += cp > 0xffff ? 2 : 1;
        }
      }
    }
    // The word's id, and its key from the vocabulary: most words are found without cutting them out of the text.
    const word = ascii && j - i <= MAX_PACKED ? packedWordId(head, tail, text, i, j) : wordIdAt(text, i, j);
    const key = wordKey(word);
    const last = t.count - 1;
    // The apostrophe first: short words are common, contractions rare.
    if (cls === WORD_CHAR && j - i <= 2 && text.charCodeAt(i - 1) === 0x27 && last >= 0 && t.lastEnd() === i - 1 && GLUE.has(key)) {
      if (key !== "s") t.glueLast(key, j);
      else {
        t.markPossessive(last);
        t.setLastEnd(j);
      }
    } else {
      const thai = cls === CJK_CHAR && c0 >= 0x0e01 && c0 <= 0x0e4e;
      // A single space before the token has no flags of its own (the common case: not read by separatorFlags).
      const flags = sepStart === i ? 0 : (sepStart + 1 === i && text.charCodeAt(sepStart) === 0x20 ? 0 : separatorFlags(text, sepStart, i)) | (thai && lastThai ? SEP.clause : 0);
      t.push(word, key, i, j, flags);
      lastThai = thai;
    }
    sepStart = j;
    i = j;
  }
  return t.done(separatorFlags(text, sepStart, n));
}

function separatorFlags(text: string, from: number, to: number): number {
  let flags = 0;
  let newlines = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      flags |= SEP.newline;
      if (++newlines >= 2) flags |= SEP.paragraph;
      continue;
    }
    if (c === 0x20 || c === 0x09 || c === 0x0d) continue;
    newlines = 0;
    if (c < 0x80) {
      const flag = ASCII_FLAGS[c] ?? 0;
      if (flag === SENTENCE_IF_SPACED) {
        // . ! ? end a sentence only before whitespace or the end (not in "dana.reyes" or "v1.2")
        const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0x20;
        if (next === 0x20 || next === 0x0a || next === 0x0d || next === 0x09) flags |= SEP.sentence;
      } else flags |= flag;
    } else flags |= WIDE_FLAGS.get(c) ?? 0;
  }
  return flags;
}

const SENTENCE_IF_SPACED = 0x100;
const ASCII_FLAGS = new Uint16Array(128);
for (const [ch, flag] of [
  [",", SEP.clause],
  [";", SEP.clause],
  [":", SEP.clause | SEP.keyValue],
  ["=", SEP.keyValue],
  ["<", SEP.open],
  ["[", SEP.open],
  ["{", SEP.open],
  ["(", SEP.open],
  ["@", SEP.at],
  [">", SEP.close],
  ["]", SEP.close],
  ["}", SEP.close],
  [")", SEP.close],
  [".", SENTENCE_IF_SPACED],
  ["!", SENTENCE_IF_SPACED],
  ["?", SENTENCE_IF_SPACED],
] as const) ASCII_FLAGS[ch.charCodeAt(0)] = flag;
const WIDE_FLAGS: ReadonlyMap<number, number> = new Map([
  [0x3001, SEP.clause], // 、
  [0xff0c, SEP.clause], // ，
  [0xff1b, SEP.clause], // ；
  [0x3002, SEP.sentence], // 。
  [0xff01, SEP.sentence], // ！
  [0xff1f, SEP.sentence], // ？
  // Arabic-script comma and semicolon (Arabic, Persian, Urdu), its question mark, the Urdu full stop, and the
  // danda of Devanagari, Bengali and Gurmukhi text: "منظور کر لیا ہے؛ سیکیورٹی جائزہ ..." is two clauses.
  [0x060c, SEP.clause], // ،
  [0x061b, SEP.clause], // ؛
  [0x061f, SEP.sentence], // ؟
  [0x06d4, SEP.sentence], // ۔
  [0x0964, SEP.sentence], // ।
  [0x0965, SEP.sentence], // ॥
  // The Armenian full stop, the Myanmar and Khmer sentence ends (map-char.ts keeps them and the Urdu one unfolded).
  [0x0589, SEP.sentence], // ։
  [0x104b, SEP.sentence], // ။
  [0x17d4, SEP.sentence], // ។
  // Ethiopic (Amharic): ። full stop, ፧ question mark; ፣ comma, ፤ semicolon, ፥ colon, ፦ preface colon.
  [0x1362, SEP.sentence],
  [0x1367, SEP.sentence],
  [0x1363, SEP.clause],
  [0x1364, SEP.clause],
  [0x1365, SEP.clause],
  [0x1366, SEP.clause],
]);
