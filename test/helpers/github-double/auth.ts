import { createPublicKey, randomBytes } from "node:crypto";
import { compactVerify } from "jose";
import type { World } from "./world.js";

/** Operations GitHub authenticates with the app's JWT rather than an installation token. */
export const JWT_OPERATIONS: ReadonlySet<string> = new Set(["apps/create-installation-access-token", "apps/get-authenticated", "apps/get-repo-installation"]);

/** An installation token lives one hour, like GitHub's. */
const TOKEN_TTL_MS = 60 * 60 * 1000;
/** GitHub refuses JWTs that expire more than ten minutes after now (one minute of drift allowed here). */
const MAX_JWT_LIFETIME_S = 10 * 60 + 60;
/** iat may run ahead of the server clock by this much. */
const IAT_DRIFT_S = 60;

export type JwtVerdict =
  | { ok: true }
  /** `skew`: a well-signed token whose times disagree with the clock (Octokit retries using the Date header). */
  | { ok: false; message: string; skew: boolean };

/** `Authorization: <scheme> <value>`, scheme lower-cased. */
export function readAuthorization(header: string | undefined): { scheme: string; value: string } | null {
  const match = /^\s*(\S+)\s+(\S+)\s*$/.exec(header ?? "");
  return match ? { scheme: (match[1] ?? "").toLowerCase(), value: match[2] ?? "" } : null;
}

export const looksLikeJwt = (value: string): boolean => value.split(".").length === 3;

/**
 * Verifies an app JWT as GitHub does: RS256 signature by the app's key, `iss` the app id, `exp` in the
 * future but at most ten minutes away, `iat` not in the future. Messages are GitHub's own (Octokit's
 * auth-app matches them to correct clock skew).
 */
export async function verifyAppJwt(world: World, jwt: string): Promise<JwtVerdict> {
  let claims: Record<string, unknown>;
  try {
    const { payload } = await compactVerify(jwt, createPublicKey(world.appPublicKeyPem), { algorithms: ["RS256"] });
    claims = JSON.parse(new TextDecoder().decode(payload)) as Record<string, unknown>;
  } catch {
    return { ok: false, message: "A JSON web token could not be decoded", skew: false };
  }
  if (String(claims.iss) !== String(world.appId)) return { ok: false, message: "'Issuer' claim ('iss') must be an Integer", skew: false };
  const now = Math.floor(world.clock() / 1000);
  const { exp, iat } = claims;
  if (typeof exp !== "number" || exp <= now) {
    return { ok: false, message: "'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires", skew: typeof exp === "number" };
  }
  if (exp > now + MAX_JWT_LIFETIME_S) return { ok: false, message: "'Expiration time' claim ('exp') is too far in the future", skew: true };
  if (typeof iat !== "number" || iat > now + IAT_DRIFT_S) {
    return { ok: false, message: "'Issued at' claim ('iat') must be an Integer representing the time that the assertion was issued", skew: typeof iat === "number" };
  }
  return { ok: true };
}

/** A fresh `ghs_` token valid for one hour of the double's clock. */
export function issueInstallationToken(world: World): { token: string; expiresAt: number } {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  const token = `ghs_${[...randomBytes(36)].map((b) => alphabet[b % alphabet.length]).join("")}`;
  const expiresAt = world.clock() + TOKEN_TTL_MS;
  world.state.tokens.set(token, expiresAt);
  world.tellGitFront({ type: "token", token, expiresAt });
  world.tellGitFront({ type: "clock", now: world.clock() });
  return { token, expiresAt };
}

export function installationTokenValid(world: World, token: string): boolean {
  const expiresAt = world.state.tokens.get(token);
  return expiresAt !== undefined && expiresAt > world.clock();
}
