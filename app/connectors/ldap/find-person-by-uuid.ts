import { EqualityFilter } from "ldapts";
import { personAttributes, personFilter, toPerson, type LdapPerson } from "./ldap-person.js";
import type { LdapSession } from "./ldap-session.js";

/** The person whose entryUUID is `uuid`, wherever under `peopleBase` it now lives (renames included). */
export async function findPersonByEntryUUID(session: LdapSession, uuid: string): Promise<LdapPerson | null> {
  const { config } = session;
  const [entry] = await session.search(config.peopleBase, {
    scope: "sub", filter: personFilter(config, new EqualityFilter({ attribute: "entryUUID", value: uuid })), attributes: personAttributes(config),
  });
  return entry ? toPerson(entry, config) : null;
}
