import { OffboardError } from "../errors.js";
import type { Ledger, LedgerFolder } from "../ledger/types.js";
import type { BlastRadius } from "./blast-radius.js";

/** Per tenant: the times (ms, ascending) of its `phase.soft.accepted` events, and the requests they accepted. */
export type Acceptances = Map<string, { times: number[]; subjects: Set<string> }>;

/** `phase.soft.accepted` events by tenant, folded one record at a time (`ledger.fold`). */
export const acceptancesFolder: LedgerFolder<Acceptances> = {
  init: () => new Map(),
  step(view, { event }) {
    if (event.type !== "phase.soft.accepted") return;
    let t = view.get(event.tenant);
    if (!t) view.set(event.tenant, (t = { times: [], subjects: new Set() }));
    const time = Date.parse(event.time);
    // Ledger times almost always ascend; insert in place when a clock stepped back.
    let i = t.times.length;
    while (i > 0 && t.times[i - 1]! > time) i--;
    t.times.splice(i, 0, time);
    t.subjects.add(event.subject);
  },
};

/**
 * Soft phases this executor let through the hourly check whose `phase.soft.accepted` it has not
 * yet seen on the ledger, per tenant. Belongs to one executor (DoerDeps.hourlyGate).
 */
export type HourlyGate = Map<string, Set<string>>;

export const createHourlyGate = (): HourlyGate => new Map();

/** How many of `times` (ascending, ms) are after `sinceMs`. */
function countAfter(times: readonly number[], sinceMs: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid]! > sinceMs) hi = mid;
    else lo = mid + 1;
  }
  return times.length - lo;
}

/**
 * The hourly blast-radius limit (`max_accounts_per_hour`), safe when soft phases start
 * concurrently: counts the tenant's acceptances on the ledger in the last 60 minutes plus the ones
 * this executor already let through whose acceptance is not on the ledger yet, and reserves a
 * slot for `requestId` in the same synchronous step. Without the reservation, N packets checked
 * together would all see the same count and all pass. A reservation ends when the ledger shows the
 * acceptance; one whose append failed is kept (it may have landed): the count errs high, never low.
 */
export async function reserveHourlySlot(ledger: Ledger, gate: HourlyGate, tenant: string, requestId: string, nowSeconds: number, limits: BlastRadius): Promise<void> {
  const view = await ledger.fold(acceptancesFolder);
  // From here on synchronous: no other check can interleave between the count and the reservation.
  const onLedger = view.get(tenant);
  let reserved = gate.get(tenant);
  if (!reserved) gate.set(tenant, (reserved = new Set()));
  for (const id of reserved) if (onLedger?.subjects.has(id)) reserved.delete(id);
  const count = countAfter(onLedger?.times ?? [], (nowSeconds - 3600) * 1000) + reserved.size;
  if (count >= limits.max_accounts_per_hour) {
    throw new OffboardError("BLAST_RADIUS", `tenant ${tenant} already started ${count} soft phases in the last hour (limit max_accounts_per_hour ${limits.max_accounts_per_hour}); try again later`, {
      reason: "max_accounts_per_hour", count, limit: limits.max_accounts_per_hour,
    });
  }
  reserved.add(requestId);
}
