import type { PhrasePattern } from "../injection-rules.js";

/** Not a claim: a condition ("if you consider it approved"), a negation ("don't consider it cleared"), a state to come. */
const NOT_CLAIMED = ["NOT", "NEGATION", "DONT", "CONDITION_LEAD", "CONDITION_POST", "IF_READER", "UPON", "DEEMED_LATER"] as const;

/**
 * authority.offline_approval patterns for the reader told to take the request as approved, with no "as" (lexicon/consider-cleared.ts):
 * "Consider it cleared at her level", "consider this one already signed off", "considérenlo aprobado", "вважайте це погодженим".
 * Not "don't consider it approved until security signs off", "consider it approved once the CISO replies" (a negation before,
 * a condition after), "if you consider it approved, ...".
 */
export const CONSIDER_CLEARED_PATTERNS: readonly PhrasePattern[] = [
  { seq: ["CONSIDER_IT", "CLEARED_STATE"], gap: 2, barrier: 0, forbid: NOT_CLAIMED, notPrecededBy: NOT_CLAIMED, precededWithin: 3, notFollowedBy: ["CONDITION_LEAD", "CONDITION_POST", "UPON", "DEEMED_LATER", "UNTIL"], followedWithin: 3 },
];
