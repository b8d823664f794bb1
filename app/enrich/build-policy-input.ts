import type { TargetDescription } from "../connectors/types.js";
import type { IntakeResult } from "../intake/run-intake.js";
import type { PolicyInput } from "../policy/types.js";
import type { HrisRecord } from "./types.js";

export interface InputFacts {
  tenant: string;
  /** Unix milliseconds. */
  now: number;
  intake: IntakeResult;
  /** The directory's view of the target; null when no connector could resolve it. */
  target: TargetDescription | null;
  hris: HrisRecord;
  openRequests: { id: string; target_key: string }[];
}

const DAY = 86_400;

/** Assembles the versioned policy input (offboard.input/v1) from intake and enrichment facts. */
export function buildPolicyInput(facts: InputFacts): PolicyInput {
  const { intake, target, hris } = facts;
  const now = Math.floor(facts.now / 1000);
  const effective = Math.floor(Date.parse(`${intake.request.spec.effective_date}T00:00:00Z`) / 1000);
  const today = now - (now % DAY);
  // Agreement: HR's system of record says the same person is leaving on the same day.
  const agrees = hris.found && hris.identity_conflict !== true && (hris.status === "terminating" || hris.status === "terminated") && (hris.last_day === undefined || hris.last_day === intake.request.spec.effective_date);
  return {
    version: "offboard.input/v1",
    now,
    tenant: facts.tenant,
    request: {
      id: intake.request.metadata.id,
      kind: intake.request.spec.reason,
      requester: intake.request.metadata.requester.toLowerCase(),
      target_email: intake.targetEmail,
      target_key: intake.targetKey,
      effective_date: intake.request.spec.effective_date,
      days_until_effective: Math.floor((effective - today) / DAY),
    },
    intake: {
      source: intake.source,
      confidence: intake.confidence,
      prompt_injection_suspected: intake.injectionSuspected,
      finding_rules: [...new Set(intake.findings.map((f) => f.rule))].sort(),
    },
    target: {
      resolved: target !== null && target.exists,
      account_type: target?.accountType ?? "unknown",
      privileged: target?.privileged ?? false,
      production_owner: target?.productionOwner ?? false,
      roles: [...(target?.roles ?? [])].sort(),
      group_count: target?.groups.length ?? 0,
      escalations: [...(target?.escalations ?? [])].sort((a, b) => a - b),
    },
    hris: { found: hris.found, status: hris.status, agrees },
    open_requests: facts.openRequests,
  };
}
