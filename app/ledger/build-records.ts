import { OffboardError } from "../errors.js";
import { eventHash } from "./event-hash.js";
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
    const event: LedgerEvent = {
      v: 1,
      seq: at.seq + i,
      prev,
      time: at.time,
      type: draft.type,
      tenant: draft.tenant,
      actor: draft.actor,
      subject: draft.subject,
      data: structuredClone(draft.data),
    };
    const hash = eventHash(event);
    records.push({ event, hash, sig: signHash(hash, signer) });
    prev = hash;
  });
  return records;
}

export function signHash(hash: string, signer: LedgerSigner): LedgerRecord["sig"] {
  const bytes = signer.sign(Buffer.from(hash, "hex"));
  if (bytes.length !== 64) {
    throw new OffboardError("KEY_INVALID", `ledger signer ${signer.kid} returned ${bytes.length} signature bytes; Ed25519 signatures are 64`, { kid: signer.kid });
  }
  const value = Buffer.from(bytes).toString("base64url");
  return { kid: signer.kid, alg: "Ed25519", value };
}
