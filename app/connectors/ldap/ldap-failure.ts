import { InsufficientAccessError, InvalidCredentialsError, ResultCodeError } from "ldapts";
import { OffboardError } from "../../errors.js";
import type { LdapConnectorConfig } from "./config.js";

export type LdapOperation = "bind" | "search" | "modify" | "delete";

/** LDAP result code names (RFC 4511 §4.1.9) for the ones a message should spell out. */
const RESULT_NAMES: Record<number, string> = {
  3: "timeLimitExceeded",
  4: "sizeLimitExceeded",
  19: "constraintViolation",
  21: "invalidAttributeSyntax",
  32: "noSuchObject",
  34: "invalidDNSyntax",
  49: "invalidCredentials",
  50: "insufficientAccessRights",
  51: "busy",
  52: "unavailable",
  53: "unwillingToPerform",
  64: "namingViolation",
  65: "objectClassViolation",
  66: "notAllowedOnNonLeaf",
};

/**
 * Turns what ldapts threw into an OffboardError naming the operation, the DN and the result code.
 * The service account's refused bind is LEASE_REVOKED (the secret came from the lease); missing
 * rights are CONNECTOR_FAILED with reason "insufficient_access"; no answer at all has resultCode null.
 * Never includes the secret: ldapts errors carry only the server's result and diagnostic message.
 */
export function ldapFailure(config: LdapConnectorConfig, operation: LdapOperation, dn: string, e: unknown): OffboardError {
  const connector = config.name;
  const base = { connector, operation, dn };
  if (e instanceof OffboardError) return e;
  if (e instanceof InvalidCredentialsError && operation === "bind") {
    return new OffboardError(
      "LEASE_REVOKED",
      `${connector}: ${config.url} refused the bind as ${dn} (invalidCredentials): the lease's secret is wrong, expired or revoked, or the account is locked. Acquire a new lease.`,
      { ...base, resultCode: 49, reason: "invalid_credentials" },
      { cause: e },
    );
  }
  if (e instanceof InsufficientAccessError) {
    return new OffboardError(
      "CONNECTOR_FAILED",
      `${connector}: ${config.bindDn} may not ${operation} ${dn} (insufficientAccessRights); grant the rights listed in docs/CONNECTORS.md ("LDAP connector")`,
      { ...base, resultCode: 50, reason: "insufficient_access" },
      { cause: e },
    );
  }
  if (e instanceof ResultCodeError) {
    const name = RESULT_NAMES[e.code] ?? `result code ${e.code}`;
    return new OffboardError("CONNECTOR_FAILED", `${connector}: ${operation} ${dn} failed: ${name} (${e.message})`, {
      ...base, resultCode: e.code, reason: name,
    }, { cause: e });
  }
  const message = e instanceof Error ? e.message : String(e);
  return new OffboardError(
    "CONNECTOR_FAILED",
    `${connector}: ${operation} ${dn} on ${config.url} failed before an answer (${message}); check url, the network and timeoutMs`,
    { ...base, resultCode: null, reason: "no_answer" },
    { cause: e },
  );
}
