import { OffboardError } from "../../errors.js";
import type { JsonObject } from "../../util/json.js";
import type { Snapshot, TargetRef } from "../types.js";
import type { ScimContext } from "./context.js";
import { findTargetUser } from "./find-user.js";
import type { ScimMultiValue } from "./scim-user.js";
import type { SnapshotData } from "./snapshot-data.js";
import { listUserGroups } from "./user-groups.js";

const plain = (v: ScimMultiValue) => ({
  value: v.value,
  ...(v.display !== undefined ? { display: v.display } : {}),
  ...(v.type !== undefined ? { type: v.type } : {}),
});

/** Records what a reinstate must put back (status, direct groups, roles, licences); taken before the soft phase. */
export async function takeSnapshot(ctx: ScimContext, target: TargetRef): Promise<Snapshot> {
  const { config, client } = ctx;
  const user = await findTargetUser(ctx, target.email);
  if (!user) {
    throw new OffboardError("TARGET_NOT_FOUND", `${config.name}: no account with userName ${target.email} to snapshot`, {
      connector: config.name, reason: "not_found",
    });
  }
  const groups = (await listUserGroups(client, config, user)).filter((g) => g.direct);
  const data: SnapshotData = {
    format: 1,
    userName: user.userName,
    active: user.active,
    groups: groups.map((g) => ({ id: g.id, display: g.display })),
    roles: user.roles.map(plain),
    entitlements: user.entitlements.map(plain),
    sessions: user.ext?.sessions ?? 0,
  };
  return { connector: config.name, accountId: user.id, data: data as unknown as JsonObject };
}
