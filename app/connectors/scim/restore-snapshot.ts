import { OffboardError } from "../../errors.js";
import type { Snapshot } from "../types.js";
import type { ScimContext } from "./context.js";
import { getUserById } from "./get-user.js";
import type { PatchOperation } from "./scim-client.js";
import { readSnapshotData } from "./snapshot-data.js";
import { listUserGroups } from "./user-groups.js";

/**
 * Puts the account back as the snapshot recorded it, idempotently: `active`, the missing roles
 * and licence entitlements (one User PATCH), then each missing group membership (a Group PATCH
 * `add members`). Nothing the snapshot did not record is removed. An account that no longer
 * exists (the hard phase ran) is TARGET_NOT_FOUND: there is nothing left to restore into.
 */
export async function restoreSnapshot({ config, client, reads }: ScimContext, snapshot: Snapshot): Promise<void> {
  const data = readSnapshotData(snapshot, config.name);
  // A restore changes the account: nothing read before it under this lease stays shared.
  reads.changed();
  const user = await getUserById(client, config, snapshot.accountId);
  if (!user) {
    throw new OffboardError("TARGET_NOT_FOUND", `${config.name}: account ${snapshot.accountId} (${data.userName}) no longer exists; it cannot be reinstated`, {
      connector: config.name, accountId: snapshot.accountId, reason: "gone",
    });
  }
  const has = (list: Array<{ value: string }>, value: string) => list.some((v) => v.value === value);
  const roles = data.roles.filter((r) => !has(user.roles, r.value));
  const licences = data.entitlements.filter((e) => !has(user.entitlements, e.value));
  const ops: PatchOperation[] = [
    ...(user.active !== data.active ? [{ op: "replace" as const, path: "active", value: data.active }] : []),
    ...(roles.length > 0 ? [{ op: "add" as const, path: "roles", value: roles }] : []),
    ...(licences.length > 0 ? [{ op: "add" as const, path: "entitlements", value: licences }] : []),
  ];
  const userPath = `/Users/${encodeURIComponent(user.id)}`;
  if (ops.length > 0 && !(await client.patch(userPath, ops))) {
    throw new OffboardError("TARGET_NOT_FOUND", `${config.name}: account ${user.id} disappeared during reinstate`, {
      connector: config.name, accountId: user.id, reason: "gone",
    });
  }
  const current = new Set((await listUserGroups(client, config, user)).map((g) => g.id));
  for (const group of data.groups.filter((g) => !current.has(g.id))) {
    const ok = await client.patch(`/Groups/${encodeURIComponent(group.id)}`, [
      { op: "add", path: "members", value: [{ value: user.id }] },
    ]);
    if (!ok) {
      throw new OffboardError("CONNECTOR_FAILED", `${config.name}: group ${group.display} (${group.id}) no longer exists; membership cannot be restored`, {
        connector: config.name, groupId: group.id, status: 404,
      });
    }
  }
}
