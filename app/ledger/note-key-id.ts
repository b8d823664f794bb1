import { createHash, type KeyObject } from "node:crypto";

/** Signature type bytes of c2sp.org/signed-note: plain Ed25519 (log signatures) and timestamped Ed25519 cosignatures. */
export const NOTE_ED25519 = 0x01;
export const NOTE_COSIGNATURE_V1 = 0x04;

/**
 * Raw bytes by key. A deliberate exception to "no module-level state": a pure memo, keyed weakly by
 * the immutable KeyObject, of a function of it; nothing can be observed through it but speed.
 * Every checkpoint check computes the key IDs of every trusted key, and exporting a KeyObject
 * costs more than the hashing around it (about 3% of the executor's CPU in the bulk bench).
 */
const rawBytes = new WeakMap<KeyObject, Buffer>();

/** The 32 raw bytes of an Ed25519 public key (the tail of its SPKI DER encoding); a fresh copy each call. */
export function rawEd25519(publicKey: KeyObject): Buffer {
  let raw = rawBytes.get(publicKey);
  if (raw === undefined) {
    const der = publicKey.export({ type: "spki", format: "der" });
    raw = Buffer.from(der.subarray(der.length - 32));
    rawBytes.set(publicKey, raw);
  }
  return Buffer.from(raw);
}

/** Key ID = SHA-256(name ‖ 0x0A ‖ type ‖ 32-byte public key)[:4], as 8 hex digits (c2sp.org/signed-note). */
export function noteKeyId(name: string, type: number, publicKey: KeyObject): string {
  return createHash("sha256").update(name, "utf8").update(Buffer.from([0x0a, type])).update(rawEd25519(publicKey)).digest().subarray(0, 4).toString("hex");
}
