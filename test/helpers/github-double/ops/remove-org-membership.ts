import type { World } from "../world.js";

/** Removes `login` from the organization (or cancels their invitation) and from every team; false when they were neither. */
export function removeOrgMembership(world: World, login: string): boolean {
  const key = login.toLowerCase();
  if (!world.state.orgMembers.delete(key)) return false;
  for (const team of world.state.teams.values()) team.members.delete(key);
  return true;
}
