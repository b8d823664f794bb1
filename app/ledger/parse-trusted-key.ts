import { createPublicKey, type KeyObject } from "node:crypto";
import { OffboardError } from "../errors.js";
import { assertKidMatchesKey } from "./key-id.js";

/**
 * The public key in `pem`, published as `<kid>.pem` (file name without `.pem` is the kid).
 * Refuses private keys (a private key in the trust directory is a leak, not a trust root),
 * non-Ed25519 keys and keys whose fingerprint does not match the file name.
 *
 * @param source the file as the user would find it ("ledger/keys/doer-….pem", "main:ledger/keys/…").
 * @throws OffboardError KEY_INVALID naming `source`.
 */
export function parseTrustedKey(fileName: string, pem: string, source: string): [kid: string, key: KeyObject] {
  const kid = fileName.replace(/\.pem$/, "");
  if (/PRIVATE KEY/.test(pem)) {
    throw new OffboardError("KEY_INVALID", `${source}: holds a private key; only public keys belong in the trust directory (remove it and rotate the key)`, { kid, source });
  }
  let key: KeyObject;
  try {
    key = createPublicKey({ key: pem, format: "pem" });
  } catch (cause) {
    throw new OffboardError("KEY_INVALID", `${source}: not a PEM public key`, { kid, source }, { cause });
  }
  assertKidMatchesKey(kid, key, source);
  return [kid, key];
}
