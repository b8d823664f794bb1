import type { KeyObject } from "node:crypto";
import type { SegmentCheck } from "./check-segment.js";
import { GENESIS_PREV } from "./event-hash.js";
import type { GitObjectReader } from "./git-object-reader.js";
import { roleRefusal } from "./key-roles.js";
import { applyKeyRules, type KeyEntry } from "./key-table.js";
import { eventLocation, SEGMENT_SIZE } from "./layout.js";
import type { LedgerFault } from "./ledger-fault.js";
import { appendLeaf, frontierRoot } from "./merkle-frontier.js";
import type { LedgerLayout } from "./read-ledger-layout.js";
import type { SegmentPool } from "./segment-pool.js";
import type { LedgerEvent } from "./types.js";

export interface EventPass {
  /** The first fault among the events (or the layout gap after them), else null. */
  fault: LedgerFault | null;
  /** Events verified in order before the fault (all of them when fault is null). */
  size: number;
  /** Hash of the last verified event (GENESIS_PREV when none). */
  head: string;
  frontier: string[];
  /** MTH of the first `s` events for each wanted size s ≤ size. */
  roots: Map<number, string>;
  keys: Map<string, KeyEntry>;
  origin: string | null;
}

export interface EventPassInput {
  reader: GitObjectReader;
  layout: LedgerLayout;
  trusted: ReadonlyMap<string, KeyObject>;
  pool: SegmentPool;
  /** Tree sizes whose roots are needed (history, published and pinned checkpoints). */
  wanted: ReadonlySet<number>;
  progress?: (events: number) => void;
}

/**
 * Streams every event of the branch in seq order (ledger/SPEC.md §11, steps 1-9): sealed segments
 * checked by the pool (in parallel when it has threads), then the tail; in order, each event's
 * `prev` link across files, its key (trusted, role, valid at its position, key-event rules) and
 * signature; the Merkle frontier and the roots at `wanted` sizes. Stops at the first fault.
 */
export async function verifyEvents(input: EventPassInput): Promise<EventPass> {
  const { reader, layout, trusted, pool, wanted } = input;
  const pass: EventPass = { fault: null, size: 0, head: GENESIS_PREV, frontier: [], roots: new Map(), keys: new Map(), origin: null };
  const sealed = layout.segments.length * SEGMENT_SIZE;
  if (wanted.has(0)) pass.roots.set(0, frontierRoot([]));
  // Segments in flight (read or being checked), taken in order: enough that a worker never waits
  // for a slower one's segment to be taken before it gets more (about 2 MB of segments).
  const window = 16;
  const inflight: Promise<SegmentCheck>[] = [];
  const start = (i: number) => {
    const s = layout.segments[i]!;
    inflight.push(reader.read(s.oid).then((blob) => pool.check({ bytes: blob!.bytes, firstSeq: s.firstSeq, sealedSize: SEGMENT_SIZE })));
  };
  for (let i = 0; i < Math.min(window, layout.segments.length); i++) start(i);
  for (let i = 0; i < layout.segments.length; i++) {
    const result = await inflight.shift()!;
    if (i + window < layout.segments.length) start(i + window);
    take(pass, result, layout.segments[i]!.firstSeq, sealed, SEGMENT_SIZE, trusted, wanted);
    input.progress?.(pass.size);
    if (pass.fault !== null) {
      await Promise.allSettled(inflight);
      return pass;
    }
  }
  if (layout.gap !== null) return { ...pass, fault: layout.gap };
  if (layout.tail === null) return pass;
  const bytes = (await reader.read(layout.tail))!.bytes;
  take(pass, await pool.check({ bytes, firstSeq: sealed, sealedSize: null }), sealed, sealed, SEGMENT_SIZE - 1, trusted, wanted);
  return pass;
}

/** Applies one checked file to the pass, event by event (cross-file link, keys, signature, tree). */
function take(pass: EventPass, result: SegmentCheck, firstSeq: number, sealed: number, maxCount: number, trusted: ReadonlyMap<string, KeyObject>, wanted: ReadonlySet<number>): void {
  const at = (index: number, reason: string, code: LedgerFault["code"]) => {
    const seq = firstSeq + index;
    pass.fault = { seq, path: eventLocation(seq, sealed), reason, code };
  };
  const keyEvents = new Map(result.keyEvents.map((k) => [k.index, k.record]));
  const wholeSegment = result.root !== null && ![...wanted].some((s) => s > firstSeq && s <= firstSeq + SEGMENT_SIZE);
  const limit = Math.min(result.count, maxCount);
  for (let i = 0; i < limit; i++) {
    const seq = firstSeq + i;
    const kid = result.kids[i]!;
    if (i === 0 && result.firstPrev !== pass.head) return at(i, `broken chain: prev is ${result.firstPrev}, the previous event's hash is ${pass.head}`, "LEDGER_CORRUPT");
    if (!trusted.has(kid)) return at(i, `signed by untrusted key ${kid} (trusted: ${[...trusted.keys()].join(", ") || "none"})`, "LEDGER_KEY_UNKNOWN");
    const type = result.types[i] as LedgerEvent["type"];
    const role = roleRefusal(kid, type);
    if (role !== null) return at(i, role, "LEDGER_KEY_NOT_VALID");
    const event = keyEvents.get(i)?.event ?? ({ seq, type, data: {} } as unknown as LedgerEvent);
    const rule = applyKeyRules(pass.keys, event, kid, trusted);
    if (rule !== null) return at(i, rule.reason, rule.code);
    if (type === "ledger.genesis") pass.origin = String(event.data.origin);
    if (result.badSignature === i) return at(i, `signature by ${kid} does not verify over hash ${result.hashes[i]}`, "LEDGER_SIGNATURE_INVALID");
    const hash = result.hashes[i]!;
    if (!wholeSegment) {
      pass.frontier = appendLeaf(pass.frontier, pass.size, hash);
      if (wanted.has(pass.size + 1)) pass.roots.set(pass.size + 1, frontierRoot(pass.frontier));
    }
    pass.size++;
    pass.head = hash;
  }
  if (wholeSegment && pass.fault === null && result.fault === null) pass.frontier = appendLeaf(pass.frontier, firstSeq / SEGMENT_SIZE, result.root!);
  if (result.count > maxCount) return at(maxCount, `the tail holds more than ${maxCount} records (a full segment must be sealed)`, "LEDGER_CORRUPT");
  if (result.fault !== null) at(result.fault.index, result.fault.reason, "LEDGER_CORRUPT");
}
