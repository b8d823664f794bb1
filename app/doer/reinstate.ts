import type { Evidence } from "../connectors/types.js";
import { OffboardError } from "../errors.js";
import type { JsonObject } from "../util/json.js";
import type { DoerDeps } from "./deps.js";
import { projectPhases, type ExecutionState } from "./project-phases.js";
import { recordFailure } from "./record-failure.js";
import { withLease } from "./with-lease.js";

/**
 * Undoes a soft phase inside its window: records `reinstate.started` (from then on the hard phase
 * never runs, even across a crash), re-enables the account and restores the snapshot (groups,
 * roles, licences) in every connector, re-reads it as evidence and records `reinstate.done`.
 * After the window (or once the hard phase ran) it is refused.
 */
export async function reinstate(deps: DoerDeps, id: string, actor: string): Promise<Evidence[]> {
  const state = projectPhases(await deps.ledger.read()).get(id);
  if (!state || !state.softDone) throw new OffboardError("REINSTATE_NOTHING_TO_RESTORE", `request ${id} has no executed soft phase to undo`, { id });
  if (state.reinstated) throw new OffboardError("REINSTATE_NOTHING_TO_RESTORE", `request ${id} was already reinstated`, { id });
  if (!state.reinstateStarted) {
    const now = Math.floor(deps.clock() / 1000);
    if (state.hardDone || now >= state.hardDueAt) {
      throw new OffboardError("REINSTATE_WINDOW_CLOSED", `the reinstate window of ${id} closed at ${new Date(state.hardDueAt * 1000).toISOString()}${state.hardDone ? " and the account was deleted" : ""}; restore it by re-provisioning`, { id, dueAt: state.hardDueAt });
    }
    await deps.ledger.append([{ type: "reinstate.started", tenant: state.tenant, actor, subject: id, data: { target_key: state.targetKey, actor, hard_due_at: state.hardDueAt } }], deps.signer);
  }
  return continueReinstate(deps, state, actor);
}

/** The reinstate from wherever it stopped (restore is idempotent: it sets the snapshot's state). */
export async function continueReinstate(deps: DoerDeps, state: ExecutionState, actor: string): Promise<Evidence[]> {
  const { id, tenant } = state;
  const connectors = deps.connectors.get(tenant) ?? [];
  const evidence = await recordFailure(deps, tenant, id, "reinstate", () => withLease(deps, tenant, id, "reinstate", async (creds) => {
    const out: Evidence[] = [];
    for (const snapshot of state.snapshots ?? []) {
      const connector = connectors.find((c) => c.name === snapshot.connector);
      if (!connector) throw new OffboardError("CONNECTOR_UNKNOWN", `snapshot of ${id} belongs to connector ${snapshot.connector}, which tenant ${tenant} no longer configures`);
      await connector.restore(snapshot, creds(connector.name));
      out.push(await connector.verify("reinstate", { email: state.targetEmail }, creds(connector.name), snapshot));
    }
    return out;
  }));
  await deps.ledger.append(
    [{ type: "reinstate.done", tenant, actor, subject: id, data: { target_key: state.targetKey, ok: evidence.every((e) => e.ok), cancelled_hard_due_at: state.hardDueAt, evidence: evidence as unknown as JsonObject[] } }],
    deps.signer,
  );
  return evidence;
}
