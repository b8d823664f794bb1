import type { LedgerFolder, LedgerRecord } from "./types.js";

interface Entry {
  state: unknown;
  /** Records folded so far: seq 0 .. size-1. */
  size: number;
  /** Hash of record size-1: the next read must start from it, or the ledger is not the one folded. */
  lastHash: string | null;
  /** A refresh queued behind the running one; callers arriving meanwhile share it. */
  waiting: Promise<void> | null;
  /** The end of the chain of refreshes (they run one at a time). */
  last: Promise<void>;
}

/**
 * Keeps one running state per folder, advanced by the records appended since the last call, so a
 * projection (where every request or execution stands) costs the new events instead of the whole
 * ledger: without it, a layoff of N people re-reads and re-folds O(N) events per step, O(N²) in
 * all. Each call folds at least everything on the ledger when the call was made (read your own
 * appends). A ledger that no longer extends what was folded (the record at the last folded seq
 * changed) is folded again from the start. Belongs to one opened ledger, never to the module.
 */
export function createFoldCache(readFrom: (seq: number) => Promise<LedgerRecord[]>): <S>(folder: LedgerFolder<S>) => Promise<S> {
  const entries = new Map<LedgerFolder<unknown>, Entry>();

  async function advance(folder: LedgerFolder<unknown>, entry: Entry): Promise<void> {
    let records = await readFrom(entry.size === 0 ? 0 : entry.size - 1);
    let state = entry.state;
    if (entry.size > 0) {
      if (records[0]?.hash === entry.lastHash) records = records.slice(1);
      else {
        state = folder.init();
        records = await readFrom(0);
      }
    }
    try {
      for (const record of records) folder.step(state, record);
    } catch (e) {
      // A folder that throws leaves a state that matches no prefix: start over next time.
      Object.assign(entry, { state: folder.init(), size: 0, lastHash: null });
      throw e;
    }
    const last = records.at(-1);
    if (state !== entry.state) Object.assign(entry, { state, size: 0, lastHash: null });
    if (last) Object.assign(entry, { size: last.event.seq + 1, lastHash: last.hash });
  }

  return async function fold<S>(folder: LedgerFolder<S>): Promise<S> {
    const key = folder as LedgerFolder<unknown>;
    let entry = entries.get(key);
    if (!entry) {
      entry = { state: folder.init(), size: 0, lastHash: null, waiting: null, last: Promise.resolve() };
      entries.set(key, entry);
    }
    const e = entry;
    // A refresh that has not started yet will read the ledger after this call: share it. One that
    // is running may have read the ledger before this call: queue a new one behind it.
    let refresh = e.waiting;
    if (refresh === null) {
      const next: Promise<void> = e.last.then(() => {
        if (e.waiting === next) e.waiting = null;
        return advance(key, e);
      });
      e.waiting = refresh = next;
      e.last = next.catch(() => undefined);
    }
    await refresh;
    return e.state as S;
  };
}
