import { z } from "zod";

/**
 * zod schemas of what is stored on the ledger branch (strict: unknown fields are errors). Types
 * are checked here; canonical form, event types, chain links, hashes and signatures are checked
 * by check-record.ts and verify-signature.ts so each failure gets its own precise reason.
 */
const hex64 = z.string().regex(/^[0-9a-f]{64}$/, "expected 64 lowercase hex digits");
const rfc3339Millis = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, "expected RFC 3339 UTC time like 2026-01-31T12:00:00.000Z");
export const labelSchema = z.string().min(1).max(512);

export const signatureSchema = z.strictObject({
  kid: z.string().min(1).max(64),
  alg: z.literal("Ed25519"),
  value: z.string().regex(/^[A-Za-z0-9_-]{86}$/, "expected 64 bytes as base64url without padding"),
});

export const eventSchema = z.strictObject({
  v: z.literal(1),
  seq: z.number().int().min(0),
  prev: hex64,
  time: rfc3339Millis,
  type: z.string(),
  tenant: labelSchema,
  actor: labelSchema,
  subject: labelSchema,
  data: z.record(z.string(), z.json()),
});

export const recordSchema = z.strictObject({ event: eventSchema, hash: hex64, sig: signatureSchema });

export const checkpointSchema = z.strictObject({
  v: z.literal(1),
  size: z.number().int().min(0),
  head: hex64,
  time: rfc3339Millis,
});

export const signedCheckpointSchema = z.strictObject({ checkpoint: checkpointSchema, hash: hex64, sig: signatureSchema });

/** The first schema issue as `event.data.x: message`. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return "invalid";
  const where = issue.path.length === 0 ? "(top level)" : issue.path.map(String).join(".");
  return `${where}: ${issue.message}`;
}
