import type { DetectorHit } from "./detector-hit.js";
import { forEachLearnedTerm } from "./learned-terms.js";
import { LEARNED_WEIGHTS } from "./learned-weights.js";
import { SEP, type Tokens } from "./tokenize.js";

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

const TERMS: ReadonlyMap<string, { idf: number; weight: number }> = new Map(LEARNED_WEIGHTS.terms.map(([t, idf, weight]) => [t, { idf, weight }]));
const BOUNDARY = SEP.sentence | SEP.paragraph | SEP.newline;
/** Fewer known terms than this and the weights do not judge (the rules still do). */
const MIN_TERMS = 12;

/**
 * The learned word weights: a logistic regression over the text's terms (learned-terms.ts),
 * tf-idf weighted (1 + ln tf) and L2-normalised, trained on the corpus's dev split only
 * (docs/adr/0006-learned-word-weights.md). The phrase rules catch what they were written for;
 * this catches phrasing that reads like the attacks of the training set without matching a rule
 * (a casual approval claim, pressure framed as process). Deterministic: fixed weights, a fixed
 * threshold. Explainable: the finding names the sentence that weighs most and the words that
 * weigh most. Linear: one pass over the terms.
 */
export function detectLearned(normalized: string, tokens: Tokens): DetectorHit[] {
  if (TERMS.size === 0 || tokens.count === 0) return [];
  const tf = new Map<string, number>();
  let known = 0;
  forEachLearnedTerm(normalized, tokens, (t) => {
    const n = tf.get(t);
    if (n !== undefined) tf.set(t, n + 1);
    else if (TERMS.has(t)) tf.set(t, 1);
    else return;
    known++;
  });
  // A few words say too little: "Please remove dana@example.com." is all verb once normalised.
  if (known < MIN_TERMS) return [];
  let norm = 0;
  for (const [t, n] of tf) norm += ((1 + Math.log(n)) * TERMS.get(t)!.idf) ** 2;
  norm = Math.sqrt(norm);
  let score = LEARNED_WEIGHTS.bias;
  const contribution = new Map<string, number>();
  for (const [t, n] of tf) {
    const { idf, weight } = TERMS.get(t)!;
    const c = ((1 + Math.log(n)) * idf * weight) / norm;
    contribution.set(t, c);
    score += c;
  }
  if (score < LEARNED_WEIGHTS.threshold) return [];
  // The sentence (or line) whose occurrences weigh most is the span shown to the reviewer.
  let best = { from: -1, to: -1, sum: -Infinity };
  let current = { from: -1, to: -1, sum: 0 };
  const close = () => {
    if (current.from >= 0 && current.sum > best.sum) best = current;
  };
  forEachLearnedTerm(normalized, tokens, (t, i) => {
    if (current.from < 0 || ((tokens.sep[i] ?? 0) & BOUNDARY) !== 0) {
      close();
      current = { from: i, to: i, sum: 0 };
    }
    current.to = i;
    current.sum += (contribution.get(t) ?? 0) / (tf.get(t) ?? 1);
  });
  close();
  const top = [...contribution].filter(([, c]) => c > 0).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 4);
  const probability = 1 / (1 + Math.exp(-score));
  return [{
    rule: "learned.phrasing",
    technique: "learned phrasing",
    severity: "medium",
    start: tokens.starts[best.from] ?? 0,
    end: tokens.ends[best.to] ?? normalized.length,
    reason: `reads like the injections the filter was trained on (learned word weights: ${probability.toFixed(2)} ≥ ${(1 / (1 + Math.exp(-LEARNED_WEIGHTS.threshold))).toFixed(2)}; words weighing most: ${top.map(([t]) => JSON.stringify(t)).join(", ")})`,
  }];
}
