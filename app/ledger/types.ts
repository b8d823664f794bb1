import type { KeyObject } from "node:crypto";
import type { JsonObject } from "../util/json.js";

/** Event types; the ledger accepts no others. See ledger/SPEC.md §1. */
export const EVENT_TYPES = [
  "ledger.genesis",
  "key.added",
  "key.revoked",
  "request.received",
  "intake.flagged",
  "policy.decided",
  "approval.recorded",
  "approval.rejected",
  "packet.signed",
  "policy.merged",
  "doer.signature_rejected",
  "lease.issued",
  "lease.revoked",
  "phase.soft.accepted",
  "phase.soft.snapshot",
  "phase.soft.done",
  "phase.hard.scheduled",
  "phase.hard.done",
  "phase.failed",
  "phase.refused",
  "reinstate.started",
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
  /** 0-based position in the chain, also the event's leaf index in the Merkle tree. */
  seq: number;
  /** `hash` of the previous event; 64 zeros for seq 0. */
  prev: string;
  /** RFC 3339 UTC time with millisecond precision, from the injected clock (informational). */
  time: string;
}

/** One stored entry: the event, its hash and the signature of the component that wrote it. */
export interface LedgerRecord {
  event: LedgerEvent;
  /** hex SHA-256(0x00 ‖ JCS(event)): the event's RFC 6962 leaf hash, and the next event's `prev`. */
  hash: string;
  /** Ed25519 signature over the 32 raw bytes of `hash`, base64url, by key `kid`. */
  sig: LedgerSignature;
}

/** A signature on a ledger record: Ed25519 over the 32 raw bytes of its `hash`. */
export interface LedgerSignature {
  /** Key id `<role>-<first 16 hex of sha256(SPKI DER)>`; the public key is ledger/keys/<kid>.pem. */
  kid: string;
  alg: "Ed25519";
  /** The 64 signature bytes, base64url without padding (86 characters). */
  value: string;
}

/** A component's signing identity for ledger events and checkpoints. */
export interface LedgerSigner {
  kid: string;
  /** Signs arbitrary bytes with Ed25519 (a 32-byte event hash, or a checkpoint note's text). */
  sign(message: Uint8Array): Uint8Array;
  /**
   * Optional: signs many 32-byte event hashes (concatenated) off the calling thread, resolving to
   * their 64-byte signatures in order, concatenated: the same bytes `sign` makes for each, Ed25519
   * being deterministic. The ledger's group commit uses it when present (build-records.ts).
   */
  signHashes?(hashes: Uint8Array): Promise<Uint8Array>;
  /** The public half, recorded in `key.added` when the key first writes to a ledger. */
  publicKey: KeyObject;
}

/** The tree head a checkpoint states (C2SP tlog-checkpoint body). */
export interface TreeHead {
  origin: string;
  size: number;
  /** hex MTH of the first `size` events. */
  root: string;
}

/** A parsed signed note: its text (the checkpoint body) and its signature lines, in order. */
export interface SignedNote {
  text: string;
  signatures: NoteSignature[];
}

export interface NoteSignature {
  /** Key name: for this ledger, the kid of a log (writer) or witness key. */
  name: string;
  /** The 4-byte key ID as 8 hex digits. */
  keyId: string;
  /** Everything after the key ID: 64 signature bytes (log) or 8 timestamp + 64 signature bytes (cosignature). */
  signature: Uint8Array;
}

export interface Ledger {
  /**
   * Appends the drafts as consecutive events signed by `signer` and resolves once they are committed
   * (and, when witnesses are configured, cosigned). Concurrent calls may share one commit (group
   * commit). Returns the stored records of these drafts. An empty list appends nothing.
   */
  append(drafts: EventDraft[], signer: LedgerSigner): Promise<LedgerRecord[]>;
  /** Every record on the ledger branch, in seq order. */
  read(): Promise<LedgerRecord[]>;
  /** The records from seq `seq` on, in seq order (what was appended since a reader last looked). */
  readFrom(seq: number): Promise<LedgerRecord[]>;
  /**
   * The folder's state over every record on the ledger, kept per opened ledger and advanced by the
   * new records only (app/ledger/fold-cache.ts). The state is shared and keeps advancing: read it,
   * never change it, and copy what must stay fixed across an await.
   */
  fold<S>(folder: LedgerFolder<S>): Promise<S>;
}

/** A projection of the ledger built one record at a time (a module-level constant; its state lives in the ledger's fold cache). */
export interface LedgerFolder<S> {
  init(): S;
  /** Applies one record, in seq order, to the state (mutating it). */
  step(state: S, record: LedgerRecord): void;
}

/** A ledger that can prove what it holds (inclusion and consistency proofs, RFC 9162 §2.1). */
export interface ProvableLedger extends Ledger {
  /** The record at `seq`, or null when the ledger is shorter. */
  recordAt(seq: number): Promise<LedgerRecord | null>;
  /**
   * The newest checkpoint note to prove against: the newest witnessed one (a published checkpoint
   * tag) when `witnessed`, else the one committed on the branch tip. Null when there is none.
   */
  latestCheckpoint(options?: { witnessed?: boolean }): Promise<string | null>;
  /** Audit path (hex hashes, leaf first) of event `seq` in the tree of the first `size` events. */
  inclusionProof(seq: number, size: number): Promise<string[]>;
  /** Consistency proof (hex hashes) from the tree of size `from` to the tree of size `to`. */
  consistencyProof(from: number, to: number): Promise<string[]>;
}
