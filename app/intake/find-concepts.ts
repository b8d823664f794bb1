import { headKey, type CompiledLexicon, type PhraseEntry } from "./compile-lexicon.js";
import { SEP, type Tokens } from "./tokenize.js";
import { vocabularyGeneration, WordColumn, wordId, wordKey } from "./word-ids.js";

/** Where each concept occurs: token ranges [start, end] (inclusive), sorted by start. */
export interface ConceptHits {
  starts: number[][];
  ends: number[][];
  /** Concepts whose hit starts at token i (for gap and lead checks). */
  at: ByToken;
  /** Bit c (word c >> 5, bit c & 31) is set when concept c has a hit: rules test it without reading every list. */
  present: Int32Array;
}

/**
 * Concept ids per token index (tokens are dense small integers). A token's first concept is kept
 * in an array of numbers, one entry per token; further concepts of the same token in linked nodes
 * of two more arrays (concept, next node), so no token gets a list or a map entry of its own
 * (a long text has tens of thousands of tokens with two concepts: a sentence start and a word).
 */
export class ByToken {
  /** First concept starting at each token, -1 for none. */
  private readonly first: number[];
  /** Per token, its first further node (-1, or past the end: none); created with the first token that has two concepts. */
  private moreHead: number[] | null = null;
  private readonly nodeConcept: number[] = [];
  private readonly nodeNext: number[] = [];
  constructor(tokenCount = 0) {
    this.first = new Array<number>(tokenCount).fill(-1);
  }
  /** Whether a hit of `concept` starts at `token`. */
  has(token: number, concept: number): boolean {
    const first = this.first[token];
    if (first === undefined || first < 0) return false;
    if (first === concept) return true;
    for (let k = this.moreHead?.[token] ?? -1; k >= 0; k = this.nodeNext[k]!) if (this.nodeConcept[k] === concept) return true;
    return false;
  }
  /** Whether a hit of any of `concepts` starts at `token`. */
  hasAny(token: number, concepts: readonly number[]): boolean {
    const first = this.first[token];
    if (first === undefined || first < 0) return false;
    if (concepts.includes(first)) return true;
    for (let k = this.moreHead?.[token] ?? -1; k >= 0; k = this.nodeNext[k]!) if (concepts.includes(this.nodeConcept[k]!)) return true;
    return false;
  }
  /** Whether a hit of a concept other than `except` starts at `token`. */
  hasOtherThan(token: number, except: readonly number[]): boolean {
    const first = this.first[token];
    if (first === undefined || first < 0) return false;
    if (!except.includes(first)) return true;
    for (let k = this.moreHead?.[token] ?? -1; k >= 0; k = this.nodeNext[k]!) if (!except.includes(this.nodeConcept[k]!)) return true;
    return false;
  }
  /** Whether a hit of any of `concepts` starts at a token in [from, to] (none when to < from). */
  hasAnyIn(from: number, to: number, concepts: readonly number[]): boolean {
    for (let j = from; j <= to; j++) if (this.hasAny(j, concepts)) return true;
    return false;
  }
  /** Removes `concept` from the concepts starting at `token` (nothing when it has none there). */
  remove(token: number, concept: number): void {
    const more = this.moreHead;
    if (this.first[token] === concept) {
      const k = more?.[token] ?? -1;
      if (more !== null && k >= 0) {
        this.first[token] = this.nodeConcept[k]!;
        more[token] = this.nodeNext[k]!;
      } else this.first[token] = -1;
      return;
    }
    if (more === null) return;
    let prev = -1;
    for (let k = more[token] ?? -1; k >= 0; prev = k, k = this.nodeNext[k]!) {
      if (this.nodeConcept[k] !== concept) continue;
      if (prev < 0) more[token] = this.nodeNext[k]!;
      else this.nodeNext[prev] = this.nodeNext[k]!;
      return;
    }
  }
  add(token: number, concept: number): void {
    const { first } = this;
    while (first.length <= token) first.push(-1);
    const f = first[token]!;
    if (f < 0) {
      first[token] = concept;
      return;
    }
    if (f === concept || this.has(token, concept)) return;
    // Grown by push like `first`: an array made at the text's length was, for a long text, an
    // allocation path short texts never take, and deoptimised the matching code on first use.
    const more = (this.moreHead ??= []);
    while (more.length <= token) more.push(-1);
    this.nodeConcept.push(concept);
    this.nodeNext.push(more[token]!);
    more[token] = this.nodeConcept.length - 1;
  }
}

/** Hits of a text with `tokenCount` tokens (hits past it are still recorded: the count only sizes the table). */
export function emptyHits(conceptCount: number, tokenCount = 0): ConceptHits {
  const reused = spare;
  if (reused !== null && reused.starts.length === conceptCount) {
    spare = null;
    reused.at = new ByToken(tokenCount);
    return reused;
  }
  // Arrays are created on a concept's first hit: most concepts have none in a short text.
  return { starts: new Array<number[]>(conceptCount), ends: new Array<number[]>(conceptCount), at: new ByToken(tokenCount), present: new Int32Array((conceptCount + 31) >> 5) };
}

/**
 * Hits given back by the scan that made them (releaseHits), emptied, for the next emptyHits of the
 * same lexicon. The two lists by concept are as long as the lexicon has concepts, and a scan reads
 * a few hundred characters: new ones for every text were a sixth of all the filter allocated, and
 * writing fresh memory evicts what the next steps read.
 */
let spare: ConceptHits | null = null;

/** Gives `hits` back once nothing reads them any more: the concepts that have a hit are emptied (present says which). */
export function releaseHits(hits: ConceptHits): void {
  const { present, starts, ends } = hits;
  for (let w = 0; w < present.length; w++) {
    for (let bits = present[w]!; bits !== 0; bits &= bits - 1) {
      const c = (w << 5) | (31 - Math.clz32(bits & -bits));
      starts[c] = undefined as unknown as number[];
      ends[c] = undefined as unknown as number[];
    }
    present[w] = 0;
  }
  spare = hits;
}

/** Whether concept `c` has any hit (its presence bit): a test that reads no list. */
export function hasConcept(hits: ConceptHits, c: number): boolean {
  return c >= 0 && ((hits.present[c >> 5] ?? 0) & (1 << (c & 31))) !== 0;
}

/** Adds one hit (ignoring an exact duplicate of the concept's previous hit). */
export function addHit(hits: ConceptHits, concept: number, start: number, end: number): void {
  if (concept < 0) return;
  const s = hits.starts[concept];
  const e = hits.ends[concept];
  if (!s || !e) {
    // Created holding the first hit: most concepts have one or two, and an empty array grows to 17 slots on its first push.
    hits.starts[concept] = [start];
    hits.ends[concept] = [end];
    hits.present[concept >> 5] = (hits.present[concept >> 5] ?? 0) | (1 << (concept & 31));
    hits.at.add(start, concept);
    return;
  }
  const n = s.length;
  if (n > 0 && s[n - 1] === start && e[n - 1] === end) return;
  s.push(start);
  e.push(end);
  hits.at.add(start, concept);
}

/** Removes the hits of `concept` starting at `token` (the rules then read that word as not holding it). */
export function removeHitsAt(hits: ConceptHits, concept: number, token: number): void {
  const s = hits.starts[concept];
  const e = hits.ends[concept];
  if (!s || !e) return;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === token) continue;
    s[n] = s[i]!;
    e[n++] = e[i]!;
  }
  s.length = n;
  e.length = n;
  hits.at.remove(token, concept);
  if (n > 0) return;
  // No hit left: as if there had been none (addHit creates the lists and sets the bit with the next first hit).
  hits.starts[concept] = undefined as unknown as number[];
  hits.ends[concept] = undefined as unknown as number[];
  hits.present[concept >> 5] = (hits.present[concept >> 5] ?? 0) & ~(1 << (concept & 31));
}

/**
 * Marks every lexicon phrase in the token stream. Linear: per token one exact look-up and, when
 * the token's first three characters start some prefix entry, one look-up per prefix length.
 * A phrase never spans a sentence end or a blank line.
 */
export function findConcepts(tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits): void {
  const { keys, sep, count } = tokens;
  const table = entriesTable(lex);
  const { column } = table;
  // Tokens numbered before the vocabulary was last cleared: their ids name other words now, so the
  // next word's id is found again from its key (entries are always of the current generation).
  const stale = tokens.vocabulary !== vocabularyGeneration();
  for (let i = 0; i < count; i++) {
    const at = column.of(tokens, i);
    if (at === 0) continue;
    const entries = table.list[at]!;
    const { singles } = entries;
    for (let k = 0; k < singles.length; k++) addHit(hits, singles[k]!, i, i);
    for (const e of entries.pairs) if (matchesRest(e.rest, true, keys, sep, i, count)) addHit(hits, e.concept, i, i + 1);
    // Longer phrases are indexed by their second word: "the" heads dozens of phrases, but only those
    // whose second word is the next token can match.
    const { next } = entries;
    if (next !== null && i + 1 < count) {
      const at = phrasesAfter(next, stale ? wordId(keys[i + 1] ?? "") : tokens.words[i + 1]!);
      if (at >= 0) addLongerPhrases(next, at, tokens, stale, hits, i);
    }
    const { prefixConcepts } = entries;
    for (let k = 0; k < prefixConcepts.length; k++) addHit(hits, prefixConcepts[k]!, i, i);
  }
}

interface KeyEntries {
  /**
   * The concepts of one-token phrases, in lexicon order, as one typed array: about half of all
   * tokens head some phrase, and reading a number list is one memory access where reading each
   * phrase's object was one apiece (a token's entries are rarely in cache: texts come and go).
   */
  singles: Int32Array;
  /** Two-token phrases whose second token is a prefix ("security revi*"). */
  pairs: readonly PhraseEntry[];
  /** Every other phrase, by its second token; null when there is none (most words: no look-up of the next token). */
  next: NextWords | null;
  prefixConcepts: Int32Array;
}
const NONE: KeyEntries = { singles: new Int32Array(0), pairs: [], next: null, prefixConcepts: new Int32Array(0) };

/**
 * Phrases of three or more tokens, or of two whose second is a whole word, by the word id of their
 * second token, as numbers in one array: the next token's id is at hand (tokens.words), so finding
 * the phrases it can continue is a probe of numbers, and matching one compares ids, where a map by
 * the next token's key hashed that string and every phrase was an object whose words were strings
 * to compare (a fifth of all tokens head such a phrase, "the" dozens). Layout of `code`: a table
 * of `mask + 1` slots of two numbers (second word's id + 1, 0: empty; where its phrases start),
 * then per second word its phrase count and, per phrase, its concept, its length after the head,
 * the index + 1 in `prefixes` of its last word when that is a prefix (else 0), and the ids of its
 * words after the head. Ids are of the vocabulary generation the entries were computed in.
 */
interface NextWords {
  code: Int32Array;
  mask: number;
  /** The last words of phrases ending in a prefix ("security revi*"), compared as text. */
  prefixes: string[];
}

function slotOf(id: number, mask: number): number {
  return (Math.imul(id, 0x9e3779b1) >>> 16) & mask;
}

/** Where the phrases whose second token is word `id` start in next.code, or -1. */
function phrasesAfter(next: NextWords, id: number): number {
  const { code, mask } = next;
  for (let s = slotOf(id, mask); ; s = (s + 1) & mask) {
    const held = code[2 * s]!;
    if (held === 0) return -1;
    if (held === id + 1) return code[2 * s + 1]!;
  }
}

/**
 * Adds the hits of the phrases starting at next.code[at] that the tokens after i spell out, in one
 * sentence. Their second token is token i + 1 (found by its id): only the words after it are compared.
 */
function addLongerPhrases(next: NextWords, at: number, tokens: Tokens, stale: boolean, hits: ConceptHits, i: number): void {
  const { code } = next;
  const { count, sep } = tokens;
  if ((sep[i + 1] ?? 0) & (SEP.sentence | SEP.paragraph)) return;
  let k = at + 1;
  for (let n = code[at]!; n > 0; n--) {
    const concept = code[k]!;
    const length = code[k + 1]!;
    const prefix = code[k + 2]!;
    const words = k + 3;
    k = words + length;
    let r = 1;
    for (; r < length; r++) {
      const j = i + 1 + r;
      if (j >= count || (sep[j] ?? 0) & (SEP.sentence | SEP.paragraph)) break;
      if (r === length - 1 && prefix > 0) {
        if (!(tokens.keys[j] ?? "").startsWith(next.prefixes[prefix - 1]!)) break;
      } else if (stale ? tokens.keys[j] !== wordKey(code[words + r]!) : tokens.words[j] !== code[words + r]) break;
    }
    if (r === length) addHit(hits, concept, i, i + length);
  }
}

/** The phrases by second word, numbering each of their words (wordId) in the current vocabulary (see NextWords). */
function nextWords(byKey: ReadonlyMap<string, readonly PhraseEntry[]>): NextWords {
  let size = 4;
  while (size < 2 * byKey.size) size *= 2;
  const code: number[] = new Array<number>(2 * size).fill(0);
  const prefixes: string[] = [];
  const mask = size - 1;
  for (const [key, phrases] of byKey) {
    let s = slotOf(wordId(key), mask);
    while (code[2 * s] !== 0) s = (s + 1) & mask;
    code[2 * s] = wordId(key) + 1;
    code[2 * s + 1] = code.length;
    code.push(phrases.length);
    for (const e of phrases) {
      const prefix = e.lastPrefix ? prefixes.push(e.rest[e.rest.length - 1]!) : 0;
      code.push(e.concept, e.rest.length, prefix, ...e.rest.map((w) => wordId(w)));
    }
  }
  return { code: Int32Array.from(code), mask, prefixes };
}

/**
 * Words repeat, within a text and across texts: each distinct word is looked up once per lexicon,
 * and kept by word id (word-ids.ts) as a number in the words' shared rows: 0 for a word that heads
 * no phrase (half of all tokens), else the index of its entries in `list`. The row is the one the
 * learned weights and the other per-word facts read for the same token next, so a token's facts
 * cost one memory access, not one for the row and one for a table of objects. The look-up is a
 * pure function of the word and the lexicon, so the table changes no result. `list` holds the
 * entries of the current vocabulary generation (reset with it: its indices are in rows it cleared).
 */
interface EntriesTable {
  column: WordColumn;
  list: KeyEntries[];
  generation: number;
}
const TABLES = new WeakMap<CompiledLexicon, EntriesTable>();
function entriesTable(lex: CompiledLexicon): EntriesTable {
  let table = TABLES.get(lex);
  if (table === undefined) {
    const t: EntriesTable = {
      list: [NONE],
      generation: vocabularyGeneration(),
      column: new WordColumn((key) => {
        const entries = lookUp(key, lex);
        if (entries === NONE) return 0;
        if (t.generation !== vocabularyGeneration()) {
          t.list = [NONE];
          t.generation = vocabularyGeneration();
        }
        t.list.push(entries);
        return t.list.length - 1;
      }),
    };
    TABLES.set(lex, (table = t));
  }
  return table;
}

function lookUp(key: string, lex: CompiledLexicon): KeyEntries {
  const phrases = lex.exact.get(key) ?? [];
  const prefixConcepts: number[] = [];
  const lengths = key.length >= 3 ? lex.prefixHeads.get(headKey(key)) : undefined;
  if (lengths !== undefined) {
    for (const len of lengths) {
      if (len > key.length) break;
      for (const e of lex.prefix.get(key.slice(0, len)) ?? []) if (!prefixConcepts.includes(e.concept)) prefixConcepts.push(e.concept);
    }
  }
  if (phrases.length === 0 && prefixConcepts.length === 0) return NONE;
  const singles: number[] = [];
  const pairs: PhraseEntry[] = [];
  const byNext = new Map<string, PhraseEntry[]>();
  for (const e of phrases) {
    if (e.rest.length === 0) singles.push(e.concept);
    else if (e.lastPrefix && e.rest.length === 1) pairs.push(e);
    else byNext.set(e.rest[0]!, [...(byNext.get(e.rest[0]!) ?? []), e]);
  }
  return { singles: Int32Array.from(singles), pairs, next: byNext.size > 0 ? nextWords(byNext) : null, prefixConcepts: Int32Array.from(prefixConcepts) };
}

/** Whether the tokens after i are `rest` (the last a prefix when lastPrefix), in one sentence. */
function matchesRest(rest: string[], lastPrefix: boolean, keys: string[], sep: Int32Array, i: number, count: number): boolean {
  for (let r = 0; r < rest.length; r++) {
    const j = i + 1 + r;
    if (j >= count) return false;
    if ((sep[j] ?? 0) & (SEP.sentence | SEP.paragraph)) return false;
    const want = rest[r] ?? "";
    const got = keys[j] ?? "";
    const last = r === rest.length - 1;
    if (!(got === want || (last && lastPrefix && got.startsWith(want)))) return false;
  }
  return true;
}
