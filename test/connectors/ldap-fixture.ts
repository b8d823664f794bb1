import type { Entry } from "ldapts";
import { createLdapConnector } from "../../app/connectors/ldap/ldap-connector.js";
import type { Connector, ConnectorCredentials, PlannedStep } from "../../app/connectors/types.js";
import { BASE_DN, EMPTY_GROUP_MEMBER, GROUPS_DN, PEOPLE_DN, SERVICE_DN, type Slapd } from "../helpers/slapd.js";

/** The connector config a tenant would write for the test directory. */
export function ldapConfig(slapd: Slapd, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    url: slapd.url, bindDn: SERVICE_DN, baseDn: BASE_DN, productionOwnerGroups: ["prod-owners"], emptyGroupMember: EMPTY_GROUP_MEMBER, ...extra,
  };
}

export function ldapConnector(slapd: Slapd, extra: Record<string, unknown> = {}): Connector {
  return createLdapConnector(ldapConfig(slapd, extra));
}

/** What a lease would carry: the service account's secret. */
export const leaseCreds = (slapd: Slapd): ConnectorCredentials => ({ bearerToken: slapd.servicePassword });

export async function applyAll(connector: Connector, steps: PlannedStep[], creds: ConnectorCredentials) {
  const results = [];
  for (const step of steps) results.push(await connector.apply(step, creds));
  return results;
}

/** Multi-valued attributes sorted, so entries compare as sets of values. */
function canonical(entry: Entry): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entry).map(([k, v]) => [k, Array.isArray(v) ? [...v].map(String).sort() : v]));
}

/** People and groups, every attribute (operational ones included: modifyTimestamp moves on any write). */
export async function directoryState(slapd: Slapd): Promise<Array<Record<string, unknown>>> {
  return [...(await slapd.dump(PEOPLE_DN)), ...(await slapd.dump(GROUPS_DN))].map(canonical);
}

/** People and groups as a person would see them restored: user attributes plus the lock. */
export async function directoryContent(slapd: Slapd): Promise<Array<Record<string, unknown>>> {
  const attrs = ["*", "pwdAccountLockedTime", "entryUUID"];
  return [...(await slapd.dump(PEOPLE_DN, attrs)), ...(await slapd.dump(GROUPS_DN, attrs))].map(canonical);
}

/** The `member` values of one group, by cn. */
export async function membersOf(slapd: Slapd, cn: string): Promise<string[]> {
  const [group] = await slapd.dump(`cn=${cn},${GROUPS_DN}`, ["member"]);
  const member = group?.member;
  return (Array.isArray(member) ? member.map(String) : member ? [String(member)] : []).sort();
}
