import { verify, type KeyObject } from "node:crypto";
import { checkRecordLine } from "./check-record-line.js";
import { merkleRoot } from "./merkle-frontier.js";
import type { LedgerRecord } from "./types.js";

/** What one segment (or the tail) holds, checked line by line; everything after `fault` is unknown. */
export interface SegmentCheck {
  /** Records checked before the first fault (all of them when fault is null). */
  count: number;
  /** Their hashes (= Merkle leaf hashes), in order. */
  hashes: string[];
  kids: string[];
  types: string[];
  /** `prev` of the first record (checked by the caller against the previous segment), or null when count is 0. */
  firstPrev: string | null;
  /** The ledger.genesis / key.added / key.revoked records, with their index in the segment. */
  keyEvents: { index: number; record: LedgerRecord }[];
  /** Every record when asked for (the reader), else empty (the verifier). */
  records: LedgerRecord[];
  /** Index of the first record whose Ed25519 signature fails under its (trusted) kid, or -1. Untrusted kids are the caller's. */
  badSignature: number;
  /** The first structural fault: index in the segment and reason. */
  fault: { index: number; reason: string } | null;
  /** MTH of the segment's records when the whole segment checked out, else null. */
  root: string | null;
}

export interface SegmentInput {
  text: string;
  firstSeq: number;
  /** A sealed segment holds exactly this many lines; the tail fewer. */
  sealedSize: number | null;
  /** Verify signatures with these keys (by kid); null skips signatures. */
  keys: ReadonlyMap<string, KeyObject> | null;
  keepRecords: boolean;
}

const KEY_TYPES = new Set(["ledger.genesis", "key.added", "key.revoked"]);

/**
 * Checks the lines of one segment file in order (ledger/SPEC.md §11 steps 1-6 and 9): each line's
 * canonical record, seq, hash and, from the second line on, its `prev` link; then (when keys are
 * given) each signature. Runs the same in the main thread and in verifier worker threads.
 */
export function checkSegment(input: SegmentInput): SegmentCheck {
  const { text, firstSeq, sealedSize } = input;
  const out: SegmentCheck = { count: 0, hashes: [], kids: [], types: [], firstPrev: null, keyEvents: [], records: [], badSignature: -1, fault: null, root: null };
  if (text.length > 0 && !text.endsWith("\n")) {
    out.fault = { index: lineCount(text) - 1, reason: "the last line has no trailing newline (file truncated or edited)" };
  }
  const lines = text.length === 0 ? [] : text.slice(0, text.endsWith("\n") ? -1 : undefined).split("\n");
  const limit = out.fault?.index ?? lines.length;
  for (let i = 0; i < limit; i++) {
    if (sealedSize !== null && i >= sealedSize) {
      out.fault = { index: i, reason: `extra line: a sealed segment holds exactly ${sealedSize} records` };
      break;
    }
    const check = checkRecordLine(lines[i]!, firstSeq + i);
    if (!check.ok) {
      out.fault = { index: i, reason: check.reason };
      break;
    }
    const { record } = check;
    if (i > 0 && record.event.prev !== out.hashes[i - 1]) {
      out.fault = { index: i, reason: `broken chain: prev is ${record.event.prev}, the previous event's hash is ${out.hashes[i - 1]}` };
      break;
    }
    if (i === 0) out.firstPrev = record.event.prev;
    out.hashes.push(record.hash);
    out.kids.push(record.sig.kid);
    out.types.push(record.event.type);
    if (KEY_TYPES.has(record.event.type)) out.keyEvents.push({ index: i, record });
    if (input.keepRecords) out.records.push(record);
    if (input.keys !== null && out.badSignature === -1) {
      const key = input.keys.get(record.sig.kid);
      if (key !== undefined && !signatureHolds(record, key)) out.badSignature = i;
    }
    out.count++;
  }
  if (out.fault === null && sealedSize !== null && out.count < sealedSize) {
    out.fault = { index: out.count, reason: `missing: the sealed segment holds ${out.count} of ${sealedSize} records` };
  }
  if (out.fault === null && sealedSize !== null) out.root = merkleRoot(out.hashes);
  return out;
}

function lineCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/** The base64url value must be the exact encoding of 64 bytes (no stray bits), and verify over the 32 hash bytes. */
export function signatureHolds(record: LedgerRecord, key: KeyObject): boolean {
  const bytes = Buffer.from(record.sig.value, "base64url");
  return bytes.length === 64 && bytes.toString("base64url") === record.sig.value && verify(null, Buffer.from(record.hash, "hex"), key, bytes);
}
