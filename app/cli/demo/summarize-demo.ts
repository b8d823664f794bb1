import { projectPhases } from "../../doer/project-phases.js";
import { projectRequests } from "../../gatekeeper/project-requests.js";
import { summarizeLedger } from "../../ledger/summarize-ledger.js";
import type { LedgerRecord } from "../../ledger/types.js";

export interface DemoRow {
  id: string;
  outcome: string;
  approvals: number;
  final: string;
}

/** The demo's closing table, computed from the ledger alone. */
export function summarizeDemo(records: readonly LedgerRecord[]): { rows: DemoRow[]; events: number; head: string | null; byType: Record<string, number> } {
  const requests = projectRequests(records);
  const phases = projectPhases(records);
  const rows = [...requests.values()].map((s) => {
    const p = phases.get(s.id);
    const final = p?.reinstated ? "reinstated" : p?.hardDone ? "hard done (deleted)" : p?.softDone ? "soft done" : p ? "soft in progress" : "not executed";
    return { id: s.id, outcome: s.decision?.outcome ?? "-", approvals: s.approvals.length, final };
  });
  const summary = summarizeLedger(records);
  return { rows, events: summary.size, head: summary.head, byType: summary.byType as Record<string, number> };
}
