import { createPrivateKey, createPublicKey, createSecretKey, type KeyObject } from "node:crypto";
import { OffboardError } from "../errors.js";

/**
 * A tenant's packet algorithm is pinned: Ed25519 (`EdDSA`) by default so a compromised executor
 * cannot forge decisions; HMAC-SHA256 (`HS256`) where a tenant configures it. A verifier never
 * accepts another algorithm for that tenant, nor another tenant's key.
 */
export type PacketAlg = "EdDSA" | "HS256";

export interface TenantVerifyKeys {
  tenant: string;
  alg: PacketAlg;
  /** kid → verification key (public key for EdDSA, the shared secret for HS256). */
  keys: Map<string, KeyObject>;
}

export interface TenantSigningKey {
  tenant: string;
  alg: PacketAlg;
  kid: string;
  key: KeyObject;
}

const MIN_HMAC_BYTES = 32;

/** Loads a signing key from PEM (EdDSA) or from a base64url secret of at least 32 bytes (HS256). */
export function signingKeyFrom(tenant: string, alg: PacketAlg, kid: string, material: string, source: string): TenantSigningKey {
  return { tenant, alg, kid, key: keyFrom(alg, material, "private", source) };
}

/** Loads a verification key: public PEM (EdDSA) or the shared secret (HS256). */
export function verifyKeyFrom(alg: PacketAlg, material: string, source: string): KeyObject {
  return keyFrom(alg, material, "public", source);
}

function keyFrom(alg: PacketAlg, material: string, use: "private" | "public", source: string): KeyObject {
  try {
    if (alg === "HS256") {
      const secret = Buffer.from(material.trim(), "base64url");
      if (secret.length < MIN_HMAC_BYTES) {
        throw new OffboardError("KEY_INVALID", `${source}: an HS256 packet secret must hold at least ${MIN_HMAC_BYTES} random bytes (base64url)`);
      }
      return createSecretKey(secret);
    }
    const key = use === "private" ? createPrivateKey(material) : createPublicKey(material);
    if (key.asymmetricKeyType !== "ed25519") {
      throw new OffboardError("KEY_INVALID", `${source}: expected an Ed25519 key for EdDSA, found ${key.asymmetricKeyType ?? "unknown"}`);
    }
    return key;
  } catch (e) {
    if (e instanceof OffboardError) throw e;
    throw new OffboardError("KEY_INVALID", `${source}: not a valid ${alg} ${use} key (${(e as Error).message})`);
  }
}
