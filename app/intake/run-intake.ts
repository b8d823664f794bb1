import type { Finding } from "./finding.js";
import { finalizeIntake } from "./finalize-intake.js";
import type { IntakeOutcome } from "./intake-outcome.js";
import { parseRequestFile } from "./parse-request-file.js";
import type { RequestFile } from "./request-schema.js";
import { scanInjection } from "./scan-injection.js";

export { INJECTION_CONFIDENCE_CAP } from "./finalize-intake.js";

/** Intake of a request file: everything in IntakeOutcome plus the parsed file. */
export interface IntakeResult extends IntakeOutcome {
  request: RequestFile;
  source: "request_file";
  parsedTargetEmail: string;
  targetKey: string;
}

/** Findings in the document a request file was generated from (the issue behind a bot-opened PR). */
export interface UpstreamFindings {
  /** Where they were found, e.g. "issue #12". */
  where: string;
  findings: readonly Finding[];
}

/**
 * Intake for a request file: the parse (schema errors name file, line and field), then the
 * injection filter on the RAW text, then the promised effects of a hit: confidence clamped below
 * 0.4, target scrubbed (hash kept), flag set, explanation with line:column per finding. Findings
 * in the upstream document (an issue the file was generated from) count as findings of the request:
 * an injection in the issue must not be laundered by copying its answers into a clean file.
 */
export function runIntake(text: string, file: string, upstream?: UpstreamFindings): IntakeResult {
  const parsed = parseRequestFile(text, file);
  const request = parsed.request;
  const email = request.spec.target.email.trim().toLowerCase();
  const findings = scanInjection(text, { allowedIdentities: [email, request.metadata.requester], target: email, targetName: request.spec.target.name ?? null, source: "request_file" });
  const outcome = finalizeIntake({
    source: "request_file",
    raw: text,
    where: file,
    confidence: parsed.confidence,
    confidenceBasis: ["request file valid against the offboard/v1 schema: 100"],
    findings: [...findings, ...(upstream?.findings ?? []).map((f) => ({ ...f, origin: upstream!.where }))],
    fields: { target_email: email, employee_id: request.spec.target.employee_id ?? null, name: request.spec.target.name ?? null, kind: request.spec.reason, effective_date: request.spec.effective_date, notes: request.spec.notes ?? null },
    llm: null,
  });
  return { ...outcome, request, source: "request_file", parsedTargetEmail: email, targetKey: outcome.targetKey ?? "" };
}
