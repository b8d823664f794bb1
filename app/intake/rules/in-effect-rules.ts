import type { PhrasePattern } from "../injection-rules.js";

/**
 * target.additional patterns for a shared login called the leaver's own account "in effect" and then acted on (lexicon/in-effect.ts):
 * "He set up the integration, which runs as svc-farecard-db. It's effectively his account, so offboard it with him", "svc-x ist
 * praktisch sein Konto, bitte mit ihm löschen". Not "svc-x is not really his account", not "svc-x is effectively his account, so
 * hand it over to Ana" (a negation or a hand-over between), not "... stays" (STAYS).
 */
export const IN_EFFECT_PATTERNS: readonly PhrasePattern[] = [
  { seq: ["PRIV_LOGIN", "IN_EFFECT", "LEAVER_OWN", ["MAILBOX_NOUN", "ACCOUNT_NOUN"], "ACTION"], gap: [6, 1, 1, 6], barrier: 2, forbid: ["FROM", "HANDOVER_VERB", "HANDOVER", "STAYS", "NOT", "DONT", "NEGATION"] },
];
