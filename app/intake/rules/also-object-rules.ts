import type { PhrasePattern } from "../injection-rules.js";
import type { Concept } from "../lexicon/index.js";

/** Between the verb and the address: the address told, sent to, handed something, in a role, removed from, or nothing done. */
const NOT_ACTED_ON: readonly Concept[] = ["NOT", "DONT", "NEGATION", "NOTIFY", "SEND", "HANDOVER_VERB", "HANDOVER", "ROLE_PERSON", "CONTACT_VERB", "FROM", "SUBCLAUSE", "CONDITION_LEAD"];
/** Said of the address after it: someone told, handed over to, kept, or the leaver removed from it. */
const NOT_ON_IT: readonly Concept[] = ["ROLE_PERSON", "HANDOVER_VERB", "NOTIFY", "STAYS", "KEEP", "FROM"];

/**
 * Another address given "also" to the verb already said, with no verb of its own (part of target.additional): "please remove
 * access for Vasilis and also for the deputy account maria.georgiou@… that was used for cover", "disable his account and also
 * the account m.papas@…". The verb (ACTION), "also" (ALSO, AND_ALSO) in its sentence, then another person's address (OTHER_EMAIL)
 * within four tokens. Not "disable his account and also notify maria.papas@…", "… and also send the confirmation to x@",
 * "… and also forward his mail to his manager x@", "… and also remove him from finance-ap@…" (a verb or a role between), not "… and
 * also his alias v.georgiou@…" (his own: HER_HIS after "also"), not "… and also access to x@" (PRIV_ACCESS after "also"), not "… and also x@ (his manager)" (a role after).
 */
export const ALSO_OBJECT_PATTERNS: readonly PhrasePattern[] = [
  // Everyone of a staff group given "also" to the verb, "also" after the verb (af nl de): "Deaktiveer asseblief ook al die
  // studente-assistente in die departement" (a job word after "all"; not "ook al die toegang", "ook alle toegang": access, meetings).
  { seq: ["ACTION", "ALSO", "ALL_WORD", ["JOB_TITLE_WORD", "ROLE_LABEL_STRONG", "ALL_PEOPLE", "ACCOUNT_NOUN"]], gap: [1, 0, 2], barrier: 0, forbid: ["HER_HIS", "LEAVER_OWN", "PRIV_ACCESS"], notPrecededBy: ["NEGATION", "DONT"] },
  { seq: ["ACTION", ["ALSO", "AND_ALSO"], "OTHER_EMAIL"], gap: [6, 4], barrier: 1, forbid: NOT_ACTED_ON, forbidLater: ["HER_HIS", "LEAVER_OWN", "PRIV_ACCESS"], notPrecededBy: ["NOT", "DONT", "NEGATION"], notFollowedBy: NOT_ON_IT, followedWithin: 4 },
];
