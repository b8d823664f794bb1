import { randomUUID } from "node:crypto";
import { SignJWT } from "jose";
import type { Clock } from "../util/clock.js";
import { PACKET_ISSUER, PACKET_TYP, PacketBodySchema, type PacketBody } from "./packet-schema.js";
import type { TenantSigningKey } from "./tenant-keys.js";

export interface SignedPacket {
  jws: string;
  jti: string;
  kid: string;
  /** Unix seconds. */
  exp: number;
}

export interface SignOptions {
  clock: Clock;
  audience: string;
  /** Lifetime; short on purpose (default 300 s). */
  ttlSeconds?: number;
}

/** Signs a decision packet as a compact JWS (JWT claims: iss, aud, sub, jti, iat, nbf, exp, tenant, pkt). */
export async function signPacket(body: PacketBody, key: TenantSigningKey, options: SignOptions): Promise<SignedPacket> {
  const pkt = PacketBodySchema.parse(body);
  const now = Math.floor(options.clock() / 1000);
  const exp = now + (options.ttlSeconds ?? 300);
  const jti = randomUUID();
  const jws = await new SignJWT({ tenant: key.tenant, pkt })
    .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: PACKET_TYP })
    .setIssuer(PACKET_ISSUER)
    .setAudience(options.audience)
    .setSubject(pkt.request_id)
    .setJti(jti)
    .setIssuedAt(now)
    .setNotBefore(now)
    .setExpirationTime(exp)
    .sign(key.key);
  return { jws, jti, kid: key.kid, exp };
}
