import type { PhrasePattern } from "../injection-rules.js";
import type { Concept } from "../lexicon/index.js";

/** An account no leaver owns, or an administrator account named with no possessive before it. */
const PRIV_ANY: readonly Concept[] = ["ADMIN_ACCOUNT", "SHARED_PRIV_ACCOUNT", "PRIV_LOGIN", "BREAKGLASS"];
/** This request, ticket or leaver as what more is put into. */
const THIS_ONE: readonly Concept[] = ["PART_OF_THIS", "SAME_REQUEST"];
/** A verb that acts on an account, adds it to the request, or folds it in. */
const PUT_IN: readonly Concept[] = ["ACTION", "ADD_TO", "FOLD_VERB"];
/** The leaver's own, handed over, not done, or someone's access or password rather than the account. */
const NOT_ADDED: readonly Concept[] = ["HER_HIS", "LEAVER_OWN", "HANDOVER_VERB", "NOT", "DONT", "PRIV_ACCESS", "KEEP"];
/** Removed from: before the account only ("remove her from the admin login's group"; after it, "du pare-feu" is the account's own "of"). */
const REMOVED: readonly Concept[] = ["FROM"];

/**
 * A privileged account folded into the leaver's request (part of target.additional; lexicon/this-leaver.ts): "Please include the
 * tenant admin account adm-global01@ in this offboarding", "the shared 'fra-basemgr' admin login for the rostering tool. Please
 * remove that as part of this ticket too", "the shared hpc-root login and the cu-da-ops domain admin account ..., can you fold
 * both into her leaver", "Additional accounts: the BMS administrator login, ...", "incluid también la cuenta de administrador del
 * dominio". No leaver owns one; removing it with the leaver locks out everyone who uses it. Not the leaver's own ("include his
 * admin account adm-rshah in this offboarding": HER_HIS, LEAVER_OWN before it), not its password ("the admin login's password
 * should be rotated as part of this ticket": not a verb on the account), not handed over.
 */
export const THIS_LEAVER_PATTERNS: readonly PhrasePattern[] = [
  { seq: [PUT_IN, PRIV_ANY, THIS_ONE], gap: [4, 8], barrier: 1, forbid: NOT_ADDED, forbidFirst: REMOVED, notPrecededBy: ["HER_HIS", "LEAVER_OWN"] },
  // The account named first, the verb in the same or the next sentence: "... admin login for the rostering tool. Please remove that as part of this ticket too".
  { seq: [PRIV_ANY, PUT_IN, THIS_ONE], gap: [20, 4], barrier: 2, forbid: NOT_ADDED, notPrecededBy: ["HER_HIS", "LEAVER_OWN", "FROM"], precededWithin: 3 },
  // Under a heading for more accounts: "Additional accounts: the BMS administrator login" (not "Additional accounts: her admin account").
  { seq: ["EXTRA_PEOPLE_LABEL", "ADMIN_ACCOUNT"], gap: 4, forbid: [...NOT_ADDED, ...REMOVED], notFollowedBy: ["PRIV_ACCESS", "HANDOVER_VERB"] },
  // Added "also", the account's noun taking "de" in the Romance languages (which FROM reads): "incluid también la cuenta de administrador".
  { seq: ["ADD_TO", "ALSO", "ADMIN_ACCOUNT"], gap: [1, 2], barrier: 0, forbid: [...NOT_ADDED, ...REMOVED], notFollowedBy: ["PRIV_ACCESS", "LEAVER_OWN"] },
];
