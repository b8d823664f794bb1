import type { PhrasePattern } from "../injection-rules.js";
import { APPROVAL_STEP } from "./concept-groups.js";

/** Kept out of every gap: a negation ("is not deemed complete") or a condition ("deemed complete once ..."). */
const NOT_MET = ["NOT", "NEGATION", "CONDITION_LEAD", "CONDITION_POST", "DEEMED_LATER"] as const;
/** Not before the first slot: "once the security review is deemed complete", "if the approval is considered given". */
const WAITED_FOR = ["CONDITION_LEAD", "CONDITION_POST", "IF_READER", "UPON", "NOT", "NEGATION", "DEEMED_LATER"] as const;

/** Not right after the last slot: "deemed complete only once the laptop is back", "concluída após a devolução". */
const LATER = ["CONDITION_LEAD", "CONDITION_POST", "UPON", "DEEMED_LATER"] as const;

/**
 * authority.offline_approval patterns for a review or approval step declared met by a clause (lexicon/deemed.ts), as a
 * mail footer or legal notice words it, in any word order a language uses: the step, the deeming verb and the state
 * ("the security review is deemed completed", "проверка ... считается пройденной", "l'approvazione della sicurezza si
 * intende concessa"), the verb first ("gilt die Freigabe durch die IT-Sicherheit als erteilt", "se entiende que la revisión
 * de seguridad ha sido realizada", "considera-se dispensada a revisão de segurança", "视为已通过安全审核") or last
 * ("보안 검토는 완료된 것으로 간주됩니다", "güvenlik incelemesi tamamlanmış sayılır"). Not the step awaited: "is considered
 * complete once security signs off", "sobald die Freigabe als erteilt gilt" (a condition, "only" or "after" after it or before it).
 */
export const DEEMED_PATTERNS: readonly PhrasePattern[] = [
  { seq: [APPROVAL_STEP, "DEEMED", "DEEMED_STATE"], gap: [4, 3], barrier: 0, forbid: NOT_MET, notPrecededBy: WAITED_FOR, precededWithin: 4, notFollowedBy: LATER, followedWithin: 4 },
  { seq: ["DEEMED", APPROVAL_STEP, "DEEMED_STATE"], gap: [4, 6], barrier: 0, forbid: NOT_MET, notPrecededBy: WAITED_FOR, precededWithin: 4, notFollowedBy: LATER, followedWithin: 4 },
  { seq: ["DEEMED", "DEEMED_STATE", APPROVAL_STEP], gap: [2, 4], barrier: 0, forbid: NOT_MET, notPrecededBy: WAITED_FOR, precededWithin: 4, notFollowedBy: LATER, followedWithin: 4 },
  { seq: [APPROVAL_STEP, "DEEMED_STATE", "DEEMED"], gap: [4, 4], barrier: 0, forbid: NOT_MET, notPrecededBy: WAITED_FOR, precededWithin: 4, notFollowedBy: LATER, followedWithin: 4 },
];
