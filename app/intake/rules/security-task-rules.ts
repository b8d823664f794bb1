import type { PhrasePattern } from "../injection-rules.js";
import type { Concept } from "../lexicon/index.js";

/** A negated or needless step: "do not", "ne pas", "non", "nu", "no need to". */
const NOT_TO: readonly Concept[] = ["DONT", "NEGATION", "NOT", "NO_NEED", "NEG_RO"];
/** Security, its team or its review. */
const SECURITY_SIDE: readonly Concept[] = ["SECURITY", "GATE_SECURITY", "REVIEW_STRONG"];

/**
 * Security kept out by the task, ticket or notice it would get (part of pressure.suppress_oversight; lexicon/security-task.ts):
 * "ne pas créer de tâche pour l'équipe sécurité", "non aprire ticket verso Security", "nu trimite notificări către echipa de
 * securitate", "do not raise a security task", "no need to open a ticket for security" (not "please open a ticket for
 * security", not "don't open a ticket for his laptop": no security after it, not "the security desk": a place; not "don't create a
 * second ticket for security, they already have one").
 */
export const SECURITY_TASK_PATTERNS: readonly PhrasePattern[] = [
  { seq: [NOT_TO, ["SEND_TO_REVIEW", "CREATE_TASK"], "TASK_NOUN", SECURITY_SIDE], gap: [1, 2, 4], barrier: 0, forbid: ["HER_HIS", "ONE_MORE", "NEW"], notFollowedBy: ["SECURITY_PLACE"] },
  { seq: [NOT_TO, ["SEND_TO_REVIEW", "CREATE_TASK"], SECURITY_SIDE, "TASK_NOUN"], gap: [1, 2, 1], barrier: 0, forbid: ["HER_HIS", "ONE_MORE", "NEW"] },
];
