import { decodeJwt, decodeProtectedHeader, errors as joseErrors, jwtVerify } from "jose";
import { OffboardError, type ErrorCode } from "../errors.js";
import type { Clock } from "../util/clock.js";
import { PACKET_ISSUER, PACKET_TYP, PacketBodySchema, type PacketBody } from "./packet-schema.js";
import type { ReplayStore } from "./replay-store.js";
import type { TenantVerifyKeys } from "./tenant-keys.js";

export interface VerifyOptions {
  tenants: ReadonlyMap<string, TenantVerifyKeys>;
  audience: string;
  clock: Clock;
  replay: ReplayStore;
  /** Allowed clock skew in both directions (default 30 s). */
  maxSkewSeconds?: number;
  /** Longest lifetime a packet may claim (default 900 s). */
  maxTtlSeconds?: number;
}

export interface VerifiedPacket {
  tenant: string;
  kid: string;
  jti: string;
  exp: number;
  body: PacketBody;
}

/**
 * Verifies a decision packet. Order matters: everything that can be checked without trusting the
 * packet is checked first; the replay store records the id only after the signature and claims
 * verified, so a forger cannot burn ids. Every failure throws OffboardError with a PACKET_* code.
 */
export async function verifyPacket(jws: string, options: VerifyOptions): Promise<VerifiedPacket> {
  const skew = options.maxSkewSeconds ?? 30;
  const now = Math.floor(options.clock() / 1000);
  let header: ReturnType<typeof decodeProtectedHeader>;
  let claims: ReturnType<typeof decodeJwt>;
  try {
    header = decodeProtectedHeader(jws);
    claims = decodeJwt(jws);
  } catch {
    throw fail("PACKET_INVALID", "not a compact JWS");
  }
  const tenant = typeof claims.tenant === "string" ? options.tenants.get(claims.tenant) : undefined;
  if (!tenant) throw fail("PACKET_TENANT", "unknown tenant");
  if (header.alg !== tenant.alg) throw fail("PACKET_SIGNATURE", `algorithm ${String(header.alg)} is not the tenant's pinned ${tenant.alg}`);
  const key = typeof header.kid === "string" ? tenant.keys.get(header.kid) : undefined;
  if (!key || !header.kid) throw fail("PACKET_SIGNATURE", "unknown key id for this tenant");
  let payload: Awaited<ReturnType<typeof jwtVerify>>["payload"];
  try {
    ({ payload } = await jwtVerify(jws, key, {
      algorithms: [tenant.alg],
      audience: options.audience,
      issuer: PACKET_ISSUER,
      typ: PACKET_TYP,
      currentDate: new Date(options.clock()),
      clockTolerance: skew,
      requiredClaims: ["jti", "iat", "nbf", "exp", "aud", "iss", "sub"],
    }));
  } catch (e) {
    throw fromJose(e);
  }
  const iat = payload.iat as number;
  const exp = payload.exp as number;
  if (iat > now + skew) throw fail("PACKET_NOT_YET_VALID", "issued in the future");
  if (exp - iat > (options.maxTtlSeconds ?? 900)) throw fail("PACKET_EXPIRED", "lifetime longer than allowed");
  if (payload.tenant !== tenant.tenant) throw fail("PACKET_TENANT", "tenant claim mismatch");
  const body = PacketBodySchema.safeParse(payload.pkt);
  if (!body.success || body.data.request_id !== payload.sub) throw fail("PACKET_INVALID", "packet body does not match the schema");
  if (!(await options.replay.claim(payload.jti as string, exp))) throw fail("PACKET_REPLAYED", "packet id seen before");
  return { tenant: tenant.tenant, kid: header.kid, jti: payload.jti as string, exp, body: body.data };
}

function fail(code: ErrorCode, reason: string): OffboardError {
  return new OffboardError(code, `packet refused: ${reason}`, { reason });
}

function fromJose(e: unknown): OffboardError {
  if (e instanceof joseErrors.JWTExpired) return fail("PACKET_EXPIRED", "expired");
  if (e instanceof joseErrors.JWTClaimValidationFailed) {
    if (e.claim === "nbf" || e.claim === "iat") return fail("PACKET_NOT_YET_VALID", `claim ${e.claim} is in the future`);
    if (e.claim === "aud") return fail("PACKET_AUDIENCE", "wrong audience");
    return fail("PACKET_INVALID", `claim ${e.claim} invalid`);
  }
  if (e instanceof joseErrors.JWSSignatureVerificationFailed) return fail("PACKET_SIGNATURE", "signature does not verify");
  if (e instanceof joseErrors.JOSEAlgNotAllowed) return fail("PACKET_SIGNATURE", "algorithm not allowed");
  return fail("PACKET_INVALID", e instanceof Error ? e.message : "malformed");
}
