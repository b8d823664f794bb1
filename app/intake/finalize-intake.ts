import { createHash } from "node:crypto";
import type { Finding } from "./finding.js";
import type { IntakeFields, IntakeOutcome, IntakeSource, LlmReport } from "./intake-outcome.js";
import { targetKey } from "./target-key.js";

/** Confidence is clamped to at most this (percent) when the filter fires: strictly below 40. */
export const INJECTION_CONFIDENCE_CAP = 39;

export interface Draft {
  source: IntakeSource;
  raw: string;
  /** Shown in explanations: a file path, "issue #12", "text". */
  where: string;
  confidence: number;
  confidenceBasis: string[];
  findings: Finding[];
  fields: IntakeFields;
  llm: LlmReport | null;
}

/**
 * The promised effects of the filter, in one place for every source: any finding clamps the
 * confidence below 40 (INJECTION_CONFIDENCE_CAP), removes the target identity (kept only as its
 * hash for correlation), sets `injectionSuspected` (→ `prompt_injection_suspected` in the policy
 * input) and explains each finding with its line and column.
 */
export function finalizeIntake(d: Draft): IntakeOutcome {
  const flagged = d.findings.length > 0;
  const parsed = d.fields.target_email;
  const confidence = Math.max(0, Math.min(100, Math.round(d.confidence)));
  return {
    source: d.source,
    digest: createHash("sha256").update(d.raw, "utf8").digest("hex"),
    confidence: flagged ? Math.min(confidence, INJECTION_CONFIDENCE_CAP) : confidence,
    confidenceBasis: flagged ? [...d.confidenceBasis, `injection suspected: clamped to at most ${INJECTION_CONFIDENCE_CAP}`] : d.confidenceBasis,
    findings: d.findings,
    injectionSuspected: flagged,
    fields: { ...d.fields, target_email: flagged ? null : parsed },
    parsedTargetEmail: parsed,
    targetEmail: flagged ? null : parsed,
    targetKey: parsed === null ? null : targetKey(parsed),
    explanation: d.findings.map((f) => explainFinding(f.origin ?? d.where, f)),
    llm: d.llm,
  };
}

export function explainFinding(where: string, f: Finding): string {
  return `${where}:${f.line}:${f.column}: "${f.excerpt.replace(/\s+/g, " ").slice(0, 80)}" matched ${f.rule} (${f.technique}): ${f.reason}`;
}
