import { accountTypeOf } from "../account-type.js";
import type { TargetDescription, TargetRef } from "../types.js";
import type { ScimContext } from "./context.js";
import { findTargetUser } from "./find-user.js";
import { listUserGroups } from "./user-groups.js";

/**
 * What the directory says about the target: read-only, used for enrichment and plans.
 * Privileged means a role in `privilegedRoles` or membership (direct or not) of a group in
 * `privilegedGroups`. Licences are the entitlement values.
 */
export async function describeTarget(ctx: ScimContext, target: TargetRef): Promise<TargetDescription> {
  const { config, client } = ctx;
  const user = await findTargetUser(ctx, target.email);
  if (!user) {
    return {
      connector: config.name, exists: false, accountId: null, active: false, accountType: "unknown",
      privileged: false, productionOwner: false, roles: [], groups: [], licences: [], sessions: 0, escalations: [],
    };
  }
  const groups = await listUserGroups(client, config, user);
  const roles = user.roles.map((r) => r.value);
  const groupNames = groups.map((g) => g.display);
  return {
    connector: config.name,
    exists: true,
    accountId: user.id,
    active: user.active,
    accountType: accountTypeOf(user.userType),
    privileged: roles.some((r) => config.privilegedRoles.includes(r)) || groupNames.some((g) => config.privilegedGroups.includes(g)),
    productionOwner: user.ext?.productionOwner ?? false,
    roles,
    groups: groupNames,
    licences: user.entitlements.map((e) => e.value),
    sessions: user.ext?.sessions ?? 0,
    escalations: [...(user.ext?.escalations ?? [])].sort((a, b) => a - b),
  };
}
