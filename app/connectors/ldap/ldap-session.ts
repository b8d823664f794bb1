import {
  Attribute,
  Change,
  Client,
  NoSuchAttributeError,
  NoSuchObjectError,
  ObjectClassViolationError,
  TypeOrValueExistsError,
  type Entry,
  type Filter,
} from "ldapts";
import { OffboardError } from "../../errors.js";
import type { ConnectorCredentials } from "../types.js";
import type { LdapConnectorConfig } from "./config.js";
import { ldapFailure } from "./ldap-failure.js";

export interface SearchRequest {
  scope: "base" | "sub";
  filter: Filter;
  attributes: string[];
}

/** The results a step expects and decides on; every other failure is thrown as an OffboardError. */
export type ModifyOutcome = "done" | "no_such_object" | "no_such_attribute" | "value_exists" | "object_class_violation";

export interface ChangeSpec {
  operation: "add" | "delete" | "replace";
  attribute: string;
  /** Empty with "delete": remove the attribute with all its values. */
  values: string[];
}

/** One bound connection, for one connector call. */
export interface LdapSession {
  readonly config: LdapConnectorConfig;
  /** Matching entries; [] when `base` does not exist. */
  search(base: string, request: SearchRequest): Promise<Entry[]>;
  /** One atomic modify of `dn` (all changes or none). */
  modify(dn: string, changes: ChangeSpec[]): Promise<ModifyOutcome>;
  /** `false` when the entry was already gone. */
  delete(dn: string): Promise<boolean>;
}

function session(config: LdapConnectorConfig, client: Client): LdapSession {
  return {
    config,
    async search(base, { scope, filter, attributes }) {
      try {
        return (await client.search(base, { scope, filter, attributes, derefAliases: "never" })).searchEntries;
      } catch (e) {
        if (e instanceof NoSuchObjectError) return [];
        throw ldapFailure(config, "search", base, e);
      }
    },
    async modify(dn, changes) {
      try {
        await client.modify(
          dn,
          changes.map((c) => new Change({ operation: c.operation, modification: new Attribute({ type: c.attribute, values: c.values }) })),
        );
        return "done";
      } catch (e) {
        if (e instanceof NoSuchObjectError) return "no_such_object";
        if (e instanceof NoSuchAttributeError) return "no_such_attribute";
        if (e instanceof TypeOrValueExistsError) return "value_exists";
        if (e instanceof ObjectClassViolationError) return "object_class_violation";
        throw ldapFailure(config, "modify", dn, e);
      }
    },
    async delete(dn) {
      try {
        await client.del(dn);
        return true;
      } catch (e) {
        if (e instanceof NoSuchObjectError) return false;
        throw ldapFailure(config, "delete", dn, e);
      }
    },
  };
}

/**
 * Opens a connection, binds as `bindDn` with the lease's secret (`creds.bearerToken`), runs `fn`
 * and always unbinds. The secret lives only in this call: it is not stored, logged or put into
 * an error. An empty secret is refused before anything is sent: an LDAP simple bind with a DN and
 * no password is an unauthenticated (anonymous) bind that many servers accept (RFC 4513 §5.1.2).
 */
export async function withLdapSession<T>(
  config: LdapConnectorConfig,
  creds: ConnectorCredentials,
  fn: (session: LdapSession) => Promise<T>,
): Promise<T> {
  if (typeof creds.bearerToken !== "string" || creds.bearerToken.length === 0) {
    throw new OffboardError("LEASE_REVOKED", `${config.name}: the lease carries no LDAP bind secret for ${config.bindDn}; acquire a new lease`, {
      connector: config.name, operation: "bind", dn: config.bindDn, resultCode: null, reason: "empty_secret",
    });
  }
  const client = new Client({
    url: config.url,
    timeout: config.timeoutMs,
    connectTimeout: config.timeoutMs,
    ...(config.url.startsWith("ldaps:") ? { tlsOptions: { minVersion: "TLSv1.2" as const } } : {}),
  });
  try {
    try {
      await client.bind(config.bindDn, creds.bearerToken);
    } catch (e) {
      throw ldapFailure(config, "bind", config.bindDn, e);
    }
    return await fn(session(config, client));
  } finally {
    await client.unbind().catch(() => undefined);
  }
}
