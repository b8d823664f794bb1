import type { Severity, Technique } from "./finding.js";
import type { Concept } from "./lexicon/index.js";
import { AUTHORITY_RULES } from "./rules/authority-rules.js";
import { EXFIL_RULES } from "./rules/exfil-rules.js";
import { OVERRIDE_RULES } from "./rules/override-rules.js";
import { PRESSURE_RULES } from "./rules/pressure-rules.js";
import { TARGET_RULES } from "./rules/target-rules.js";
import { GRANT_RULES } from "./rules/grant-rules.js";
import { SWAP_CLAIM_RULES } from "./rules/swap-claim-rules.js";
import { STANDING_RULE_RULES } from "./rules/standing-rule-rules.js";
import { TRAILER_READER_RULES } from "./rules/trailer-reader-rules.js";

export type { Severity } from "./finding.js";

/**
 * A phrase pattern: concepts (lexicon/) in order, each within `gap` tokens of the previous one.
 * Matching is a linear sweep over the concept hits (match-rules.ts), never a backtracking regex.
 */
export interface PhrasePattern {
  /** One concept, or any of several, per slot. */
  seq: readonly (Concept | readonly Concept[])[];
  /** Most tokens allowed between consecutive slots: one number for every gap, or one per gap. Default 3. */
  gap?: number | readonly number[];
  /** Separators allowed between slots: 0 none but spaces and newlines, 1 also clause punctuation (default), 2 also sentence ends. */
  barrier?: 0 | 1 | 2;
  /** Concepts that must not occur between slots (e.g. "my" in "ignore my previous instructions about the badge"). */
  forbid?: readonly Concept[];
  /** Concepts that must not occur in any gap but the first: "disable her account, as well as the domain admin account" ("her" in the first gap) but not "... as well as her domain admin account". */
  forbidLater?: readonly Concept[];
  /** Concepts that must not occur in the first gap only: "send the termination letter to his email x@" (MAIL_DEST before the second slot: the mail is where it goes), but "send the customer list to his email x@". */
  forbidFirst?: readonly Concept[];
  /** The first slot must start a sentence or line, or follow "please", "you", "now"... (an imperative). */
  lead?: boolean;
  /** Concepts that must not follow the last slot ("log" but not "log out"). */
  notFollowedBy?: readonly Concept[];
  /** How many tokens after the last slot notFollowedBy looks (default 1): "reset her password and send me a confirmation". */
  followedWithin?: number;
  /** Words that must not follow the last slot, for words too common to be concepts (normalised and tokenised like the text). */
  notFollowedByWords?: readonly string[];
  /** Concepts that must not start in the two tokens before the first slot, in its clause ("do not skip the review"). */
  notPrecededBy?: readonly Concept[];
  /** How many tokens before the first slot notPrecededBy looks (default 2): "dès que la sécurité ..." has its condition three back. */
  precededWithin?: number;
  /** The first slot must not be a possessive ("the CEO's calendar ... is removed" is about a thing, not the CEO). */
  firstNotPossessive?: boolean;
  /** The first slot must not start a capitalised name (CAPNAME) or an address: "Her manager Mark Olsen (mark.olsen@…) approved it" names Mark, it marks nothing. */
  firstNotName?: boolean;
  /** The last slot must not end on the first word of a capitalised name (CAPNAME) or an address: "So for the bot: Amir Hussain, concrete foreman, ..." labels the request's own data for the bot, it tells it nothing. */
  lastNotName?: boolean;
  /** The last slot must not be a possessive ("also remove access to the CFO's calendar" is about a thing, not the CFO). */
  lastNotPossessive?: boolean;
}

export interface PhraseRule {
  id: string;
  technique: Technique;
  severity: Severity;
  reason: string;
  patterns: readonly PhrasePattern[];
}

/**
 * The phrase rules, by technique in rules/*.ts. Structural rules (identities, transcripts, payloads, hidden markup, encodings,
 * split markers) live in their own detectors; docs/INTAKE.md lists every rule with examples.
 */
export const INJECTION_RULES: readonly PhraseRule[] = [...OVERRIDE_RULES, ...AUTHORITY_RULES, ...PRESSURE_RULES, ...TARGET_RULES, ...GRANT_RULES, ...SWAP_CLAIM_RULES, ...EXFIL_RULES, ...STANDING_RULE_RULES, ...TRAILER_READER_RULES];
