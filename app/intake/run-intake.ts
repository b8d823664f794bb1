import { createHash } from "node:crypto";
import { parseRequestFile } from "./parse-request-file.js";
import type { RequestFile } from "./request-schema.js";
import { scanInjection, type Finding } from "./scan-injection.js";
import { targetKey } from "./target-key.js";

/** Confidence is clamped to at most this (percent) when the filter fires: strictly below 40. */
export const INJECTION_CONFIDENCE_CAP = 39;

export interface IntakeResult {
  request: RequestFile;
  source: "request_file";
  /** sha256 of the raw bytes: what approvals bind to (the local analogue of a PR head SHA). */
  digest: string;
  /** Percent 0-100. */
  confidence: number;
  findings: Finding[];
  injectionSuspected: boolean;
  /** The target identity as parsed; used only for enrichment, never placed in packets when flagged. */
  parsedTargetEmail: string;
  /** What downstream stages may use: null when the filter fired (the identity is scrubbed). */
  targetEmail: string | null;
  targetKey: string;
  /** Human-readable explanation for the reviewer: which text matched which rule. */
  explanation: string[];
}

/**
 * Intake for a request file: the injection filter on the RAW text first, then the parse, then the
 * promised effects of a hit: confidence clamped below 0.4, target scrubbed (hash kept), flag set.
 */
export function runIntake(text: string, file: string): IntakeResult {
  const parsed = parseRequestFile(text, file);
  const request = parsed.request;
  const email = request.spec.target.email.trim().toLowerCase();
  const findings = scanInjection(text, { allowedIdentities: [email, request.metadata.requester] });
  const flagged = findings.length > 0;
  return {
    request,
    source: "request_file",
    digest: createHash("sha256").update(text, "utf8").digest("hex"),
    confidence: flagged ? Math.min(parsed.confidence, INJECTION_CONFIDENCE_CAP) : parsed.confidence,
    findings,
    injectionSuspected: flagged,
    parsedTargetEmail: email,
    targetEmail: flagged ? null : email,
    targetKey: targetKey(email),
    explanation: findings.map((f) => `${file} offset ${f.span[0]}: "${f.excerpt}" matched ${f.rule} (${f.technique}): ${f.reason}`),
  };
}
