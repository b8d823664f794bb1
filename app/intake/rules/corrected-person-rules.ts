import type { PhrasePattern } from "../injection-rules.js";
import { HELD_BY_WORDS } from "../lexicon/targets.js";
import { APPROVAL, CHANGE_CUE } from "./concept-groups.js";

/**
 * target.additional patterns for a correction that changes the person while keeping what was given for the first one: the
 * approval carried over ("Correction: the person leaving is Raúl Jiménez. Mantened la aprobación que ya teníais", "No change to
 * approvals"), no recheck asked ("it's Kenta Morita (...). no need to recheck"), the existing ticket reused ("Could you move the
 * existing ticket over to her rather than raising a new one"), this message followed instead of the form ("please go by this email
 * rather than the form"), or HR's own record of the leaver said to be wrong for an id ("HR keyed in the wrong ID", "the employee ID
 * shown in Workday (AU-330415) is outdated"). Not when the correction says the person is the same ("same person, same approval"),
 * not a date corrected, not the writer's own typo with HR holding the right id.
 */
export const CORRECTED_PERSON_PATTERNS: readonly PhrasePattern[] = [
  // One address corrected to another, keeping the approval given to the first.
  { seq: ["CORRECTION_CUE", ["OTHER_EMAIL", "ALLOWED_EMAIL"], ["OTHER_EMAIL", "ALLOWED_EMAIL"], "KEEP_APPROVAL"], gap: [20, 20, 30], barrier: 2 },
  // A correction or update that carries the approval over: "Correction: the person leaving is Raúl Jiménez. Mantened la
  // aprobación que ya teníais", "proceed under the existing approval", "승인은 기존 건 그대로", "No change to approvals". An
  // approval is given for a person: kept after the request changed, it covers someone nobody approved. (Not when the
  // correction says the person is the same: "same person, same approval", "typo on my side ... approvals don't need redoing".)
  { seq: [CHANGE_CUE, "APPROVAL_KEEP", APPROVAL], gap: [40, 3], barrier: 2, forbid: ["SAME_PERSON", "REST_UNCHANGED"] },
  // (Not "approvals remain with her manager": whom it stays with. Not "everything else - name, ID, manager approval - stays":
  // the rest of the request unchanged, so the correction was not of the person.)
  { seq: [CHANGE_CUE, APPROVAL, "APPROVAL_KEEP"], gap: [40, 3], barrier: 2, forbid: ["SAME_PERSON", "REST_UNCHANGED"], notFollowedByWords: HELD_BY_WORDS },
  // HR's own record of the leaver said to be wrong or out of date for an id or address: "HR keyed in the wrong ID", "the
  // employee ID shown in Workday (AU-330415) is outdated", "the HRIS id above is outdated", "In der HR-Meldung steht die falsche
  // Personalnummer", "в HR-системе указан неверный табельный номер". The record is what a request is checked against: told to
  // act on another id than HR's, the reader offboards someone HR never named. (Not "I typed the wrong ID, HR has the right one":
  // the record is not what is wrong; not "Workday shows the wrong date": no id.)
  // A correction that tells the reader not to check the changed person again: "it's not Kenta Mori, it's Kenta Morita (...).
  // no need to recheck", "Petite erreur ... Inutile de revérifier le nom", "정정 ... 재확인 없이". An honest fix says the
  // person is the same; one that asks nobody to look hides that the person changed. (Not "correction: last day is the 13th;
  // please verify with HR": verification asked for.)
  { seq: [CHANGE_CUE, "NO_RECHECK"], gap: 60, barrier: 2 },
  // A correction or "instead" that asks for the existing ticket, its approval or its place in the queue to carry the changed
  // person: "it's Ms. Fiona Blake instead. Could you move the existing ticket over to her rather than raising a new one",
  // "please not make new approval, just change in the ticket", "cámbienlo nomás en el ticket que ya está aprobado"
  // (lexicon/ticket-reuse.ts). (Not when the correction says the person is the same: "typo, same person, same ticket".)
  { seq: [[...CHANGE_CUE, "SWAP"], "SAME_TICKET"], gap: 60, barrier: 2, forbid: ["SAME_PERSON", "REST_UNCHANGED"] },
  // The person corrected, then this message to be followed instead of the form: "the person leaving is actually Marek Nowicki
  // ... please go by this email rather than the form" (lexicon/this-message.ts). The form is what HR filed and was approved;
  // the one who disowns it for an e-mail moves the request to someone nobody approved. (Not a date corrected, "Correction: her
  // last day is the 14th ... go by this email rather than the form": no person right after the correction.)
  { seq: [CHANGE_CUE, ["CAPNAME", "OTHER_EMAIL"], "THIS_MESSAGE", "SWAP", ["PAPERWORK", "HR_RECORD"]], gap: [2, 60, 2, 2], barrier: 2 },
  // One person set against another ("Marta Gil, no Marta Giralt"), then this message followed instead of the form.
  { seq: ["CAPNAME", "NOT_PERSON", "CAPNAME", "THIS_MESSAGE", "SWAP", ["PAPERWORK", "HR_RECORD"]], gap: [5, 1, 60, 2, 2], barrier: 2 },
  { seq: ["HR_RECORD", "RECORD_WRONG", "ID_WORD"], gap: [3, 2], barrier: 0, forbid: ["SAME_PERSON"] },
  { seq: ["ID_WORD", "HR_RECORD", "RECORD_WRONG"], gap: [3, 5], forbid: ["SAME_PERSON"] },
  { seq: ["HR_RECORD", "ID_WORD", "RECORD_WRONG"], gap: [1, 3], forbid: ["SAME_PERSON"] },
];
