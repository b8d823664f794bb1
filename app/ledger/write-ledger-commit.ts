import fs from "node:fs";
import git from "isomorphic-git";
import { CHECKPOINT_PATH, EVENTS_DIR, eventFileName, ledgerFileBytes } from "./layout.js";
import type { EventFile } from "./read-ledger-tree.js";
import type { LedgerRecord, SignedCheckpoint } from "./types.js";

/** The fixed identity of ledger commits; the signing identity is in each record, not here. */
export const LEDGER_COMMITTER = { name: "offboard-ledger", email: "ledger@offboard.invalid" } as const;

export interface LedgerCommit {
  gitdir: string;
  /** The commit the new one extends (null for the first commit of the branch). */
  parent: string | null;
  /** Event files already on the branch. */
  events: readonly EventFile[];
  records: readonly LedgerRecord[];
  checkpoint: SignedCheckpoint;
  /** Commit time, ms since the epoch (from the injected clock). */
  timeMs: number;
}

/**
 * Writes the blobs, trees and commit for `records` straight into the object database and returns
 * the new commit; no ref, index or working tree is touched (the caller moves the ref).
 */
export async function writeLedgerCommit(c: LedgerCommit): Promise<{ commit: string; events: EventFile[] }> {
  const { gitdir } = c;
  const added: EventFile[] = [];
  for (const record of c.records) {
    const oid = await git.writeBlob({ fs, gitdir, blob: ledgerFileBytes(record) });
    added.push({ seq: record.event.seq, name: eventFileName(record.event.seq), oid });
  }
  const events = [...c.events, ...added];
  const eventsTree = await git.writeTree({
    fs,
    gitdir,
    tree: events.map((e) => ({ mode: "100644", path: e.name, oid: e.oid, type: "blob" as const })),
  });
  const checkpoint = await git.writeBlob({ fs, gitdir, blob: ledgerFileBytes(c.checkpoint) });
  const tree = await git.writeTree({
    fs,
    gitdir,
    tree: [
      { mode: "040000", path: EVENTS_DIR, oid: eventsTree, type: "tree" },
      { mode: "100644", path: CHECKPOINT_PATH, oid: checkpoint, type: "blob" },
    ],
  });
  const who = { ...LEDGER_COMMITTER, timestamp: Math.floor(c.timeMs / 1000), timezoneOffset: 0 };
  const commit = await git.writeCommit({
    fs,
    gitdir,
    commit: { message: commitMessage(c.records), tree, parent: c.parent === null ? [] : [c.parent], author: who, committer: who },
  });
  return { commit, events };
}

/** `ledger: seq 5-7 (policy.decided, approval.recorded, packet.signed)`; informational only. */
export function commitMessage(records: readonly LedgerRecord[]): string {
  const first = records[0]?.event.seq ?? 0;
  const last = records.at(-1)?.event.seq ?? first;
  const types = [...new Set(records.map((r) => r.event.type))];
  const shown = types.length > 6 ? [...types.slice(0, 6), "…"] : types;
  return `ledger: seq ${first === last ? first : `${first}-${last}`} (${shown.join(", ")})\n`;
}
