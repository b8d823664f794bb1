import { createPrivateKey, createPublicKey, sign, type KeyObject } from "node:crypto";
import { OffboardError } from "../errors.js";
import { assertKidMatchesKey } from "./key-id.js";
import type { LedgerSigner } from "./types.js";

/**
 * A signer for ledger records from an Ed25519 PKCS#8 PEM private key. Fails closed: the key must
 * parse, be Ed25519, and `kid` must be the id of its public key, so a component can never sign
 * under an id that auditors would resolve to a different trusted key.
 *
 * @param source where the key came from (file or variable name), used in error messages only.
 * @throws OffboardError KEY_MISSING when the PEM is empty, KEY_INVALID when it is not a usable key.
 */
export function createLedgerSigner(privateKeyPem: string, kid: string, source = `ledger key ${kid}`): LedgerSigner {
  if (privateKeyPem.trim() === "") {
    throw new OffboardError("KEY_MISSING", `${source}: no private key given`, { kid, source });
  }
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({ key: privateKeyPem, format: "pem" });
  } catch (cause) {
    throw new OffboardError("KEY_INVALID", `${source}: not a PEM private key`, { kid, source }, { cause });
  }
  assertKidMatchesKey(kid, createPublicKey(privateKey), source);
  return {
    kid,
    sign(hash: Uint8Array): Uint8Array {
      if (hash.length !== 32) {
        throw new OffboardError("LEDGER_EVENT_INVALID", `ledger signer ${kid} signs 32-byte SHA-256 hashes only, got ${hash.length} bytes`, { kid });
      }
      return new Uint8Array(sign(null, hash, privateKey));
    },
  };
}
