import type { CompiledLexicon } from "./compile-lexicon.js";
import { SEP, type Tokens } from "./tokenize.js";
import { vocabularyGeneration, wordId, wordKey } from "./word-ids.js";
import { slotOf, wordPhrases, type WordPhrases } from "./word-phrases.js";

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
 * Marks every lexicon phrase in the token stream. Linear: per token one look-up of what its word
 * heads (word-phrases.ts: computed once per word, by exact key and by prefix), and one probe for
 * the phrases that continue with the next token. A phrase never spans a sentence end or a blank line.
 */
export function findConcepts(tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits): void {
  const { keys, sep, count } = tokens;
  const table = wordPhrases(lex);
  const { column } = table;
  // Tokens numbered before the vocabulary was last cleared: their ids name other words now, so the
  // words are compared by key (the code is always of the current generation).
  const stale = tokens.vocabulary !== vocabularyGeneration();
  for (let i = 0; i < count; i++) {
    let o = column.of(tokens, i);
    if (o === 0) continue;
    // Read after column.of, which may have appended to the code (and grown it into a new array).
    const { code } = table;
    for (let n = code[o++]!; n > 0; n--) addHit(hits, code[o++]!, i, i);
    for (let n = code[o++]!; n > 0; n--, o += 2) if (startsWithin(tokens, i + 1, table.strings[code[o + 1]!]!)) addHit(hits, code[o]!, i, i + 1);
    const prefixes = o;
    o += 1 + code[o]!;
    // Longer phrases are indexed by their second word: "the" heads dozens of phrases, but only those
    // whose second word is the next token can match.
    const size = code[o]!;
    if (size > 0 && i + 1 < count && ((sep[i + 1] ?? 0) & (SEP.sentence | SEP.paragraph)) === 0) {
      const at = phrasesAfter(code, o + 1, size - 1, stale ? wordId(keys[i + 1] ?? "") : tokens.words[i + 1]!);
      if (at >= 0) addLongerPhrases(table, at, tokens, stale, hits, i);
    }
    for (let n = code[prefixes]!, k = prefixes + 1; n > 0; n--, k++) addHit(hits, code[k]!, i, i);
  }
}

/** Whether token j exists, is in the same sentence as the one before, and starts with `prefix`. */
function startsWithin(tokens: Tokens, j: number, prefix: string): boolean {
  return j < tokens.count && ((tokens.sep[j] ?? 0) & (SEP.sentence | SEP.paragraph)) === 0 && (tokens.keys[j] ?? "").startsWith(prefix);
}

/** Where the phrases whose second token is word `id` start in code, or -1 (table of mask + 1 slots at code[table]). */
function phrasesAfter(code: Int32Array, table: number, mask: number, id: number): number {
  for (let s = slotOf(id, mask); ; s = (s + 1) & mask) {
    const held = code[table + 2 * s]!;
    if (held === 0) return -1;
    if (held === id + 1) return code[table + 2 * s + 1]!;
  }
}

/**
 * Adds the hits of the phrases at code[at] that the tokens after i spell out, in one sentence.
 * Their second token is token i + 1 (found by its id, in the same sentence): only the words after
 * it are compared, by word id (by key for stale tokens), the last as a prefix when it is one.
 */
function addLongerPhrases(table: WordPhrases, at: number, tokens: Tokens, stale: boolean, hits: ConceptHits, i: number): void {
  const { code } = table;
  const { count, sep } = tokens;
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
        if (!(tokens.keys[j] ?? "").startsWith(table.strings[prefix - 1]!)) break;
      } else if (stale ? tokens.keys[j] !== wordKey(code[words + r]!) : tokens.words[j] !== code[words + r]) break;
    }
    if (r === length) addHit(hits, concept, i, i + length);
  }
}
