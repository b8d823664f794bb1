import { AndFilter, EqualityFilter } from "ldapts";
import { valuesOf } from "./ldap-person.js";
import type { LdapSession } from "./ldap-session.js";

export interface LdapGroup {
  dn: string;
  cn: string;
}

const GROUP_CLASS = "groupOfNames";

const memberFilter = (dn: string) =>
  new AndFilter({ filters: [new EqualityFilter({ attribute: "objectClass", value: GROUP_CLASS }), new EqualityFilter({ attribute: "member", value: dn })] });

/**
 * The groupOfNames entries under `groupsBase` whose `member` names `dn` (the server matches DNs
 * with distinguishedNameMatch). Found by search, so neither the memberOf nor the refint overlay is
 * needed. Sorted by cn for stable plans.
 */
export async function listPersonGroups(session: LdapSession, dn: string): Promise<LdapGroup[]> {
  const entries = await session.search(session.config.groupsBase, { scope: "sub", filter: memberFilter(dn), attributes: ["cn"] });
  return entries
    .map((e) => ({ dn: e.dn, cn: valuesOf(e, "cn")[0] ?? e.dn }))
    .sort((a, b) => a.cn.localeCompare(b.cn) || a.dn.localeCompare(b.dn));
}

/** Whether group `groupDn` lists `memberDn`; false also when the group does not exist. */
export async function isGroupMember(session: LdapSession, groupDn: string, memberDn: string): Promise<boolean> {
  const hits = await session.search(groupDn, { scope: "base", filter: memberFilter(memberDn), attributes: ["1.1"] });
  return hits.length > 0;
}
