/**
 * Word ids: every distinct token key gets a small integer once, from a vocabulary kept across
 * texts, and what the detectors compute about a word (its lexicon entries, its learned-weights
 * term, whether it is a fragment) is kept in a WordColumn by that id. Looking up a fresh token
 * string hashes it and probes a map; with ids a token pays that once, however many detectors read
 * it. The vocabulary is bounded: when full it is cleared before the next text is numbered (never
 * while one is, so two keys of one text never share an id), and every WordColumn with it.
 */
const VOCABULARY = new Map<string, number>();
/** Each id's key: the one string tokens of that word share. */
const KEYS: string[] = [];
const VOCABULARY_LIMIT = 65_536;
let generation = 0;

/**
 * Short words (up to 10 ASCII letters, digits or '_') packed into two numbers, 6 bits a character
 * (code 0 unused, so the packing is exact), mapped to their ids in a set-associative cache in
 * front of VOCABULARY: most tokens are found without a string being cut out of the text and
 * hashed. A set holds the last WAYS words that hashed to it; a miss goes to VOCABULARY (constant
 * time either way).
 */
const CODE = Uint8Array.from({ length: 128 }, (_, c) =>
  c >= 0x61 && c <= 0x7a ? c - 0x60 : c >= 0x41 && c <= 0x5a ? c - 0x40 + 26 : c >= 0x30 && c <= 0x39 ? c - 0x30 + 53 : c === 0x5f ? 63 : 0,
);
/** CODE, for the tokenizer: a word character's 6-bit code (0: not an ASCII word character). */
export const WORD_CODE: Readonly<Uint8Array> = CODE;
export const MAX_PACKED = 10;
const CACHE_BITS = 16;
/**
 * Per slot, four entries side by side: the packed first five characters (0: empty slot; a word
 * has at least one), the rest, the id, and one unused (a slot is 16 bytes, within one cache line).
 * One interleaved table, not three parallel ones: a look-up in a table this large (a megabyte) is
 * usually a cache miss, and side by side it is one miss instead of three.
 *
 * Four-way: a word may sit in any slot of its set of four (64 bytes, one cache line), newest
 * first. The corpus has 32,000 distinct short words for 65,536 slots, and direct-mapped, words
 * that shared a slot evicted each other on every pass: one token in twenty went to VOCABULARY (a
 * string cut out of the text, hashed and looked up in a map of 50,000 keys, 3% of the filter's
 * time); four-way, one in a hundred.
 */
const CACHE = new Int32Array(4 << CACHE_BITS);
const WAY_BITS = 2;
const WAYS = 1 << WAY_BITS;
/**
 * Every other word (longer, or not ASCII: "instructions", Cyrillic, kana) by a hash of its code
 * units, in a second cache, four-way like CACHE: a slot holds the word's hash and id + 1 (0:
 * empty), and a hit (same hash) is confirmed by comparing that id's key with the text in place, so
 * a word seen before is found without a string cut out of the text and hashed.
 */
const LONG_ID = new Int32Array(2 << CACHE_BITS);

/** Called before a text is numbered: clears a full vocabulary. Returns the generation the text's ids belong to. */
export function startNumbering(): number {
  if (KEYS.length >= VOCABULARY_LIMIT) {
    VOCABULARY.clear();
    KEYS.length = 0;
    CACHE.fill(0);
    LONG_ID.fill(0);
    ROWS.fill(0);
    generation++;
  }
  return generation;
}

/** The id of `key`, numbering it if it is new. */
export function wordId(key: string): number {
  let id = VOCABULARY.get(key);
  if (id === undefined) {
    id = KEYS.length;
    VOCABULARY.set(key, id);
    KEYS.push(key);
  }
  return id;
}

/** The id of the word text[start, end), numbering it if it is new (its key: wordKey). */
export function wordIdAt(text: string, start: number, end: number): number {
  if (end - start > MAX_PACKED) return longWordId(text, start, end);
  let head = 0;
  let tail = 0;
  for (let k = start; k < end; k++) {
    const code = CODE[text.charCodeAt(k)];
    if (code === undefined || code === 0) return longWordId(text, start, end);
    if (k - start < 5) head = head * 64 + code;
    else tail = tail * 64 + code;
  }
  return packedWordId(head, tail, text, start, end);
}

/**
 * wordIdAt of a word of up to MAX_PACKED ASCII word characters whose codes (WORD_CODE) the caller
 * has packed already, as wordIdAt does: the first five into `head`, the rest into `tail`, 6 bits a
 * character. The tokenizer packs them while it finds the word's end, so the word is read once.
 */
export function packedWordId(head: number, tail: number, text: string, start: number, end: number): number {
  const set = (Math.imul(head ^ Math.imul(tail, 0x9e3779b1), 0x85ebca6b) >>> (32 - CACHE_BITS + WAY_BITS)) << (2 + WAY_BITS);
  for (let slot = set; slot < set + 4 * WAYS; slot += 4) if (CACHE[slot] === head && CACHE[slot + 1] === tail) return CACHE[slot + 2]!;
  const id = wordId(text.slice(start, end));
  // Every word of the set moves one slot on (the last is dropped), the new one takes the first.
  CACHE.copyWithin(set + 4, set, set + 4 * WAYS - 4);
  CACHE[set] = head;
  CACHE[set + 1] = tail;
  CACHE[set + 2] = id;
  return id;
}

/** wordIdAt of a word the packed cache cannot hold, through LONG_ID. */
function longWordId(text: string, start: number, end: number): number {
  let h = end - start;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x9e3779b1);
  const set = (Math.imul(h ^ (h >>> 15), 0x85ebca6b) >>> (32 - CACHE_BITS + WAY_BITS)) << (1 + WAY_BITS);
  for (let slot = set; slot < set + 2 * WAYS; slot += 2) {
    const cached = LONG_ID[slot + 1]! - 1;
    if (cached >= 0 && LONG_ID[slot] === h && sameWord(KEYS[cached] ?? "", text, start, end)) return cached;
  }
  const id = wordId(text.slice(start, end));
  LONG_ID.copyWithin(set + 2, set, set + 2 * WAYS - 2);
  LONG_ID[set] = h;
  LONG_ID[set + 1] = id + 1;
  return id;
}

/** Whether `key` is text[start, end), compared in place. */
function sameWord(key: string, text: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let k = 0; k < key.length; k++) if (key.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/** The vocabulary generation: ids numbered in one name other words in the next (see startNumbering). */
export function vocabularyGeneration(): number {
  return generation;
}

/** The key of word `id` (of the current generation). */
export function wordKey(id: number): string {
  return KEYS[id] ?? "";
}

/** What WordColumn reads of a token list (see Tokens in tokenize.ts). */
export interface NumberedWords {
  keys: readonly string[];
  words: Int32Array;
  vocabulary: number;
}

/**
 * Numeric facts about words side by side: one row of COLUMNS numbers per word id, a column per
 * WordColumn. The filter reads several facts of every token (its lexicon entries, its learned
 * term, whether it is a fragment, whether it can make a login privileged), each from its own
 * table in turn; a word seen long ago is out of cache, and with a table apiece it was a cache miss
 * apiece. In one row it is one. The first COLUMNS WordColumns made share the rows (the filter's
 * own four, made when its modules load and on its first scan: word-phrases, learned-score,
 * detect-squashed, mark-service-logins); any further one keeps its own. Four, not more: a row of
 * 16 bytes keeps the rows of the corpus's 53,000 words under a megabyte (with 8 columns, half of
 * each row empty, 0.985-0.989 of the time in alternating runs).
 */
const COLUMNS = 4;
/** Each value is stored plus BIAS, so 0 means not computed yet and values down to -BIAS + 1 fit. */
const BIAS = 4;
let ROWS: Int32Array<ArrayBuffer> = new Int32Array(COLUMNS * 1024);
let columnsTaken = 0;

/**
 * A numeric fact about words (an integer above -BIAS): a pure function of the key, computed once
 * per word id and kept (so caching it changes no result) in the shared rows (or, past COLUMNS, in
 * a table of its own).
 */
export class WordColumn {
  private readonly column: number;
  /** Its own table when the shared rows are taken (stride 1), else null. */
  private own: Int32Array<ArrayBuffer> | null = null;
  private ownGeneration = generation;
  constructor(private readonly compute: (key: string) => number) {
    this.column = columnsTaken < COLUMNS ? columnsTaken++ : -1;
    if (this.column < 0) this.own = new Int32Array(1024);
  }

  /** The fact for token `i`. */
  of(tokens: NumberedWords, i: number): number {
    if (tokens.vocabulary !== generation) return this.compute(tokens.keys[i] ?? "");
    const id = tokens.words[i]!;
    if (this.column < 0) return this.ofOwn(tokens, i, id);
    const at = id * COLUMNS + this.column;
    if (at >= ROWS.length) ROWS = grown(ROWS, at + 1);
    const stored = ROWS[at]!;
    if (stored !== 0) return stored - BIAS;
    const value = this.compute(tokens.keys[i] ?? "");
    ROWS[at] = value + BIAS;
    return value;
  }

  private ofOwn(tokens: NumberedWords, i: number, id: number): number {
    let own = this.own!;
    if (this.ownGeneration !== generation) {
      own.fill(0);
      this.ownGeneration = generation;
    }
    if (id >= own.length) own = this.own = grown(own, id + 1);
    const stored = own[id]!;
    if (stored !== 0) return stored - BIAS;
    const value = this.compute(tokens.keys[i] ?? "");
    own[id] = value + BIAS;
    return value;
  }
}

/** A copy of `a` at least `size` long (doubled), zeros after its end. */
function grown(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  let length = a.length;
  while (length < size) length *= 2;
  const next = new Int32Array(length);
  next.set(a);
  return next;
}
