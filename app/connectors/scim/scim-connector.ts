import type { Connector } from "../types.js";
import { applyStep } from "./apply-step.js";
import { countActivePrivileged } from "./count-active-privileged.js";
import { parseScimConnectorConfig } from "./config.js";
import { scimContext } from "./context.js";
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
  return {
    name: cfg.name,
    describe: (target, creds) => describeTarget(scimContext(cfg, creds), target),
    plan: (phase, target, creds) => planPhase(scimContext(cfg, creds), phase, target),
    apply: (step, creds) => applyStep(scimContext(cfg, creds), step),
    snapshot: (target, creds) => takeSnapshot(scimContext(cfg, creds), target),
    restore: (snapshot, creds) => restoreSnapshot(scimContext(cfg, creds), snapshot),
    verify: (phase, target, creds, snapshot) => verifyPhase(scimContext(cfg, creds), phase, target, snapshot),
    countActivePrivileged: (creds) => countActivePrivileged(scimContext(cfg, creds)),
  };
}
