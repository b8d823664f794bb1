import type { Connector, ConnectorCredentials } from "../types.js";
import { applyStep } from "./apply-step.js";
import { parseLdapConnectorConfig } from "./config.js";
import { countActivePrivileged } from "./count-active-privileged.js";
import { describeTarget } from "./describe-target.js";
import { withLdapSession, type LdapSession } from "./ldap-session.js";
import { planPhase } from "./plan-phase.js";
import { restoreSnapshot } from "./restore-snapshot.js";
import { takeSnapshot } from "./take-snapshot.js";
import { verifyPhase } from "./verify-phase.js";

/**
 * A connector for an LDAP directory (OpenLDAP with the ppolicy overlay; groups are groupOfNames).
 * `config` is validated here (CONFIG_INVALID names the field). Each call opens one connection,
 * binds as `bindDn` with the secret in the phase's lease (`creds.bearerToken`: the service
 * account's password today; the Vault issue will mint short-lived LDAP credentials per lease
 * instead), and unbinds. The secret is never stored or logged.
 */
export function createLdapConnector(config: unknown): Connector {
  const cfg = parseLdapConnectorConfig(config);
  const run = <T>(creds: ConnectorCredentials, fn: (session: LdapSession) => Promise<T>) => withLdapSession(cfg, creds, fn);
  return {
    name: cfg.name,
    describe: (target, creds) => run(creds, (s) => describeTarget(s, target)),
    plan: (phase, target, creds) => run(creds, (s) => planPhase(s, phase, target)),
    apply: (step, creds) => run(creds, (s) => applyStep(s, step)),
    snapshot: (target, creds) => run(creds, (s) => takeSnapshot(s, target)),
    restore: (snapshot, creds) => run(creds, (s) => restoreSnapshot(s, snapshot)),
    verify: (phase, target, creds, snapshot) => run(creds, (s) => verifyPhase(s, phase, target, snapshot)),
    countActivePrivileged: (creds) => run(creds, (s) => countActivePrivileged(s)),
  };
}
