import type { Connector, Evidence, Snapshot, TargetRef } from "../connectors/types.js";
import { OffboardError } from "../errors.js";
import type { VerifiedPacket } from "../packet/verify-packet.js";
import type { JsonObject } from "../util/json.js";
import type { DoerDeps } from "./deps.js";
import { applyPhaseSteps } from "./apply-phase-steps.js";
import { recordFailure } from "./record-failure.js";
import { withLease } from "./with-lease.js";

export interface SoftPhaseResult {
  status: "soft_done";
  id: string;
  /** Unix seconds. */
  hardDueAt: number;
  evidence: Evidence[];
}

/**
 * Soft phase: for every connector, snapshot what a reinstate needs, then deactivate and revoke
 * sessions, then re-read the account as evidence. Records `phase.soft.done` and schedules the
 * hard phase after the window the policy set.
 */
export async function runSoftPhase(deps: DoerDeps, packet: VerifiedPacket): Promise<SoftPhaseResult> {
  const { body, tenant } = packet;
  const connectors = deps.connectors.get(tenant);
  if (!connectors || connectors.length === 0) throw new OffboardError("CONNECTOR_UNKNOWN", `tenant ${tenant} has no connectors configured`);
  const target: TargetRef = { email: body.target.email };
  const results = await recordFailure(deps, tenant, body.request_id, "soft", () => withLease(deps, tenant, body.request_id, "soft", async (creds) => {
    const out: { connector: Connector; snapshot: Snapshot | null; steps: JsonObject[]; evidence: Evidence }[] = [];
    for (const connector of connectors) {
      const described = await connector.describe(target, creds(connector.name));
      const snapshot = described.exists ? await connector.snapshot(target, creds(connector.name)) : null;
      const steps = await applyPhaseSteps(connector, "soft", target, creds(connector.name));
      out.push({ connector, snapshot, steps, evidence: await connector.verify("soft", target, creds(connector.name)) });
    }
    return out;
  }));
  const hardDueAt = Math.floor(deps.clock() / 1000) + body.phases.hard.delay_seconds;
  const base = { tenant, actor: "doer", subject: body.request_id };
  await deps.ledger.append(
    [
      {
        ...base,
        type: "phase.soft.done",
        data: {
          packet_jti: packet.jti,
          decision_event: body.decision_event,
          target_email: body.target.email,
          target_key: body.target.key,
          target_source: body.target.source,
          hard_due_at: hardDueAt,
          ok: results.every((r) => r.evidence.ok),
          connectors: results.map((r) => ({ name: r.connector.name, snapshot: r.snapshot as unknown as JsonObject | null, steps: r.steps, evidence: r.evidence as unknown as JsonObject })),
        },
      },
      { ...base, type: "phase.hard.scheduled", data: { due_at: hardDueAt, delay_seconds: body.phases.hard.delay_seconds } },
    ],
    deps.signer,
  );
  return { status: "soft_done", id: body.request_id, hardDueAt, evidence: results.map((r) => r.evidence) };
}
