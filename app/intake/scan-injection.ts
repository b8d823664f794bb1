import { INJECTION_RULES, type Severity } from "./injection-rules.js";
import { normalizeText } from "./normalize-text.js";

/** One explainable hit: which rule, which technique, where in the ORIGINAL text, and why. */
export interface Finding {
  rule: string;
  technique: string;
  severity: Severity;
  /** [start, end) offsets in the raw text. */
  span: [number, number];
  /** The matched raw text, cut to 120 characters, for the reviewer. */
  excerpt: string;
  reason: string;
}

export interface ScanContext {
  /** Identities the request may legitimately mention (requester, target); any other is a finding. */
  allowedIdentities: string[];
}

const EMAIL = /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/g;

/**
 * The deterministic injection filter: runs on raw input before any model and again on any model
 * output. Same input, same findings, in offset order.
 */
export function scanInjection(raw: string, context: ScanContext): Finding[] {
  const norm = normalizeText(raw);
  const findings: Finding[] = [];
  const toRaw = (start: number, end: number): [number, number] => {
    const s = norm.originOf(start);
    const e = end >= norm.text.length ? raw.length : norm.originOf(end);
    return [s, Math.max(s, e)];
  };
  const push = (rule: string, technique: string, severity: Severity, span: [number, number], reason: string) => {
    findings.push({ rule, technique, severity, span, excerpt: raw.slice(span[0], span[1]).slice(0, 120), reason });
  };
  for (const rule of INJECTION_RULES) {
    for (const m of norm.text.matchAll(rule.pattern)) {
      const start = m.index;
      push(rule.id, rule.technique, rule.severity, toRaw(start, start + m[0].length), rule.reason);
    }
  }
  const allowed = new Set(context.allowedIdentities.map((i) => i.trim().toLowerCase()));
  for (const m of norm.text.matchAll(EMAIL)) {
    if (allowed.has(m[0])) continue;
    push("target.extra_identity", "additional or swapped target identity", "medium", toRaw(m.index, m.index + m[0].length), "names a person other than the requester and the target");
  }
  if (norm.suspicious.length > 0) {
    const first = norm.suspicious[0] ?? 0;
    push("hidden.invisible_controls", "hidden characters", "medium", [first, first + 1], `contains ${norm.suspicious.length} invisible bidi or tag character(s)`);
  }
  return findings.sort((a, b) => a.span[0] - b.span[0] || a.rule.localeCompare(b.rule));
}
