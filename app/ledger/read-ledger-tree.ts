import fs from "node:fs";
import git from "isomorphic-git";
import { OffboardError } from "../errors.js";
import { CHECKPOINT_PATH, EVENTS_DIR, eventFileName, eventPath, seqOfFileName } from "./layout.js";
import type { LedgerFault } from "./ledger-fault.js";

export interface EventFile {
  seq: number;
  /** File name inside events/ (000000000007.json). */
  name: string;
  /** Blob oid. */
  oid: string;
}

export interface LedgerTree {
  commit: string;
  /** Event files in seq order, contiguous from 0 (up to the first gap). */
  events: EventFile[];
  /** Files in events/ named like event files, gaps or not. */
  eventFileCount: number;
  /** Blob oid of checkpoint.json, or null when absent. */
  checkpoint: string | null;
}

export interface LedgerTreeRead {
  /** The layout up to the first fault: `events` is the gap-free prefix that can still be checked. */
  tree: LedgerTree;
  /**
   * The first layout fault, or null. A gap is tied to its seq (events before it are still worth
   * verifying); stray files are not tied to any event.
   */
  fault: LedgerFault | null;
}

/**
 * Lists the files of the ledger commit `commit` and checks the layout: only `events/` and
 * `checkpoint.json` at the top, only regular files named `<12 digits>.json` in events/, numbered
 * 0, 1, 2, … without gaps. File contents are not read here.
 */
export async function readLedgerTree(gitdir: string, commit: string, cache: object): Promise<LedgerTreeRead> {
  const top = await gitRead(() => git.readTree({ fs, gitdir, oid: commit, cache }), commit);
  let eventsTree: string | null = null;
  let checkpoint: string | null = null;
  let stray: LedgerFault | null = null;
  for (const entry of top.tree) {
    if (entry.path === EVENTS_DIR && entry.type === "tree") eventsTree = entry.oid;
    else if (entry.path === CHECKPOINT_PATH && entry.type === "blob" && entry.mode === "100644") checkpoint = entry.oid;
    else stray ??= bad(null, entry.path, `unexpected ${entry.type} on the ledger branch (only ${EVENTS_DIR}/ and ${CHECKPOINT_PATH} belong there)`);
  }
  const entries = eventsTree === null ? [] : (await gitRead(() => git.readTree({ fs, gitdir, oid: eventsTree, cache }), commit)).tree;
  const events: EventFile[] = [];
  let gap: LedgerFault | null = null;
  let eventFileCount = 0;
  for (const entry of [...entries].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const path = `${EVENTS_DIR}/${entry.path}`;
    const seq = seqOfFileName(entry.path);
    if (seq === null) {
      stray ??= bad(null, path, "unexpected file in events/ (event files are named <12-digit seq>.json)");
      continue;
    }
    eventFileCount++;
    if (gap !== null) continue;
    const expected = events.length;
    if (seq !== expected) gap = bad(expected, eventPath(expected), `missing (the next file is ${path})`);
    else if (entry.type !== "blob" || entry.mode !== "100644") gap = bad(seq, path, `is a ${entry.type} with mode ${entry.mode}, not a regular file`);
    else events.push({ seq, name: eventFileName(seq), oid: entry.oid });
  }
  return { tree: { commit, events, eventFileCount, checkpoint }, fault: gap ?? stray };
}

function bad(seq: number | null, path: string, reason: string): LedgerFault {
  return { seq, path, reason, code: "LEDGER_CORRUPT" };
}

async function gitRead<T>(read: () => Promise<T>, commit: string): Promise<T> {
  try {
    return await read();
  } catch (cause) {
    throw new OffboardError("GIT_FAILED", `cannot read ledger commit ${commit}: ${(cause as Error).message}`, { commit }, { cause });
  }
}
