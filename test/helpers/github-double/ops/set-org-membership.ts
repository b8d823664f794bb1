import type { OrgMembership } from "../types.js";
import { userFor, type World } from "../world.js";

/**
 * Creates or changes `login`'s membership of the organization. Fields left out keep their value;
 * a newcomer defaults to role "member" and state "pending" (an invitation, as GitHub's
 * PUT /orgs/{org}/memberships/{username} makes). Returns the membership now held.
 */
export function setOrgMembership(world: World, login: string, change: Partial<OrgMembership>): OrgMembership {
  const user = userFor(world, login);
  const key = user.login.toLowerCase();
  const known = world.state.orgMembers.get(key);
  const membership: OrgMembership = { role: change.role ?? known?.role ?? "member", state: change.state ?? known?.state ?? "pending" };
  world.state.orgMembers.set(key, membership);
  return { ...membership };
}
