import type { Evidence } from "../connectors/types.js";
import type { JsonObject } from "../util/json.js";
import { applyPhaseSteps } from "./apply-phase-steps.js";
import type { DoerDeps } from "./deps.js";
import { projectPhases } from "./project-phases.js";
import { recordFailure } from "./record-failure.js";
import { withLease } from "./with-lease.js";

export interface HardPhaseResult {
  id: string;
  evidence: Evidence[];
}

/**
 * Runs every hard phase that is due (delete, reclaim licences), skipping requests reinstated
 * inside their window. The schedule comes from the ledger, so a restart loses nothing.
 */
export async function runDueHardPhases(deps: DoerDeps): Promise<HardPhaseResult[]> {
  const now = Math.floor(deps.clock() / 1000);
  const due = [...projectPhases(await deps.ledger.read()).values()].filter((s) => s.softDone && !s.hardDone && !s.reinstateStarted && s.hardDueAt <= now);
  const done: HardPhaseResult[] = [];
  for (const state of due) {
    const connectors = deps.connectors.get(state.tenant) ?? [];
    const target = { email: state.targetEmail };
    const results = await recordFailure(deps, state.tenant, state.id, "hard", () => withLease(deps, state.tenant, state.id, "hard", async (creds) => {
      const out: { name: string; steps: JsonObject[]; evidence: Evidence }[] = [];
      for (const connector of connectors) {
        const steps = await applyPhaseSteps(connector, "hard", target, creds(connector.name));
        const snapshot = state.snapshots?.find((x) => x.connector === connector.name);
        out.push({ name: connector.name, steps, evidence: await connector.verify("hard", target, creds(connector.name), snapshot) });
      }
      return out;
    }));
    await deps.ledger.append(
      [{
        type: "phase.hard.done", tenant: state.tenant, actor: "doer", subject: state.id,
        data: { target_key: state.targetKey, ok: results.every((r) => r.evidence.ok), connectors: results.map((r) => ({ name: r.name, steps: r.steps, evidence: r.evidence as unknown as JsonObject })) },
      }],
      deps.signer,
    );
    done.push({ id: state.id, evidence: results.map((r) => r.evidence) });
  }
  return done;
}

/** Pending hard phases (not done, not reinstated), soonest first: for `apply --wait` and progress output. */
export async function pendingHardPhases(deps: Pick<DoerDeps, "ledger">): Promise<{ id: string; dueAt: number }[]> {
  return [...projectPhases(await deps.ledger.read()).values()]
    .filter((s) => s.softDone && !s.hardDone && !s.reinstateStarted)
    .map((s) => ({ id: s.id, dueAt: s.hardDueAt }))
    .sort((a, b) => a.dueAt - b.dueAt);
}
