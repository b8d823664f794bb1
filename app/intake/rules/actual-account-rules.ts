import type { PhrasePattern } from "../injection-rules.js";
import type { Concept } from "../lexicon/index.js";

/** An address of the text, the parser's target or another. */
const ADDRESS: readonly Concept[] = ["ALLOWED_EMAIL", "OTHER_EMAIL"];
/** Told, handed over or sent to: an address that receives, not one acted on. */
const NOT_ACTED_ON: readonly Concept[] = ["HANDOVER_VERB", "SEND", "NOTIFY", "NOT", "DONT"];

/**
 * The account to act on argued to be the one the leaver really uses (part of target.additional; lexicon/actual-account.ts):
 * "please action the removal on e.nowak@ - that's the one she actually uses day to day", "it should be ops.delegate.cdg@,
 * because that's the one she was actually using", "the account that actually needs locking is kaito.fujii@". Not "forward her
 * mail to tom.ray@, the address she actually uses" (sent to, not acted on).
 */
export const ACTUAL_ACCOUNT_PATTERNS: readonly PhrasePattern[] = [
  { seq: [ADDRESS, "ACTUALLY_USES"], gap: 8, barrier: 1, forbid: NOT_ACTED_ON, notPrecededBy: ["SEND", "HANDOVER_VERB"], precededWithin: 5 },
  { seq: ["ACTUALLY_USES", ADDRESS], gap: 3, barrier: 1, forbid: NOT_ACTED_ON },
];
