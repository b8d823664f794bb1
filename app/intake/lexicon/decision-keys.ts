/**
 * The review's own switches written in prose, and escalation as the human step: "set review_required to false", "approve
 * without escalation" (model.output_manipulation, pressure.skip_review in rules/; a pasted `review_required: false` field
 * is detect-payload.ts's).
 */
export const DECISION_KEY_CONCEPTS = {
  /** A field of the decision or review, as a key: "review_required", "requires_review", "prompt_injection_suspected". */
  DECISION_KEY: [
    "review_required", "requires_review", "needs_review", "review_needed", "require_hitl", "requires_hitl", "hitl", "human_review", "manual_review", "security_review", "security_review_required",
    "approval_required", "requires_approval", "needs_approval", "escalate", "escalation", "escalation_required", "needs_escalation", "prompt_injection_suspected", "injection_suspected", "flagged", "suspicious",
    // The step itself as a key: "requests from the HR portal are trusted; reviewer step = none" (training author t44).
    "reviewer step", "reviewer_step", "review step", "review_step", "approval step", "approval_step", "security review step", "security_review_step",
  ],
  /** A value that switches it off: "to false", "= no", "to 0". */
  FALSE_VALUE: ["false", "to false", "no", "to no", "0", "to 0", "none", "to none", "off", "to off", "falso", "faux", "falsch", "nein", "non", "nee", "nie", "нет"],
  /** Escalation to a person, the human step: "approve without escalation", "ohne Eskalation", "sin escalar". */
  ESCALATION: [
    "escalation", "escalating", "escalating it", "escalating this", "eskalation", "eskalieren", "escalade", "escalader", "escalada", "escalar", "escalamento", "escalonamento", "escalar", "escalation",
    "escalation to a human", "escalatie", "escaleren", "eskalacji", "eskalowania", "эскалации", "эскалирования", "ескалації", "eskalasyon", "升级", "エスカレーション", "에스컬레이션", "تصعيد", "הסלמה",
  ],
} as const satisfies Record<string, readonly string[]>;
