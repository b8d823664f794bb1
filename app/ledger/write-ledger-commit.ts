import type { KeyEntry } from "./key-table.js";
import { canonicalRecord } from "./check-record-line.js";
import { commitContent, treeContent, writeLooseObject, type LooseTreeEntry } from "./loose-objects.js";
import { CHECKPOINT_PATH, SEGMENT_SIZE, SEGMENTS_DIR, segmentFileName, STATE_PATH, TAIL_PATH } from "./layout.js";
import { stateText } from "./ledger-state.js";
import { appendLeaf, frontierRoot } from "./merkle-frontier.js";
import type { LedgerTip } from "./read-ledger-tip.js";
import { signCheckpoint } from "./sign-checkpoint.js";
import type { LedgerRecord, LedgerSigner } from "./types.js";

/** The fixed identity of ledger commits; the signing identity is in each record and the checkpoint. */
export const LEDGER_COMMITTER = { name: "offboard-ledger", email: "ledger@offboard.invalid" } as const;

export interface LedgerCommit {
  gitdir: string;
  /** The tip the new commit extends. */
  tip: LedgerTip;
  origin: string;
  /** The new records, seq tip.size onward. */
  records: readonly LedgerRecord[];
  /** Their lines (canonical text), when the caller made them already; else they are made here. */
  lines?: readonly string[];
  /** The key table after them. */
  keys: ReadonlyMap<string, KeyEntry>;
  /** Signs the new checkpoint (the writer of the last record). */
  signer: LedgerSigner;
  /** Commit time, ms since the epoch (from the injected clock). */
  timeMs: number;
  /** Told the id and bytes of each segment blob written (the ledger reader keeps them for its first read). */
  onSealed?: (oid: string, bytes: Buffer) => void;
}

/**
 * Writes the blobs, trees and commit for `records` straight into the object database as loose
 * objects (loose-objects.ts: the objects isomorphic-git would write; group
 * commit: any number of records, sealing every full segment of SEGMENT_SIZE) and returns the new
 * commit and tip; no ref, index or working tree is touched (the caller moves the ref).
 */
export async function writeLedgerCommit(c: LedgerCommit): Promise<LedgerTip> {
  const { gitdir, tip, records } = c;
  const blob = (text: string) => writeLooseObject(gitdir, "blob", Buffer.from(text, "utf8"));
  const seal = async (text: string) => {
    const bytes = Buffer.from(text, "utf8");
    const oid = await writeLooseObject(gitdir, "blob", bytes);
    c.onSealed?.(oid, bytes);
    return oid;
  };
  let frontier = tip.frontier;
  let size = tip.size;
  let tail = tip.tail;
  let tailCount = tip.size - tip.sealed;
  const segments = [...tip.segments];
  if (c.lines !== undefined && c.lines.length !== records.length) throw new Error(`writeLedgerCommit: ${c.lines.length} lines for ${records.length} records`);
  for (const [i, record] of records.entries()) {
    frontier = appendLeaf(frontier, size, record.hash);
    size++;
    tail += `${c.lines?.[i] ?? canonicalRecord(record)}\n`;
    if (++tailCount === SEGMENT_SIZE) {
      segments.push({ name: segmentFileName(segments.length * SEGMENT_SIZE), oid: await seal(tail) });
      tail = "";
      tailCount = 0;
    }
  }
  const head = records.at(-1)?.hash ?? tip.head;
  const checkpoint = signCheckpoint({ origin: c.origin, size, root: frontierRoot(frontier) }, c.signer);
  const state = stateText({ origin: c.origin, size, head, frontier, keys: c.keys.values() });
  // Independent objects: written at once, so their file writes overlap.
  const [checkpointOid, stateOid, tailOid] = await Promise.all([blob(checkpoint), blob(state), blob(tail)]);
  const top: LooseTreeEntry[] = [
    { mode: "100644", path: CHECKPOINT_PATH, oid: checkpointOid },
    { mode: "100644", path: STATE_PATH, oid: stateOid },
    { mode: "100644", path: TAIL_PATH, oid: tailOid },
  ];
  let segmentsTree = segments.length === tip.segments.length ? tip.segmentsTree : null;
  if (segments.length > 0) {
    segmentsTree ??= await writeLooseObject(gitdir, "tree", treeContent(segments.map((s) => ({ mode: "100644", path: s.name, oid: s.oid }))));
    top.push({ mode: "040000", path: SEGMENTS_DIR, oid: segmentsTree });
  }
  const tree = await writeLooseObject(gitdir, "tree", treeContent(top));
  const who = { ...LEDGER_COMMITTER, timestamp: Math.floor(c.timeMs / 1000), timezoneOffset: 0 };
  const commit = await writeLooseObject(gitdir, "commit", commitContent({ tree, parents: tip.commit === null ? [] : [tip.commit], author: who, committer: who, message: commitMessage(records) }));
  const keys = new Map([...c.keys].map(([k, v]) => [k, { ...v }]));
  return { commit, size, head, origin: c.origin, frontier: [...frontier], keys, segments, segmentsTree, sealed: segments.length * SEGMENT_SIZE, tail, checkpoint };
}

/** `ledger: seq 5-7 (policy.decided, approval.recorded, packet.signed)`; informational only. */
export function commitMessage(records: readonly LedgerRecord[]): string {
  const first = records[0]?.event.seq ?? 0;
  const last = records.at(-1)?.event.seq ?? first;
  const types = [...new Set(records.map((r) => r.event.type))];
  const shown = types.length > 6 ? [...types.slice(0, 6), "…"] : types;
  return `ledger: seq ${first === last ? first : `${first}-${last}`} (${shown.join(", ")})\n`;
}
