import { checkRecord } from "./check-record.js";
import { GENESIS_PREV } from "./event-hash.js";
import { eventPath } from "./layout.js";
import { faultError } from "./ledger-fault.js";
import { readBlob } from "./read-blob.js";
import { readLedgerTree } from "./read-ledger-tree.js";
import type { LedgerRecord } from "./types.js";

/**
 * Every record of ledger commit `commit` in seq order (none when `commit` is null). The layout,
 * canonical form, seq, prev links and hashes are checked on the way (signatures are not: that
 * needs trust roots, see verify-ledger.ts).
 *
 * @throws OffboardError LEDGER_CORRUPT naming the first bad event and file.
 */
export async function readLedgerRecords(gitdir: string, ref: string, commit: string | null, cache: object): Promise<LedgerRecord[]> {
  if (commit === null) return [];
  const read = await readLedgerTree(gitdir, commit, cache);
  if (read.fault !== null) throw faultError(read.fault, ref);
  const records: LedgerRecord[] = [];
  let prev = GENESIS_PREV;
  for (const file of read.tree.events) {
    const path = eventPath(file.seq);
    const check = checkRecord(await readBlob(gitdir, file.oid, path, cache), file.seq, prev);
    if (!check.ok) throw faultError({ seq: file.seq, path, reason: check.reason, code: "LEDGER_CORRUPT" }, ref);
    records.push(check.record);
    prev = check.record.hash;
  }
  return records;
}
