import type { Snapshot } from "../connectors/types.js";
import type { LedgerRecord } from "../ledger/types.js";

/** One executed request as the doer sees it in the ledger. */
export interface ExecutionState {
  id: string;
  tenant: string;
  targetEmail: string;
  targetKey: string;
  /** Unix seconds at which the hard phase is due. */
  hardDueAt: number;
  snapshots: Snapshot[];
  hardDone: boolean;
  reinstated: boolean;
}

/** Rebuilds the executor's schedule from the ledger: the ledger, not memory, is the source of truth. */
export function projectPhases(records: readonly LedgerRecord[]): Map<string, ExecutionState> {
  const out = new Map<string, ExecutionState>();
  for (const { event } of records) {
    const d = event.data;
    if (event.type === "phase.soft.done") {
      const connectors = (d.connectors ?? []) as { snapshot: Snapshot | null }[];
      out.set(event.subject, {
        id: event.subject,
        tenant: event.tenant,
        targetEmail: String(d.target_email),
        targetKey: String(d.target_key),
        hardDueAt: Number(d.hard_due_at),
        snapshots: connectors.map((c) => c.snapshot).filter((s): s is Snapshot => s !== null),
        hardDone: false,
        reinstated: false,
      });
    } else if (event.type === "phase.hard.done") {
      const s = out.get(event.subject);
      if (s) s.hardDone = true;
    } else if (event.type === "reinstate.done") {
      const s = out.get(event.subject);
      if (s) s.reinstated = true;
    }
  }
  return out;
}
