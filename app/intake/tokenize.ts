import { pooledInt32Array } from "./int32-pool.js";
import { MAX_PACKED, packedWordId, startNumbering, WORD_CODE, wordId, wordIdAt, wordKey } from "./word-ids.js";

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

/**
 * Words of normalised text (see normalize-text.ts), in one linear pass. A token is a run of
 * letters, digits and '_'; every Han, Hiragana, Katakana and Thai letter is a token of its own
 * (those scripts do not separate words), so lexicon phrases in them become token sequences.
 * English contractions are glued ("don't" → "dont", "ceo's" → "ceo").
 */
export interface Tokens {
  count: number;
  keys: string[];
  /** [start, end) of token i in the normalised text (typed arrays of exactly `count` entries). */
  starts: Int32Array;
  ends: Int32Array;
  /** SEP flags of the separator before token i; index `count` holds the trailing separator. */
  sep: Int32Array;
  /** Tokens written with a possessive 's ("ceo's"). */
  possessive: ReadonlySet<number>;
  /** The word id of token i's key (word-ids.ts), and the vocabulary generation the ids belong to. */
  words: Int32Array;
  vocabulary: number;
}

const NO_POSSESSIVE: ReadonlySet<number> = new Set();

/**
 * Tokens being collected: positions in one typed array (starts, ends, word ids, then separators,
 * each `capacity` long), doubled when full and cut into exact views at the end. A long text has a
 * hundred thousand tokens: arrays of numbers grown push by push were copied over and over, and
 * copied again by every garbage collection while the scan held them.
 */
export class TokenList {
  count = 0;
  readonly keys: string[] = [];
  /** Created with the first possessive: most texts have none. */
  private possessive: Set<number> | null = null;
  private capacity: number;
  private buf: Int32Array;
  /** The vocabulary generation of the word ids (word-ids.ts). */
  constructor(capacity: number, private readonly vocabulary: number) {
    this.capacity = capacity;
    this.buf = pooledInt32Array(4 * capacity + 1);
  }
  /** Adds a token: its word id (wordIdAt, wordId) and that word's key. */
  push(word: number, key: string, start: number, end: number, sep: number): void {
    if (this.count === this.capacity) this.grow();
    const { buf, capacity, count } = this;
    this.keys.push(key);
    buf[count] = start;
    buf[capacity + count] = end;
    buf[2 * capacity + count] = word;
    buf[3 * capacity + count] = sep;
    this.count = count + 1;
  }
  /** Appends to the key of the last token and sets its end (a glued contraction). */
  glueLast(suffix: string, end: number): void {
    const last = this.count - 1;
    const key = this.keys[last] + suffix;
    this.keys[last] = key;
    this.buf[2 * this.capacity + last] = wordId(key);
    this.buf[this.capacity + last] = end;
  }
  /** Marks token `i` possessive. */
  markPossessive(i: number): void {
    (this.possessive ??= new Set()).add(i);
  }
  /** Sets the end of the last token (a possessive 's). */
  setLastEnd(end: number): void {
    this.buf[this.capacity + this.count - 1] = end;
  }
  lastEnd(): number {
    return this.count > 0 ? this.buf[this.capacity + this.count - 1]! : -1;
  }
  /** The tokens, with `trailing` as the separator after the last one. */
  done(trailing: number): Tokens {
    const { buf, capacity, count } = this;
    buf[3 * capacity + count] = trailing;
    return {
      count,
      keys: this.keys,
      starts: buf.subarray(0, count),
      ends: buf.subarray(capacity, capacity + count),
      sep: buf.subarray(3 * capacity, 3 * capacity + count + 1),
      possessive: this.possessive ?? NO_POSSESSIVE,
      words: buf.subarray(2 * capacity, 2 * capacity + count),
      vocabulary: this.vocabulary,
    };
  }
  private grow(): void {
    const { buf, capacity } = this;
    const size = capacity * 2 + 16;
    const next = pooledInt32Array(4 * size + 1);
    next.set(buf.subarray(0, capacity), 0);
    next.set(buf.subarray(capacity, 2 * capacity), size);
    next.set(buf.subarray(2 * capacity, 3 * capacity), 2 * size);
    next.set(buf.subarray(3 * capacity, 4 * capacity + 1), 3 * size);
    this.buf = next;
    this.capacity = size;
  }
}

const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
/** Thai letters (U+0E01-U+0E4E, its marks and digits aside): Thai, like Han, writes no space between words. */
const isThaiLetter = (cp: number, ch: string) => cp >= 0x0e01 && cp <= 0x0e4e && WORDISH.test(ch);
const WORDISH = /[\p{L}\p{N}]/u;
/** A vowel sign or virama of an Indic script (U+0900-U+0DFF): part of the word (normalize-text.ts keeps them). */
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
  // The Armenian full stop, the Myanmar and Khmer sentence ends (normalize-text.ts keeps them and the Urdu one unfolded).
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

/** Whether a sentence end or a blank line comes before any token of from..to (a new sentence starts in it). */
export function crossesSentence(tokens: Tokens, from: number, to: number): boolean {
  for (let j = from; j <= to; j++) if ((tokens.sep[j] ?? 0) & (SEP.sentence | SEP.paragraph)) return true;
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
