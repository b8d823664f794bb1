import { checkRecord } from "./check-record.js";
import { GENESIS_PREV } from "./event-hash.js";
import { eventPath } from "./layout.js";
import { faultError } from "./ledger-fault.js";
import { readBlob } from "./read-blob.js";
import { readLedgerTree, type EventFile } from "./read-ledger-tree.js";
import { resolveRef } from "./resolve-ref.js";

/** Where the next append goes: the branch commit, how many events it holds and the last hash. */
export interface LedgerTip {
  /** Commit the ref pointed at, or null when the branch does not exist yet. */
  commit: string | null;
  size: number;
  /** hash of the last event (GENESIS_PREV when empty): the next event's prev. */
  head: string;
  /** Event files of that commit, reused to build the next tree without re-listing. */
  events: EventFile[];
}

/**
 * The current tip of `ref`. `cached` is returned as is while the ref still points at its commit;
 * otherwise the layout is re-checked and the last event re-read and its hash recomputed, and a
 * malformed tip is refused (LEDGER_CORRUPT): the writer never extends a broken chain.
 */
export async function readLedgerTip(gitdir: string, ref: string, cached: LedgerTip | null, cache: object): Promise<LedgerTip> {
  const commit = await resolveRef(gitdir, ref);
  if (commit === null) return { commit: null, size: 0, head: GENESIS_PREV, events: [] };
  if (cached?.commit === commit) return cached;
  const read = await readLedgerTree(gitdir, commit, cache);
  if (read.fault !== null) throw faultError(read.fault, ref);
  const { events } = read.tree;
  const last = events.at(-1);
  if (last === undefined) return { commit, size: 0, head: GENESIS_PREV, events };
  const path = eventPath(last.seq);
  const check = checkRecord(await readBlob(gitdir, last.oid, path, cache), last.seq, undefined);
  if (!check.ok) throw faultError({ seq: last.seq, path, reason: check.reason, code: "LEDGER_CORRUPT" }, ref);
  return { commit, size: events.length, head: check.record.hash, events };
}
