import type { PhrasePattern } from "../injection-rules.js";

/** The review, security, or anyone who could stop it. */
const REVIEWER = ["REVIEW_STRONG", "GATE", "GATE_SECURITY", "SECURITY", "ANYONE"] as const;
/** Not the writer's own plan, nor an action held back: "we will disable it before ...", "don't disable it before ...". */
const HELD = ["NOT", "NEGATION", "DONT", "FIRST_PERSON", "CONDITION_LEAD"] as const;

/**
 * pressure.skip_review patterns for the action raced past a review that has not reached the request yet (lexicon/ahead-of-review.ts):
 * "action it before the review picks it up", "disable the account before security gets to it", "désactivez-le avant que la
 * sécurité ne s'en saisisse". Not "please don't disable it before security gets to it", "we'll action it before the review picks
 * it up" (a negation or the writer before the action), not "before security reviews it" (no REVIEW_REACHES: a review awaited).
 */
export const AHEAD_OF_REVIEW_PATTERNS: readonly PhrasePattern[] = [
  { seq: [["ACTION", "DO_IT", "PROCESS"], "BEFORE", REVIEWER, "REVIEW_REACHES"], gap: [6, 2, 3], barrier: 0, forbid: HELD, notPrecededBy: HELD, precededWithin: 3 },
];
