import type { OrgMembership, UserRecord } from "../types.js";
import type { World } from "../world.js";
import { fromExample } from "./from-example.js";
import { organizationShape, userShape } from "./user.js";

/** org-membership shape: `user`'s membership of the double's organization. */
export function orgMembershipShape(world: World, user: UserRecord, membership: OrgMembership): Record<string, unknown> {
  const example = fromExample(world, "org-membership-response-if-user-has-an-active-admin-membership-with-organization");
  delete example.enterprise_teams_providing_indirect_membership;
  const org = `${world.urls.api}/orgs/${world.owner}`;
  return {
    ...example,
    url: `${org}/memberships/${encodeURIComponent(user.login)}`,
    state: membership.state,
    role: membership.role,
    organization_url: org,
    direct_membership: true,
    organization: organizationShape(world),
    user: userShape(world, user),
  };
}
