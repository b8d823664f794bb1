/**
 * Word ids: every distinct token key gets a small integer once, from a vocabulary kept across
 * texts, and what the detectors compute about a word (its lexicon entries, its learned-weights
 * term, whether it is a fragment) is kept in a WordTable by that id. Looking up a fresh token
 * string hashes it and probes a map; with ids a token pays that once, however many detectors read
 * it. The vocabulary is bounded: when full it is cleared before the next text is numbered (never
 * while one is, so two keys of one text never share an id), and every WordTable with it.
 */
const VOCABULARY = new Map<string, number>();
const VOCABULARY_LIMIT = 65_536;
let generation = 0;

/** The ids of `keys` (written into `ids`), and the vocabulary generation they belong to. */
export function numberWords(keys: readonly string[], ids: Int32Array): number {
  if (VOCABULARY.size >= VOCABULARY_LIMIT) {
    VOCABULARY.clear();
    generation++;
  }
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] ?? "";
    let id = VOCABULARY.get(key);
    if (id === undefined) VOCABULARY.set(key, (id = VOCABULARY.size));
    ids[i] = id;
  }
  return generation;
}

/** What WordTable reads of a token list (see Tokens in tokenize.ts). */
export interface NumberedWords {
  keys: readonly string[];
  words: Int32Array;
  vocabulary: number;
}

/**
 * A fact about words: a pure function of the key, computed once per word id and kept until the
 * vocabulary is cleared (so caching it changes no result). Never undefined.
 */
export class WordTable<T> {
  private values: (T | undefined)[] = [];
  private generation = generation;
  constructor(private readonly compute: (key: string) => T) {}

  /** The fact for token `i`. */
  of(tokens: NumberedWords, i: number): T {
    // Ids from before the vocabulary was cleared name other words now: computed from the key.
    if (tokens.vocabulary !== generation) return this.compute(tokens.keys[i] ?? "");
    if (this.generation !== generation) {
      this.values = [];
      this.generation = generation;
    }
    const id = tokens.words[i]!;
    const values = this.values;
    let value = values[id];
    if (value === undefined) {
      // Grown by push (undefined until computed): a write far past the end would turn the array into a dictionary.
      while (values.length <= id) values.push(undefined);
      values[id] = value = this.compute(tokens.keys[i] ?? "");
    }
    return value;
  }
}
