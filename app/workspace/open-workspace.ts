import type { KeyObject } from "node:crypto";
import { join, resolve } from "node:path";
import { loadTenantConfig } from "../config/load-tenant-config.js";
import type { TenantConfig } from "../config/tenant-config.js";
import { createConnector } from "../connectors/registry.js";
import type { Connector, TargetDescription } from "../connectors/types.js";
import { lookupHris } from "../directory/hris.js";
import { seedDirectoryState } from "../directory/seed.js";
import { startDirectoryWorker } from "../directory/start-directory-worker.js";
import type { EmbeddedDirectory } from "../directory/start-embedded-directory.js";
import { loadBlastRadius } from "../doer/blast-radius.js";
import type { DoerDeps } from "../doer/deps.js";
import { createHourlyGate } from "../doer/hourly-gate.js";
import { createLocalBroker } from "../doer/lease/local-broker.js";
import type { LeaseProvider, SecretRef } from "../doer/lease/types.js";
import { createVaultBroker, createVaultSecretIdSource } from "../doer/lease/vault-broker.js";
import { withLease } from "../doer/with-lease.js";
import type { HrisRecord } from "../enrich/types.js";
import { createBambooHrHris } from "../hris/bamboohr-hris.js";
import { createFileHris } from "../hris/file-hris.js";
import type { ConnectorPlan, GatekeeperDeps } from "../gatekeeper/deps.js";
import { OffboardError } from "../errors.js";
import { openGitLedger, type GitLedger } from "../ledger/git-ledger.js";
import { isWriterRole, roleOf, WITNESS_ROLE } from "../ledger/key-roles.js";
import { createLocalWitness } from "../ledger/local-witness.js";
import { readTrustedKeysFromGit } from "../ledger/read-trusted-keys-from-git.js";
import { resolveGitdir } from "../ledger/resolve-gitdir.js";
import { openReplayStore } from "../packet/replay-store.js";
import { createWasmEvaluator } from "../policy/wasm-evaluator.js";
import type { Clock } from "../util/clock.js";
import { runGit } from "../util/run-git.js";
import { absentDoerSigner, keysDirFor, loadWorkspaceKeys } from "./workspace-keys.js";

export interface Workspace {
  repoDir: string;
  config: TenantConfig;
  ledger: GitLedger;
  /** Whether an `origin` remote exists to publish the ledger branch to. */
  hasRemote: boolean;
  gatekeeper: GatekeeperDeps;
  doer: DoerDeps;
  /** The embedded directory, when the config uses it (for the demo's before/after output). */
  directory: EmbeddedDirectory | null;
  close(): Promise<void>;
}

export interface OpenOptions {
  clock: Clock;
  env?: NodeJS.ProcessEnv;
  /**
   * Lease from this Vault instead of the local broker (docs/VAULT_PROD_SETUP.md): the tenant's
   * AppRole RoleID, an orchestrator token that mints its wrapped SecretIDs, and, for the embedded
   * directory, the SCIM credential stored in Vault (which the directory then accepts).
   */
  vault?: { addr: string; roleIds: ReadonlyMap<string, string>; orchestratorToken: string; embeddedScimToken?: string };
}

/**
 * Wires one policy repository for local mode: config, keys (fail closed), the ledger branch with
 * its local witness (a separate key and state directory, .offboard/witness), the policy
 * evaluator, the embedded directory and lease broker, and the two trust domains (gatekeeper and
 * doer), each with its own ledger key. The CLI, the demo and the tests all go through here.
 */
export async function openWorkspace(repoDir: string, options: OpenOptions): Promise<Workspace> {
  const { clock } = options;
  const env = options.env ?? process.env;
  const config = loadTenantConfig(repoDir);
  const keysDir = keysDirFor(repoDir, env);
  // With a separate executor (executor.url), this process need not (and should not) hold its key.
  const keys = loadWorkspaceKeys(repoDir, keysDir, { tenant: config.tenant, alg: config.packet.alg, kid: config.packet.kid }, { doerOptional: config.executor.url !== "in-process" });
  const stateDir = join(repoDir, ".offboard");
  const remotes = runGit(repoDir, ["remote"]).split("\n").filter(Boolean);
  const hasRemote = remotes.includes("origin");
  // The ledger keys auditors trust: ledger/keys/ as reviewed on the default branch (not the working tree).
  const trust = await readTrustedKeysFromGit(await resolveGitdir(repoDir));
  const writerKeys = new Map([...trust.keys].filter(([kid]) => isWriterRole(roleOf(kid))));
  const witnessKids = [...trust.keys.keys()].filter((kid) => roleOf(kid) === WITNESS_ROLE);
  const doerSigner = keys.doer ?? absentDoer(trust.keys, keysDir);
  if (witnessKids.length > 0 && keys.witnessPem === null) {
    throw new OffboardError("KEY_MISSING", `ledger/keys/ trusts witness ${witnessKids.join(", ")} but its private key is missing: expected ${join(keysDirFor(repoDir, env), "witness.pem")}`, {});
  }
  const witness = keys.witnessPem === null ? null : createLocalWitness({ privateKeyPem: keys.witnessPem, stateDir: join(stateDir, "witness"), logKeys: writerKeys, clock });
  const ledger = await openGitLedger({ dir: repoDir, clock, witnesses: witness ? [witness] : [], ...(hasRemote ? { remote: "origin" } : {}) });
  const evaluator = await createWasmEvaluator({
    policiesDir: join(repoDir, "policies"),
    cacheDir: join(stateDir, "cache"),
    policyCommit: safeHead(repoDir),
  });
  const broker = createLocalBroker({ clock, env });
  const vault = options.vault;
  const leases: LeaseProvider = vault
    ? createVaultBroker({ addr: vault.addr, roleIds: vault.roleIds, clock, secretIds: createVaultSecretIdSource({ addr: vault.addr, token: vault.orchestratorToken }) })
    : broker;
  const validateToken = (t: string) => broker.validate(t) ?? (vault?.embeddedScimToken !== undefined && t === vault.embeddedScimToken ? { tenant: config.tenant } : null);
  let directory: EmbeddedDirectory | null = null;
  const connectors: Connector[] = [];
  const secrets = new Map<string, SecretRef>();
  for (const c of config.connectors) {
    let baseUrl = c.base_url;
    if (baseUrl === "embedded") {
      // On its own thread: a separate server in reality, and its request handling then runs on another core.
      directory ??= await startDirectoryWorker({ seed: seedDirectoryState(clock()), validateToken, statePath: join(stateDir, "directory.json"), clock });
      baseUrl = directory.url;
    }
    // The GitHub connector finds people only through the tenant's explicit `people` mapping.
    const people = c.name === "github" && c.options?.logins === undefined ? { logins: Object.fromEntries(config.people.flatMap((p) => (p.github ? [[p.email, p.github]] : []))) } : {};
    const connector = createConnector(c.name, { ...c.options, ...people, ...(baseUrl === undefined ? {} : { baseUrl }) });
    if (connectors.some((x) => x.name === connector.name)) throw new OffboardError("CONFIG_INVALID", `.github/offboard.yml: two connectors are named ${connector.name}; give one options.name`, { connector: connector.name });
    connectors.push(connector);
    if (c.secret) secrets.set(connector.name, "file" in c.secret ? { file: resolve(repoDir, c.secret.file) } : c.secret);
  }
  const doer: DoerDeps = {
    clock,
    ledger,
    ledgerTrust: { keys: trust.keys, quorum: witnessKids.length > 0 ? 1 : 0 },
    signer: doerSigner,
    packetTrust: new Map([[config.tenant, keys.packetVerify]]),
    audience: config.packet.audience,
    replay: openReplayStore(join(stateDir, "doer", "replay.jsonl"), clock),
    leases,
    connectors: new Map([[config.tenant, connectors]]),
    connectorSecrets: new Map([[config.tenant, secrets]]),
    limits: loadBlastRadius(repoDir),
    hourlyGate: createHourlyGate(),
  };
  // The gatekeeper reads the directory with its own short lease, recorded like the doer's.
  const readDeps: DoerDeps = { ...doer, signer: keys.gatekeeper };
  const describeTarget = async (email: string, requestId: string): Promise<TargetDescription | null> => {
    const first = connectors[0];
    if (!first) return null;
    return withLease(readDeps, config.tenant, requestId, "lookup", (creds) => first.describe({ email }, creds(first.name)));
  };
  const planTarget = async (email: string, requestId: string): Promise<ConnectorPlan[]> =>
    withLease(readDeps, config.tenant, requestId, "plan", async (creds) => {
      const plans: ConnectorPlan[] = [];
      for (const c of connectors) {
        try {
          const steps = [...(await c.plan("soft", { email }, creds(c.name))), ...(await c.plan("hard", { email }, creds(c.name)))];
          plans.push({ connector: c.name, steps, error: null });
        } catch (e) {
          plans.push({ connector: c.name, steps: [], error: (e as Error).message });
        }
      }
      return plans;
    });
  const gatekeeper: GatekeeperDeps = {
    tenant: config.tenant,
    clock,
    ledger,
    signer: keys.gatekeeper,
    evaluator,
    describeTarget,
    planTarget,
    hris: hrisLookup(config, repoDir, env, clock),
    packetKey: keys.packetSigning,
    packetAudience: config.packet.audience,
    packetTtlSeconds: config.packet.ttl_seconds,
    securityTeam: config.security_team.members,
    approvalLinkKey: keys.approvalLink,
  };
  return {
    repoDir,
    config,
    ledger,
    hasRemote,
    gatekeeper,
    doer,
    directory,
    close: async () => {
      await directory?.stop();
    },
  };
}

function absentDoer(trusted: ReadonlyMap<string, KeyObject>, keysDir: string) {
  const [kid, key] = [...trusted].find(([k]) => roleOf(k) === "doer") ?? [];
  if (!kid || !key) throw new OffboardError("KEY_MISSING", `ledger/keys/ trusts no executor (doer) key and ${join(keysDir, "doer.pem")} is missing`, {});
  return absentDoerSigner(kid, key, keysDir);
}

/** The tenant's HRIS plugin (tenant config `hris:`). */
function hrisLookup(config: TenantConfig, repoDir: string, env: NodeJS.ProcessEnv, clock: Clock): (email: string) => Promise<HrisRecord> {
  const h = config.hris;
  if (h === "embedded") return async (email) => toHrisRecord(lookupHris(email, clock));
  const source = h.kind === "file"
    ? createFileHris(resolve(repoDir, h.path))
    : createBambooHrHris({
        baseUrl: h.base_url,
        company: h.company,
        apiKey: () => {
          const key = env[h.api_key.env];
          if (!key) throw new OffboardError("HRIS_UNAVAILABLE", `the BambooHR API key is missing: environment variable ${h.api_key.env} is not set`, {});
          return key;
        },
      });
  return (email) => source.lookup({ email });
}

function toHrisRecord(r: ReturnType<typeof lookupHris>): HrisRecord {
  if (!r.found) return { found: false, status: "unknown" };
  return { found: true, status: r.status, ...(r.last_day ? { last_day: r.last_day } : {}) };
}

function safeHead(repoDir: string): string | null {
  try {
    return runGit(repoDir, ["rev-parse", "HEAD"]);
  } catch {
    return null;
  }
}
