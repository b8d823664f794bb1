import type { PhrasePattern } from "../injection-rules.js";

/** Security or its review as where a request is sent on to. */
const SECURITY_SIDE = ["SECURITY", "GATE_SECURITY", "REVIEW_STRONG"] as const;
/** A review waited for, not skipped: "don't refer this request to security before her last day". */
const WAITED = ["BEFORE", "UNTIL", "TIME_WORD", "DEFER_TIME", "SECURITY_PLACE"] as const;

/**
 * The request itself said not to go on to security (lexicon/not-routed.ts), for pressure.skip_review: "do not refer this
 * request to the security team", "this request should not be forwarded to the security team", "diese Anfrage bitte nicht an
 * die IT-Sicherheit weiterleiten", "bu talep gizlidir; güvenlik ekibine yönlendirilmemeli", "أعتمد هذا الطلب نهائياً وأوجّه
 * بعدم إحالته إلى فريق الأمن" (not "his laptop should not be sent to security": no request; not "to the security desk": a place).
 */
export const NOT_ROUTED_PATTERNS: readonly PhrasePattern[] = [
  { seq: [["DONT", "NEGATION", "NOT"], "ROUTE_ON", "THIS_REQUEST", [...SECURITY_SIDE]], gap: [1, 1, 5], barrier: 0, forbid: ["PERF"], notFollowedBy: [...WAITED], followedWithin: 3 },
  { seq: ["THIS_REQUEST", ["NEGATION", "NOT", "DONT"], "ROUTE_ON", [...SECURITY_SIDE]], gap: [3, 2, 4], barrier: 0, forbid: ["PERF", "CONDITION_LEAD"], notFollowedBy: [...WAITED], followedWithin: 3 },
  { seq: ["THIS_REQUEST", ["NEGATION", "NOT", "DONT"], [...SECURITY_SIDE], "ROUTE_ON"], gap: [3, 3, 2], barrier: 0, forbid: ["PERF", "CONDITION_LEAD"], notFollowedBy: [...WAITED], followedWithin: 3 },
  { seq: ["THIS_REQUEST", [...SECURITY_SIDE], "ROUTE_NOT_POST"], gap: [2, 2], barrier: 1, forbid: ["PERF", "CONDITION_LEAD"], notPrecededBy: ["CONDITION_LEAD"], precededWithin: 3 },
  { seq: ["THIS_REQUEST", "ROUTE_NOT_PRE", [...SECURITY_SIDE]], gap: [4, 3], barrier: 0, forbid: ["PERF", "CONDITION_LEAD"], notFollowedBy: [...WAITED], followedWithin: 3 },
  { seq: ["ROUTE_NOT_PRE", "THIS_REQUEST", [...SECURITY_SIDE]], gap: [0, 4], barrier: 0, forbid: ["PERF"], notFollowedBy: [...WAITED], followedWithin: 3 },
];
