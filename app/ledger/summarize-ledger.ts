import type { EventType, LedgerRecord } from "./types.js";

export interface LedgerSummary {
  size: number;
  /** Hash of the last record, null when empty. */
  head: string | null;
  byType: Partial<Record<EventType, number>>;
  tenants: string[];
  /** Signing kids seen, with how many records each signed. */
  bySigner: Record<string, number>;
  firstTime: string | null;
  lastTime: string | null;
}

/** Counts and bounds of `records` (as returned by Ledger.read), for reports and `offboard ledger status`. */
export function summarizeLedger(records: readonly LedgerRecord[]): LedgerSummary {
  const byType: Partial<Record<EventType, number>> = {};
  const bySigner: Record<string, number> = {};
  const tenants = new Set<string>();
  for (const { event, sig } of records) {
    byType[event.type] = (byType[event.type] ?? 0) + 1;
    bySigner[sig.kid] = (bySigner[sig.kid] ?? 0) + 1;
    tenants.add(event.tenant);
  }
  return {
    size: records.length,
    head: records.at(-1)?.hash ?? null,
    byType,
    tenants: [...tenants].sort(),
    bySigner,
    firstTime: records[0]?.event.time ?? null,
    lastTime: records.at(-1)?.event.time ?? null,
  };
}
