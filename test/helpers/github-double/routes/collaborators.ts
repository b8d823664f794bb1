import { userShape } from "../shapes/user.js";
import { userFor } from "../world.js";
import { ok, param, type RouteTable } from "./rest-types.js";

/** Repository permission of people (set through the test API). */
export const collaboratorRoutes: RouteTable = {
  "repos/get-collaborator-permission-level": (call) => {
    const { world } = call;
    const user = userFor(world, param(call, "username"));
    const permission = world.state.permissions.get(user.login.toLowerCase()) ?? "none";
    const legacy = permission === "maintain" ? "write" : permission === "triage" ? "read" : permission;
    return ok({ permission: legacy, role_name: permission, user: { ...userShape(world, user), permissions: permissionFlags(permission), role_name: permission } });
  },
};

function permissionFlags(permission: string): Record<string, boolean> {
  const rank = ["none", "read", "triage", "write", "maintain", "admin"].indexOf(permission);
  return { pull: rank >= 1, triage: rank >= 2, push: rank >= 3, maintain: rank >= 4, admin: rank >= 5 };
}
