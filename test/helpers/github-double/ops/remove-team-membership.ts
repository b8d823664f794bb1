import type { TeamRecord } from "../world.js";

/** Takes `login` out of `team` (their org membership stays); false when they were not in it. */
export function removeTeamMembership(team: TeamRecord, login: string): boolean {
  return team.members.delete(login.toLowerCase());
}
