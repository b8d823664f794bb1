import { AndFilter, EqualityFilter, type Entry, type Filter } from "ldapts";
import { OffboardError } from "../../errors.js";
import type { LdapConnectorConfig } from "./config.js";

/** The ppolicy value meaning "locked until an administrator unlocks it" (draft-behera-ldap-password-policy §5.3.3). */
export const PERMANENT_LOCK = "000001010000Z";

/** The parts of a person entry the connector relies on. */
export interface LdapPerson {
  dn: string;
  /** RFC 4530; stays with the entry for its lifetime, so a recreated DN is told apart. */
  entryUUID: string;
  mail: string[];
  accountType: string | null;
  /** ppolicy `pwdAccountLockedTime`, null when not locked. */
  lockedTime: string | null;
}

/** Attributes to request for `toPerson` (the two operational ones must be named). */
export const personAttributes = (config: LdapConnectorConfig): string[] => [
  config.mailAttribute, config.accountTypeAttribute, "entryUUID", "pwdAccountLockedTime",
];

/** `(&(objectClass=<personObjectClass>)<clauses>)`, sent as BER: values never become filter syntax. */
export function personFilter(config: LdapConnectorConfig, ...clauses: Filter[]): Filter {
  return new AndFilter({ filters: [new EqualityFilter({ attribute: "objectClass", value: config.personObjectClass }), ...clauses] });
}

/** All values of `attribute` (names match case-insensitively; ldapts returns one value bare). */
export function valuesOf(entry: Entry, attribute: string): string[] {
  const wanted = attribute.toLowerCase();
  const key = Object.keys(entry).find((k) => k.toLowerCase() === wanted && k !== "dn");
  const raw = key === undefined ? [] : entry[key];
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return list.map((v) => (Buffer.isBuffer(v) ? v.toString("utf8") : v));
}

export function toPerson(entry: Entry, config: LdapConnectorConfig): LdapPerson {
  const [entryUUID] = valuesOf(entry, "entryUUID");
  if (!entryUUID) {
    throw new OffboardError("CONNECTOR_FAILED", `${config.name}: ${entry.dn} came back without entryUUID; the service account must be able to read it (RFC 4530)`, {
      connector: config.name, dn: entry.dn, reason: "no_entry_uuid",
    });
  }
  return {
    dn: entry.dn,
    entryUUID,
    mail: valuesOf(entry, config.mailAttribute),
    accountType: valuesOf(entry, config.accountTypeAttribute)[0] ?? null,
    lockedTime: valuesOf(entry, "pwdAccountLockedTime")[0] ?? null,
  };
}
