import type { OrgMembershipState, TeamRole } from "../types.js";
import type { TeamRecord, World } from "../world.js";
import { fromExample, nodeId } from "./from-example.js";

/** team shape (GET /orgs/{org}/teams): a closed organization team without a parent. */
export function teamShape(world: World, team: TeamRecord): Record<string, unknown> {
  const api = `${world.urls.api}/teams/${team.id}`;
  return {
    ...fromExample(world, "team-items", 0),
    id: team.id,
    node_id: nodeId("04:Team", team.id),
    url: api,
    html_url: `${world.urls.api}/orgs/${world.owner}/teams/${team.slug}`,
    name: team.name,
    slug: team.slug,
    description: null,
    privacy: "closed",
    notification_setting: "notifications_enabled",
    permission: "pull",
    members_url: `${api}/members{/member}`,
    repositories_url: `${api}/repos`,
    parent: null,
    type: "organization",
    organization_id: world.orgId,
  };
}

/** team-membership shape. */
export function teamMembershipShape(world: World, team: TeamRecord, login: string, role: TeamRole, state: OrgMembershipState): Record<string, unknown> {
  return { url: `${world.urls.api}/teams/${team.id}/memberships/${encodeURIComponent(login)}`, role, state };
}
