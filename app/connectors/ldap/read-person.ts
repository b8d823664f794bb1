import { OffboardError } from "../../errors.js";
import { isDnBelow } from "./dn.js";
import { personAttributes, personFilter, toPerson, type LdapPerson } from "./ldap-person.js";
import type { LdapSession } from "./ldap-session.js";

/** Refuses a DN outside `peopleBase`: a step or snapshot never points the connector elsewhere. */
export function assertPersonDn(session: LdapSession, dn: string): void {
  if (!isDnBelow(dn, session.config.peopleBase)) {
    throw new OffboardError("CONNECTOR_FAILED", `${session.config.name}: ${dn} is not below peopleBase ${session.config.peopleBase}; refusing to act on it`, {
      connector: session.config.name, dn, reason: "outside_people_base",
    });
  }
}

/** The person entry at `dn` (which must be below peopleBase); `null` when it does not exist or is not a person. */
export async function readPerson(session: LdapSession, dn: string): Promise<LdapPerson | null> {
  assertPersonDn(session, dn);
  const [entry] = await session.search(dn, { scope: "base", filter: personFilter(session.config), attributes: personAttributes(session.config) });
  return entry ? toPerson(entry, session.config) : null;
}
