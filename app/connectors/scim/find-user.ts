import { OffboardError } from "../../errors.js";
import type { ScimConnectorConfig } from "./config.js";
import type { ScimContext } from "./context.js";
import type { ScimClient } from "./scim-client.js";
import { parseScimUser, type ScimUser } from "./scim-user.js";

/** Emails the connector will put into a SCIM filter: no quotes, backslashes, spaces or controls. */
const SAFE_EMAIL = /^[^\s"\\@\p{Cc}]+@[^\s"\\@\p{Cc}]+$/u;

/**
 * Finds the one User whose userName is `email` (`GET /Users?filter=userName eq "..."`).
 * Results are re-checked here (case-insensitively, as RFC 7643 defines userName), so a server
 * that ignores or mis-applies the filter cannot point the executor at someone else.
 * `null` when nobody matches; TARGET_NOT_FOUND (details.reason "ambiguous") when several do.
 */
export async function findUserByUserName(client: ScimClient, config: ScimConnectorConfig, email: string): Promise<ScimUser | null> {
  const connector = config.name;
  if (!SAFE_EMAIL.test(email)) {
    throw new OffboardError("TARGET_NOT_FOUND", `${connector}: "${email}" is not an email address the connector can look up`, {
      connector, reason: "invalid_email",
    });
  }
  const wanted = email.toLowerCase();
  const path = `/Users?filter=${encodeURIComponent(`userName eq "${wanted}"`)}&count=10`;
  const list = await client.get(path);
  if (list === null) {
    throw new OffboardError("CONNECTOR_FAILED", `${connector}: ${config.baseUrl}/Users does not exist (HTTP 404); check baseUrl`, {
      connector, method: "GET", path, status: 404,
    });
  }
  const resources = Array.isArray(list.Resources) ? list.Resources : [];
  const matches = resources
    .map((r) => parseScimUser(r, config.extensionSchema, connector))
    .filter((u) => u.userName.toLowerCase() === wanted);
  if (matches.length > 1) {
    throw new OffboardError("TARGET_NOT_FOUND", `${connector}: ${matches.length} accounts have userName ${wanted}; refusing to guess`, {
      connector, reason: "ambiguous", matches: matches.map((m) => m.id),
    });
  }
  return matches[0] ?? null;
}

/** `findUserByUserName` through the lease's shared reads: describe, snapshot and plan before any change read once. */
export function findTargetUser({ client, config, reads }: ScimContext, email: string): Promise<ScimUser | null> {
  return reads.byUserName(email, () => findUserByUserName(client, config, email));
}
