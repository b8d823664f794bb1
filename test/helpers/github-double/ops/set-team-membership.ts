import type { OrgMembershipState, TeamRole } from "../types.js";
import type { TeamRecord, World } from "../world.js";
import { setOrgMembership } from "./set-org-membership.js";

/**
 * Puts `login` in `team` with `role` (an existing role is kept when omitted, else "member"). Like
 * GitHub, someone outside the organization gets a pending org membership (an invitation) and the
 * team membership stays pending until they accept. Returns the team membership's state.
 */
export function setTeamMembership(world: World, team: TeamRecord, login: string, role?: TeamRole): OrgMembershipState {
  const key = login.toLowerCase();
  const membership = world.state.orgMembers.get(key) ?? setOrgMembership(world, login, {});
  team.members.set(key, role ?? team.members.get(key) ?? "member");
  return membership.state;
}
