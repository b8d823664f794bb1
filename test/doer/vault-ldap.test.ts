import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DoerDeps } from "../../app/doer/deps.js";
import { createVaultBroker, createVaultSecretIdSource } from "../../app/doer/lease/vault-broker.js";
import { receivePacket } from "../../app/doer/receive-packet.js";
import { approveRequest } from "../../app/gatekeeper/approve-request.js";
import { decideRequest } from "../../app/gatekeeper/decide-request.js";
import { issuePacket } from "../../app/gatekeeper/issue-packet.js";
import { packageRoot } from "../../app/util/package-root.js";
import { ADMIN_DN, BASE_DN, EMPTY_GROUP_MEMBER, SERVICE_DN, startSlapd, type Slapd } from "../helpers/slapd.js";
import { startVault, vaultBinary, type TestVault } from "../helpers/vault.js";
import { testWorkspace, type TestWorkspace } from "../helpers/workspace.js";

/**
 * Vault mints the LDAP connector's credential itself (issue 6): the connector's service account is
 * a static role of Vault's LDAP secrets engine against the real slapd, so Vault rotates its password
 * at once and no long-lived LDAP password exists outside Vault. A lease reads the current one.
 */
describe("LDAP connector credentials from Vault's LDAP secrets engine (real Vault, real slapd)", () => {
  let vault: TestVault;
  let slapd: Slapd;
  let t: TestWorkspace;
  let roleIds: Map<string, string>;
  beforeAll(async () => {
    [vault, slapd] = await Promise.all([startVault(), startSlapd()]);
    roleIds = vault.apply("acme", "globex");
    const r = spawnSync("bash", [join(packageRoot(), "deploy", "vault", "ldap.sh"), "acme", "ldap", slapd.url, ADMIN_DN, SERVICE_DN, "1h"], {
      env: { ...process.env, VAULT_ADDR: vault.addr, VAULT_TOKEN: vault.rootToken, VAULT: vaultBinary(), LDAP_BIND_PASSWORD: slapd.adminPassword },
      encoding: "utf8",
    });
    if (r.status !== 0) throw new Error(`ldap.sh: ${r.stderr}`);
    // The local-mode secret is only for the gatekeeper's look-ups in this test; the doer below reads Vault.
    t = await testWorkspace(300, { extraConnectors: [{ name: "ldap", options: { url: slapd.url, bindDn: SERVICE_DN, baseDn: BASE_DN, emptyGroupMember: EMPTY_GROUP_MEMBER } }] });
  }, 60_000);
  afterAll(async () => {
    await t?.ws.close();
    await slapd?.stop();
    await vault?.stop();
  });

  const broker = (tenants = ["acme"]) => {
    let orchestrator: Promise<string> | null = null;
    return createVaultBroker({
      addr: vault.addr, roleIds, clock: t.clock,
      secretIds: { wrappedSecretId: async (tenant) => createVaultSecretIdSource({ addr: vault.addr, token: await (orchestrator ??= vault.orchestratorToken(...tenants)) }).wrappedSecretId(tenant) },
      ldapStaticRoles: new Map([["acme", new Map([["ldap", "offboard-acme-ldap"]])]]),
    });
  };

  it("Vault rotated the service account's password: the one set up outside Vault no longer binds", async () => {
    expect(await slapd.canBind(SERVICE_DN, slapd.servicePassword)).toBe(false);
    const b = broker();
    const lease = await b.acquire("acme");
    try {
      const { bearerToken: password } = await b.credentialsFor(lease, "ldap", undefined);
      expect(await slapd.canBind(SERVICE_DN, password)).toBe(true);
      expect(password).not.toBe(slapd.servicePassword);
    } finally {
      await b.revoke(lease);
    }
  });

  it("another tenant's lease cannot read it (403)", async () => {
    const b = broker(["globex"]);
    const lease = await b.acquire("globex");
    try {
      expect((await vault.api("GET", "ldap/static-cred/offboard-acme-ldap", lease.credentials.bearerToken)).status).toBe(403);
    } finally {
      await b.revoke(lease);
    }
  });

  it("the executor offboards in LDAP with the credential Vault holds, and the ledger never sees it", async () => {
    // The embedded directory accepts only local-broker tokens, so this executor runs the LDAP connector alone.
    const ldap = t.ws.doer.connectors.get("acme")!.find((c) => c.name === "ldap")!;
    const doer: DoerDeps = { ...t.ws.doer, leases: broker(), connectors: new Map([["acme", [ldap]]]) };
    const f = t.request("vl-dana", "dana.reyes@example.com");
    const d = await decideRequest(t.ws.gatekeeper, f.text, f.file);
    if (d.evaluated.decision.outcome === "require_hitl") await approveRequest(t.ws.gatekeeper, f.text, f.file, { approver: "alice.nguyen@example.com", via: "cli" });
    const issued = await issuePacket(t.ws.gatekeeper, f.text, f.file);
    if (issued.status !== "signed") throw new Error(issued.message);
    const soft = await receivePacket(doer, issued.packet.jws);
    expect(soft).toMatchObject({ status: "soft_done" });
    if (soft.status === "soft_done") expect(soft.evidence.map((e) => [e.connector, e.ok])).toEqual([["ldap", true]]);
    expect(await slapd.canBind(slapd.personDn("dana.reyes"), slapd.passwordOf("dana.reyes"))).toBe(false);
    const current = (await vault.api("GET", "ldap/static-cred/offboard-acme-ldap", vault.rootToken)).body.data as { password: string };
    expect(JSON.stringify(await t.ws.ledger.read())).not.toContain(current.password);
  });
});
