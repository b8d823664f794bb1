import { findEmails, type FoundEmail } from "./detect-identities.js";
import type { DetectorHit } from "./detector-hit.js";
import { EMAIL_TERM, forEachTermStart, PAIR_SEPARATOR, wordTerm } from "./learned-terms.js";
import { LEARNED_WEIGHTS } from "./learned-weights.js";
import { SEP, type Tokens } from "./tokenize.js";
import { WordColumn } from "./word-ids.js";

/** One term of the model: its inverse document frequency and its weight. */
export type LearnedTerm = readonly [term: string, idf: number, weight: number];

export interface LearnedWeights {
  /** How the weights were made (scripts/intake-model/train.py), for the reader. */
  trained: Readonly<Record<string, string | number>>;
  bias: number;
  /** A text is flagged when its score (log-odds) reaches this. */
  threshold: number;
  terms: readonly LearnedTerm[];
}

/** Term → index into IDF and WEIGHT. */
const INDEX: ReadonlyMap<string, number> = new Map(LEARNED_WEIGHTS.terms.map(([t], i) => [t, i]));
const IDF = Float64Array.from(LEARNED_WEIGHTS.terms, ([, idf]) => idf);
const WEIGHT = Float64Array.from(LEARNED_WEIGHTS.terms, ([, , weight]) => weight);
/**
 * Term counts of the text being scored, and each term's summed share of the score while a flagged
 * text is explained, zeroed again before detectLearned returns: scratch space reused across texts
 * (scans are synchronous) instead of maps per document.
 */
const COUNTS = new Uint32Array(LEARNED_WEIGHTS.terms.length);
const CONTRIBUTION = new Float64Array(LEARNED_WEIGHTS.terms.length);
/** Each seen term's (1 + ln tf) * idf, and its share of the score per occurrence, computed once a text (read only for the text's own terms). */
const TF_IDF = new Float64Array(LEARNED_WEIGHTS.terms.length);
const SHARE = new Float64Array(LEARNED_WEIGHTS.terms.length);
const BOUNDARY = SEP.sentence | SEP.paragraph | SEP.newline;
/** In the per-token term list: an unknown term starts here; no term starts here (inside an address). */
const UNKNOWN = -1;
const NO_TERM = -2;
/** The index of the address term, and of each word's term by word id (UNKNOWN when the weights do not know it). */
const EMAIL_INDEX = INDEX.get(EMAIL_TERM) ?? UNKNOWN;
const WORD_INDEX = new WordColumn((key) => INDEX.get(wordTerm(key)) ?? UNKNOWN);
/**
 * The weights' word pairs ("a b": term a right before term b in one sentence; learned-terms.ts, PAIR_SEPARATOR) by the
 * indices of their two terms, as compressed rows: the pairs term `a` starts are SECOND[FROM[a]..FROM[a + 1]) (term b),
 * sorted, with the pair's own index beside each in PAIR. A text's pair is a short scan of adjacent numbers, with no
 * string made; a term that starts no pair (most) is one look-up.
 */
const { FROM, SECOND, PAIR } = compilePairs(LEARNED_WEIGHTS.terms, INDEX);

/**
 * The pair rows of `terms` (see FROM, SECOND, PAIR above), by `index` (term → its index). Throws, naming the pair, when
 * a pair's term is not among the terms: weights that could not be scored as trained are refused when they load.
 */
export function compilePairs(terms: readonly LearnedTerm[], index: ReadonlyMap<string, number>): { FROM: Int32Array; SECOND: Int32Array; PAIR: Int32Array } {
  const pairs: [a: number, b: number, p: number][] = [];
  for (let p = 0; p < terms.length; p++) {
    const term = terms[p]![0];
    const space = term.indexOf(PAIR_SEPARATOR);
    if (space < 0) continue;
    const a = index.get(term.slice(0, space));
    const b = index.get(term.slice(space + 1));
    if (a === undefined || b === undefined) throw new Error(`learned weights: the pair ${JSON.stringify(term)} names a term the weights do not have`);
    pairs.push([a, b, p]);
  }
  pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const from = new Int32Array(terms.length + 1);
  for (const [a] of pairs) from[a + 1]!++;
  for (let a = 0; a < terms.length; a++) from[a + 1]! += from[a]!;
  return { FROM: from, SECOND: Int32Array.from(pairs, ([, b]) => b), PAIR: Int32Array.from(pairs, ([, , p]) => p) };
}

/** The index of the pair of terms `a` then `b` (known terms, in one sentence), or UNKNOWN. */
function pairOf(a: number, b: number): number {
  const end = FROM[a + 1]!;
  for (let k = FROM[a]!; k < end; k++) {
    const second = SECOND[k]!;
    if (second === b) return PAIR[k]!;
    if (second > b) break;
  }
  return UNKNOWN;
}
/** The threshold as a probability, as the reason prints it (a constant of the weights). */
export const LEARNED_THRESHOLD_PROBABILITY = (1 / (1 + Math.exp(-LEARNED_WEIGHTS.threshold))).toFixed(2);
/** Fewer known terms than this and the weights do not judge (the rules still do). */
const MIN_TERMS = 12;

/**
 * What the weights made of a text they judged (12 or more known terms): the probability they give
 * it of being an attack, whether or not it reaches their threshold. Left null when they did not
 * judge it. run-free-text-intake.ts reads it for the near miss (LEARNED_NEAR_MISS).
 */
export interface LearnedJudgement {
  probability: number | null;
}

/**
 * A free text the weights judge more likely an attack than not, but under their threshold
 * (LEARNED_THRESHOLD_PROBABILITY), is a near miss: no finding, but its confidence is capped at
 * NEAR_MISS_CONFIDENCE_CAP, so that the policy's min_confidence (70) sends it to a human
 * (docs/adr/0006-learned-word-weights.md, "Near misses").
 */
export const LEARNED_NEAR_MISS = 0.5;
export const NEAR_MISS_CONFIDENCE_CAP = 50;

/**
 * The learned word weights: a logistic regression over the text's terms (learned-terms.ts) and
 * each term paired with the next in its sentence (PAIR_SEPARATOR, since the nineteenth session),
 * tf-idf weighted (1 + ln tf) and L2-normalised, trained on the corpus's dev split, the training
 * material and the rules' honest test neighbours, never on the holdout
 * (docs/adr/0006-learned-word-weights.md). The phrase rules catch what they were written for;
 * this catches phrasing that reads like the attacks of the training set without matching a rule
 * (a casual approval claim, pressure framed as process). Deterministic: fixed weights, a fixed
 * threshold. Explainable: the finding names the sentence that weighs most and the words that
 * weigh most. Linear: one pass over the terms. `judged`, when given, receives the probability of
 * every text the weights judge, flagged or not (the near miss: run-free-text-intake.ts).
 */
export function detectLearned(normalized: string, tokens: Tokens, emails: readonly FoundEmail[] = findEmails(normalized), judged?: LearnedJudgement): DetectorHit[] {
  if (INDEX.size === 0 || tokens.count === 0) return [];
  const seen: number[] = [];
  // The term starting at each token (its index, UNKNOWN or NO_TERM): the explanation reads the terms again from it.
  // An array of numbers, not a typed array: allocated on the heap, which is cheaper for the short texts most scans read.
  const termAt = new Array<number>(tokens.count).fill(NO_TERM);
  try {
    let known = 0;
    // The term before in its sentence, or UNKNOWN (at a sentence start, after an unknown term).
    let previous = UNKNOWN;
    const add = (i: number) => {
      const n = COUNTS[i]!;
      COUNTS[i] = n + 1;
      if (n === 0) seen.push(i);
    };
    const count = (k: number, i: number) => {
      termAt[k] = i;
      if (i === UNKNOWN) {
        previous = UNKNOWN;
        return;
      }
      add(i);
      known++;
      if (previous !== UNKNOWN && ((tokens.sep[k] ?? 0) & BOUNDARY) === 0) {
        const pair = pairOf(previous, i);
        if (pair !== UNKNOWN) add(pair);
      }
      previous = i;
    };
    forEachTermStart(tokens, emails, (k) => count(k, EMAIL_INDEX), (k) => count(k, WORD_INDEX.of(tokens, k)));
    // A few words say too little: "Please remove dana@example.com." is all verb once normalised.
    if (known < MIN_TERMS) return [];
    let norm = 0;
    for (const i of seen) {
      TF_IDF[i] = (1 + Math.log(COUNTS[i]!)) * IDF[i]!;
      norm += TF_IDF[i]! ** 2;
    }
    norm = Math.sqrt(norm);
    let score = LEARNED_WEIGHTS.bias;
    for (const i of seen) score += (TF_IDF[i]! * WEIGHT[i]!) / norm;
    if (judged !== undefined) judged.probability = 1 / (1 + Math.exp(-score));
    if (score < LEARNED_WEIGHTS.threshold) return [];
    return [explain(normalized, tokens, termAt, seen, score, norm)];
  } finally {
    for (const i of seen) {
      COUNTS[i] = 0;
      CONTRIBUTION[i] = 0;
    }
  }
}

/** The finding for a flagged text: the sentence (or line) whose terms weigh most, and the heaviest words. */
function explain(normalized: string, tokens: Tokens, termAt: readonly number[], seen: readonly number[], score: number, norm: number): DetectorHit {
  // Each occurrence's share of the score.
  for (const i of seen) SHARE[i] = (TF_IDF[i]! * WEIGHT[i]!) / norm / COUNTS[i]!;
  let best = { from: -1, to: -1, sum: -Infinity };
  let current = { from: -1, to: -1, sum: 0 };
  let previous = UNKNOWN;
  const close = () => {
    if (current.from >= 0 && current.sum > best.sum) best = current;
  };
  for (let k = 0; k < tokens.count; k++) {
    const i = termAt[k]!;
    if (i === NO_TERM) continue;
    const boundary = ((tokens.sep[k] ?? 0) & BOUNDARY) !== 0;
    if (current.from < 0 || boundary) {
      close();
      current = { from: k, to: k, sum: 0 };
    }
    current.to = k;
    // The pair this term ends, as detectLearned counted it: its share goes to this sentence too.
    const pair = previous !== UNKNOWN && i !== UNKNOWN && !boundary ? pairOf(previous, i) : UNKNOWN;
    previous = i;
    if (i === UNKNOWN) continue;
    const s = SHARE[i]!;
    current.sum += s;
    CONTRIBUTION[i] = CONTRIBUTION[i]! + s;
    if (pair === UNKNOWN) continue;
    current.sum += SHARE[pair]!;
    CONTRIBUTION[pair] = CONTRIBUTION[pair]! + SHARE[pair]!;
  }
  close();
  const probability = 1 / (1 + Math.exp(-score));
  return {
    rule: "learned.phrasing",
    technique: "learned phrasing",
    severity: "medium",
    start: tokens.starts[best.from] ?? 0,
    end: tokens.ends[best.to] ?? normalized.length,
    reason: `reads like the injections the filter was trained on (learned word weights: ${probability.toFixed(2)} ≥ ${LEARNED_THRESHOLD_PROBABILITY}; words weighing most: ${heaviest(seen, 4).map((i) => QUOTED[i]).join(", ")})`,
  };
}

const termOf = (i: number) => LEARNED_WEIGHTS.terms[i]![0];
/** Each term as the reason quotes it (JSON), made once. */
const QUOTED: readonly string[] = LEARNED_WEIGHTS.terms.map(([t]) => JSON.stringify(t));

/** The `n` terms of `seen` with the largest positive contribution, largest first (ties: term in code-unit order). */
function heaviest(seen: readonly number[], n: number): number[] {
  const top: number[] = [];
  const before = (a: number, b: number) => CONTRIBUTION[a]! > CONTRIBUTION[b]! || (CONTRIBUTION[a] === CONTRIBUTION[b] && termOf(a) < termOf(b));
  for (const i of seen) {
    if (!(CONTRIBUTION[i]! > 0)) continue;
    if (top.length === n && !before(i, top[n - 1]!)) continue;
    // Insert in order (n is small), dropping the last when full.
    let at = Math.min(top.length, n - 1);
    if (top.length < n) top.push(i);
    while (at > 0 && before(i, top[at - 1]!)) {
      top[at] = top[at - 1]!;
      at--;
    }
    top[at] = i;
  }
  return top;
}
