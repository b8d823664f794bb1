import { randomUUID } from "node:crypto";
import type { Clock } from "../util/clock.js";
import { b64uJson, signCompact } from "./compact-jws.js";
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

/**
 * Signs a decision packet as a compact JWS (JWT claims: iss, aud, sub, jti, iat, nbf, exp, tenant,
 * pkt). Async for callers that may sign with a remote key (KMS, Vault transit) later.
 */
export async function signPacket(body: PacketBody, key: TenantSigningKey, options: SignOptions): Promise<SignedPacket> {
  const pkt = PacketBodySchema.parse(body);
  const now = Math.floor(options.clock() / 1000);
  const exp = now + (options.ttlSeconds ?? 300);
  const jti = randomUUID();
  const header = b64uJson({ alg: key.alg, kid: key.kid, typ: PACKET_TYP });
  const claims = { iss: PACKET_ISSUER, aud: options.audience, sub: pkt.request_id, jti, iat: now, nbf: now, exp, tenant: key.tenant, pkt };
  const jws = signCompact(key.alg, key.key, header, b64uJson(claims));
  return { jws, jti, kid: key.kid, exp };
}
