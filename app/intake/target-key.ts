import { createHash } from "node:crypto";

/**
 * Correlation key for a target identity: sha256 over a domain-separated, normalised email. Kept in
 * packets and events when the identity itself is scrubbed, so open requests for the same person
 * still collide without the identity being repeated.
 */
export function targetKey(email: string): string {
  return createHash("sha256").update(`offboard-target:v1:${email.trim().toLowerCase()}`).digest("hex");
}
