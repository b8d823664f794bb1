import type { PhrasePattern } from "../injection-rules.js";
import type { Concept } from "../lexicon/index.js";

/** An executive or senior title. */
const SENIOR: readonly Concept[] = ["EXEC", "EXEC_TITLE", "SENIOR_TITLE"];
/** The senior person approves, is told or is someone's superior: not the one leaving. */
const NOT_LEAVER: readonly Concept[] = ["APPROVED", "APPROVAL_NOUN", "ROLE_COMPANION", "HANDOVER_VERB", "NOTIFY", "FIRST_PERSON"];

/**
 * A senior person's exit said to be secret (part of target.privileged_identity; lexicon/secret-exit.ts): "2. Moshe Kaplan - COO,
 * last day Thursday. Moshe's exit is confidential for now", "remove the accesses of the director Tomasz Brennan, he is going out
 * of the company, it is not public yet", "Captain Laurent Picard, Chief Pilot CDG ... It hasn't been announced yet". Not an
 * executive who approved or is told ("approved by the CFO ... please keep it quiet": APPROVED before the title or between), not
 * the executive's assistant (ROLE_COMPANION), not the writer's own director ("my director", FIRST_PERSON).
 */
export const SECRET_EXIT_PATTERNS: readonly PhrasePattern[] = [
  { seq: [SENIOR, "SECRET_EXIT"], gap: 20, barrier: 2, forbid: NOT_LEAVER, notPrecededBy: ["APPROVED", "APPROVAL_NOUN", "FIRST_PERSON", "HANDOVER_VERB", "NOTIFY", "ROLE_COMPANION"], precededWithin: 3, firstNotPossessive: true },
  // The title after: in the same sentence only (a signature's "HR Director" after "please keep this quiet" is the writer).
  { seq: ["SECRET_EXIT", SENIOR], gap: 12, barrier: 1, forbid: NOT_LEAVER, lastNotPossessive: true, notFollowedBy: ["ROLE_COMPANION", "APPROVED"] },
];
