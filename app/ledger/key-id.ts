import { createHash, type KeyObject } from "node:crypto";
import { OffboardError } from "../errors.js";

/**
 * Key ids are `<name>-<fingerprint>`: `name` is a human label (the component: "gatekeeper", "doer",
 * lowercase letters, digits and inner hyphens, at most 32 characters) and `fingerprint` is the first
 * 16 hex digits of SHA-256 over the key's SubjectPublicKeyInfo DER encoding. Anyone can recompute it:
 * `openssl pkey -pubin -in <kid>.pem -outform DER | sha256sum | cut -c1-16`.
 * The label is not authenticated; the fingerprint binds the id to the key, and verification always
 * uses the trusted key stored under that id, never a key supplied by the record.
 */
export const KID_PATTERN = /^([a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?)-([0-9a-f]{16})$/;
export const KEY_NAME_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?$/;

/** The kid of `publicKey` under label `name`. */
export function ledgerKeyId(name: string, publicKey: KeyObject): string {
  if (!KEY_NAME_PATTERN.test(name)) {
    throw new OffboardError("KEY_INVALID", `ledger key name "${name}": use 1-32 lowercase letters, digits or inner hyphens`, { name });
  }
  return `${name}-${keyFingerprint(publicKey)}`;
}

/** First 16 hex digits of SHA-256(SPKI DER). */
export function keyFingerprint(publicKey: KeyObject): string {
  const der = publicKey.export({ type: "spki", format: "der" });
  return createHash("sha256").update(der).digest("hex").slice(0, 16);
}

/** Throws KEY_INVALID (naming `source`) unless `kid` is well formed and its fingerprint is `publicKey`'s. */
export function assertKidMatchesKey(kid: string, publicKey: KeyObject, source: string): void {
  const match = KID_PATTERN.exec(kid);
  if (!match) {
    throw new OffboardError("KEY_INVALID", `${source}: "${kid}" is not a ledger key id (<name>-<16 hex digits>)`, { kid, source });
  }
  if (publicKey.asymmetricKeyType !== "ed25519") {
    throw new OffboardError("KEY_INVALID", `${source}: ledger keys must be Ed25519, found ${publicKey.asymmetricKeyType ?? "unknown"}`, { kid, source });
  }
  const actual = keyFingerprint(publicKey);
  if (match[2] !== actual) {
    throw new OffboardError(
      "KEY_INVALID",
      `${source}: key id ${kid} does not match the key (its fingerprint is ${actual}; the id should be ${match[1]}-${actual})`,
      { kid, source, fingerprint: actual },
    );
  }
}
