import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { DEMO_APPROVERS } from "../../app/cli/demo/scenarios.js";
import { CONFIG_PATH } from "../../app/config/load-tenant-config.js";
import { seedDirectoryState } from "../../app/directory/seed.js";
import { startEmbeddedDirectory, type EmbeddedDirectory } from "../../app/directory/start-embedded-directory.js";
import type { DoerDeps } from "../../app/doer/deps.js";
import type { Lease, LeaseProvider } from "../../app/doer/lease/types.js";
import { createVaultBroker, createVaultSecretIdSource } from "../../app/doer/lease/vault-broker.js";
import { receivePacket } from "../../app/doer/receive-packet.js";
import { resumeInterrupted } from "../../app/doer/resume-interrupted.js";
import { withLease } from "../../app/doer/with-lease.js";
import { approveRequest } from "../../app/gatekeeper/approve-request.js";
import { decideRequest } from "../../app/gatekeeper/decide-request.js";
import { issuePacket } from "../../app/gatekeeper/issue-packet.js";
import { manualClock } from "../../app/util/clock.js";
import { runGit } from "../../app/util/run-git.js";
import { openWorkspace, type Workspace } from "../../app/workspace/open-workspace.js";
import { scaffoldRepo } from "../../app/workspace/scaffold-repo.js";
import { startVault, type TestVault } from "../helpers/vault.js";

/**
 * Issue 6 against a real Vault (`vault server -dev`, built from the module proxy): per-tenant
 * AppRoles from deploy/vault/apply.sh, single-use wrapped SecretIDs, tokens of at most 60 s,
 * connector credentials read from the tenant's own KV path, revoke-self when the phase ends.
 */
describe("Vault leases (real Vault server)", () => {
  let vault: TestVault;
  let roleIds: Map<string, string>;
  let directory: EmbeddedDirectory;
  let ws: Workspace;
  const SCIM_TOKEN = `scim-${Date.now()}-not-a-real-secret`;
  const T0 = Date.UTC(2026, 10, 25, 12);
  const clock = manualClock(T0);

  beforeAll(async () => {
    vault = await startVault();
    roleIds = vault.apply("acme", "globex");
    await vault.put("acme", "scim", SCIM_TOKEN);
    await vault.put("globex", "scim", "globex-scim-token");
    directory = await startEmbeddedDirectory({ seed: seedDirectoryState(T0), validateToken: (t) => (t === SCIM_TOKEN ? { tenant: "acme" } : null), clock });
    const dir = join(mkdtempSync(join(tmpdir(), "offboard-vault-")), "repo");
    const config = scaffoldRepo({ dir, tenant: "acme", securityTeam: [...DEMO_APPROVERS], windowSeconds: 300 });
    // Local mode (the gatekeeper's look-ups here) reads the SCIM credential from the environment; the doer under test reads it from Vault.
    writeFileSync(join(dir, CONFIG_PATH), stringify({ ...config, connectors: [{ name: "scim", base_url: directory.url, secret: { env: "OFFBOARD_TEST_SCIM" } }] }));
    runGit(dir, ["commit", "-q", "-am", "external SCIM directory"]);
    ws = await openWorkspace(dir, { clock, env: { OFFBOARD_TEST_SCIM: SCIM_TOKEN } });
  }, 60_000);
  afterAll(async () => {
    await ws?.close();
    await directory?.stop();
    await vault?.stop();
  });

  const broker = (addr = vault.addr, tenants = ["acme"]) => {
    let orchestrator: Promise<string> | null = null;
    return createVaultBroker({
      addr,
      roleIds,
      clock,
      secretIds: { wrappedSecretId: async (tenant) => createVaultSecretIdSource({ addr, token: await (orchestrator ??= vault.orchestratorToken(...tenants)) }).wrappedSecretId(tenant) },
    });
  };
  const lookup = async (token: string) => vault.api("POST", "auth/token/lookup", vault.rootToken, { token });
  const doerWith = (leases: LeaseProvider): DoerDeps => ({ ...ws.doer, leases });

  async function packetFor(id: string, email: string): Promise<string> {
    const text = `apiVersion: offboard/v1\nkind: OffboardRequest\nmetadata:\n  id: ${id}\n  requester: hr.ops@example.com\nspec:\n  target:\n    email: ${email}\n  reason: resignation\n  effective_date: 2026-11-25\n`;
    const file = `requests/${id}.yaml`;
    const d = await decideRequest(ws.gatekeeper, text, file);
    if (d.evaluated.decision.outcome === "require_hitl") await approveRequest(ws.gatekeeper, text, file, { approver: "alice.nguyen@example.com", via: "cli" });
    const issued = await issuePacket(ws.gatekeeper, text, file);
    if (issued.status !== "signed") throw new Error(`${id}: ${issued.message}`);
    return issued.packet.jws;
  }

  it("a lease is a token of at most 60 s with only the tenant's policy, dead (403) right after the phase", async () => {
    let lease: Lease | null = null;
    const spy = broker();
    const recording: LeaseProvider = { ...spy, acquire: async (t) => (lease = await spy.acquire(t)) };
    const soft = await receivePacket(doerWith(recording), await packetFor("v-dana", "dana.reyes@example.com"));
    expect(soft).toMatchObject({ status: "soft_done" });
    expect(directory.snapshotState().users.find((u) => u.userName === "dana.reyes@example.com")).toMatchObject({ active: false });
    const token = (lease as Lease | null)!.credentials.bearerToken;
    expect((lease as Lease | null)!.ttlSeconds).toBeGreaterThan(0);
    expect((lease as Lease | null)!.ttlSeconds).toBeLessThanOrEqual(60);
    expect((await vault.api("GET", "auth/token/lookup-self", token)).status).toBe(403);
    const events = (await ws.ledger.read()).filter((r) => r.event.subject === "v-dana" && r.event.type.startsWith("lease."));
    expect(events.map((r) => [r.event.type, r.event.data.source])).toContainEqual(["lease.issued", "vault"]);
    expect(events.find((r) => r.event.type === "lease.issued")!.event.data.ttl_seconds).toBeLessThanOrEqual(60);
    const ledgerText = JSON.stringify(await ws.ledger.read());
    expect(ledgerText).not.toContain(token);
    expect(ledgerText).not.toContain(SCIM_TOKEN);
  });

  it("while alive, the token's TTL (token lookup) is at most 60 s and it carries only the tenant policy", async () => {
    const b = broker();
    const lease = await b.acquire("acme");
    try {
      const info = (await lookup(lease.credentials.bearerToken)).body.data as { ttl: number; policies: string[]; accessor: string };
      expect(info.ttl).toBeGreaterThan(0);
      expect(info.ttl).toBeLessThanOrEqual(60);
      expect(info.policies).toEqual(["offboard-tenant-acme"]);
      expect(info.accessor).toBe(lease.accessor);
    } finally {
      await b.revoke(lease);
    }
  });

  it("tenant A's lease cannot read tenant B's path (403)", async () => {
    const b = broker();
    const lease = await b.acquire("acme");
    try {
      expect((await vault.api("GET", "offboard/data/tenants/globex/connectors/scim", lease.credentials.bearerToken)).status).toBe(403);
      await expect(b.credentialsFor({ ...lease, tenant: "globex" }, "scim", undefined)).rejects.toMatchObject({ code: "LEASE_FAILED", details: { status: 403 } });
      await expect(b.credentialsFor(lease, "scim", undefined)).resolves.toEqual({ bearerToken: SCIM_TOKEN });
    } finally {
      await b.revoke(lease);
    }
  });

  it("a SecretID works once: a reused SecretID and a reused wrapping token are refused", async () => {
    const orchestrator = await vault.orchestratorToken("acme");
    const wrapping = await createVaultSecretIdSource({ addr: vault.addr, token: orchestrator }).wrappedSecretId("acme");
    const unwrapped = await vault.api("POST", "sys/wrapping/unwrap", wrapping);
    expect(unwrapped.status).toBe(200);
    expect((await vault.api("POST", "sys/wrapping/unwrap", wrapping)).status).toBe(400);
    const secretId = (unwrapped.body.data as { secret_id: string }).secret_id;
    const login = () => vault.api("POST", "auth/approle/login", null, { role_id: roleIds.get("acme"), secret_id: secretId });
    const first = await login();
    expect(first.status).toBe(200);
    expect([400, 403]).toContain((await login()).status);
    await vault.api("POST", "auth/token/revoke-self", (first.body.auth as { client_token: string }).client_token);
  });

  it("the orchestrator of one tenant cannot mint SecretIDs of another", async () => {
    const orchestrator = await vault.orchestratorToken("acme");
    await expect(createVaultSecretIdSource({ addr: vault.addr, token: orchestrator }).wrappedSecretId("globex")).rejects.toMatchObject({ response: { statusCode: 403 } });
  });

  it("a phase that throws still revokes its lease", async () => {
    let lease: Lease | null = null;
    const b = broker();
    const recording: LeaseProvider = { ...b, acquire: async (t) => (lease = await b.acquire(t)) };
    await expect(withLease(doerWith(recording), "acme", "v-throw", "soft", async () => {
      throw new Error("connector exploded");
    })).rejects.toThrow("connector exploded");
    expect((await vault.api("GET", "auth/token/lookup-self", (lease as Lease | null)!.credentials.bearerToken)).status).toBe(403);
    const types = (await ws.ledger.read()).filter((r) => r.event.subject === "v-throw").map((r) => r.event.type);
    expect(types).toEqual(["lease.issued", "lease.revoked"]);
  });

  it("Vault down or sealed: the phase does not start, a clear error and an event; retried with backoff later", async () => {
    const down = broker("http://127.0.0.1:9");
    const jws = await packetFor("v-marcus", "marcus.bell@example.com");
    await expect(receivePacket(doerWith(down), jws)).rejects.toMatchObject({ code: "LEASE_FAILED", message: expect.stringContaining("http://127.0.0.1:9") });
    const user = () => directory.snapshotState().users.find((u) => u.userName === "marcus.bell@example.com");
    expect(user()).toMatchObject({ active: true });
    const events = async () => (await ws.ledger.read()).filter((r) => r.event.subject === "v-marcus").map((r) => r.event.type);
    expect(await events()).toContain("phase.failed");
    expect(await events()).not.toContain("phase.soft.done");

    // A sealed Vault (a second server, sealed) is refused the same way.
    const sealed = await startVault();
    try {
      await sealed.seal();
      const report = await resumeInterrupted(doerWith(broker(sealed.addr)));
      expect(report.waiting.map((w) => w.id)).toContain("v-marcus");
      expect(user()).toMatchObject({ active: true });
    } finally {
      await sealed.stop();
    }

    // Inside the backoff nothing is tried; after it, the real Vault is back and the phase completes.
    const healthy = doerWith(broker());
    const early = await resumeInterrupted(healthy);
    expect(early.waiting.find((w) => w.id === "v-marcus")?.error).toBeNull();
    clock.advance(10 * 60 * 1000);
    const later = await resumeInterrupted(healthy);
    expect(later.resumed).toContainEqual({ id: "v-marcus", what: "soft" });
    expect(user()).toMatchObject({ active: false });
    expect((await events()).filter((t) => t === "phase.soft.done")).toHaveLength(1);
  });
});
