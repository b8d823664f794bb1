import { createHmac, sign, type KeyObject } from "node:crypto";
import type { PacketAlg } from "./tenant-keys.js";

/**
 * JWS Compact Serialization (RFC 7515 §7.1) for the two packet algorithms, signed synchronously
 * with node:crypto: Ed25519 (`EdDSA`, RFC 8037) and HMAC-SHA256 (`HS256`, RFC 7518 §3.2).
 * Verification is jose's (verify-packet.ts), so every packet this produces is checked by the
 * library; the signing side is ours only because jose signs through async WebCrypto, which cost
 * about 200 µs per packet on the decision hot path (see docs/adr/0001-packet-signing.md).
 */
export function signCompact(alg: PacketAlg, key: KeyObject, protectedB64: string, payloadB64: string): string {
  const input = Buffer.from(`${protectedB64}.${payloadB64}`, "ascii");
  const signature = alg === "EdDSA" ? sign(null, input, key) : createHmac("sha256", key).update(input).digest();
  return `${protectedB64}.${payloadB64}.${signature.toString("base64url")}`;
}

/** base64url of the UTF-8 JSON of `value` (RFC 7515 BASE64URL(UTF8(...))). */
export function b64uJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value), "utf8").toString("base64url");
}
