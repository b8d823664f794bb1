import type { Snapshot } from "../connectors/types.js";
import type { Ledger, LedgerFolder, LedgerRecord } from "../ledger/types.js";

/** One request the executor accepted, as the ledger tells it. */
export interface ExecutionState {
  id: string;
  tenant: string;
  targetEmail: string;
  targetKey: string;
  targetSource: string;
  packetJti: string;
  decisionEvent: string;
  /** The hard-phase delay the policy set, in seconds. */
  delaySeconds: number;
  /** Taken before any step of the soft phase (`phase.soft.snapshot`); null until then. */
  snapshots: Snapshot[] | null;
  softDone: boolean;
  /** Unix seconds at which the hard phase is due (0 until the soft phase is done). */
  hardDueAt: number;
  hardDone: boolean;
  /** `reinstate.started`: once recorded, the reinstate wins (the hard phase never runs). */
  reinstateStarted: boolean;
  reinstateActor: string | null;
  reinstated: boolean;
  /** A blast-radius limit refused the soft phase (`phase.failed` with code BLAST_RADIUS): never retried. */
  refused: boolean;
  /** `phase.failed` events since the last progress, and the time of the latest (Unix seconds), for retry backoff. */
  failures: number;
  lastFailureAt: number;
}

/**
 * Rebuilds the executor's state from the ledger: the ledger, not memory, is the source of truth.
 * A soft phase is `phase.soft.accepted` (the verified packet's intent, before any side effect),
 * then `phase.soft.snapshot` (what a reinstate needs, before any step), then `phase.soft.done`;
 * a crash anywhere in between leaves a state that `resumeInterrupted` finishes.
 */
export function projectPhases(records: readonly LedgerRecord[]): Map<string, ExecutionState> {
  const out = phasesFolder.init();
  for (const record of records) phasesFolder.step(out, record);
  return out;
}

/** The same projection, one record at a time: `ledger.fold(phasesFolder)` keeps it per opened ledger. */
export const phasesFolder: LedgerFolder<Map<string, ExecutionState>> = {
  init: () => new Map(),
  step: stepPhases,
};

/** One request's execution state as the ledger tells it now, copied (safe to hold across awaits). */
export async function phaseState(ledger: Ledger, id: string): Promise<ExecutionState | undefined> {
  const s = (await ledger.fold(phasesFolder)).get(id);
  return s && { ...s };
}

function stepPhases(out: Map<string, ExecutionState>, { event }: LedgerRecord): void {
  const d = event.data;
  const s = out.get(event.subject);
  switch (event.type) {
    case "phase.soft.accepted":
      if (!s) {
        out.set(event.subject, {
          id: event.subject,
          tenant: event.tenant,
          targetEmail: String(d.target_email),
          targetKey: String(d.target_key),
          targetSource: String(d.target_source),
          packetJti: String(d.packet_jti),
          decisionEvent: String(d.decision_event),
          delaySeconds: Number(d.delay_seconds),
          snapshots: null,
          softDone: false,
          hardDueAt: 0,
          hardDone: false,
          reinstateStarted: false,
          reinstateActor: null,
          reinstated: false,
          refused: false,
          failures: 0,
          lastFailureAt: 0,
        });
      }
      break;
    case "phase.soft.snapshot":
      if (s && s.snapshots === null) s.snapshots = snapshotsOf(d.connectors);
      break;
    case "phase.soft.done":
      if (s) {
        s.softDone = true;
        s.hardDueAt = Number(d.hard_due_at);
        s.snapshots ??= snapshotsOf(d.connectors);
        s.failures = 0;
      }
      break;
    case "phase.hard.done":
      if (s) s.hardDone = true;
      break;
    case "reinstate.started":
      if (s) {
        s.reinstateStarted = true;
        s.reinstateActor = String(d.actor ?? event.actor);
        s.failures = 0;
      }
      break;
    case "reinstate.done":
      if (s) {
        s.reinstateStarted = true;
        s.reinstated = true;
      }
      break;
    case "phase.failed":
      if (s) {
        if (d.code === "BLAST_RADIUS" && !s.softDone) s.refused = true;
        s.failures++;
        s.lastFailureAt = Math.floor(Date.parse(event.time) / 1000) || 0;
      }
      break;
    default:
      break;
  }
}

function snapshotsOf(connectors: unknown): Snapshot[] {
  return ((connectors ?? []) as { snapshot: Snapshot | null }[]).map((c) => c.snapshot).filter((x): x is Snapshot => x !== null);
}
