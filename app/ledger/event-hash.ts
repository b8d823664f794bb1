import { createHash } from "node:crypto";
import { canonicalJson } from "./canonical-json.js";
import type { LedgerEvent } from "./types.js";

/** `prev` of the event at seq 0: 64 zeros. */
export const GENESIS_PREV = "0".repeat(64);

/** Lowercase hex SHA-256 of the UTF-8 bytes of the RFC 8785 canonical form of `event`. */
export function eventHash(event: LedgerEvent): string {
  return canonicalHash(event);
}

/** Lowercase hex SHA-256 of the canonical form of any ledger JSON value (events, checkpoints). */
export function canonicalHash(value: unknown): string {
  return createHash("sha256").update(canonicalJson(value), "utf8").digest("hex");
}
