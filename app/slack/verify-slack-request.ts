import { createHmac, timingSafeEqual } from "node:crypto";

export interface SlackRequest {
  /** `X-Slack-Request-Timestamp` (Unix seconds, as sent). */
  timestamp: string | undefined;
  /** `X-Slack-Signature` (`v0=<hex>`). */
  signature: string | undefined;
  /** The exact request body bytes as received. */
  rawBody: string;
}

export type SlackVerification =
  | { ok: true; timestamp: number; signature: string }
  | { ok: false; reason: "missing_headers" | "stale" | "future" | "bad_signature" };

/** Slack's replay window: five minutes, applied in BOTH directions. */
export const SLACK_TOLERANCE_SECONDS = 300;

/**
 * Slack's request signing (v0): HMAC-SHA256 over `v0:<timestamp>:<body>` with the app's signing
 * secret, compared in constant time. The timestamp must be within five minutes of our clock in
 * both directions: a request dated in the future is refused too (bolt-js accepts those; we do not).
 */
export function verifySlackRequest(req: SlackRequest, signingSecret: string, nowMs: number, toleranceSeconds = SLACK_TOLERANCE_SECONDS): SlackVerification {
  const { timestamp, signature } = req;
  if (!timestamp || !signature || !/^\d{1,12}$/.test(timestamp) || !/^v0=[0-9a-f]{64}$/.test(signature)) return { ok: false, reason: "missing_headers" };
  const ts = Number(timestamp);
  const now = Math.floor(nowMs / 1000);
  if (ts < now - toleranceSeconds) return { ok: false, reason: "stale" };
  if (ts > now + toleranceSeconds) return { ok: false, reason: "future" };
  const expected = Buffer.from(`v0=${createHmac("sha256", signingSecret).update(`v0:${timestamp}:${req.rawBody}`, "utf8").digest("hex")}`, "utf8");
  const given = Buffer.from(signature, "utf8");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: "bad_signature" };
  return { ok: true, timestamp: ts, signature };
}

/** Signs a request as Slack does (for the local Slack stand-in in tests and for tools). */
export function signSlackRequest(rawBody: string, signingSecret: string, timestampSeconds: number): { timestamp: string; signature: string } {
  const timestamp = String(timestampSeconds);
  return { timestamp, signature: `v0=${createHmac("sha256", signingSecret).update(`v0:${timestamp}:${rawBody}`, "utf8").digest("hex")}` };
}
