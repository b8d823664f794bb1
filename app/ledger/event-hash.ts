import { createHash } from "node:crypto";
import { canonicalJson } from "./canonical-json.js";
import { canonicalEvent } from "./check-record-line.js";
import { leafHashOfText } from "./leaf-hash.js";
import type { LedgerEvent } from "./types.js";

/** `prev` of the event at seq 0: 64 zeros. */
export const GENESIS_PREV = "0".repeat(64);

/**
 * The event's hash: lowercase hex SHA-256(0x00 ‖ JCS(event)), which is exactly the RFC 6962 leaf
 * hash of the event's canonical bytes. One hash serves as the chain link (`prev` of the next event),
 * the signed value and the Merkle leaf.
 */
export function eventHash(event: LedgerEvent): string {
  return leafHashOfText(canonicalEvent(event));
}

/** Lowercase hex SHA-256 of the canonical form of any JSON value (no prefix; not a ledger leaf). */
export function canonicalHash(value: unknown): string {
  return createHash("sha256").update(canonicalJson(value), "utf8").digest("hex");
}
