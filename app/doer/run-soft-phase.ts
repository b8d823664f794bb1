import type { Connector, Evidence, Snapshot } from "../connectors/types.js";
import { isOffboardError, OffboardError } from "../errors.js";
import { assertAdminFloor, assertPlanScope } from "./blast-radius.js";
import { reserveHourlySlot } from "./hourly-gate.js";
import type { VerifiedPacket } from "../packet/verify-packet.js";
import type { JsonObject } from "../util/json.js";
import type { DoerDeps } from "./deps.js";
import { applyPhaseSteps } from "./apply-phase-steps.js";
import { phaseState, type ExecutionState } from "./project-phases.js";
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
 * Records that a verified packet was accepted (`phase.soft.accepted`, carrying what the soft
 * phase needs), before any side effect, then runs the soft phase. From the acceptance on, the
 * ledger alone lets a restarted executor finish the work (resumeInterrupted).
 */
export async function runSoftPhase(deps: DoerDeps, packet: VerifiedPacket): Promise<SoftPhaseResult> {
  const { body, tenant } = packet;
  const connectors = deps.connectors.get(tenant);
  if (!connectors || connectors.length === 0) throw new OffboardError("CONNECTOR_UNKNOWN", `tenant ${tenant} has no connectors configured`);
  try {
    await reserveHourlySlot(deps.ledger, deps.hourlyGate, tenant, body.request_id, Math.floor(deps.clock() / 1000), deps.limits);
  } catch (e) {
    if (isOffboardError(e) && e.code === "BLAST_RADIUS") {
      await deps.ledger.append([{ type: "phase.refused", tenant, actor: "doer", subject: body.request_id, data: { packet_jti: packet.jti, reason: String(e.details.reason), message: e.message } }], deps.signer);
    }
    throw e;
  }
  await deps.ledger.append(
    [{
      type: "phase.soft.accepted", tenant, actor: "doer", subject: body.request_id,
      data: { packet_jti: packet.jti, decision_event: body.decision_event, target_email: body.target.email, target_key: body.target.key, target_source: body.target.source, delay_seconds: body.phases.hard.delay_seconds },
    }],
    deps.signer,
  );
  const state = await phaseState(deps.ledger, body.request_id);
  if (!state) throw new OffboardError("LEDGER_INCONSISTENT", `phase.soft.accepted for ${body.request_id} is not on the ledger after appending it`);
  return continueSoftPhase(deps, state);
}

/**
 * The soft phase from wherever it stopped: under one lease, snapshot every connector (unless a
 * `phase.soft.snapshot` is already on the ledger: a snapshot taken after a step would not be the
 * original) and record it before any step; deactivate and revoke sessions (idempotent steps);
 * re-read as evidence; record `phase.soft.done` and schedule the hard phase after the window.
 */
export async function continueSoftPhase(deps: DoerDeps, state: ExecutionState): Promise<SoftPhaseResult> {
  const { tenant, id } = state;
  const connectors = deps.connectors.get(tenant) ?? [];
  const target = { email: state.targetEmail };
  const base = { tenant, actor: "doer", subject: id };
  const results = await recordFailure(deps, tenant, id, "soft", () => withLease(deps, tenant, id, "soft", async (creds) => {
    let snapshots = state.snapshots;
    if (snapshots === null) {
      const taken: { name: string; snapshot: Snapshot | null }[] = [];
      for (const connector of connectors) {
        const described = await connector.describe(target, creds(connector.name));
        taken.push({ name: connector.name, snapshot: described.exists ? await connector.snapshot(target, creds(connector.name)) : null });
      }
      await deps.ledger.append([{ ...base, type: "phase.soft.snapshot", data: { connectors: taken.map((t) => ({ name: t.name, snapshot: t.snapshot as unknown as JsonObject | null })) } }], deps.signer);
      snapshots = taken.map((t) => t.snapshot).filter((s): s is Snapshot => s !== null);
    }
    // Blast radius, before any step: the plan stays on the target's account; admins stay above the floor.
    const plans = [];
    for (const connector of connectors) plans.push({ connector: connector.name, steps: await connector.plan("soft", target, creds(connector.name)) });
    assertPlanScope(plans, snapshots, deps.limits);
    await assertAdminFloor(connectors, target, creds, deps.limits);
    const out: { connector: Connector; snapshot: Snapshot | null; steps: JsonObject[]; evidence: Evidence }[] = [];
    for (const [i, connector] of connectors.entries()) {
      const snapshot = snapshots.find((s) => s.connector === connector.name) ?? null;
      const steps = await applyPhaseSteps(connector, "soft", target, creds(connector.name), plans[i]?.steps);
      out.push({ connector, snapshot, steps, evidence: await connector.verify("soft", target, creds(connector.name)) });
    }
    return out;
  }));
  const hardDueAt = Math.floor(deps.clock() / 1000) + state.delaySeconds;
  await deps.ledger.append(
    [
      {
        ...base,
        type: "phase.soft.done",
        data: {
          packet_jti: state.packetJti,
          decision_event: state.decisionEvent,
          target_email: state.targetEmail,
          target_key: state.targetKey,
          target_source: state.targetSource,
          hard_due_at: hardDueAt,
          ok: results.every((r) => r.evidence.ok),
          connectors: results.map((r) => ({ name: r.connector.name, snapshot: r.snapshot as unknown as JsonObject | null, steps: r.steps, evidence: r.evidence as unknown as JsonObject })),
        },
      },
      { ...base, type: "phase.hard.scheduled", data: { due_at: hardDueAt, delay_seconds: state.delaySeconds } },
    ],
    deps.signer,
  );
  return { status: "soft_done", id, hardDueAt, evidence: results.map((r) => r.evidence) };
}
