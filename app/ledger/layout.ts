import { canonicalJson } from "./canonical-json.js";

/**
 * Where things live on the ledger branch (ledger/SPEC.md §6):
 *   checkpoint                     the signed checkpoint note of the tree of every event on the branch
 *   state.json                     size, head, Merkle frontier, origin and key table (a verified cache for writers)
 *   segments/000000000256.jsonl    a sealed segment: exactly SEGMENT_SIZE records, seq 256..511, one per line
 *   tail.jsonl                     the open tail: the 0..255 records after the last sealed segment
 * Every record line is the RFC 8785 canonical JSON of the record followed by one "\n".
 */
export const SEGMENT_SIZE = 256;
export const CHECKPOINT_PATH = "checkpoint";
export const STATE_PATH = "state.json";
export const TAIL_PATH = "tail.jsonl";
export const SEGMENTS_DIR = "segments";
export const SEQ_DIGITS = 12;
export const MAX_SEQ = 10 ** SEQ_DIGITS - 1;
/** Annotated tags holding witnessed checkpoints: refs/tags/ledger-checkpoint/<12-digit size>. */
export const CHECKPOINT_TAG_PREFIX = "refs/tags/ledger-checkpoint/";

const SEGMENT_FILE = /^(\d{12})\.jsonl$/;

export function segmentFileName(firstSeq: number): string {
  return `${String(firstSeq).padStart(SEQ_DIGITS, "0")}.jsonl`;
}

export function segmentPath(firstSeq: number): string {
  return `${SEGMENTS_DIR}/${segmentFileName(firstSeq)}`;
}

/** The first seq a file name in segments/ stands for, or null when it is not a segment file name. */
export function firstSeqOfSegment(name: string): number | null {
  const match = SEGMENT_FILE.exec(name);
  return match?.[1] === undefined ? null : Number(match[1]);
}

/** `segments/000000000256.jsonl:7` or `tail.jsonl:3`: the file and 1-based line holding event `seq`, given how many events are sealed. */
export function eventLocation(seq: number, sealed: number): string {
  if (seq < sealed) {
    const first = seq - (seq % SEGMENT_SIZE);
    return `${segmentPath(first)}:${seq - first + 1}`;
  }
  return `${TAIL_PATH}:${seq - sealed + 1}`;
}

/** The tag ref of the witnessed checkpoint of a tree of `size` events. */
export function checkpointTagRef(size: number): string {
  return `${CHECKPOINT_TAG_PREFIX}${String(size).padStart(SEQ_DIGITS, "0")}`;
}

/** The line of a record: canonical JSON plus "\n". */
export function recordLine(value: unknown): string {
  return `${canonicalJson(value)}\n`;
}
