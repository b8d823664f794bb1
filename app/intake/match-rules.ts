import type { CompiledLexicon } from "./compile-lexicon.js";
import type { ConceptHits } from "./find-concepts.js";
import type { CompiledRule } from "./compile-rules.js";
import type { PhraseRule } from "./injection-rules.js";
import { quarterWords, wordsAt } from "./token-queries.js";
import { SEP, type Tokens } from "./tokenize.js";

/** A rule match: tokens first..last (inclusive). */
export interface RuleMatch {
  rule: PhraseRule;
  first: number;
  last: number;
}


/**
 * A partial match reaching token `end` from token `origin`, packed into one number (a double,
 * exact below 2^53): end * span + origin while slots are matched (numeric order is by end, then
 * origin), origin * span + end once found (by origin, then end); span is the token count plus one.
 * Arrays of numbers, sorted numerically: a long text has tens of thousands of partial matches, and
 * an object for each was most of what matching allocated.
 */
type Packed = number;
/** Token counts up to this keep every packed pair exact (span squared below 2^53). */
const MAX_TOKENS = 2 ** 26;

/**
 * Matches the phrase rules against the concept hits. For each pattern, slot by slot, a sweep over
 * hits sorted by position keeps, for every hit of the next slot, the closest reachable hit of the
 * previous one (closest is enough: any farther one has a longer gap with a superset of separators
 * and tokens). Time is linear in the number of hits; at most `maxPerRule` matches per rule.
 */
export function matchRules(rules: readonly CompiledRule[], lex: CompiledLexicon, tokens: Tokens, hits: ConceptHits, maxPerRule: number): RuleMatch[] {
  let sums: PrefixSums | null = null;
  const prefixSums = () => (sums ??= prefixSumsOf(tokens));
  const start = lex.id("START");
  // A capitalised name, or an address's first word ("mark.olsen@"): what firstNotName and lastNotName rule out.
  const names = [lex.id("CAPNAME"), lex.id("ALLOWED_EMAIL"), lex.id("OTHER_EMAIL")];
  if (tokens.count >= MAX_TOKENS) throw new Error(`too many tokens to match (${tokens.count})`);
  const span = tokens.count + 1;
  const out: RuleMatch[] = [];
  let mergedCache: Map<string, HitList> | null = null;
  const hitsOf = (concepts: number[], key: string) => {
    // A slot of one concept reads that concept's own lists (merged copies nothing): no key to hash and keep.
    if (concepts.length === 1) return merged(hits, concepts, span);
    mergedCache ??= new Map();
    let list = mergedCache.get(key);
    if (list === undefined) {
      list = merged(hits, concepts, span);
      mergedCache.set(key, list);
    }
    return list;
  };
  const present = hits.present;
  for (const { rule, quick, tests, slotsFrom, patterns } of rules) {
    if (quick !== null && !anyHit(quick, present)) continue;
    // Created with the rule's first match: most rules that pass the quick test still match nothing.
    let found: Packed[] | null = null;
    for (let pk = 0; pk < patterns.length; pk++) {
      // Most patterns are ruled out by one slot with no hit, tested on the presence bitset, then
      // by another slot: both read from the rule's flat tests, not from the pattern's object.
      const quickWord = tests[2 * pk]!;
      if (quickWord >= 0 && ((present[quickWord] ?? 0) & tests[2 * pk + 1]!) === 0) continue;
      if (!everySlotHit(tests, slotsFrom[pk]!, slotsFrom[pk + 1]!, present)) continue;
      const p = patterns[pk]!;
      const { slots, slotKeys, notAfter, barrier } = p;
      let reach: Packed[] = [];
      const firsts = hitsOf(slots[0] ?? [], slotKeys[0] ?? "");
      for (let i = 0; i < firsts.starts.length; i++) {
        const hStart = firsts.starts[i] ?? 0;
        const hEnd = firsts.ends[i] ?? 0;
        if (p.lead && !hits.at.has(hStart, start)) continue;
        if (p.firstNotPossessive && tokens.possessive.has(hEnd)) continue;
        if (p.firstNotName && hits.at.hasAny(hStart, names)) continue;
        if (p.notBefore.length > 0 && negatedFirst(hits, prefixSums(), hStart, p.notBefore, p.precededWithin)) continue;
        reach.push(hEnd * span + hStart);
      }
      for (let k = 1; k < slots.length && reach.length > 0; k++) {
        const { clause, sentence, weight } = prefixSums();
        const gap = p.gaps[k - 1] ?? 3;
        const forbid = k > 1 ? p.forbidLater : p.forbid;
        // Most lists are short and already in order: sorting one anyway copies it.
        if (!inOrder(reach)) reach.sort(numeric);
        const next: Packed[] = [];
        let ptr = 0;
        let best = -1;
        const list = hitsOf(slots[k] ?? [], slotKeys[k] ?? "");
        for (let i = 0; i < list.starts.length; i++) {
          const hStart = list.starts[i] ?? 0;
          while (ptr < reach.length && Math.floor(reach[ptr]! / span) < hStart) best = ptr++;
          if (best < 0) continue;
          const c = reach[best]!;
          const cEnd = Math.floor(c / span);
          if (count(weight, cEnd + 1, hStart - 1) > 4 * gap) continue;
          if (barrier < 2 && count(sentence, cEnd + 1, hStart) > 0) continue;
          if (barrier < 1 && count(clause, cEnd + 1, hStart) > 0) continue;
          if (forbid.length > 0 && hits.at.hasAnyIn(cEnd + 1, hStart - 1, forbid)) continue;
          next.push((list.ends[i] ?? 0) * span + (c - cEnd * span));
        }
        reach = next;
      }
      for (const r of reach) {
        const end = Math.floor(r / span);
        if (notAfter.length > 0 && hits.at.hasAnyIn(end + 1, end + p.followedWithin, notAfter)) continue;
        if (p.notAfterWords.length > 0 && followedByWords(tokens, end, p.notAfterWords)) continue;
        if (p.lastNotPossessive && tokens.possessive.has(end)) continue;
        if (p.lastNotName && hits.at.hasAny(end, names)) continue;
        (found ??= []).push((r - end * span) * span + end);
      }
    }
    if (found === null) continue;
    if (!inOrder(found)) found.sort(numeric);
    let n = 0;
    let last: RuleMatch | undefined;
    // An index loop, not for-of: leaving a for-of early closes its iterator, a step short texts
    // never reach (no rule matches ten times), so the first long text deoptimised matchRules.
    for (let k = 0; k < found.length; k++) {
      const r = found[k]!;
      const origin = Math.floor(r / span);
      const end = r - origin * span;
      if (last && origin <= last.last) {
        last.last = Math.max(last.last, end);
        continue;
      }
      if (n++ >= maxPerRule) break;
      last = { rule, first: origin, last: end };
      out.push(last);
    }
  }
  return out;
}

const numeric = (a: number, b: number) => a - b;

/**
 * Whether one of `words` (each a list of token keys) follows token `end`. A function of its own:
 * a callback in matchRules' loop over partial matches would read `end`, and a loop body declaring
 * what a callback reads gets a new scope object on every pass.
 */
function followedByWords(tokens: Tokens, end: number, words: readonly string[][]): boolean {
  for (const w of words) if (wordsAt(tokens, end + 1, w)) return true;
  return false;
}

/** Merged hit lists at least this long are sorted in a typed array. */
const LONG_LIST = 256;

/** Whether the list is already in ascending order (sorting would then leave it as it is). */
function inOrder(list: readonly number[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i - 1]! > list[i]!) return false;
  return true;
}

/** Hits as parallel arrays: hit i spans tokens starts[i]..ends[i]. */
interface HitList {
  starts: readonly number[];
  ends: readonly number[];
}

/**
 * Hits of any of `concepts`, sorted by start (then end). A single concept's own lists are used
 * as they are, not copied into an object per hit (a long text has tens of thousands of hits).
 * Several are packed (start * span + end) and sorted numerically: a long list in a typed array,
 * sorted by the engine without a comparison callback; a short one in an array of numbers (a
 * typed array costs more to allocate than a few dozen comparisons).
 */
function merged(hits: ConceptHits, concepts: number[], span: number): HitList {
  if (concepts.length === 1) {
    const c = concepts[0] ?? -1;
    return { starts: hits.starts[c] ?? [], ends: hits.ends[c] ?? [] };
  }
  let total = 0;
  for (const c of concepts) total += hits.starts[c]?.length ?? 0;
  const packed = total >= LONG_LIST ? new Float64Array(total) : new Array<number>(total);
  let k = 0;
  for (const c of concepts) {
    const s = hits.starts[c] ?? [];
    const e = hits.ends[c] ?? [];
    for (let i = 0; i < s.length; i++) packed[k++] = (s[i] ?? 0) * span + (e[i] ?? 0);
  }
  if (packed instanceof Float64Array) packed.sort();
  else packed.sort(numeric);
  const starts = new Array<number>(total);
  const ends = new Array<number>(total);
  for (let i = 0; i < total; i++) {
    const start = Math.floor(packed[i]! / span);
    starts[i] = start;
    ends[i] = packed[i]! - start * span;
  }
  return { starts, ends };
}

interface PrefixSums {
  /** clause[i] = tokens j < i whose separator is a clause break; sentence[i] likewise for sentence or paragraph breaks. */
  clause: Int32Array;
  sentence: Int32Array;
  /**
   * Four times the number of tokens before i, where a single Han/kana character counts half and a
   * Thai letter a quarter: those scripts make every character a token, so their gaps are measured
   * in half-words (a Han word is one or two characters) and quarter-words (a Thai word, its marks
   * removed by normalisation, three to five letters).
   */
  weight: Int32Array;
}

/**
 * The three prefix sums in one pass, written into three views of one buffer kept across calls
 * (scans are synchronous and the sums do not outlive matchRules): a typed array over 64 bytes is
 * allocated outside the heap, a fixed cost a short text paid on every scan. The views may be
 * longer than the text needs: only indices up to count + 1 are read, and index 0, never written,
 * stays 0. Texts of more than SCRATCH_TOKENS tokens get buffers of their own (the kept one stays small).
 */
function prefixSumsOf(tokens: Tokens): PrefixSums {
  const size = tokens.count + 2;
  if (size > SCRATCH_TOKENS) return fillPrefixSums(tokens, sumsOfSize(size));
  if (scratchSums.clause.length < size) scratchSums = sumsOfSize(Math.min(SCRATCH_TOKENS, Math.max(size, 2 * scratchSums.clause.length)));
  return fillPrefixSums(tokens, scratchSums);
}

const SCRATCH_TOKENS = 1 << 16;
let scratchSums = sumsOfSize(1024);

function sumsOfSize(size: number): PrefixSums {
  const buffer = new Int32Array(3 * size);
  return { clause: buffer.subarray(0, size), sentence: buffer.subarray(size, 2 * size), weight: buffer.subarray(2 * size, 3 * size) };
}

function fillPrefixSums(tokens: Tokens, sums: PrefixSums): PrefixSums {
  const { clause, sentence, weight } = sums;
  for (let i = 0; i <= tokens.count; i++) {
    const sep = tokens.sep[i] ?? 0;
    clause[i + 1] = (clause[i] ?? 0) + (sep & SEP.clause ? 1 : 0);
    sentence[i + 1] = (sentence[i] ?? 0) + (sep & (SEP.sentence | SEP.paragraph) ? 1 : 0);
    if (i === tokens.count) weight[i + 1] = weight[i] ?? 0;
    else {
      weight[i + 1] = (weight[i] ?? 0) + quarterWords(tokens.keys[i] ?? "");
    }
  }
  return sums;
}

/** Number of flagged separators before tokens from..to (inclusive). */
function count(counts: Int32Array, from: number, to: number): number {
  if (to < from) return 0;
  return (counts[to + 1] ?? 0) - (counts[from] ?? 0);
}

/**
 * Whether one of `concepts` starts in the `within` tokens (notPrecededBy's two, unless the pattern
 * says otherwise) before `at` with no clause or sentence separator in between ("do not skip the
 * review", "nicht überspringen").
 */
function negatedFirst(hits: ConceptHits, { clause, sentence }: PrefixSums, at: number, concepts: number[], within: number): boolean {
  for (let j = at - 1; j >= Math.max(0, at - within); j--) {
    if (count(clause, j + 1, at) > 0 || count(sentence, j + 1, at) > 0) return false;
    if (hits.at.hasAny(j, concepts)) return true;
  }
  return false;
}


/** Whether any concept of a (word, bits) mask has a hit. */
function anyHit(mask: readonly number[], present: Int32Array): boolean {
  for (let k = 0; k < mask.length; k += 2) if (((present[mask[k] ?? 0] ?? 0) & (mask[k + 1] ?? 0)) !== 0) return true;
  return false;
}

/** Whether every slot has a hit of one of its concepts: the slot masks in tests[from, to) (see CompiledRule.tests). */
function everySlotHit(tests: Int32Array, from: number, to: number, present: Int32Array): boolean {
  for (let k = from; k < to; ) {
    const end = k + 1 + 2 * tests[k]!;
    let any = false;
    for (k++; k < end && !any; k += 2) any = ((present[tests[k]!] ?? 0) & tests[k + 1]!) !== 0;
    if (!any) return false;
    k = end;
  }
  return true;
}
