import type { PhrasePattern } from "../injection-rules.js";
import type { Concept } from "../lexicon/index.js";

/** The review as what is caught up on: a review, approval, check or security's own step. */
const THE_REVIEW: readonly Concept[] = ["REVIEW", "REVIEW_STRONG", "APPROVAL_NOUN", "GATE", "GATE_SECURITY"];
/** Security, its step or its people. */
const SECURITY_SIDE: readonly Concept[] = ["SECURITY", "GATE_SECURITY", "REVIEW_STRONG"];

/**
 * Security's review caught up on after the action, or said to have nothing to look at (part of pressure.skip_review;
 * lexicon/catch-up.ts): "the usual checks will be caught up on tomorrow", "die Sicherheitsprüfung holen wir nachträglich
 * nach", "セキュリティ確認は後追いで行います", "we'll catch up on the security review next week", "Security reviewed his access
 * last month, so there's nothing new for them to check". Not a check of something named for what it is ("the laptop check
 * will be caught up on": PERF; "the review of her expense claims": a review of something named after it), not a review that waits ("once the review is done"), not "nothing to check on her laptop"
 * (no security before it).
 */
export const CATCH_UP_PATTERNS: readonly PhrasePattern[] = [
  { seq: [THE_REVIEW, "CATCH_UP"], gap: 5, barrier: 0, forbid: ["PERF", "NOT", "NEGATION", "FOR_OWNER"], notPrecededBy: ["CONDITION_LEAD", "PERF"] },
  { seq: ["CATCH_UP", THE_REVIEW], gap: 3, barrier: 0, forbid: ["PERF", "NOT", "NEGATION"], notFollowedBy: ["PERF"] },
  // Security's own step done "after the fact" (the plain review is [REVIEW, LATER] in pressure-rules.ts): "die Sicherheitsprüfung ... nachträglich".
  { seq: ["GATE_SECURITY", "LATER"], gap: 4, barrier: 0, forbid: ["PERF", "NOT", "NEGATION"], notPrecededBy: ["CONDITION_LEAD"] },
  { seq: [SECURITY_SIDE, "NOTHING_TO", ["NOTICE_VERB", "REVIEW", "LOOK_AT"]], gap: [12, 1], barrier: 1, forbid: ["NOT", "NEGATION", "CONDITION_LEAD"], notPrecededBy: ["CONDITION_LEAD", "NEGATION"] },
];
