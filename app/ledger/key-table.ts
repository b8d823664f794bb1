import { createPublicKey, type KeyObject } from "node:crypto";
import type { ErrorCode } from "../errors.js";
import { keyFingerprint } from "./key-id.js";
import { isWriterRole, roleOf, WITNESS_ROLE } from "./key-roles.js";
import { rawEd25519 } from "./note-key-id.js";
import type { LedgerEvent } from "./types.js";

/** When a key may act, by ledger position (ledger/SPEC.md §8): from `added` on, until (and including) `revoked`. */
export interface KeyEntry {
  kid: string;
  role: string;
  /** seq of the event that introduced it (ledger.genesis or key.added). */
  added: number;
  /** seq of its key.revoked event, or null. The key may sign that event itself, nothing after it. */
  revoked: number | null;
}

export type KeyTable = ReadonlyMap<string, KeyEntry>;
export type KeyFault = { code: ErrorCode; reason: string };

const B64_KEY = /^[A-Za-z0-9+/]{43}=$/;

/** Whether `kid` may sign at position `seq` according to `table`. */
export function keyValidAt(table: KeyTable, kid: string, seq: number): KeyFault | null {
  const entry = table.get(kid);
  if (entry === undefined) return { code: "LEDGER_KEY_NOT_VALID", reason: `key ${kid} signs before any key.added introduced it` };
  if (seq < entry.added) return { code: "LEDGER_KEY_NOT_VALID", reason: `key ${kid} signs at seq ${seq}, before its key.added at seq ${entry.added}` };
  if (entry.revoked !== null && seq > entry.revoked) return { code: "LEDGER_KEY_NOT_VALID", reason: `key ${kid} was revoked at seq ${entry.revoked}` };
  return null;
}

/**
 * Applies `event` (signed by `signer`) to the key table, in place, and checks it against the rules
 * of §8: ledger.genesis only at seq 0 and always there, introducing its own signer; key.added by
 * the added writer key itself (a witness key by any valid writer), never twice; key.revoked by the
 * revoked key itself or a valid gatekeeper key, never twice; every signer valid at its position.
 *
 * @param trusted the trust roots, or null on the writer side (which only checks kid fingerprints).
 * @returns the first rule broken, or null.
 */
export function applyKeyRules(table: Map<string, KeyEntry>, event: LedgerEvent, signer: string, trusted: ReadonlyMap<string, KeyObject> | null): KeyFault | null {
  const corrupt = (reason: string): KeyFault => ({ code: "LEDGER_CORRUPT", reason });
  if (event.seq === 0 && event.type !== "ledger.genesis") return corrupt(`seq 0 is ${event.type}; a ledger starts with ledger.genesis`);
  if (event.type === "ledger.genesis") {
    if (event.seq !== 0) return corrupt("ledger.genesis is only allowed at seq 0");
    if (typeof event.data.origin !== "string" || !/^[^\s+]{1,255}$/u.test(event.data.origin)) return corrupt("ledger.genesis data.origin must be a key-name-like string (no spaces or +)");
    const fault = introduce(table, event, trusted);
    if (fault) return fault;
    if (event.data.kid !== signer) return { code: "LEDGER_KEY_NOT_VALID", reason: `ledger.genesis introduces ${String(event.data.kid)} but is signed by ${signer}` };
    return null;
  }
  if (event.type === "key.added") {
    const fault = introduce(table, event, trusted);
    if (fault) return fault;
    const added = table.get(String(event.data.kid))!;
    if (isWriterRole(added.role) && signer !== added.kid) {
      return { code: "LEDGER_KEY_NOT_VALID", reason: `key.added for writer key ${added.kid} must be signed by that key (proof of possession), not ${signer}` };
    }
    return keyValidAt(table, signer, event.seq);
  }
  const valid = keyValidAt(table, signer, event.seq);
  if (valid) return valid;
  if (event.type === "key.revoked") {
    const kid = event.data.kid;
    if (typeof kid !== "string" || typeof event.data.reason !== "string" || Object.keys(event.data).length !== 2) {
      return corrupt("key.revoked data must be exactly {kid, reason} (strings)");
    }
    const entry = table.get(kid);
    if (entry === undefined) return { code: "LEDGER_KEY_NOT_VALID", reason: `key.revoked names ${kid}, which was never added` };
    if (entry.revoked !== null) return { code: "LEDGER_KEY_NOT_VALID", reason: `key ${kid} was already revoked at seq ${entry.revoked}` };
    if (signer !== kid && roleOf(signer) !== "gatekeeper") return { code: "LEDGER_KEY_NOT_VALID", reason: `key ${kid} can be revoked by itself or a gatekeeper key, not ${signer}` };
    table.set(kid, { ...entry, revoked: event.seq });
  }
  return null;
}

/** Adds the key named in a genesis or key.added event's data ({kid, role, public_key}). */
function introduce(table: Map<string, KeyEntry>, event: LedgerEvent, trusted: ReadonlyMap<string, KeyObject> | null): KeyFault | null {
  const { kid, role, public_key: publicKey } = event.data;
  const expected = event.type === "ledger.genesis" ? ["kid", "origin", "public_key", "role"] : ["kid", "public_key", "role"];
  if (Object.keys(event.data).sort().join() !== expected.join() || typeof kid !== "string" || typeof role !== "string" || typeof publicKey !== "string") {
    return { code: "LEDGER_CORRUPT", reason: `${event.type} data must be exactly {${expected.join(", ")}} (strings)` };
  }
  if (roleOf(kid) !== role || !(isWriterRole(role) || role === WITNESS_ROLE)) {
    return { code: "LEDGER_KEY_NOT_VALID", reason: `${event.type} gives ${kid} role ${role}; a key's role is its kid's name part and one of gatekeeper, doer, witness` };
  }
  if (!B64_KEY.test(publicKey)) return { code: "LEDGER_CORRUPT", reason: `${event.type} public_key is not the base64 of a 32-byte Ed25519 key` };
  const raw = Buffer.from(publicKey, "base64");
  if (trusted !== null) {
    const root = trusted.get(kid);
    if (root === undefined) return { code: "LEDGER_KEY_UNKNOWN", reason: `${event.type} introduces ${kid}, which is not a trusted key` };
    if (!rawEd25519(root).equals(raw)) return { code: "LEDGER_KEY_NOT_VALID", reason: `${event.type} records a public key for ${kid} that is not the trusted one` };
  } else if (keyFingerprint(spkiOf(raw)) !== kid.slice(-16)) {
    return { code: "LEDGER_KEY_NOT_VALID", reason: `${event.type} public key does not match the fingerprint in ${kid}` };
  }
  const prior = table.get(kid);
  if (prior) return { code: "LEDGER_KEY_NOT_VALID", reason: `key ${kid} was already added at seq ${prior.added}${prior.revoked === null ? "" : ` and revoked at seq ${prior.revoked}`}` };
  table.set(kid, { kid, role, added: event.seq, revoked: null });
  return null;
}

const SPKI_ED25519_PREFIX = Buffer.from("302a300506032b6570032100", "hex");

/** The KeyObject of a raw 32-byte Ed25519 public key. */
export function spkiOf(raw: Uint8Array): KeyObject {
  return createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, raw]), format: "der", type: "spki" });
}
