import type { KeyObject } from "node:crypto";

/**
 * The c2sp.org/tlog-witness `add-checkpoint` call: the checkpoint, the size the client believes the
 * witness last cosigned, and a consistency proof (RFC 6962) from that size to the new one.
 */
export interface AddCheckpointRequest {
  oldSize: number;
  /** hex hashes; empty when oldSize is 0 or equal to the new size. */
  proof: string[];
  /** The checkpoint note, signed by a writer (log) key. */
  checkpoint: string;
}

/**
 * A witness: a separate party with its own Ed25519 key that remembers the largest checkpoint it
 * cosigned per origin and only cosigns consistent extensions of it, so a rolled-back or forked
 * ledger can never collect its cosignature. `addCheckpoint` resolves to the cosignature line(s)
 * (`— <kid> base64(keyID ‖ timestamp ‖ signature)\n`), or rejects with WITNESS_CONFLICT (details.size:
 * what it has) or WITNESS_REFUSED (details.status: 400, 403, 404, 409 or 422 as in tlog-witness).
 */
export interface Witness {
  kid: string;
  publicKey: KeyObject;
  addCheckpoint(request: AddCheckpointRequest): Promise<string>;
}
