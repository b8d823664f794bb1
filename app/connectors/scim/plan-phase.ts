import { OffboardError } from "../../errors.js";
import type { Phase, PlannedStep, TargetRef } from "../types.js";
import type { ScimContext } from "./context.js";
import { findTargetUser } from "./find-user.js";
import { listUserGroups } from "./user-groups.js";

/**
 * The steps of one phase, in execution order.
 *
 * soft (reversible, now): `deactivate` (active=false: no new sign-ins), `revoke_sessions`
 *   (unless the IdP does that on deactivation), then one `remove_groups` step per direct group,
 *   so systems that provision from group membership drop access even if they ignore `active`.
 * hard (after the window): `reclaim_licences` (remove the licence entitlements), then `delete`.
 *
 * Soft on an unknown target is TARGET_NOT_FOUND. Hard on an unknown target plans nothing: the
 * account is already gone (a hard phase resumed after its delete).
 */
export async function planPhase(ctx: ScimContext, phase: Phase, target: TargetRef): Promise<PlannedStep[]> {
  const { config, client } = ctx;
  const user = await findTargetUser(ctx, target.email);
  if (!user) {
    if (phase === "hard") return [];
    throw new OffboardError("TARGET_NOT_FOUND", `${config.name}: no account with userName ${target.email}`, {
      connector: config.name, reason: "not_found",
    });
  }
  const step = (action: PlannedStep["action"], detail: PlannedStep["detail"] = {}): PlannedStep => ({
    connector: config.name, phase, action, accountId: user.id, detail: { userName: user.userName, ...detail },
  });
  if (phase === "soft") {
    const groups = (await listUserGroups(client, config, user)).filter((g) => g.direct);
    return [
      step("deactivate"),
      ...(config.sessions === "extension" ? [step("revoke_sessions")] : []),
      ...groups.map((g) => step("remove_groups", { groupId: g.id, group: g.display })),
    ];
  }
  const licences = user.entitlements.map((e) => e.value);
  return [...(licences.length > 0 ? [step("reclaim_licences", { licences })] : []), step("delete")];
}
