import { headKey, type CompiledLexicon, type PhraseEntry } from "./compile-lexicon.js";
import { vocabularyGeneration, WordColumn, wordId } from "./word-ids.js";

/**
 * The lexicon phrases each word heads, as numbers: what findConcepts (find-concepts.ts) reads for
 * every token. A word is looked up in the lexicon once per vocabulary generation (word-ids.ts), and
 * what it heads is appended to one array of numbers, `code`, at an offset kept in the words'
 * shared rows (WordColumn; 0 for a word that heads no phrase, half of all tokens). The row is the
 * one the learned weights and the other per-word facts read for the same token next, and a word's
 * phrases are numbers side by side: a token costs a memory access or two, where a table of objects
 * per word, a typed array per kind of phrase and an object per phrase with its words as strings
 * cost one apiece (a word's entries are rarely in cache: texts come and go).
 *
 * Layout at a word's offset o, in the order findConcepts adds the hits (lexicon order within each):
 * - the number of one-word phrases, then their concepts;
 * - the number of two-word phrases whose second word is a prefix ("security revi*"), then per
 *   phrase its concept and the index in `strings` of that prefix;
 * - the number of one-word prefix entries the word starts with ("approv*"), then their concepts;
 * - the size of the table of longer phrases (0: none), then the table: per slot (open
 *   addressing by the second word's id) that id + 1 (0: empty) and where its phrases are; per
 *   second word, its phrase count and per phrase its concept, its length after the head word, the
 *   index + 1 in `strings` of its last word when that is a prefix (else 0), and the word ids of the
 *   words after the head (the second included).
 * Ids and offsets are of the generation the code was written in; the code is emptied with it.
 */
export interface WordPhrases {
  column: WordColumn;
  code: Int32Array;
  strings: string[];
}

interface Table extends WordPhrases {
  used: number;
  generation: number;
}

const TABLES = new WeakMap<CompiledLexicon, Table>();

/** The phrase table of `lex` (made on first use, one per lexicon). */
export function wordPhrases(lex: CompiledLexicon): WordPhrases {
  let table = TABLES.get(lex);
  if (table === undefined) {
    const t: Table = { code: new Int32Array(1 << 14), strings: [], used: 1, generation: vocabularyGeneration(), column: new WordColumn((key) => append(t, key, lex)) };
    TABLES.set(lex, (table = t));
  }
  return table;
}

/** Slot of word `id` in a table of mask + 1 slots (findConcepts probes from there, one slot at a time). */
export function slotOf(id: number, mask: number): number {
  return (Math.imul(id, 0x9e3779b1) >>> 16) & mask;
}

/** Appends what `key` heads to the table's code and returns its offset, or 0 when it heads nothing. */
function append(t: Table, key: string, lex: CompiledLexicon): number {
  const phrases = lex.exact.get(key) ?? [];
  const prefixConcepts: number[] = [];
  const lengths = key.length >= 3 ? lex.prefixHeads.get(headKey(key)) : undefined;
  if (lengths !== undefined) {
    for (const len of lengths) {
      if (len > key.length) break;
      for (const e of lex.prefix.get(key.slice(0, len)) ?? []) if (!prefixConcepts.includes(e.concept)) prefixConcepts.push(e.concept);
    }
  }
  if (phrases.length === 0 && prefixConcepts.length === 0) return 0;
  if (t.generation !== vocabularyGeneration()) {
    // Rows of the old generation were cleared with it: nothing points into the code any more.
    t.used = 1;
    t.strings = [];
    t.generation = vocabularyGeneration();
  }
  const singles: number[] = [];
  const pairs: number[] = [];
  const byNext = new Map<string, PhraseEntry[]>();
  for (const e of phrases) {
    if (e.rest.length === 0) singles.push(e.concept);
    else if (e.lastPrefix && e.rest.length === 1) pairs.push(e.concept, t.strings.push(e.rest[0]!) - 1);
    else byNext.set(e.rest[0]!, [...(byNext.get(e.rest[0]!) ?? []), e]);
  }
  const code: number[] = [singles.length, ...singles, pairs.length >> 1, ...pairs, prefixConcepts.length, ...prefixConcepts];
  let size = byNext.size === 0 ? 0 : 4;
  while (size > 0 && size < 2 * byNext.size) size *= 2;
  const offset = t.used;
  code.push(size);
  const table = code.length;
  for (let s = 0; s < 2 * size; s++) code.push(0);
  for (const [second, list] of byNext) {
    const id = wordId(second);
    let s = slotOf(id, size - 1);
    while (code[table + 2 * s] !== 0) s = (s + 1) & (size - 1);
    code[table + 2 * s] = id + 1;
    code[table + 2 * s + 1] = offset + code.length;
    code.push(list.length);
    for (const e of list) {
      const prefix = e.lastPrefix ? t.strings.push(e.rest[e.rest.length - 1]!) : 0;
      code.push(e.concept, e.rest.length, prefix, ...e.rest.map((w) => wordId(w)));
    }
  }
  if (offset + code.length > t.code.length) {
    let length = t.code.length;
    while (length < offset + code.length) length *= 2;
    const grown = new Int32Array(length);
    grown.set(t.code.subarray(0, t.used));
    t.code = grown;
  }
  t.code.set(code, offset);
  t.used = offset + code.length;
  return offset;
}
