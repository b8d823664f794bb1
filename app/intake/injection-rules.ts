/**
 * The deterministic injection markers. Each rule is a regular expression over normalised text
 * (see normalize-text.ts) with an id, the technique it detects and a reason a reviewer can read.
 * Rules are deliberately specific: HR text legitimately says "ignore my previous email" or
 * "system admin", so the patterns key on imperative instructions aimed at a model or a reviewer.
 */
export type Severity = "high" | "medium";

export interface InjectionRule {
  id: string;
  technique: string;
  severity: Severity;
  pattern: RegExp;
  reason: string;
}

export const INJECTION_RULES: readonly InjectionRule[] = [
  {
    id: "override.ignore_instructions",
    technique: "instruction override",
    severity: "high",
    pattern: /\b(ignore|disregard|forget|override)\b[^.\n]{0,40}\b(all |any |the )?(previous|prior|above|earlier|system|your)\b[^.\n]{0,20}\b(instructions?|prompts?|rules|polic(y|ies)|guidelines)\b/g,
    reason: "tells the reader to ignore its instructions or policy",
  },
  {
    id: "override.new_instructions",
    technique: "instruction override",
    severity: "high",
    pattern: /\b(new|updated|real) (instructions?|task|directive)s?\s*:/g,
    reason: "announces replacement instructions",
  },
  {
    id: "role.transcript_turn",
    technique: "role shift / fake transcript",
    severity: "high",
    pattern: /(^|\n|[.!?;]\s)\s*(system|assistant|developer|tool)\s*:\s*\S/g,
    reason: "contains a fake conversation turn addressed to a model",
  },
  {
    id: "role.you_are_now",
    technique: "role shift / fake transcript",
    severity: "high",
    pattern: /\byou are (now|no longer)\b|\bact as (an? )?(admin|administrator|approver|security)\b/g,
    reason: "tries to change the reader's role",
  },
  {
    id: "schema.decision_payload",
    technique: "schema-shaped payload",
    severity: "high",
    pattern: /["']?(outcome|decision|require_hitl|prompt_injection_suspected|approved|approvals)["']?\s*[:=]\s*["']?(allow|true|false|approved|0|\[)/g,
    reason: "contains text shaped like a policy decision or approval",
  },
  {
    id: "authority.prior_approval",
    technique: "claim of prior approval or authority",
    severity: "high",
    pattern: /\b(already|pre-?)\s*(been )?(approved|authori[sz]ed|cleared)\b[^.\n]{0,40}\b(security|ciso|review|policy)\b|\b(security|ciso)\b[^.\n]{0,30}\b(has |have )?(already )?(approved|signed off)\b/g,
    reason: "claims the request was already approved by security",
  },
  {
    id: "pressure.skip_review",
    technique: "urgency pressure to skip review",
    severity: "high",
    pattern: /\b(skip|bypass|without|no need for|don'?t wait for|do not wait for)\b[^.\n]{0,20}\b(review|approval|hitl|security check|the policy)\b/g,
    reason: "asks to skip review or approval",
  },
  {
    id: "target.additional",
    technique: "additional or swapped target identity",
    severity: "high",
    pattern: /\b(also|additionally|and also|as well as|plus)\b[^.\n]{0,30}\b(offboard|remove|disable|delete|deactivate|terminate)\b/g,
    reason: "asks to act on more people than the request names",
  },
  {
    id: "target.privileged_identity",
    technique: "additional or swapped target identity",
    severity: "high",
    pattern: /\b(ceo|cfo|cto|ciso|coo|founder|break-?glass|root|administrator)@[a-z0-9.-]+/g,
    reason: "names an executive, break-glass or root identity",
  },
  {
    id: "target.wildcard",
    technique: "additional or swapped target identity",
    severity: "high",
    pattern: /(\*@[a-z0-9.-]+|\ball (users|employees|accounts|staff)\b[^.\n]{0,20}\b(offboard|remove|disable|delete))/g,
    reason: "targets a wildcard or everyone",
  },
  {
    id: "exfil.send_credentials",
    technique: "exfiltration",
    severity: "high",
    pattern: /\b(send|forward|email|post|upload|paste)\b[^.\n]{0,40}\b(password|credential|token|secret|api key|private key|recovery code)s?\b/g,
    reason: "asks for secrets to be sent somewhere",
  },
  {
    id: "hidden.markup",
    technique: "hidden markup",
    severity: "medium",
    pattern: /<!--[\s\S]*?-->|<\s*(script|style|iframe)\b/g,
    reason: "contains hidden HTML comments or markup",
  },
];
