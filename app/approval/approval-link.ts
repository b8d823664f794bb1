import { randomUUID, type KeyObject } from "node:crypto";
import { errors as joseErrors, jwtVerify, SignJWT } from "jose";
import { OffboardError } from "../errors.js";
import type { Clock } from "../util/clock.js";

/** What a one-time approval link is bound to: one decision of one request of one tenant, and who may use it. */
export interface ApprovalLinkClaims {
  tenant: string;
  request_id: string;
  /** Hash of the `policy.decided` event the approval is for. */
  decision_event: string;
  /** SHA-256 of the request content that was decided. */
  request_digest: string;
  /** Emails of the people allowed to use it (the security team, mapped), lower case. */
  approvers: string[];
}

export interface VerifiedApprovalLink extends ApprovalLinkClaims {
  jti: string;
  /** Unix seconds. */
  exp: number;
}

/** The tenant's approval-link key: Ed25519, held by the gatekeeper only (it both issues and checks links). */
export interface ApprovalLinkKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export const APPROVAL_LINK_TYPE = "offboard-approval-link+jwt";
export const APPROVAL_LINK_AUDIENCE = "offboard-approval";
/** Minutes, as the product promises: between one and sixty. */
export const APPROVAL_LINK_TTL = { min: 60, max: 3_600, default: 900 } as const;

/**
 * Issues a one-time approval link token: a JWT signed with Ed25519 (typ, audience and issuer
 * specific to approval links, so it can never pass as a decision packet), bound to the decision's
 * event and content digest, the tenant and the allowed approvers, expiring in minutes. "One
 * time" is enforced where it is used: its id (jti) goes on the ledger with the approval.
 */
export async function signApprovalLink(claims: ApprovalLinkClaims, key: ApprovalLinkKey, options: { clock: Clock; ttlSeconds?: number }): Promise<{ token: string; jti: string; exp: number }> {
  const ttl = options.ttlSeconds ?? APPROVAL_LINK_TTL.default;
  if (!Number.isInteger(ttl) || ttl < APPROVAL_LINK_TTL.min || ttl > APPROVAL_LINK_TTL.max) {
    throw new OffboardError("CONFIG_INVALID", `approval links live ${APPROVAL_LINK_TTL.min}-${APPROVAL_LINK_TTL.max} seconds, not ${ttl}`, { ttl });
  }
  const now = Math.floor(options.clock() / 1000);
  const jti = randomUUID();
  const token = await new SignJWT({ ...claims, approvers: [...new Set(claims.approvers.map((a) => a.toLowerCase()))].sort() })
    .setProtectedHeader({ alg: "EdDSA", kid: key.kid, typ: APPROVAL_LINK_TYPE })
    .setIssuer(`offboard:${claims.tenant}`)
    .setAudience(APPROVAL_LINK_AUDIENCE)
    .setJti(jti)
    .setIssuedAt(now)
    .setNotBefore(now)
    .setExpirationTime(now + ttl)
    .sign(key.privateKey);
  return { token, jti, exp: now + ttl };
}

/**
 * Checks a link token: the tenant's key and only EdDSA, the approval-link type, audience and
 * issuer (a link of another tenant fails here), not before / expiry with `skewSeconds` of
 * tolerance in both directions, and the claims' shape. Any failure is APPROVAL_LINK_INVALID with
 * `details.reason`: malformed, signature, expired, not_yet_valid, other_tenant.
 */
export async function verifyApprovalLink(token: string, options: { tenant: string; publicKey: KeyObject; clock: Clock; skewSeconds?: number }): Promise<VerifiedApprovalLink> {
  const refuse = (reason: string, cause?: unknown): never => {
    throw new OffboardError("APPROVAL_LINK_INVALID", `approval link refused: ${reason.replace(/_/g, " ")}`, { reason }, cause === undefined ? undefined : { cause });
  };
  if (typeof token !== "string" || token.length > 8_192 || !/^[\w-]+\.[\w-]+\.[\w-]+$/.test(token)) refuse("malformed");
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, options.publicKey, {
      algorithms: ["EdDSA"],
      typ: APPROVAL_LINK_TYPE,
      audience: APPROVAL_LINK_AUDIENCE,
      issuer: `offboard:${options.tenant}`,
      currentDate: new Date(options.clock()),
      clockTolerance: options.skewSeconds ?? 30,
      requiredClaims: ["jti", "exp", "nbf", "iat"],
    }));
  } catch (e) {
    if (e instanceof joseErrors.JWTExpired) return refuse("expired", e);
    if (e instanceof joseErrors.JWTClaimValidationFailed && e.claim === "nbf") return refuse("not_yet_valid", e);
    if (e instanceof joseErrors.JWTClaimValidationFailed && e.claim === "iss") return refuse("other_tenant", e);
    if (e instanceof joseErrors.JWSSignatureVerificationFailed) return refuse("signature", e);
    return refuse("malformed", e);
  }
  const p = payload;
  const str = (v: unknown) => typeof v === "string" && v.length > 0 && v.length <= 256;
  if (p.tenant !== options.tenant) return refuse("other_tenant");
  if (!str(p.request_id) || !/^[0-9a-f]{64}$/.test(String(p.decision_event)) || !/^[0-9a-f]{64}$/.test(String(p.request_digest))) return refuse("malformed");
  if (!Array.isArray(p.approvers) || p.approvers.length === 0 || !p.approvers.every(str)) return refuse("malformed");
  return {
    tenant: options.tenant,
    request_id: String(p.request_id),
    decision_event: String(p.decision_event),
    request_digest: String(p.request_digest),
    approvers: (p.approvers as string[]).map((a) => a.toLowerCase()),
    jti: String(p.jti),
    exp: Number(p.exp),
  };
}
