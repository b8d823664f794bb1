import type { ScimConnectorConfig } from "./config.js";
import type { ScimClient } from "./scim-client.js";
import { parseScimUser, type ScimUser } from "./scim-user.js";

/** `GET /Users/{id}`; `null` when the account is gone. */
export async function getUserById(client: ScimClient, config: ScimConnectorConfig, id: string): Promise<ScimUser | null> {
  const raw = await client.get(`/Users/${encodeURIComponent(id)}`);
  return raw === null ? null : parseScimUser(raw, config.extensionSchema, config.name);
}
