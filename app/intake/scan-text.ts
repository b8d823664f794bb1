import { isOffboardError } from "../errors.js";
import type { Finding } from "./finding.js";
import type { IntakeOutcome, IntakeSource } from "./intake-outcome.js";
import type { IssueFormDefinition } from "./load-issue-form.js";
import { runFreeTextIntake } from "./run-free-text-intake.js";
import { runIntake } from "./run-intake.js";
import { runIssueFormIntake } from "./run-issue-form-intake.js";

/** The result of scanning one text: what `offboard scan` prints. */
export interface ScanReport {
  source: IntakeSource;
  prompt_injection_suspected: boolean;
  /** Percent, integer: what intake would conclude (below 40 when suspected). */
  confidence: number;
  /** How the confidence was computed, one line per step (docs/INTAKE.md, "Parsers and confidence"). */
  confidence_basis: string[];
  findings: Finding[];
  explanation: string[];
  /** Why the text was read as free text although it looked like a file or form, if so. */
  note: string | null;
}

export interface ScanTextOptions {
  as: "auto" | IntakeSource;
  requester?: string | null;
  now: number;
  where: string;
  /** Needed to read issue-form bodies; auto-detection skips forms without it. */
  form?: IssueFormDefinition | null;
}

/**
 * Intake without a model and without side effects, for evaluating the filter on any text: a
 * request file (`apiVersion: offboard/v1`), an issue-form body (`### <label of target_email>`) or
 * free text, detected or forced with `as`. A text that looks like a file or form but does not
 * parse as one is scanned as free text (and says so).
 */
export async function scanText(text: string, options: ScanTextOptions): Promise<ScanReport> {
  let note: string | null = null;
  const looksLikeFile = /^apiVersion:\s*offboard\/v1\s*$/m.test(text);
  const emailLabel = options.form?.fields.find((f) => f.id === "target_email")?.label;
  const looksLikeForm = emailLabel !== undefined && text.includes(`### ${emailLabel}`);
  if (options.as === "request_file" || (options.as === "auto" && looksLikeFile)) {
    try {
      return report(runIntake(text, options.where), null);
    } catch (e) {
      if (!isOffboardError(e) || options.as === "request_file") throw e;
      note = `not a valid request file (${e.code}); scanned as free text`;
    }
  } else if (options.form && (options.as === "issue_form" || (options.as === "auto" && looksLikeForm))) {
    try {
      return report(runIssueFormIntake({ body: text, requester: options.requester ?? null, where: options.where }, options.form), null);
    } catch (e) {
      if (!isOffboardError(e) || options.as === "issue_form") throw e;
      note = `not a complete issue form (${e.code}); scanned as free text`;
    }
  }
  return report(await runFreeTextIntake(text, { requester: options.requester ?? null, now: options.now, llm: null, where: options.where }), note);
}

function report(o: IntakeOutcome, note: string | null): ScanReport {
  return { source: o.source, prompt_injection_suspected: o.injectionSuspected, confidence: o.confidence, confidence_basis: o.confidenceBasis, findings: o.findings, explanation: o.explanation, note };
}
