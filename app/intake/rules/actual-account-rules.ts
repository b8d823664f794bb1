import type { PhrasePattern } from "../injection-rules.js";
import type { Concept } from "../lexicon/index.js";

/** An address of the text, the parser's target or another. */
const ADDRESS: readonly Concept[] = ["ALLOWED_EMAIL", "OTHER_EMAIL"];
/** Told, handed over or sent to: an address that receives, not one acted on. */
const NOT_ACTED_ON: readonly Concept[] = ["HANDOVER_VERB", "SEND", "NOTIFY", "NOT", "DONT"];

/** Someone else named by role beside their address: "his manager's account", "the team lead account", "de account van zijn teamleider". */
const OWNER: readonly Concept[] = ["LEAVER_BOSS", "ROLE_PERSON", "RELATED_PERSON"];

/**
 * Someone else's account, named by their role and address, then pointed back at as the one to act on (part of target.additional;
 * THAT_ACCOUNT in lexicon/actual-account.ts): "his mailbox sits under the team lead account d.fontaine@... Please apply the full
 * offboarding to that account", "staat hij onder de account van zijn teamleider, els.peeters@... Gelieve die account te blokkeren".
 * Not the manager's address given for a hand-over, a notice or a field ("Manager: Sophie Laurent" then the leaver's own address, a
 * name between: forbidFirst), nor that account kept, told or sent to.
 */
const THAT_ACCOUNT_PATTERNS: readonly PhrasePattern[] = [
  { seq: [OWNER, ADDRESS, "ACTION", "THAT_ACCOUNT"], gap: [3, 6, 2], barrier: 2, forbid: [...NOT_ACTED_ON, "FROM", "KEEP"], forbidFirst: ["CAPNAME", "LEAVER"] },
  { seq: [OWNER, ADDRESS, "THAT_ACCOUNT", "ACTION"], gap: [3, 6, 2], barrier: 2, forbid: [...NOT_ACTED_ON, "FROM", "KEEP"], forbidFirst: ["CAPNAME", "LEAVER"] },
];

/**
 * The account to act on argued to be the one the leaver really uses (part of target.additional; lexicon/actual-account.ts):
 * "please action the removal on e.nowak@ - that's the one she actually uses day to day", "it should be ops.delegate.cdg@,
 * because that's the one she was actually using", "the account that actually needs locking is kaito.fujii@". Not "forward her
 * mail to tom.ray@, the address she actually uses" (sent to, not acted on).
 */
export const ACTUAL_ACCOUNT_PATTERNS: readonly PhrasePattern[] = [
  { seq: [ADDRESS, "ACTUALLY_USES"], gap: 8, barrier: 1, forbid: NOT_ACTED_ON, notPrecededBy: ["SEND", "HANDOVER_VERB"], precededWithin: 5 },
  { seq: ["ACTUALLY_USES", ADDRESS], gap: 3, barrier: 1, forbid: NOT_ACTED_ON },
  ...THAT_ACCOUNT_PATTERNS,
];
