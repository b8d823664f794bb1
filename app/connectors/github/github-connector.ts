import type { Connector } from "../types.js";
import { applyStep } from "./apply-step.js";
import { parseGitHubConnectorConfig } from "./config.js";
import { describeTarget } from "./describe-target.js";
import { githubSession } from "./github-session.js";
import { planPhase } from "./plan-phase.js";
import { restoreSnapshot } from "./restore-snapshot.js";
import { takeSnapshot } from "./take-snapshot.js";
import { verifyPhase } from "./verify-phase.js";

/**
 * GitHub organization membership through Octokit (REST): soft takes away team access and owner
 * rights, hard removes the membership (freeing the seat), reinstate puts role and teams back. The
 * credential is a token with `admin:org` (an organization owner's fine-grained token, or an
 * installation token of a GitHub App with Members: write), from the phase's lease.
 */
export function createGitHubConnector(config: unknown): Connector {
  const cfg = parseGitHubConnectorConfig(config);
  return {
    name: cfg.name,
    describe: (target, creds) => describeTarget(githubSession(cfg, creds), target),
    plan: (phase, target, creds) => planPhase(githubSession(cfg, creds), phase, target),
    apply: (step, creds) => applyStep(githubSession(cfg, creds), step),
    snapshot: (target, creds) => takeSnapshot(githubSession(cfg, creds), target),
    restore: (snapshot, creds) => restoreSnapshot(githubSession(cfg, creds), snapshot),
    verify: (phase, target, creds, snapshot) => verifyPhase(githubSession(cfg, creds), phase, target, snapshot),
    countActivePrivileged: async (creds) => (await githubSession(cfg, creds).admins()).length,
  };
}
