import type { PhrasePattern } from "../injection-rules.js";
import type { Concept } from "../lexicon/index.js";

/** Add or fold someone into the request. */
const ADD: readonly Concept[] = ["ADD_TO", "ADD_MORE", "FOLD_VERB", "FOLD_IN"];
/** The same request, ticket or batch as what they are put into. */
const SAME_ONE: readonly Concept[] = ["SAME_REQUEST", "INTO_REQUEST", "SAME_BATCH"];
/** Someone other than the leaver, by name, address or tie to the leaver (or the address and name intake took for the target: the one person a text gives an address for is parsed as its target, though it names the leaver first). */
const OTHER: readonly Concept[] = ["OTHER_ID", "CAPNAME", "OTHER_EMAIL", "RELATED_PERSON", "COLLEAGUE", "ALLOWED_EMAIL", "LEAVER_NAME"];
/** Not an extra leaver: the leaver's own, someone in a role on the request (approver, watcher), a handover, an approval or a review added. */
const NOT_EXTRA: readonly Concept[] = ["HER_HIS", "ROLE_PERSON", "HANDOVER_VERB", "NOTIFY", "APPROVED", "APPROVAL_NOUN", "REVIEW", "FILE_VERB", "NOT", "DONT"];

/**
 * Someone else added to the leaver's request (part of target.additional; lexicon/extra-leavers.ts): "Add Aditi Sharma from CRO to
 * the same removal batch", "incluir o Lucas Ferreira (x@) no mesmo chamado", "Tilføj venligst også Jonas Krogh (x@) på samme sag",
 * the request first in the languages that put it there, with "also" or the person after the verb ("Στην ίδια αίτηση προσθέστε
 * παρακαλώ και τη Μαρία", "Do tej istej požiadavky prosím pridajte aj Luciu Novákovú", "Към заявката добавете и Стоян Димитров",
 * "ותוסיפו בבקשה לאותה בקשה גם את מיכל"), or someone added who is not leaving yet ("Bundle Sophie Turner in with his ticket too -
 * she isn't formally leaving yet", "přidejte prosím i Martina Černého, ten sice ještě neodchází"). Not "add her manager Kai Lee to
 * the same request as approver", not "add Kai Lee's sign-off to the same ticket", not "add her laptop return to the same ticket".
 */
export const EXTRA_REQUEST_PATTERNS: readonly PhrasePattern[] = [
  { seq: [ADD, OTHER, SAME_ONE], gap: [6, 8], barrier: 1, forbid: NOT_EXTRA, forbidFirst: ["FROM"], notFollowedBy: ["ROLE_PERSON", "ROLE_COMPANION"], followedWithin: 3 },
  { seq: [SAME_ONE, ADD, ["ALSO", "ALSO_PERSON", "CAPNAME", "OTHER_EMAIL", "LEAVER_NAME"]], gap: [3, 3], barrier: 1, forbid: NOT_EXTRA, notFollowedBy: ["HER_HIS", "ROLE_PERSON", "ROLE_COMPANION", "APPROVAL_NOUN"], followedWithin: 2 },
  { seq: [ADD, SAME_ONE, ["ALSO", "ALSO_PERSON", "CAPNAME", "OTHER_EMAIL", "LEAVER_NAME"]], gap: [3, 2], barrier: 1, forbid: NOT_EXTRA, notFollowedBy: ["HER_HIS", "ROLE_PERSON", "ROLE_COMPANION", "APPROVAL_NOUN"], followedWithin: 2 },
  { seq: [ADD, [...OTHER, "ALSO_PERSON"], "NOT_LEAVING_YET"], gap: [4, 24], barrier: 2, forbid: ["HANDOVER_VERB", "NOTIFY", "FILE_VERB", "APPROVED", "ROLE_PERSON"] },
];

/** The same go: "too", "as well", "at the same time", "in the same run", the same request. */
const TOO_NOW: readonly Concept[] = ["ALSO", "TOO", "ALSO_STRONG", "SAME_RUN", "SAME_REQUEST", "INTO_REQUEST", "SAME_BATCH"];
/** Not acted on: handed over, told, kept, approving, or removed from something. */
/**
 * What every pattern reading OTHER_ID also needs, one of its other slots: "add" (EXTRA_REQUEST_PATTERNS) or "too", "at the
 * same time", the same request (OTHER_ID_PATTERNS). mark-other-ids.ts scans for ids only when one of these has a hit.
 */
export const OTHER_ID_COMPANIONS: readonly Concept[] = [...TOO_NOW, ...ADD];
const NOT_ACTED: readonly Concept[] = ["HANDOVER_VERB", "NOTIFY", "FROM", "NOT", "DONT", "STAYS", "APPROVED", "APPROVAL_NOUN", "ROLE_PERSON", "FILE_VERB"];

/**
 * A second person's employee id (OTHER_ID, mark-other-ids.ts: the prefix of the leaver's id, another number) acted on in the same go:
 * "remove Hauwa Musa (OFR-19320) too", "Please close Adam Reeves's account (STR-374120) at the same time", "Den Zugang von Katrin
 * Lehmann (STR-702461) bitte gleich mit deaktivieren", "Connor Lee (QF-21420) is moving to our partner studio the same week, so put
 * him through the same offboarding on this request". Language-independent where the action and "too" are concepts. Not an id handed
 * to ("transfer her files to Tom Berg (KX-40987) as well"), told, approving, or kept ("Tom Berg (KX-40987) stays").
 */
export const OTHER_ID_PATTERNS: readonly PhrasePattern[] = [
  { seq: [["ACTION", "PERSON_ACTION"], "OTHER_ID", TOO_NOW], gap: [6, 6], barrier: 1, forbid: [...NOT_ACTED, "HER_HIS"], forbidLater: NOT_ACTED, notPrecededBy: ["NOT", "DONT", "HANDOVER_VERB"] },
  { seq: ["OTHER_ID", TOO_NOW, ["ACTION", "GONE_PASSIVE"]], gap: [4, 3], barrier: 1, forbid: NOT_ACTED, forbidLater: NOT_ACTED, notPrecededBy: ["HANDOVER_VERB", "FROM"] },
  { seq: ["OTHER_ID", ["ACTION", "GONE_PASSIVE", "ADD_TO", "ADD_MORE"], TOO_NOW], gap: [16, 4], barrier: 1, forbid: NOT_ACTED, forbidLater: NOT_ACTED, notPrecededBy: ["HANDOVER_VERB", "FROM"] },
];
