import { removeOrgMembership } from "../ops/remove-org-membership.js";
import { setOrgMembership } from "../ops/set-org-membership.js";
import { orgMembershipShape } from "../shapes/org-membership.js";
import { userShape } from "../shapes/user.js";
import type { OrgRole } from "../types.js";
import { userFor } from "../world.js";
import { notFound, ok, paginate, param, type RestCall, type RouteTable } from "./rest-types.js";

function membershipReply(call: RestCall) {
  const { world } = call;
  const membership = world.state.orgMembers.get(param(call, "username").toLowerCase());
  if (!membership) return notFound();
  return ok(orgMembershipShape(world, userFor(world, param(call, "username")), membership));
}

/** Membership of the double's organization: members, invitations (pending), roles. */
export const orgMemberRoutes: RouteTable = {
  "orgs/get-membership-for-user": membershipReply,
  // A newcomer is invited (pending until they accept, as on GitHub); a member or invitee gets the role.
  "orgs/set-membership-for-user": (call) => {
    const role = (call.body?.role ?? "member") as OrgRole;
    setOrgMembership(call.world, param(call, "username"), { role });
    return membershipReply(call);
  },
  "orgs/remove-membership-for-user": (call) => (removeOrgMembership(call.world, param(call, "username")) ? ok(undefined, 204) : notFound()),
  "orgs/check-membership-for-user": (call) => {
    const membership = call.world.state.orgMembers.get(param(call, "username").toLowerCase());
    return membership?.state === "active" ? ok(undefined, 204) : notFound();
  },
  // Active members only (invitees are not members yet); `filter` (2FA) is accepted and ignored.
  "orgs/list-members": (call) => {
    const { world } = call;
    const role = String(call.query.role ?? "all");
    const logins = [...world.state.orgMembers]
      .filter(([, m]) => m.state === "active" && (role === "all" || m.role === role))
      .map(([key]) => userFor(world, key))
      .sort((a, b) => a.login.toLowerCase().localeCompare(b.login.toLowerCase()));
    const { page, headers } = paginate(call, logins);
    return ok(page.map((user) => userShape(world, user)), 200, headers);
  },
};
