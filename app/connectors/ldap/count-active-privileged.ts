import { EqualityFilter, OrFilter } from "ldapts";
import { isDnWithin, sameDn } from "./dn.js";
import { personAttributes, personFilter, toPerson, valuesOf } from "./ldap-person.js";
import type { LdapSession } from "./ldap-session.js";

/**
 * How many people in `privilegedGroups` are active (their entry exists under `peopleBase` and
 * carries no ppolicy lock): the executor's floor of active administrators (blast-radius limit
 * `min_active_admins`). Members are read from the groups themselves (groupOfNames `member`), each
 * counted once however many privileged groups list it; the `emptyGroupMember` placeholder and
 * DNs outside `peopleBase` are not people.
 */
export async function countActivePrivileged(session: LdapSession): Promise<number> {
  const { config } = session;
  if (config.privilegedGroups.length === 0) return 0;
  const groups = await session.search(config.groupsBase, {
    scope: "sub",
    filter: new OrFilter({ filters: config.privilegedGroups.map((cn) => new EqualityFilter({ attribute: "cn", value: cn })) }),
    attributes: ["member"],
  });
  const members: string[] = [];
  for (const dn of groups.flatMap((g) => valuesOf(g, "member"))) {
    if (!isDnWithin(dn, config.peopleBase)) continue;
    if (config.emptyGroupMember !== undefined && sameDn(dn, config.emptyGroupMember)) continue;
    if (!members.some((m) => sameDn(m, dn))) members.push(dn);
  }
  let active = 0;
  for (const dn of members) {
    const [entry] = await session.search(dn, { scope: "base", filter: personFilter(config), attributes: personAttributes(config) });
    if (entry !== undefined && toPerson(entry, config).lockedTime === null) active++;
  }
  return active;
}
