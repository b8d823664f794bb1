import { isUtf8 } from "node:buffer";
import { hash, type KeyObject } from "node:crypto";
import { checkRecordLine } from "./check-record-line.js";
import { ed25519Verify } from "./ed25519-verify.js";
import { merkleRootOfLeafBytes } from "./merkle-root-of-leaf-bytes.js";
import { emptyRecordFields, scanCanonicalRecord } from "./scan-canonical-record.js";
import { EVENT_TYPES, type LedgerRecord } from "./types.js";

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
  /** The file's bytes, as stored. */
  bytes: Buffer;
  firstSeq: number;
  /** A sealed segment holds exactly this many lines; the tail fewer. */
  sealedSize: number | null;
  /** Verify signatures with these keys (by kid); null skips signatures. */
  keys: ReadonlyMap<string, KeyObject> | null;
  keepRecords: boolean;
  /**
   * Records this process wrote, by seq (ledger-reader.ts `wroteRecords`): a line whose hash and
   * signature (kid and value) are the known record's is that record, frozen when it was built, so
   * it is taken instead of parsing the line again, and dropped from the map. The line's bytes are
   * checked exactly as any other (canonical form, hash over its event bytes, chain).
   */
  known?: Map<number, LedgerRecord>;
}

const KNOWN_TYPES: ReadonlySet<string> = new Set(EVENT_TYPES);
const KEY_TYPES = new Set(["ledger.genesis", "key.added", "key.revoked"]);

/**
 * Checks the lines of one segment file in order (ledger/SPEC.md §11 step 2 a-g and k): each line is
 * UTF-8 and the canonical record of the event at its position, its hash is SHA-256(0x00 ‖ the
 * event's bytes) and, from the second line on, its `prev` is the line before's hash; then (when keys
 * are given) each signature. Runs the same in the main thread and in verifier worker threads.
 *
 * The bytes are checked where they lie: scanCanonicalRecord matches the canonical form on the bytes
 * and the hash is taken over the event's bytes in the line, so an intact line is never parsed or
 * re-serialised (only key events and, for the reader, every record are parsed). A line the scan
 * refuses goes to checkRecordLine, which says precisely what is wrong with it. `bytes` is borrowed:
 * one byte before each event is overwritten while it is hashed and restored at once.
 */
export function checkSegment(input: SegmentInput): SegmentCheck {
  const { bytes, firstSeq, sealedSize, keys, keepRecords, known } = input;
  const out: SegmentCheck = { count: 0, hashes: [], kids: [], types: [], firstPrev: null, keyEvents: [], records: [], badSignature: -1, fault: null, root: null };
  const utf8 = isUtf8(bytes);
  const fields = emptyRecordFields();
  const leaves = sealedSize === null ? null : Buffer.allocUnsafe(sealedSize * 32);
  const signature = Buffer.allocUnsafe(64);
  let previousHashAt = -1;

  /** Checks line i at [from, eol) and records it in `out`; returns why it fails, or null. */
  const checkLine = (i: number, from: number, eol: number): string | null => {
    const seq = firstSeq + i;
    if (!utf8 && !isUtf8(bytes.subarray(from, eol))) return "not valid UTF-8";
    if (!scanCanonicalRecord(bytes, from, eol, fields)) {
      const check = checkRecordLine(bytes.toString("utf8", from, eol), seq);
      // The scan accepts exactly the lines checkRecordLine accepts (a property test holds them
      // equal); were they ever to disagree, the line is refused: a false alarm, never a false pass.
      return check.ok ? "not in canonical form" : check.reason;
    }
    const type = stringAt(bytes, fields.typeAt, fields.typeEnd, out.types.at(-1));
    if (!KNOWN_TYPES.has(type)) return `unknown event type ${JSON.stringify(type)}`;
    if (fields.seq !== seq) return `line holds seq ${fields.seq}, expected ${seq} (events reordered, inserted or removed)`;
    const computed = leafHashInPlace(bytes, fields.eventStart, fields.eventEnd);
    const recorded = bytes.toString("latin1", fields.hashAt, fields.hashAt + 64);
    if (computed !== recorded) return `hash mismatch: recorded ${recorded}, computed ${computed}`;
    const prev = fields.prevAt;
    if (i === 0) out.firstPrev = bytes.toString("latin1", prev, prev + 64);
    else if (bytes.compare(bytes, previousHashAt, previousHashAt + 64, prev, prev + 64) !== 0) {
      return `broken chain: prev is ${bytes.toString("latin1", prev, prev + 64)}, the previous event's hash is ${out.hashes[i - 1]}`;
    }
    previousHashAt = fields.hashAt;
    const kid = stringAt(bytes, fields.kidAt, fields.kidEnd, out.kids.at(-1));
    out.hashes.push(recorded);
    out.kids.push(kid);
    out.types.push(type);
    leaves?.write(recorded, i * 32, "hex");
    if (KEY_TYPES.has(type) || keepRecords) {
      const mine = known?.get(seq);
      const record = mine !== undefined && isThisLine(mine, recorded, kid, bytes, fields.valueAt) ? mine : (JSON.parse(bytes.toString("utf8", from, eol)) as LedgerRecord);
      if (mine !== undefined) known!.delete(seq);
      if (KEY_TYPES.has(type)) out.keyEvents.push({ index: i, record });
      if (keepRecords) out.records.push(record);
    }
    if (keys !== null && out.badSignature === -1) {
      const key = keys.get(kid);
      const hashBytes = leaves === null ? Buffer.from(recorded, "hex") : leaves.subarray(i * 32, i * 32 + 32);
      if (key !== undefined && !signatureHolds(hashBytes, bytes, fields.valueAt, signature, key)) out.badSignature = i;
    }
    out.count++;
    return null;
  };

  for (let i = 0, from = 0; from < bytes.length; i++) {
    const eol = bytes.indexOf(10, from);
    const reason =
      eol === -1 ? "the last line has no trailing newline (file truncated or edited)"
      : sealedSize !== null && i >= sealedSize ? `extra line: a sealed segment holds exactly ${sealedSize} records`
      : checkLine(i, from, eol);
    if (reason !== null) {
      out.fault = { index: i, reason };
      break;
    }
    from = eol + 1;
  }
  if (out.fault === null && sealedSize !== null && out.count < sealedSize) {
    out.fault = { index: out.count, reason: `missing: the sealed segment holds ${out.count} of ${sealedSize} records` };
  }
  if (out.fault === null && leaves !== null) out.root = merkleRootOfLeafBytes(leaves, out.count);
  return out;
}

/**
 * Whether `record` is the record of a line already checked: same event hash (which the line's
 * event bytes were just checked to have, so the event is the record's event) and same signature
 * (kid and the 86 base64url characters at `valueAt`).
 */
function isThisLine(record: LedgerRecord, hash: string, kid: string, bytes: Buffer, valueAt: number): boolean {
  const { value } = record.sig;
  if (record.hash !== hash || record.sig.kid !== kid || record.sig.alg !== "Ed25519" || value.length !== 86) return false;
  for (let k = 0; k < 86; k++) if (value.charCodeAt(k) !== bytes[valueAt + k]) return false;
  return true;
}

/**
 * The leaf hash SHA-256(0x00 ‖ event bytes), in hex, of the event at [start, end) of a record line,
 * without copying it: the byte before the event is the ":" of `{"event":` (the scan checked it),
 * which stands in for the 0x00 prefix while the hash is taken and is put back at once.
 */
function leafHashInPlace(bytes: Buffer, start: number, end: number): string {
  bytes[start - 1] = 0x00;
  const digest = hash("sha256", bytes.subarray(start - 1, end), "hex"); // a hex string costs less than a Buffer out
  bytes[start - 1] = 0x3a;
  return digest;
}

/**
 * The string literal at [at, end): read straight from the bytes when it is plain ASCII (no escape),
 * and the previous line's string when the bytes are the same (one kid and a few types fill a segment).
 */
function stringAt(bytes: Buffer, at: number, end: number, previous: string | undefined): string {
  let ascii = true;
  for (let k = at + 1; k < end - 1; k++) {
    const c = bytes[k]!;
    if (c >= 0x80 || c === 0x5c) {
      ascii = false;
      break;
    }
  }
  if (!ascii) return JSON.parse(bytes.toString("utf8", at, end)) as string;
  if (previous !== undefined && previous.length === end - at - 2) {
    let same = true;
    for (let k = 0; k < previous.length && same; k++) same = previous.charCodeAt(k) === bytes[at + 1 + k];
    if (same) return previous;
  }
  return bytes.toString("latin1", at + 1, end - 1);
}

/**
 * Whether the signature whose 86 base64url characters (the scan checked the alphabet) are at `at`
 * verifies over the 32 hash bytes. The value must be the exact encoding of 64 bytes: the last
 * character's 4 low bits are past the end and must be zero. Decoded straight from the bytes into
 * `into`, without a string round trip per record.
 */
function signatureHolds(hashBytes: Buffer, bytes: Buffer, at: number, into: Buffer, key: KeyObject): boolean {
  if ((BASE64URL[bytes[at + 85]!]! & 0x0f) !== 0) return false;
  for (let k = 0, acc = 0, bits = 0, out = 0; k < 86; k++) {
    acc = ((acc << 6) | BASE64URL[bytes[at + k]!]!) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      if (out < 64) into[out++] = (acc >> bits) & 0xff;
    }
  }
  return ed25519Verify(hashBytes, key, into);
}

/** The 6-bit value of each base64url character. */
const BASE64URL = new Uint8Array(256);
[..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"].forEach((c, i) => (BASE64URL[c.charCodeAt(0)] = i));
