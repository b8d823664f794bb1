import { z } from "zod";
import { OffboardError } from "../../errors.js";
import { isDnWithin, normalizeDn } from "./dn.js";

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** `attr=value` RDNs separated by commas; values may escape `,`, `+`, `=` and `\` with a backslash. */
const DN_SHAPE = /^[A-Za-z][A-Za-z0-9-]*=(?:[^,=+\\]|\\.)+(?:,\s*[A-Za-z][A-Za-z0-9-]*=(?:[^,=+\\]|\\.)+)*$/;
const dn = z.string().regex(DN_SHAPE, "must be a DN such as ou=people,dc=example,dc=com");
const attribute = z.string().regex(/^[A-Za-z][A-Za-z0-9-]{0,63}$/, "must be an LDAP attribute or object class name");

export const ldapConnectorConfigSchema = z
  .object({
    /** `ldaps://host[:port]`; plain `ldap://` only to 127.0.0.1, localhost or [::1]. No path, no query. */
    url: z.string().refine((u) => {
      if (!URL.canParse(u)) return false;
      const url = new URL(u);
      const bare = (url.pathname === "" || url.pathname === "/") && !url.search && !url.hash && !url.username && !url.password;
      return bare && (url.protocol === "ldaps:" || (url.protocol === "ldap:" && LOOPBACK.has(url.hostname)));
    }, "must be ldaps://host[:port] (plain ldap:// is accepted only for 127.0.0.1, localhost or [::1])"),
    /** Name recorded in plans and evidence; lets a tenant run two directories side by side. */
    name: z.string().regex(/^[a-z][a-z0-9-]{0,31}$/).default("ldap"),
    /** The connector's service account. Its password is not config: it arrives per call from the lease. */
    bindDn: dn,
    baseDn: dn,
    /** Where people live; default `ou=people,<baseDn>`. Steps never touch an entry outside it. */
    peopleBase: dn.optional(),
    /** Where groups (groupOfNames) live; default `ou=groups,<baseDn>`. */
    groupsBase: dn.optional(),
    /** The attribute holding the email the target is looked up by. */
    mailAttribute: attribute.default("mail"),
    /** The object class every person entry has. */
    personObjectClass: attribute.default("inetOrgPerson"),
    /** Attribute whose value says human/service/break-glass (inetOrgPerson's employeeType). */
    accountTypeAttribute: attribute.default("employeeType"),
    /** Group `cn`s that make an account privileged (case-insensitive). */
    privilegedGroups: z.array(z.string().min(1)).default(["prod-admins"]),
    /** Group `cn`s that make an account a production owner (case-insensitive). */
    productionOwnerGroups: z.array(z.string().min(1)).default([]),
    /**
     * groupOfNames needs at least one `member`. When the target is a group's last member, the
     * removal writes this DN in its place (and a reinstate takes it out again). Without it, removing
     * a last member fails with CONNECTOR_FAILED (details.reason "last_member").
     */
    emptyGroupMember: dn.optional(),
    /** Per-operation and connect timeout. */
    timeoutMs: z.number().int().min(100).max(120_000).default(10_000),
  })
  .strict();

export type LdapConnectorConfig = Omit<z.infer<typeof ldapConnectorConfigSchema>, "peopleBase" | "groupsBase"> & {
  peopleBase: string;
  groupsBase: string;
};

function invalid(field: string, message: string): OffboardError {
  return new OffboardError("CONFIG_INVALID", `LDAP connector config: "${field}" ${message}`, { field });
}

/** Validates a tenant's LDAP connector config; errors name the field. */
export function parseLdapConnectorConfig(config: unknown): LdapConnectorConfig {
  const parsed = ldapConnectorConfigSchema.safeParse(config);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalid(issue?.path.join(".") ?? "", issue?.message ?? "is invalid");
  }
  const { baseDn } = parsed.data;
  const resolved: LdapConnectorConfig = {
    ...parsed.data,
    peopleBase: parsed.data.peopleBase ?? `ou=people,${baseDn}`,
    groupsBase: parsed.data.groupsBase ?? `ou=groups,${baseDn}`,
  };
  for (const field of ["peopleBase", "groupsBase"] as const) {
    if (!isDnWithin(resolved[field], baseDn)) throw invalid(field, `must be ${normalizeDn(baseDn)} or below it`);
  }
  return resolved;
}
