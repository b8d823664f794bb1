import { accountTypeOf } from "../account-type.js";
import type { TargetDescription, TargetRef } from "../types.js";
import { findPersonByMail } from "./find-person.js";
import type { LdapSession } from "./ldap-session.js";
import { listPersonGroups } from "./person-groups.js";

/**
 * What the directory says about the target: read-only, used for enrichment and plans.
 * Roles and groups are the `cn`s of the groupOfNames entries listing the person; privileged and
 * production owner come from `privilegedGroups` / `productionOwnerGroups`; the account type from
 * `accountTypeAttribute` (absent or unknown value: "unknown"); active means not locked by ppolicy.
 * LDAP has no licences, sessions or escalation history: those are empty.
 */
export async function describeTarget(session: LdapSession, target: TargetRef): Promise<TargetDescription> {
  const { config } = session;
  const person = await findPersonByMail(session, target.email);
  if (!person) {
    return {
      connector: config.name, exists: false, accountId: null, active: false, accountType: "unknown",
      privileged: false, productionOwner: false, roles: [], groups: [], licences: [], sessions: 0, escalations: [],
    };
  }
  const groups = (await listPersonGroups(session, person.dn)).map((g) => g.cn);
  const inAny = (names: string[]) => groups.some((g) => names.some((n) => n.toLowerCase() === g.toLowerCase()));
  return {
    connector: config.name,
    exists: true,
    accountId: person.dn,
    active: person.lockedTime === null,
    accountType: accountTypeOf(person.accountType),
    privileged: inAny(config.privilegedGroups),
    productionOwner: inAny(config.productionOwnerGroups),
    roles: groups,
    groups,
    licences: [],
    sessions: 0,
    escalations: [],
  };
}
