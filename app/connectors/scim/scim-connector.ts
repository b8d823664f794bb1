import type { Connector, ConnectorCredentials } from "../types.js";
import { applyStep } from "./apply-step.js";
import { createHttpExchange } from "./http-exchange.js";
import { countActivePrivileged } from "./count-active-privileged.js";
import { parseScimConnectorConfig } from "./config.js";
import { scimContext } from "./context.js";
import type { ScopeReads } from "./shared-reads.js";
import { describeTarget } from "./describe-target.js";
import { planPhase } from "./plan-phase.js";
import { restoreSnapshot } from "./restore-snapshot.js";
import { takeSnapshot } from "./take-snapshot.js";
import { verifyPhase } from "./verify-phase.js";

/**
 * A connector for any SCIM 2.0 (RFC 7643/7644) server: the embedded directory, Okta, Entra ID...
 * `config` is validated here (CONFIG_INVALID names the field); credentials arrive per call from
 * the phase's lease and are never stored.
 */
export function createScimConnector(config: unknown): Connector {
  const cfg = parseScimConnectorConfig(config);
  // Reads shared per lease (shared-reads.ts); held by this connector, keyed by each lease's scope.
  const reads = new WeakMap<object, ScopeReads>();
  // One connection pool per connector: its calls reuse keep-alive connections (http-exchange.ts).
  const exchange = createHttpExchange();
  const ctx = (creds: ConnectorCredentials) => scimContext(cfg, creds, reads, exchange);
  return {
    name: cfg.name,
    describe: (target, creds) => describeTarget(ctx(creds), target),
    plan: (phase, target, creds) => planPhase(ctx(creds), phase, target),
    apply: (step, creds) => applyStep(ctx(creds), step),
    snapshot: (target, creds) => takeSnapshot(ctx(creds), target),
    restore: (snapshot, creds) => restoreSnapshot(ctx(creds), snapshot),
    verify: (phase, target, creds, snapshot) => verifyPhase(ctx(creds), phase, target, snapshot),
    countActivePrivileged: (creds) => countActivePrivileged(ctx(creds)),
  };
}
