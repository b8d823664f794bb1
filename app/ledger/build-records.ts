import { OffboardError } from "../errors.js";
import { canonicalEvent, canonicalEventWithData, recordText } from "./check-record-line.js";
import { leafHashOfText } from "./leaf-hash.js";
import type { EventDraft, LedgerEvent, LedgerRecord, LedgerSigner } from "./types.js";

export interface ChainPosition {
  /** seq of the first new event. */
  seq: number;
  /** hash of the event before it (GENESIS_PREV at seq 0). */
  prev: string;
  /** RFC 3339 time shared by the whole group. */
  time: string;
}

/** Turns validated drafts into consecutive signed records starting at `at`. Pure apart from signing. */
export function buildRecords(drafts: readonly EventDraft[], at: ChainPosition, signer: LedgerSigner): LedgerRecord[] {
  const records: LedgerRecord[] = [];
  let prev = at.prev;
  drafts.forEach((draft, i) => {
    const { record } = buildRecord(draft, null, { seq: at.seq + i, prev, time: at.time }, signer);
    records.push(record);
    prev = record.hash;
  });
  return records;
}

/** An event with its hash and RFC 8785 text, before it is signed. */
export interface UnsignedRecord {
  event: LedgerEvent;
  hash: string;
  eventText: string;
}

/**
 * One signed record at `at`, with its line (the record's RFC 8785 text, as the branch stores it).
 * Given `dataText`, the RFC 8785 text of the draft's data made when it was checked
 * (validate-drafts.ts), the event is built from that text: it is hashed as is and the event's data
 * parsed from it, so the data is canonicalised once per event instead of three times (check, hash,
 * line) and the record is exactly what was checked. Without it, the data is copied and
 * canonicalised here.
 */
export function buildRecord(draft: EventDraft, dataText: string | null, at: ChainPosition, signer: LedgerSigner): { record: LedgerRecord; line: string } {
  const unsigned = buildUnsigned(draft, dataText, at);
  return signedRecord(unsigned, signHash(unsigned.hash, signer));
}

/** buildRecord's event and hash, unsigned: the chain needs only the hash, so a group's signatures can all be made afterwards. */
export function buildUnsigned(draft: EventDraft, dataText: string | null, at: ChainPosition): UnsignedRecord {
  const head = { v: 1, seq: at.seq, prev: at.prev, time: at.time, type: draft.type, tenant: draft.tenant, actor: draft.actor, subject: draft.subject } as const;
  const event: LedgerEvent = { ...head, data: dataText === null ? structuredClone(draft.data) : (JSON.parse(dataText) as LedgerEvent["data"]) };
  const eventText = dataText === null ? canonicalEvent(event) : canonicalEventWithData(head, dataText);
  return { event, hash: leafHashOfText(eventText), eventText };
}

/**
 * The record and its line once the event's hash is signed. The record is frozen, data and all: it
 * is handed to the appender and, once committed, to the ledger's reader as the record of its line
 * (ledger-reader.ts `wroteRecords`), so a change by either would be a change to what the other
 * reads. Writing to it throws instead.
 */
export function signedRecord(unsigned: UnsignedRecord, sig: LedgerRecord["sig"]): { record: LedgerRecord; line: string } {
  const record: LedgerRecord = { event: unsigned.event, hash: unsigned.hash, sig };
  const line = recordText(unsigned.eventText, record);
  deepFreeze(record);
  return { record, line };
}

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== "object") return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}

/**
 * Signs event hashes in order: in one batch off this thread when the signer can (`signHashes`,
 * the native backend), else one by one with `sign`. Either way each signature is the one `sign`
 * makes (Ed25519 is deterministic) and is checked to be 64 bytes.
 */
export async function signHashes(hashes: readonly string[], signer: LedgerSigner): Promise<LedgerRecord["sig"][]> {
  if (signer.signHashes === undefined || hashes.length === 0) return hashes.map((h) => signHash(h, signer));
  const joined = Buffer.allocUnsafe(32 * hashes.length);
  hashes.forEach((h, i) => joined.write(h, 32 * i, "hex"));
  const signatures = Buffer.from(await signer.signHashes(joined));
  if (signatures.length !== 64 * hashes.length) {
    throw new OffboardError("KEY_INVALID", `ledger signer ${signer.kid} returned ${signatures.length} signature bytes for ${hashes.length} hashes; Ed25519 signatures are 64`, { kid: signer.kid });
  }
  return hashes.map((_, i) => ({ kid: signer.kid, alg: "Ed25519", value: signatures.toString("base64url", 64 * i, 64 * i + 64) }));
}

export function signHash(hash: string, signer: LedgerSigner): LedgerRecord["sig"] {
  const bytes = signer.sign(Buffer.from(hash, "hex"));
  if (bytes.length !== 64) {
    throw new OffboardError("KEY_INVALID", `ledger signer ${signer.kid} returned ${bytes.length} signature bytes; Ed25519 signatures are 64`, { kid: signer.kid });
  }
  const value = Buffer.from(bytes).toString("base64url");
  return { kid: signer.kid, alg: "Ed25519", value };
}
