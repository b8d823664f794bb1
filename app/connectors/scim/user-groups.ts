import { OffboardError } from "../../errors.js";
import type { ScimConnectorConfig } from "./config.js";
import type { ScimClient } from "./scim-client.js";
import type { ScimUser } from "./scim-user.js";

export interface GroupRef {
  id: string;
  display: string;
  /** False for memberships through a nested group: those cannot be removed on this group. */
  direct: boolean;
}

const PAGE = 100;

/**
 * The groups a user belongs to: the User's read-only `groups` attribute when the
 * server returns it, else `GET /Groups?filter=members.value eq "<id>"` (paged), for servers that
 * leave `groups` out of User responses.
 */
export async function listUserGroups(client: ScimClient, config: ScimConnectorConfig, user: ScimUser): Promise<GroupRef[]> {
  if (user.groups) {
    return user.groups.map((g) => ({ id: g.value, display: g.display ?? g.value, direct: g.type !== "indirect" }));
  }
  const filter = encodeURIComponent(`members.value eq "${user.id}"`);
  const found: GroupRef[] = [];
  for (let startIndex = 1; ; startIndex += PAGE) {
    const path = `/Groups?filter=${filter}&attributes=displayName&startIndex=${startIndex}&count=${PAGE}`;
    const page = await client.get(path);
    if (page === null) {
      throw new OffboardError("CONNECTOR_FAILED", `${config.name}: ${config.baseUrl}/Groups does not exist (HTTP 404)`, {
        connector: config.name, method: "GET", path, status: 404,
      });
    }
    const resources = Array.isArray(page.Resources) ? (page.Resources as Array<Record<string, unknown>>) : [];
    for (const g of resources) {
      if (typeof g.id === "string") found.push({ id: g.id, display: typeof g.displayName === "string" ? g.displayName : g.id, direct: true });
    }
    const total = typeof page.totalResults === "number" ? page.totalResults : found.length;
    if (resources.length === 0 || found.length >= total) return found;
  }
}
