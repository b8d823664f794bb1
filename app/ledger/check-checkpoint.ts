import type { KeyObject } from "node:crypto";
import { canonicalHash } from "./event-hash.js";
import { CHECKPOINT_PATH } from "./layout.js";
import type { LedgerFault } from "./ledger-fault.js";
import { parseLedgerFile } from "./parse-ledger-file.js";
import { signedCheckpointSchema } from "./record-schema.js";
import { verifySignature } from "./verify-signature.js";

/**
 * Checks checkpoint.json against the verified events: canonical bytes, its own hash, a valid
 * signature by a trusted key, then `size` and `head` equal to what the branch holds. This is what
 * catches a truncated ledger (events deleted from the end) whose remaining chain is intact.
 */
export function checkCheckpoint(
  bytes: Uint8Array | null,
  size: number,
  head: string,
  trustedKeys: ReadonlyMap<string, KeyObject>,
): LedgerFault | null {
  const fault = (reason: string, code: LedgerFault["code"] = "LEDGER_CORRUPT"): LedgerFault => ({ seq: null, path: CHECKPOINT_PATH, reason, code });
  if (bytes === null) return fault("missing");
  const parsed = parseLedgerFile(bytes, signedCheckpointSchema);
  if (!parsed.ok) return fault(parsed.reason);
  const { checkpoint, hash, sig } = parsed.value;
  const computed = canonicalHash(checkpoint);
  if (computed !== hash) return fault(`hash mismatch: recorded ${hash}, computed ${computed}`);
  const signature = verifySignature(hash, sig, trustedKeys);
  if (!signature.ok) return fault(signature.reason, signature.code);
  if (checkpoint.size !== size) {
    return fault(`signed size ${checkpoint.size} but the branch holds ${size} events (${checkpoint.size > size ? "events removed from the end" : "events added without a new checkpoint"})`);
  }
  if (checkpoint.head !== head) return fault(`signed head ${checkpoint.head} but the last event's hash is ${head}`);
  return null;
}
