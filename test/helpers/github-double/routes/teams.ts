import { removeTeamMembership } from "../ops/remove-team-membership.js";
import { setTeamMembership } from "../ops/set-team-membership.js";
import { teamMembershipShape, teamShape } from "../shapes/team.js";
import type { TeamRole } from "../types.js";
import { userFor } from "../world.js";
import { notFound, ok, paginate, param, type RestCall, type RouteTable } from "./rest-types.js";

const teamOf = (call: RestCall) => call.world.state.teams.get(param(call, "team_slug").toLowerCase());

/** Teams of the double's organization and their members (a member is pending while their org membership is). */
export const teamRoutes: RouteTable = {
  "teams/list": (call) => {
    const { world } = call;
    const teams = call.query.team_type === "enterprise" ? [] : [...world.state.teams.values()].sort((a, b) => a.name.localeCompare(b.name));
    const { page, headers } = paginate(call, teams);
    return ok(page.map((team) => teamShape(world, team)), 200, headers);
  },
  "teams/get-membership-for-user-in-org": (call) => {
    const { world } = call;
    const team = teamOf(call);
    const key = param(call, "username").toLowerCase();
    const role = team?.members.get(key);
    const membership = world.state.orgMembers.get(key);
    if (!team || !role || !membership) return notFound();
    return ok(teamMembershipShape(world, team, userFor(world, key).login, role, membership.state));
  },
  "teams/add-or-update-membership-for-user-in-org": (call) => {
    const { world } = call;
    const team = teamOf(call);
    if (!team) return notFound();
    const login = userFor(world, param(call, "username")).login;
    const role = (call.body?.role ?? "member") as TeamRole;
    const state = setTeamMembership(world, team, login, role);
    return ok(teamMembershipShape(world, team, login, role, state));
  },
  "teams/remove-membership-for-user-in-org": (call) => {
    const team = teamOf(call);
    return team && removeTeamMembership(team, param(call, "username")) ? ok(undefined, 204) : notFound();
  },
};
