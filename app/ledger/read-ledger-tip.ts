import { gitFs as fs } from "./git-fs.js";
import git from "isomorphic-git";
import { OffboardError } from "../errors.js";
import { parseCheckpointBody } from "./checkpoint-body.js";
import { checkRecordLine } from "./check-record-line.js";
import { GENESIS_PREV } from "./event-hash.js";
import type { KeyEntry } from "./key-table.js";
import { CHECKPOINT_PATH, eventLocation, firstSeqOfSegment, SEGMENT_SIZE, SEGMENTS_DIR, segmentFileName, STATE_PATH, TAIL_PATH } from "./layout.js";
import { faultError, type LedgerFault } from "./ledger-fault.js";
import { ledgerStateSchema, stateText } from "./ledger-state.js";
import { frontierRoot } from "./merkle-frontier.js";
import { parseSignedNote } from "./signed-note.js";
import { resolveRef } from "./resolve-ref.js";

/** Where the next append goes, read from the branch tip without reading every event. */
export interface LedgerTip {
  /** Commit the ref points at, or null when the branch does not exist yet. */
  commit: string | null;
  size: number;
  /** hash of the last event (GENESIS_PREV when empty): the next event's prev. */
  head: string;
  /** The log's origin (from ledger.genesis), null before the first commit. */
  origin: string | null;
  frontier: string[];
  keys: Map<string, KeyEntry>;
  /** Segment files of segments/ in order, and how many events they hold. */
  segments: { name: string; oid: string }[];
  /** Oid of the segments/ tree (null when nothing is sealed yet). */
  segmentsTree: string | null;
  sealed: number;
  /** Text of tail.jsonl. */
  tail: string;
  /** The checkpoint note on the tip. */
  checkpoint: string | null;
}

/** The tip of a branch that does not exist yet. */
export function emptyTip(): LedgerTip {
  return { commit: null, size: 0, head: GENESIS_PREV, origin: null, frontier: [], keys: new Map(), segments: [], segmentsTree: null, sealed: 0, tail: "", checkpoint: null };
}

/**
 * The tip of `ref`. A tip that `known` returns for the commit the ref points at is returned as is
 * (a tip is a function of its commit, so one remembered by commit never goes stale). `readRef`
 * reads where the ref points (a caller may share reads between concurrent callers, fresh-read.ts).
 * Otherwise the layout, state.json, the tail, the last event and the checkpoint are cross-checked
 * (cheaply: no segment is read unless the tail is empty), and a tip that does not add up is refused
 * with LEDGER_CORRUPT: a writer never extends a broken ledger.
 */
export async function readLedgerTip(gitdir: string, ref: string, known: (commit: string) => LedgerTip | null, cache: object, readRef: () => Promise<string | null> = () => resolveRef(gitdir, ref)): Promise<LedgerTip> {
  const commit = await readRef();
  if (commit === null) return emptyTip();
  const cached = known(commit);
  if (cached?.commit === commit) return cached;
  const corrupt = (fault: Omit<LedgerFault, "code">) => faultError({ ...fault, code: "LEDGER_CORRUPT" }, ref);
  const top = await gitRead(() => git.readTree({ fs, gitdir, oid: commit, cache }), commit);
  const blobs = new Map<string, string>();
  let segmentsTree: string | null = null;
  for (const e of top.tree) {
    if (e.path === SEGMENTS_DIR && e.type === "tree") segmentsTree = e.oid;
    else if ([CHECKPOINT_PATH, STATE_PATH, TAIL_PATH].includes(e.path) && e.type === "blob" && e.mode === "100644") blobs.set(e.path, e.oid);
    else throw corrupt({ seq: null, path: e.path, reason: "unexpected entry on the ledger branch" });
  }
  for (const path of [CHECKPOINT_PATH, STATE_PATH, TAIL_PATH]) if (!blobs.has(path)) throw corrupt({ seq: null, path, reason: "missing" });
  const text = async (path: string) => Buffer.from((await gitRead(() => git.readBlob({ fs, gitdir, oid: blobs.get(path)!, cache }), commit)).blob).toString("utf8");
  const stateBytes = await text(STATE_PATH);
  let state;
  try {
    state = ledgerStateSchema.parse(JSON.parse(stateBytes));
  } catch {
    throw corrupt({ seq: null, path: STATE_PATH, reason: "not a valid ledger state" });
  }
  if (stateText(state) !== stateBytes) throw corrupt({ seq: null, path: STATE_PATH, reason: "not in canonical form" });
  const segments = segmentsTree === null ? [] : (await gitRead(() => git.readTree({ fs, gitdir, oid: segmentsTree, cache }), commit)).tree.map((e) => ({ name: e.path, oid: e.oid }));
  segments.forEach((s, i) => {
    if (firstSeqOfSegment(s.name) !== i * SEGMENT_SIZE) throw corrupt({ seq: i * SEGMENT_SIZE, path: `${SEGMENTS_DIR}/${segmentFileName(i * SEGMENT_SIZE)}`, reason: `segments are not contiguous (found ${s.name})` });
  });
  const sealed = segments.length * SEGMENT_SIZE;
  const tail = await text(TAIL_PATH);
  const tailLines = tail === "" ? 0 : tail.split("\n").length - 1;
  if (sealed + tailLines !== state.size || (tail !== "" && !tail.endsWith("\n"))) {
    throw corrupt({ seq: null, path: TAIL_PATH, reason: `the branch holds ${sealed} sealed events and ${tailLines} in the tail, state.json says ${state.size}` });
  }
  const last = state.size - 1;
  const lastLine = tailLines > 0 ? tail.slice(0, -1).split("\n").at(-1)! : await lastSegmentLine(gitdir, segments.at(-1)!.oid, cache, commit);
  const check = checkRecordLine(lastLine, last);
  if (!check.ok) throw corrupt({ seq: last, path: eventLocation(last, sealed), reason: check.reason });
  if (check.record.hash !== state.head) throw corrupt({ seq: last, path: eventLocation(last, sealed), reason: `hash ${check.record.hash} is not state.json's head ${state.head}` });
  const checkpoint = await text(CHECKPOINT_PATH);
  const note = parseSignedNote(checkpoint);
  const body = note.ok ? parseCheckpointBody(note.note.text) : null;
  if (!body?.ok || body.head.size !== state.size || body.head.origin !== state.origin || body.head.root !== frontierRoot(state.frontier)) {
    throw corrupt({ seq: null, path: CHECKPOINT_PATH, reason: "does not state the size, origin and root of state.json" });
  }
  const keys = new Map(state.keys.map((k) => [k.kid, { ...k }]));
  return { commit, size: state.size, head: state.head, origin: state.origin, frontier: state.frontier, keys, segments, segmentsTree, sealed, tail, checkpoint };
}

async function lastSegmentLine(gitdir: string, oid: string, cache: object, commit: string): Promise<string> {
  const text = Buffer.from((await gitRead(() => git.readBlob({ fs, gitdir, oid, cache }), commit)).blob).toString("utf8");
  return text.slice(0, -1).split("\n").at(-1) ?? "";
}

async function gitRead<T>(read: () => Promise<T>, commit: string): Promise<T> {
  try {
    return await read();
  } catch (cause) {
    throw new OffboardError("GIT_FAILED", `cannot read ledger commit ${commit}: ${(cause as Error).message}`, { commit }, { cause });
  }
}
