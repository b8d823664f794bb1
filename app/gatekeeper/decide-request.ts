import { buildPolicyInput } from "../enrich/build-policy-input.js";
import { runIntake, type IntakeResult, type UpstreamFindings } from "../intake/run-intake.js";
import { canonicalHash } from "../ledger/event-hash.js";
import type { EventDraft, LedgerRecord } from "../ledger/types.js";
import type { EvaluatedDecision, PolicyInput } from "../policy/types.js";
import type { JsonObject } from "../util/json.js";
import type { GatekeeperDeps } from "./deps.js";
import { openRequestsFor, requestsFolder } from "./project-requests.js";

export interface DecideResult {
  intake: IntakeResult;
  input: PolicyInput;
  evaluated: EvaluatedDecision;
  /** The `policy.decided` record; null on a dry run. */
  decisionRecord: LedgerRecord | null;
}

/**
 * Runs one request through intake → enrichment → policy, and records `request.received`,
 * `intake.flagged` (when the filter fired) and `policy.decided` in one ledger commit.
 */
export interface DecideOptions {
  /** False: evaluate only (dry run), record nothing. */
  record?: boolean;
  /** Findings in the document the request was generated from (the issue behind a bot PR). */
  upstream?: UpstreamFindings;
  /** Recorded in `request.received` (e.g. the PR number and head SHA in GitHub mode). */
  context?: JsonObject;
}

export async function decideRequest(deps: GatekeeperDeps, text: string, file: string, options: DecideOptions = {}): Promise<DecideResult> {
  const intake = runIntake(text, file, options.upstream);
  const history = await deps.ledger.fold(requestsFolder);
  const target = await deps.describeTarget(intake.parsedTargetEmail, intake.request.metadata.id);
  const hris = await deps.hris(intake.parsedTargetEmail);
  const input = buildPolicyInput({
    tenant: deps.tenant,
    now: deps.clock(),
    intake,
    target,
    hris,
    openRequests: openRequestsFor(history, intake.targetKey, intake.request.metadata.id),
  });
  const evaluated = deps.evaluator.evaluate(input);
  if (options.record === false) return { intake, input, evaluated, decisionRecord: null };
  const records = await deps.ledger.append(decisionEvents(deps.tenant, file, intake, input, evaluated, options.context ?? null), deps.signer);
  return { intake, input, evaluated, decisionRecord: records[records.length - 1] ?? null };
}

function decisionEvents(tenant: string, file: string, intake: IntakeResult, input: PolicyInput, evaluated: EvaluatedDecision, context: JsonObject | null): EventDraft[] {
  const id = intake.request.metadata.id;
  const base = { tenant, actor: "gatekeeper", subject: id };
  const { decision, provenance } = evaluated;
  const events: EventDraft[] = [
    {
      ...base,
      type: "request.received",
      data: {
        file,
        source: intake.source,
        request_digest: intake.digest,
        requester: intake.request.metadata.requester,
        kind: intake.request.spec.reason,
        effective_date: intake.request.spec.effective_date,
        target_key: intake.targetKey,
        target_email: intake.targetEmail,
        ...(context === null ? {} : { context }),
      },
    },
  ];
  if (intake.injectionSuspected) {
    events.push({
      ...base,
      type: "intake.flagged",
      data: {
        confidence: intake.confidence,
        target_scrubbed: true,
        findings: intake.findings.map((f) => ({ rule: f.rule, technique: f.technique, severity: f.severity, span: f.span, excerpt: f.excerpt, reason: f.reason, ...(f.origin === undefined ? {} : { origin: f.origin }) })),
      },
    });
  }
  events.push({
    ...base,
    type: "policy.decided",
    data: {
      outcome: decision.outcome,
      reasons: decision.reasons,
      risk: decision.risk,
      approvals: decision.approvals,
      phases: decision.phases,
      request_digest: intake.digest,
      target_key: intake.targetKey,
      prompt_injection_suspected: intake.injectionSuspected,
      input_sha256: canonicalHash(input),
      policy: { ...provenance } as JsonObject,
    },
  });
  return events;
}
