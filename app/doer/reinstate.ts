import type { Evidence } from "../connectors/types.js";
import { OffboardError } from "../errors.js";
import type { JsonObject } from "../util/json.js";
import type { DoerDeps } from "./deps.js";
import { projectPhases } from "./project-phases.js";
import { withLease } from "./with-lease.js";

/**
 * Undoes a soft phase inside its window: re-enable the account and restore the snapshot (groups,
 * roles, licences) in every connector, then re-read it as evidence. Recording `reinstate.done`
 * cancels the hard phase. After the window (or once the hard phase ran) it is refused.
 */
export async function reinstate(deps: DoerDeps, id: string, actor: string): Promise<Evidence[]> {
  const state = projectPhases(await deps.ledger.read()).get(id);
  if (!state) throw new OffboardError("REINSTATE_NOTHING_TO_RESTORE", `request ${id} has no executed soft phase to undo`, { id });
  if (state.reinstated) throw new OffboardError("REINSTATE_NOTHING_TO_RESTORE", `request ${id} was already reinstated`, { id });
  const now = Math.floor(deps.clock() / 1000);
  if (state.hardDone || now >= state.hardDueAt) {
    throw new OffboardError("REINSTATE_WINDOW_CLOSED", `the reinstate window of ${id} closed at ${new Date(state.hardDueAt * 1000).toISOString()}${state.hardDone ? " and the account was deleted" : ""}; restore it by re-provisioning`, { id, dueAt: state.hardDueAt });
  }
  const connectors = deps.connectors.get(state.tenant) ?? [];
  const evidence = await withLease(deps, state.tenant, id, "reinstate", async (creds) => {
    const out: Evidence[] = [];
    for (const snapshot of state.snapshots) {
      const connector = connectors.find((c) => c.name === snapshot.connector);
      if (!connector) throw new OffboardError("CONNECTOR_UNKNOWN", `snapshot of ${id} belongs to connector ${snapshot.connector}, which tenant ${state.tenant} no longer configures`);
      await connector.restore(snapshot, creds(connector.name));
      out.push(await connector.verify("reinstate", { email: state.targetEmail }, creds(connector.name), snapshot));
    }
    return out;
  });
  await deps.ledger.append(
    [{ type: "reinstate.done", tenant: state.tenant, actor, subject: id, data: { target_key: state.targetKey, ok: evidence.every((e) => e.ok), cancelled_hard_due_at: state.hardDueAt, evidence: evidence as unknown as JsonObject[] } }],
    deps.signer,
  );
  return evidence;
}
