import { crossCheckLlm } from "./cross-check-llm.js";
import { extractFields } from "./extract-fields.js";
import { finalizeIntake } from "./finalize-intake.js";
import { freeTextConfidence } from "./free-text-confidence.js";
import type { IntakeOutcome, LlmReport } from "./intake-outcome.js";
import type { LlmConfig } from "./llm-config.js";
import { llmExtract, type LlmOutput } from "./llm-extract.js";
import { LEARNED_NEAR_MISS, LEARNED_THRESHOLD_PROBABILITY, NEAR_MISS_CONFIDENCE_CAP, type LearnedJudgement } from "./learned-score.js";
import { scanInjection } from "./scan-injection.js";

export interface FreeTextOptions {
  /** Who sent the text, when known: an identity the text may name. */
  requester?: string | null;
  /** Unix milliseconds (injected clock): resolves "today", "tomorrow". */
  now: number;
  /** null: the deterministic parser alone. */
  llm: LlmConfig | null;
  /** Shown in explanations, e.g. "email from hr.ops@example.com". */
  where?: string;
}

export interface FreeTextIntake extends IntakeOutcome {
  source: "free_text";
}

/**
 * Intake for free text: deterministic extraction (no model) decides which identities the text
 * legitimately names; the injection filter runs on the raw text before any model; then, when an
 * endpoint is configured, the model extracts the fields and everything it returns is filtered and
 * cross-checked (a model that obeyed an injection is caught). Any finding clamps the confidence
 * below 40 and scrubs the target; a near miss of the learned weights (no finding, but judged more
 * likely an attack than not) caps it at 50, under the policy's min_confidence. Never throws on
 * model failures: they fall back to the deterministic parse with its own confidence, and
 * `llm.status` says what happened.
 */
export async function runFreeTextIntake(text: string, options: FreeTextOptions): Promise<FreeTextIntake> {
  const det = extractFields(text, { requester: options.requester ?? null, now: options.now });
  const allowed = [det.targetEmail ?? "", options.requester ?? ""].filter((a) => a !== "");
  const learned: LearnedJudgement = { probability: null };
  const findings = scanInjection(text, { allowedIdentities: allowed, target: det.targetEmail, targetInPosition: det.targetInContext, targetName: det.name, rivals: det.rivals, source: "free_text", learned });
  let model: LlmOutput | null = null;
  let llm: LlmReport = { status: "not_configured", model: null, error: null };
  if (options.llm) {
    const result = await llmExtract(text, options.llm, new Date(options.now).toISOString().slice(0, 10));
    llm = { status: result.status, model: options.llm.model, error: result.status === "ok" ? null : result.error };
    if (result.status === "ok") {
      model = result.output;
      findings.push(...crossCheckLlm(text, model, det.candidates, det.targetEmail, allowed));
    }
  }
  const merged = freeTextConfidence(det, model, det.candidates);
  if (options.llm && llm.status !== "ok") merged.basis.push(`model not used (${llm.status}): deterministic parse only`);
  // A near miss of the learned weights: no finding, but not confident enough to act on unread.
  const p = learned.probability;
  if (findings.length === 0 && p !== null && p >= LEARNED_NEAR_MISS && merged.confidence > NEAR_MISS_CONFIDENCE_CAP) {
    merged.confidence = NEAR_MISS_CONFIDENCE_CAP;
    merged.basis.push(`near miss of the learned word weights (probability of an attack ${p.toFixed(2)}: flagged from ${LEARNED_THRESHOLD_PROBABILITY}, sent to a human from ${LEARNED_NEAR_MISS.toFixed(2)}): capped at ${NEAR_MISS_CONFIDENCE_CAP}`);
  }
  const outcome = finalizeIntake({
    source: "free_text",
    raw: text,
    where: options.where ?? "text",
    confidence: merged.confidence,
    confidenceBasis: merged.basis,
    findings,
    fields: { target_email: merged.targetEmail, employee_id: merged.employeeId, name: merged.name, kind: merged.kind, effective_date: merged.effectiveDate, notes: null },
    llm,
  });
  return { ...outcome, source: "free_text" };
}
