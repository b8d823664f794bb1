import { gitFs as fs } from "./git-fs.js";
import git from "isomorphic-git";
import { OffboardError } from "../errors.js";
import { checkSegment, type SegmentCheck } from "./check-segment.js";
import { GENESIS_PREV } from "./event-hash.js";
import { eventLocation, SEGMENT_SIZE, SEGMENTS_DIR, TAIL_PATH } from "./layout.js";
import { faultError } from "./ledger-fault.js";
import { nodeHash, splitPoint } from "./merkle-node.js";
import { merkleRootOfLeafBytes } from "./merkle-root-of-leaf-bytes.js";
import type { LedgerTip } from "./read-ledger-tip.js";
import type { LedgerRecord } from "./types.js";

/** Complete subtree hashes remembered (each proof and root under load asks for the same few). */
const SUBTREES_KEPT = 4096;

/** A tail checked, with the seq its first line has. */
interface TailMemo {
  text: string;
  sealed: number;
  check: SegmentCheck;
}

/** Segments whose parsed records are kept (segmentWithRecords). */
const RECORDS_KEPT = 8;

/** Segment blobs written and not yet read kept (a commit seals one under load, rarely more). */
const WRITTEN_KEPT = 8;

/** Records written and not yet read back kept (wroteRecords): a few commits' worth under load. */
const RECORDS_WRITTEN_KEPT = 4096;

const isPowerOfTwo = (n: number) => (n & (n - 1)) === 0;

export interface LedgerReader {
  /**
   * The records of the tip from seq `from` on (default 0: all of them), in seq order (canonical
   * form, seq, hash and prev checked; signatures are the verifier's). Only the segments holding
   * them are touched, so reading what was appended since the last read costs only the new events.
   */
  records(tip: LedgerTip, from?: number): Promise<LedgerRecord[]>;
  recordAt(tip: LedgerTip, seq: number): Promise<LedgerRecord | null>;
  /** MTH of events [start, end) of the tip (RFC 6962), using the cached roots of sealed segments. */
  subtreeHash(tip: LedgerTip, start: number, end: number): Promise<string>;
  /**
   * The bytes of a segment blob this process just wrote as `oid`, so the first read of it needs no
   * object read and inflate (git objects are named by their content: the bytes are the blob's).
   * Kept until read, at most WRITTEN_KEPT of them.
   */
  wrote(oid: string, bytes: Buffer): void;
  /**
   * Records this process just committed (frozen, build-records.ts). When their lines are read back,
   * each line is checked as always, and a line whose hash and signature are a known record's is
   * that record: it is not parsed again. Kept until read, at most RECORDS_WRITTEN_KEPT of them.
   */
  wroteRecords(records: readonly LedgerRecord[]): void;
}

/**
 * Reads records and tree hashes of ledger tips through isomorphic-git, caching each sealed segment
 * by blob id (sealed segments never change), so repeated reads cost only the tail. The cache
 * belongs to the returned reader (one per opened ledger), never to the module.
 */
export function createLedgerReader(gitdir: string, ref: string, cache: object): LedgerReader {
  const segments = new Map<string, SegmentCheck>();
  /** Segments whose records are kept, least recently used first (segmentWithRecords). */
  const recordsKept = new Set<string>();
  let tailMemo: TailMemo | null = null;
  /** The remembered tail before the last seal: the start of the segment sealed (sealedFromTail). */
  let sealedMemo: TailMemo | null = null;
  /** Hashes of complete (power-of-two) subtrees, by leaf range, with the hash of the range's last event. */
  const subtrees = new Map<string, { last: string; hash: string }>();
  const written = new Map<string, Buffer>();
  const known = new Map<number, LedgerRecord>();

  async function segment(tip: LedgerTip, index: number): Promise<SegmentCheck> {
    const { oid } = tip.segments[index]!;
    const known = segments.get(oid);
    if (known) return known;
    const mine = written.get(oid);
    written.delete(oid);
    const bytes = mine ?? (await readSegment(tip, index));
    const firstSeq = index * SEGMENT_SIZE;
    const check = sealedFromTail(bytes, firstSeq) ?? checked(checkSegment({ bytes, firstSeq, sealedSize: SEGMENT_SIZE, keys: null, keepRecords: true, known }), firstSeq, tip.sealed);
    segments.set(oid, check);
    keepRecords(oid);
    return check;
  }

  /**
   * The segment with its records. Only the records of the RECORDS_KEPT segments used last are
   * kept (a segment's hashes and root are kept for good: proofs need them); older ones are read
   * and checked again when asked for, which the executor, reading what was appended since its
   * last read, never does. Kept for every segment, they were most of the executor's heap (a
   * layoff of 10,000 people writes 150,000 events).
   */
  async function segmentWithRecords(tip: LedgerTip, index: number): Promise<SegmentCheck> {
    const check = await segment(tip, index);
    const { oid } = tip.segments[index]!;
    if (check.records.length !== check.count) {
      const firstSeq = index * SEGMENT_SIZE;
      const bytes = await readSegment(tip, index);
      const again = checked(checkSegment({ bytes, firstSeq, sealedSize: SEGMENT_SIZE, keys: null, keepRecords: true, known }), firstSeq, tip.sealed);
      check.records = again.records;
    }
    keepRecords(oid);
    return check;
  }

  /** The bytes of a segment blob from the object database (isomorphic-git checks they hash to its id). */
  async function readSegment(tip: LedgerTip, index: number): Promise<Buffer> {
    const { name, oid } = tip.segments[index]!;
    try {
      return Buffer.from((await git.readBlob({ fs, gitdir, oid, cache })).blob);
    } catch (cause) {
      // isomorphic-git's InternalError says what went wrong in `data.message` ("SHA check failed ...").
      const why = (cause as { data?: { message?: unknown } }).data?.message ?? (cause as Error).message;
      throw new OffboardError("GIT_FAILED", `ledger branch ${ref}: cannot read ${SEGMENTS_DIR}/${name} (object ${oid}): ${String(why)}`, { oid }, { cause });
    }
  }

  function keepRecords(oid: string): void {
    recordsKept.delete(oid);
    recordsKept.add(oid);
    for (const old of recordsKept) {
      if (recordsKept.size <= RECORDS_KEPT) break;
      recordsKept.delete(old);
      segments.get(old)!.records = [];
    }
  }

  /**
   * A segment is the tail it was sealed from plus the lines of the sealing commit. When the
   * remembered tail is that tail (same first seq, its bytes the segment's prefix), only the new
   * lines are checked, chained to the tail's last hash, and the root is taken over all the hashes:
   * the check a read of the whole segment would make. Anything else (a different prefix, a count
   * that is not SEGMENT_SIZE, a fault) returns null, and the whole segment is checked, so every
   * refusal reads as it always did.
   */
  function sealedFromTail(bytes: Buffer, firstSeq: number): SegmentCheck | null {
    const memo = tailMemo?.sealed === firstSeq ? tailMemo : sealedMemo?.sealed === firstSeq ? sealedMemo : null;
    if (memo === null || memo.check.count === 0 || !memo.text.endsWith("\n")) return null;
    const prefix = Buffer.from(memo.text, "utf8");
    if (prefix.length >= bytes.length || !bytes.subarray(0, prefix.length).equals(prefix)) return null;
    const old = memo.check;
    const rest = Buffer.from(bytes.subarray(prefix.length)); // checkSegment borrows its input
    const more = checkSegment({ bytes: rest, firstSeq: firstSeq + old.count, sealedSize: null, keys: null, keepRecords: true, known });
    if (more.fault !== null || old.count + more.count !== SEGMENT_SIZE || more.firstPrev !== old.hashes.at(-1)) return null;
    const joined = joinChecks(old, more);
    const leaves = Buffer.allocUnsafe(SEGMENT_SIZE * 32);
    joined.hashes.forEach((h, i) => leaves.write(h, i * 32, "hex"));
    return { ...joined, root: merkleRootOfLeafBytes(leaves, SEGMENT_SIZE) };
  }

  function tail(tip: LedgerTip): SegmentCheck {
    if (tailMemo?.text === tip.tail && tailMemo.sealed === tip.sealed) return tailMemo.check;
    const check = extendsMemo(tip) ? extendTail(tip, tailMemo!) : checked(checkSegment({ bytes: Buffer.from(tip.tail, "utf8"), firstSeq: tip.sealed, sealedSize: null, keys: null, keepRecords: true, known }), tip.sealed, tip.sealed);
    if (check.count >= SEGMENT_SIZE) throw faultError({ seq: tip.sealed + SEGMENT_SIZE, path: `${TAIL_PATH}:${SEGMENT_SIZE + 1}`, reason: "the tail holds a full segment", code: "LEDGER_CORRUPT" }, ref);
    if (tailMemo !== null && tailMemo.sealed !== tip.sealed) sealedMemo = tailMemo;
    tailMemo = { text: tip.tail, sealed: tip.sealed, check };
    return check;
  }

  /**
   * Between seals the tail only grows: a tail that is the remembered one plus whole new lines
   * (same sealed count, the remembered bytes its prefix) has only the new lines checked, the first
   * of them chained to the remembered last hash, exactly as a check of the whole tail would
   * (each commit under load added a few lines to a tail of up to 255 that was checked in full).
   */
  function extendsMemo(tip: LedgerTip): boolean {
    return tailMemo !== null && tailMemo.sealed === tip.sealed && tailMemo.check.count > 0 && tip.tail.length > tailMemo.text.length && tailMemo.text.endsWith("\n") && tip.tail.startsWith(tailMemo.text);
  }

  function extendTail(tip: LedgerTip, memo: { text: string; check: SegmentCheck }): SegmentCheck {
    const old = memo.check;
    const firstSeq = tip.sealed + old.count;
    const more = checked(checkSegment({ bytes: Buffer.from(tip.tail.slice(memo.text.length), "utf8"), firstSeq, sealedSize: null, keys: null, keepRecords: true, known }), firstSeq, tip.sealed);
    if (more.count > 0 && more.firstPrev !== old.hashes.at(-1)) {
      throw faultError({ seq: firstSeq, path: eventLocation(firstSeq, tip.sealed), reason: `broken chain: prev is ${more.firstPrev}, the previous event's hash is ${old.hashes.at(-1)}`, code: "LEDGER_CORRUPT" }, ref);
    }
    return joinChecks(old, more);
  }

  function checked(check: SegmentCheck, firstSeq: number, sealed: number): SegmentCheck {
    if (check.fault === null) return check;
    const seq = firstSeq + check.fault.index;
    throw faultError({ seq, path: eventLocation(seq, sealed), reason: check.fault.reason, code: "LEDGER_CORRUPT" }, ref);
  }

  async function leaf(tip: LedgerTip, seq: number): Promise<string> {
    if (seq < tip.sealed) return (await segment(tip, Math.floor(seq / SEGMENT_SIZE))).hashes[seq % SEGMENT_SIZE]!;
    return tail(tip).hashes[seq - tip.sealed]!;
  }

  async function subtreeHash(tip: LedgerTip, start: number, end: number): Promise<string> {
    if (end - start === 1) return leaf(tip, start);
    if (end - start === SEGMENT_SIZE && start % SEGMENT_SIZE === 0 && end <= tip.sealed) return (await segment(tip, start / SEGMENT_SIZE)).root!;
    const complete = isPowerOfTwo(end - start);
    // Complete subtrees never change once their last event exists; the last event's hash, chained,
    // names every event before it, so a remembered hash is used only under that same last hash.
    const last = complete ? await leaf(tip, end - 1) : "";
    const key = complete ? `${start}:${end}` : "";
    const known = complete ? subtrees.get(key) : undefined;
    if (known?.last === last) return known.hash;
    const k = splitPoint(end - start);
    const hash = nodeHash(await subtreeHash(tip, start, start + k), await subtreeHash(tip, start + k, end));
    if (complete) {
      if (subtrees.size >= SUBTREES_KEPT) subtrees.clear();
      subtrees.set(key, { last, hash });
    }
    return hash;
  }

  return {
    async records(tip: LedgerTip, from = 0): Promise<LedgerRecord[]> {
      const start = Math.max(0, Math.min(Math.floor(from), tip.size));
      const first = Math.min(Math.floor(start / SEGMENT_SIZE), tip.segments.length);
      // The chain check starts from the last event before the first part read (a cached segment).
      let prev = first === 0 ? GENESIS_PREV : (await segment(tip, first - 1)).hashes.at(-1)!;
      const out: LedgerRecord[] = [];
      // Each part's records are taken as it is read: reading many segments lets go of the records
      // of the first ones in the cache (keepRecords), not of these arrays.
      const parts: (SegmentCheck & { kept: LedgerRecord[] })[] = [];
      for (let i = first; i < tip.segments.length; i++) {
        const check = await segmentWithRecords(tip, i);
        parts.push({ ...check, kept: check.records });
      }
      const tailCheck = tail(tip);
      parts.push({ ...tailCheck, kept: tailCheck.records });
      let seq = first * SEGMENT_SIZE;
      for (const part of parts) {
        if (part.count > 0 && part.firstPrev !== prev) {
          throw faultError({ seq, path: eventLocation(seq, tip.sealed), reason: `broken chain: prev is ${part.firstPrev}, the previous event's hash is ${prev}`, code: "LEDGER_CORRUPT" }, ref);
        }
        const skip = Math.max(0, start - seq);
        for (let i = skip; i < part.kept.length; i++) out.push(part.kept[i]!);
        seq += part.count;
        prev = part.hashes.at(-1) ?? prev;
      }
      return out;
    },
    async recordAt(tip: LedgerTip, seq: number): Promise<LedgerRecord | null> {
      if (!Number.isSafeInteger(seq) || seq < 0 || seq >= tip.size) return null;
      if (seq < tip.sealed) return (await segmentWithRecords(tip, Math.floor(seq / SEGMENT_SIZE))).records[seq % SEGMENT_SIZE]!;
      return tail(tip).records[seq - tip.sealed]!;
    },
    subtreeHash,
    wroteRecords(records: readonly LedgerRecord[]): void {
      for (const r of records) known.set(r.event.seq, r);
      for (const seq of known.keys()) {
        if (known.size <= RECORDS_WRITTEN_KEPT) break;
        known.delete(seq);
      }
    },
    wrote(oid: string, bytes: Buffer): void {
      if (written.size >= WRITTEN_KEPT) written.delete(written.keys().next().value!);
      written.set(oid, bytes);
    },
  };
}

/** The check of two consecutive runs of lines, the second already chained to the first. */
function joinChecks(old: SegmentCheck, more: SegmentCheck): SegmentCheck {
  return {
    count: old.count + more.count,
    hashes: [...old.hashes, ...more.hashes],
    kids: [...old.kids, ...more.kids],
    types: [...old.types, ...more.types],
    firstPrev: old.firstPrev,
    keyEvents: [...old.keyEvents, ...more.keyEvents.map((k) => ({ ...k, index: k.index + old.count }))],
    records: [...old.records, ...more.records],
    badSignature: -1,
    fault: null,
    root: null,
  };
}
