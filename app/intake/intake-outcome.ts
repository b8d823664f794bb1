import type { RequestKind } from "./extract-fields.js";
import type { Finding } from "./finding.js";

export type IntakeSource = "request_file" | "issue_form" | "free_text";

/** The request as parsed, from any source. `target_email` is null when scrubbed or not found. */
export interface IntakeFields {
  target_email: string | null;
  employee_id: string | null;
  name: string | null;
  kind: RequestKind | null;
  effective_date: string | null;
  notes: string | null;
}

/** What the LLM step did (free text only). */
export interface LlmReport {
  status: "not_configured" | "ok" | "failed" | "invalid_output";
  model: string | null;
  /** Why it failed, for the reviewer (never the key). */
  error: string | null;
}

/**
 * What every intake entry point returns, and what the gatekeeper needs: the source, the
 * confidence (percent, integer), the target (null when the filter fired: scrubbed, or when none
 * was found) and its correlation key, the findings, and explanations for the reviewer.
 */
export interface IntakeOutcome {
  source: IntakeSource;
  /** sha256 of the raw input: what approvals bind to. */
  digest: string;
  /** Percent 0-100, integer; below 40 whenever injection is suspected. */
  confidence: number;
  /** How the confidence was computed, one line per component. */
  confidenceBasis: string[];
  findings: Finding[];
  injectionSuspected: boolean;
  fields: IntakeFields;
  /** The target as parsed: for enrichment only, never placed in packets when flagged. */
  parsedTargetEmail: string | null;
  /** What downstream stages may use: null when the filter fired (the identity is scrubbed). */
  targetEmail: string | null;
  /** sha256 correlation key of the parsed target; null when no target was found. */
  targetKey: string | null;
  /** One line per finding: `where:line:column: "text" matched rule (technique): reason`. */
  explanation: string[];
  llm: LlmReport | null;
}
