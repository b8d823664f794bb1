import type { GitObjectReader } from "./git-object-reader.js";
import { parseTree } from "./git-object-reader.js";
import { CHECKPOINT_PATH, firstSeqOfSegment, SEGMENT_SIZE, SEGMENTS_DIR, segmentPath, STATE_PATH, TAIL_PATH } from "./layout.js";
import type { LedgerFault } from "./ledger-fault.js";

export interface LedgerLayout {
  /** Sealed segments in order, contiguous from seq 0 up to the first gap. */
  segments: { firstSeq: number; oid: string }[];
  /** Blob oids of tail.jsonl, state.json and checkpoint (null when missing). */
  tail: string | null;
  state: string | null;
  checkpoint: string | null;
  /** Segment files counted, gaps or not. */
  segmentFiles: number;
  /** A missing segment, reported at its first seq once the events before it are verified. */
  gap: LedgerFault | null;
  /** Anything that does not belong on the branch, or a required file that is missing. */
  stray: LedgerFault | null;
}

/**
 * Lists the tree of ledger commit `commit` and checks its layout (ledger/SPEC.md §6): `checkpoint`,
 * `state.json` and `tail.jsonl` as regular files, `segments/` holding only regular files named
 * `<12-digit first seq>.jsonl` for 0, 256, 512, … without gaps. File contents are not read here.
 */
export async function readLedgerLayout(reader: GitObjectReader, commit: string): Promise<LedgerLayout> {
  const bad = (seq: number | null, path: string, reason: string): LedgerFault => ({ seq, path, reason, code: "LEDGER_CORRUPT" });
  const top = parseTree((await reader.read(`${commit}^{tree}`))!.bytes);
  const out: LedgerLayout = { segments: [], tail: null, state: null, checkpoint: null, segmentFiles: 0, gap: null, stray: null };
  let segmentsTree: string | null = null;
  for (const e of top) {
    const regular = e.type === "blob" && e.mode === "100644";
    if (e.name === SEGMENTS_DIR && e.type === "tree") segmentsTree = e.oid;
    else if (e.name === TAIL_PATH && regular) out.tail = e.oid;
    else if (e.name === STATE_PATH && regular) out.state = e.oid;
    else if (e.name === CHECKPOINT_PATH && regular) out.checkpoint = e.oid;
    else out.stray ??= bad(null, e.name, `unexpected ${e.type} (mode ${e.mode}) on the ledger branch (only ${SEGMENTS_DIR}/, ${TAIL_PATH}, ${STATE_PATH} and ${CHECKPOINT_PATH} belong there)`);
  }
  const entries = segmentsTree === null ? [] : parseTree((await reader.read(segmentsTree))!.bytes);
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = `${SEGMENTS_DIR}/${e.name}`;
    const first = firstSeqOfSegment(e.name);
    if (first === null) {
      out.stray ??= bad(null, path, "unexpected file in segments/ (segment files are named <12-digit first seq>.jsonl)");
      continue;
    }
    out.segmentFiles++;
    if (out.gap !== null) continue;
    const expected = out.segments.length * SEGMENT_SIZE;
    if (first !== expected) out.gap = bad(expected, `${segmentPath(expected)}:1`, `missing (the next segment file is ${path})`);
    else if (e.type !== "blob" || e.mode !== "100644") out.gap = bad(first, `${path}:1`, `is a ${e.type} with mode ${e.mode}, not a regular file`);
    else out.segments.push({ firstSeq: first, oid: e.oid });
  }
  for (const [name, oid] of [[TAIL_PATH, out.tail], [STATE_PATH, out.state], [CHECKPOINT_PATH, out.checkpoint]] as const) {
    if (oid === null) out.stray ??= bad(null, name, "missing");
  }
  return out;
}
