import { createPrivateKey, createPublicKey, sign, type KeyObject } from "node:crypto";
import { OffboardError } from "../errors.js";
import { parseCheckpointBody } from "./checkpoint-body.js";
import { ed25519Signer } from "./ed25519-verify.js";
import { assertKidMatchesKey } from "./key-id.js";
import type { LedgerSigner } from "./types.js";

/**
 * A signer for ledger records and checkpoints from an Ed25519 PKCS#8 PEM private key. Fails closed: the key must
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
  const publicKey = createPublicKey(privateKey);
  assertKidMatchesKey(kid, publicKey, source);
  const native = ed25519Signer(privateKey);
  const signHashes = native?.signHashes;
  return {
    kid,
    publicKey,
    sign(message: Uint8Array): Uint8Array {
      // Only two kinds of message, which cannot be mistaken for each other: 32-byte event hashes and
      // checkpoint note texts (always longer). Anything else is refused: the key is not a signing oracle.
      if (message.length !== 32 && !parseCheckpointBody(Buffer.from(message).toString("utf8")).ok) {
        throw new OffboardError("LEDGER_EVENT_INVALID", `ledger signer ${kid} signs 32-byte event hashes and checkpoint texts only, got ${message.length} other bytes`, { kid });
      }
      return native === null ? new Uint8Array(sign(null, message, privateKey)) : native.sign(message);
    },
    // Event hashes only (the native side takes 32-byte messages and nothing else), on the thread pool.
    ...(signHashes ? { signHashes: (hashes: Uint8Array) => signHashes(hashes) } : {}),
  };
}
