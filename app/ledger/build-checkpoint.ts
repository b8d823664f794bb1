import { signHash } from "./build-records.js";
import { canonicalHash } from "./event-hash.js";
import type { LedgerCheckpoint, LedgerSigner, SignedCheckpoint } from "./types.js";

/** The signed checkpoint for a ledger of `size` events whose last hash is `head`. */
export function buildCheckpoint(size: number, head: string, time: string, signer: LedgerSigner): SignedCheckpoint {
  const checkpoint: LedgerCheckpoint = { v: 1, size, head, time };
  const hash = canonicalHash(checkpoint);
  return { checkpoint, hash, sig: signHash(hash, signer) };
}
