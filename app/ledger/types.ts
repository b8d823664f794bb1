import type { JsonObject } from "../util/json.js";

/** Event types; the ledger accepts no others. See ledger/SPEC.md. */
export const EVENT_TYPES = [
  "ledger.genesis",
  "request.received",
  "intake.flagged",
  "policy.decided",
  "approval.recorded",
  "packet.signed",
  "doer.signature_rejected",
  "lease.issued",
  "lease.revoked",
  "phase.soft.done",
  "phase.hard.scheduled",
  "phase.hard.done",
  "phase.failed",
  "reinstate.done",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** What a component hands to the ledger; the ledger assigns seq, prev and time. */
export interface EventDraft {
  type: EventType;
  tenant: string;
  /** Who acted: a component ("gatekeeper", "doer") or a person ("approver:alice@example.com"). */
  actor: string;
  /** What the event is about: usually the request id. */
  subject: string;
  /** Integers, strings, booleans, null, arrays and objects only: no floats (RFC 8785 canonical form). */
  data: JsonObject;
}

export interface LedgerEvent extends EventDraft {
  v: 1;
  /** 0-based position in the chain. */
  seq: number;
  /** hex sha256 of the previous event's canonical form; 64 zeros for seq 0. */
  prev: string;
  /** RFC 3339 UTC time with millisecond precision, from the injected clock. */
  time: string;
}

/** One stored entry: the event, its hash and the signature of the component that wrote it. */
export interface LedgerRecord {
  event: LedgerEvent;
  /** hex sha256 of the RFC 8785 canonical JSON of `event`. */
  hash: string;
  /** Ed25519 signature over the 32 raw bytes of `hash`, base64url, by key `kid`. */
  sig: LedgerSignature;
}

/** A signature on a ledger record or checkpoint: Ed25519 over the 32 raw bytes of its `hash`. */
export interface LedgerSignature {
  /** Key id `<name>-<first 16 hex of sha256(SPKI DER)>`; the public key is ledger/keys/<kid>.pem. */
  kid: string;
  alg: "Ed25519";
  /** The 64 signature bytes, base64url without padding (86 characters). */
  value: string;
}

/** The tree head the writer vouches for: how many events the branch holds and the hash of the last one. */
export interface LedgerCheckpoint {
  v: 1;
  /** Number of events (the last event has seq size-1). */
  size: number;
  /** `hash` of the event at seq size-1; 64 zeros when size is 0. */
  head: string;
  /** RFC 3339 UTC time with millisecond precision, from the writer's clock. */
  time: string;
}

/** `checkpoint.json` on the ledger branch, rewritten by every commit. */
export interface SignedCheckpoint {
  checkpoint: LedgerCheckpoint;
  /** hex sha256 of the RFC 8785 canonical JSON of `checkpoint`. */
  hash: string;
  sig: LedgerSignature;
}

/** A component's signing identity for ledger events. */
export interface LedgerSigner {
  kid: string;
  /** Signs the 32-byte hash; returns the raw signature bytes. */
  sign(hash: Uint8Array): Uint8Array;
}

export interface Ledger {
  /**
   * Appends the drafts as consecutive events in one commit, signed by `signer`; returns the stored
   * records. An empty list appends nothing and returns [].
   */
  append(drafts: EventDraft[], signer: LedgerSigner): Promise<LedgerRecord[]>;
  /** Every record on the ledger branch, in seq order. */
  read(): Promise<LedgerRecord[]>;
}
