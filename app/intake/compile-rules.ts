import type { CompiledLexicon } from "./compile-lexicon.js";
import type { PhraseRule } from "./injection-rules.js";
import { normalizeText } from "./normalize-text.js";
import { tokenize } from "./tokenize.js";

/** The phrase rules compiled once against a lexicon, for matchRules (match-rules.ts): concept ids, gaps, options and quick tests. */

/** A rule with its concepts resolved to lexicon ids (compiled once, see compileRules). */
export interface CompiledRule {
  rule: PhraseRule;
  /**
   * Its patterns' quick tests together, as (word, bits) pairs of the presence bitset, or null when
   * a pattern has none: when no pair has a hit, no pattern can match and the rule is skipped whole.
   */
  quick: number[] | null;
  /**
   * The patterns' presence tests as numbers side by side, read before any pattern object: a text
   * passes the quick tests of one pattern in six, and every slot of one in a hundred, so most
   * patterns are ruled out without their objects (two dozen fields each, a cache miss apiece when
   * texts come and go) being read at all. Per pattern k: tests[2k], tests[2k + 1] are its quick
   * test's word and bits (word -1: none, passes); its slots' masks start at tests[slotsFrom[k]],
   * each slot as its pair count followed by its (word, bits) pairs, up to slotsFrom[k + 1].
   */
  tests: Int32Array;
  slotsFrom: Int32Array;
  patterns: {
    slots: number[][];
    /** Each slot's concept ids joined, computed once: the key of its merged hit list. */
    slotKeys: string[];
    gaps: number[];
    /** What the first gap must not hold: forbid and forbidFirst. */
    forbid: number[];
    /** forbid and forbidLater together: what every gap but the first must not hold. */
    forbidLater: number[];
    notAfter: number[];
    /** notFollowedByWords as token keys, one list of keys per word or phrase. */
    notAfterWords: string[][];
    notBefore: number[];
    precededWithin: number;
    followedWithin: number;
    barrier: 0 | 1 | 2;
    lead: boolean;
    firstNotPossessive: boolean;
    firstNotName: boolean;
    lastNotPossessive: boolean;
    lastNotName: boolean;
  }[];
}

export function compileRules(rules: readonly PhraseRule[], lex: CompiledLexicon): CompiledRule[] {
  return rules.map((rule) => {
    const patterns = compilePatterns(rule, lex);
    // Each slot's concepts as (word, bits) pairs of the ConceptHits.present bitset, and the quick
    // test: one slot whose concepts lie in one word of the bitset (a single AND rules out most patterns).
    const masks = patterns.map((p) => p.slots.map(presenceMask));
    const quick = masks.map(quickTest);
    return { rule, quick: quick.every((q) => q.quickWord >= 0) ? unionOfQuickTests(quick) : null, ...presenceTests(masks, quick), patterns };
  });
}

/** The patterns' quick tests and slot masks, flat (see CompiledRule.tests). */
function presenceTests(masks: readonly number[][][], quick: readonly QuickTest[]): { tests: Int32Array; slotsFrom: Int32Array } {
  const tests: number[] = quick.flatMap((q) => [q.quickWord, q.quickBits]);
  const slotsFrom: number[] = [];
  for (const slotMasks of masks) {
    slotsFrom.push(tests.length);
    for (const mask of slotMasks) tests.push(mask.length >> 1, ...mask);
  }
  slotsFrom.push(tests.length);
  return { tests: Int32Array.from(tests), slotsFrom: Int32Array.from(slotsFrom) };
}

function compilePatterns(rule: PhraseRule, lex: CompiledLexicon): CompiledRule["patterns"] {
  return rule.patterns.map((p) => {
    const slots = p.seq.map((s) => (typeof s === "string" ? [lex.id(s)] : s.map((c) => lex.id(c))));
    return {
      slots,
      slotKeys: slots.map((ids) => ids.join(",")),
      gaps: p.seq.slice(1).map((_, k) => (typeof p.gap === "number" ? p.gap : (p.gap?.[k] ?? 3))),
      forbid: [...(p.forbid ?? []), ...(p.forbidFirst ?? [])].map((c) => lex.id(c)),
      forbidLater: [...(p.forbid ?? []), ...(p.forbidLater ?? [])].map((c) => lex.id(c)),
      notAfter: (p.notFollowedBy ?? []).map((c) => lex.id(c)),
      notAfterWords: (p.notFollowedByWords ?? []).map((w) => tokenize(normalizeText(w).text).keys),
      notBefore: (p.notPrecededBy ?? []).map((c) => lex.id(c)),
      precededWithin: p.precededWithin ?? 2,
      followedWithin: p.followedWithin ?? 1,
      barrier: p.barrier ?? 1,
      lead: p.lead ?? false,
      firstNotPossessive: p.firstNotPossessive ?? false,
      firstNotName: p.firstNotName ?? false,
      lastNotPossessive: p.lastNotPossessive ?? false,
      lastNotName: p.lastNotName ?? false,
    };
  });
}

/** The patterns' quick tests as (word, bits) pairs, one pair per word used. */
function unionOfQuickTests(quick: readonly QuickTest[]): number[] {
  const words = new Map<number, number>();
  for (const q of quick) words.set(q.quickWord, (words.get(q.quickWord) ?? 0) | q.quickBits);
  return [...words].flat();
}

/** A slot's concept ids as (word, bits) pairs of a presence bitset, one pair per word used; unknown ids (-1) left out. */
function presenceMask(ids: readonly number[]): number[] {
  const words = new Map<number, number>();
  for (const c of ids) if (c >= 0) words.set(c >> 5, (words.get(c >> 5) ?? 0) | (1 << (c & 31)));
  return [...words].flat();
}

/** One slot's concepts as a word of the presence bitset and its bits (word -1: no slot held in one word). */
interface QuickTest {
  quickWord: number;
  quickBits: number;
}

/** The quick test of a pattern: its slot of fewest concepts among those held in one bitset word. */
function quickTest(slotMasks: readonly number[][]): QuickTest {
  let best: readonly number[] | undefined;
  for (const mask of slotMasks) if (mask.length === 2 && (best === undefined || popCount(mask[1]!) < popCount(best[1]!))) best = mask;
  return best === undefined ? { quickWord: -1, quickBits: 0 } : { quickWord: best[0]!, quickBits: best[1]! };
}

function popCount(bits: number): number {
  let n = 0;
  for (let b = bits; b !== 0; b &= b - 1) n++;
  return n;
}
