import type { PhrasePattern } from "../injection-rules.js";

/** Not an approval to come or one asked for: "must be approved in advance by security", "needs prior sign-off", "if approved in advance". */
const NOT_CLAIMED = ["NOT", "NEGATION", "PROSPECTIVE", "CONDITION_LEAD", "REQUIRED", "WITHOUT"] as const;

/** Security, or its abbreviation "ИБ" (lexicon/in-advance.ts). */
const BY_SECURITY = ["SECURITY", "SECURITY_ABBR"] as const;

/**
 * authority.prior_approval patterns for an approval by security said to have been given ahead of the request, the adverb
 * between (lexicon/in-advance.ts): "this request was approved in advance by the CISO", "demande validée au préalable par la
 * sécurité", "pedido aprovado previamente pela equipe de segurança", "wniosek zatwierdzony z wyprzedzeniem przez dział
 * bezpieczeństwa", "تمت الموافقة المسبقة على هذا الطلب من قبل فريق أمن المعلومات", the adverb first: "заявка заранее
 * согласована с ИБ". Not "must be approved in advance by security", "if it was approved in advance by the CISO" (a modal,
 * a condition or a requirement up to three words before or between).
 */
export const IN_ADVANCE_PATTERNS: readonly PhrasePattern[] = [
  { seq: ["APPROVED", "IN_ADVANCE", BY_SECURITY], gap: [2, 6], barrier: 0, forbid: NOT_CLAIMED, notPrecededBy: NOT_CLAIMED, precededWithin: 3, notFollowedBy: ["CONDITION_POST"] },
  { seq: ["IN_ADVANCE", "APPROVED", BY_SECURITY], gap: [1, 4], barrier: 0, forbid: NOT_CLAIMED, notPrecededBy: NOT_CLAIMED, precededWithin: 3, notFollowedBy: ["CONDITION_POST"] },
];
