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

/**
 * One signed record at `at`, with its line (the record's RFC 8785 text, as the branch stores it).
 * Given `dataText`, the RFC 8785 text of the draft's data made when it was checked
 * (validate-drafts.ts), the event is built from that text: it is hashed as is and the event's data
 * parsed from it, so the data is canonicalised once per event instead of three times (check, hash,
 * line) and the record is exactly what was checked. Without it, the data is copied and
 * canonicalised here.
 */
export function buildRecord(draft: EventDraft, dataText: string | null, at: ChainPosition, signer: LedgerSigner): { record: LedgerRecord; line: string } {
  const head = { v: 1, seq: at.seq, prev: at.prev, time: at.time, type: draft.type, tenant: draft.tenant, actor: draft.actor, subject: draft.subject } as const;
  const event: LedgerEvent = { ...head, data: dataText === null ? structuredClone(draft.data) : (JSON.parse(dataText) as LedgerEvent["data"]) };
  const eventText = dataText === null ? canonicalEvent(event) : canonicalEventWithData(head, dataText);
  const hash = leafHashOfText(eventText);
  const record: LedgerRecord = { event, hash, sig: signHash(hash, signer) };
  return { record, line: recordText(eventText, record) };
}

export function signHash(hash: string, signer: LedgerSigner): LedgerRecord["sig"] {
  const bytes = signer.sign(Buffer.from(hash, "hex"));
  if (bytes.length !== 64) {
    throw new OffboardError("KEY_INVALID", `ledger signer ${signer.kid} returned ${bytes.length} signature bytes; Ed25519 signatures are 64`, { kid: signer.kid });
  }
  const value = Buffer.from(bytes).toString("base64url");
  return { kid: signer.kid, alg: "Ed25519", value };
}
