import { EVENT_TYPES, type EventType, type LedgerRecord } from "./types.js";
import { eventHash } from "./event-hash.js";
import { parseLedgerFile } from "./parse-ledger-file.js";
import { recordSchema } from "./record-schema.js";

export type RecordCheck = { ok: true; record: LedgerRecord } | { ok: false; reason: string };

/**
 * Everything about one event file except its signature: canonical bytes, schema, known type,
 * seq equal to the file's position, `prev` equal to the previous event's hash (skipped when
 * `prev` is undefined) and `hash` equal to the SHA-256 of the canonical event.
 */
export function checkRecord(bytes: Uint8Array, seq: number, prev: string | undefined): RecordCheck {
  const parsed = parseLedgerFile(bytes, recordSchema);
  if (!parsed.ok) return parsed;
  const { event, hash } = parsed.value;
  if (!(EVENT_TYPES as readonly string[]).includes(event.type)) {
    return { ok: false, reason: `unknown event type ${JSON.stringify(event.type)}` };
  }
  if (event.seq !== seq) return { ok: false, reason: `file holds seq ${event.seq}, expected ${seq} (events reordered or renamed)` };
  if (prev !== undefined && event.prev !== prev) {
    return { ok: false, reason: `broken chain: prev is ${event.prev}, the previous event's hash is ${prev}` };
  }
  const computed = eventHash(event as LedgerRecord["event"]);
  if (computed !== hash) return { ok: false, reason: `hash mismatch: recorded ${hash}, computed ${computed}` };
  return { ok: true, record: { ...parsed.value, event: { ...event, type: event.type as EventType } } as LedgerRecord };
}
