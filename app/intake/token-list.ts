import { pooledInt32Array } from "./int32-pool.js";
import { wordId } from "./word-ids.js";

/**
 * Words of normalised text (see normalize-text.ts), as tokenize (tokenize.ts) finds them in one
 * linear pass. A token is a run of letters, digits and '_'; every Han, Hiragana, Katakana and Thai
 * letter is a token of its own (those scripts do not separate words), so lexicon phrases in them
 * become token sequences. English contractions are glued ("don't" → "dont", "ceo's" → "ceo").
 */
export interface Tokens {
  count: number;
  keys: string[];
  /** [start, end) of token i in the normalised text (typed arrays of exactly `count` entries). */
  starts: Int32Array;
  ends: Int32Array;
  /** SEP flags (tokenize.ts) of the separator before token i; index `count` holds the trailing separator. */
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
