import { userShape } from "../shapes/user.js";
import { userFor } from "../world.js";
import { notFound, ok, param, type RouteTable } from "./rest-types.js";

/** Team membership and repository permission of people (set through the test API). */
export const memberRoutes: RouteTable = {
  "teams/get-membership-for-user-in-org": (call) => {
    const { world } = call;
    const team = param(call, "team_slug").toLowerCase();
    const login = param(call, "username");
    if (!world.state.teams.get(team)?.has(login.toLowerCase())) return notFound();
    const teamId = [...world.state.teams.keys()].indexOf(team) + 1;
    return ok({ url: `${world.urls.api}/teams/${teamId}/memberships/${login}`, role: "member", state: "active" });
  },
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
