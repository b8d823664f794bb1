import { OffboardError } from "../../errors.js";
import type { ScimContext } from "./context.js";
import { parseScimUser } from "./scim-user.js";
import { listUserGroups } from "./user-groups.js";

const PAGE = 200;

/**
 * How many active accounts are privileged (a role in `privilegedRoles`, or a group in
 * `privilegedGroups`), by paging `GET /Users?filter=active eq true`: the executor's floor of
 * active administrators (blast-radius limit `min_active_admins`).
 */
export async function countActivePrivileged({ config, client }: ScimContext): Promise<number> {
  let count = 0;
  for (let startIndex = 1; startIndex < 1_000_000; startIndex += PAGE) {
    const path = `/Users?filter=${encodeURIComponent("active eq true")}&startIndex=${startIndex}&count=${PAGE}`;
    const page = await client.get(path);
    if (page === null) throw new OffboardError("CONNECTOR_FAILED", `${config.name}: ${config.baseUrl}/Users does not exist (HTTP 404)`, { connector: config.name, path, status: 404 });
    const resources = Array.isArray(page.Resources) ? page.Resources : [];
    for (const r of resources) {
      const user = parseScimUser(r, config.extensionSchema, config.name);
      if (!user.active) continue;
      const byRole = user.roles.some((x) => config.privilegedRoles.includes(x.value));
      const privileged = byRole || (await listUserGroups(client, config, user)).some((g) => config.privilegedGroups.includes(g.display));
      if (privileged) count++;
    }
    const total = typeof page.totalResults === "number" ? page.totalResults : 0;
    if (resources.length === 0 || startIndex + resources.length > total) return count;
  }
  return count;
}
