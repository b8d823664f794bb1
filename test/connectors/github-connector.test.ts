import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGitHubConnector } from "../../app/connectors/github/github-connector.js";
import type { Connector, ConnectorCredentials, PlannedStep } from "../../app/connectors/types.js";
import { receivePacket } from "../../app/doer/receive-packet.js";
import { runDueHardPhases } from "../../app/doer/run-due-hard-phases.js";
import { issuePacket } from "../../app/gatekeeper/issue-packet.js";
import { runGit } from "../../app/util/run-git.js";
import { testWorkspace, type TestWorkspace } from "../helpers/workspace.js";
import { startGitHubDouble, type GitHubDouble } from "../helpers/github-double/index.js";

const ORG = "example-org";
const LOGINS = { "sam.okafor@example.com": "sam-okafor", "dana.reyes@example.com": "dana-reyes", "alice.nguyen@example.com": "alice-nguyen" };
const SAM = { email: "sam.okafor@example.com" };

/** A GitHub double whose organization has alice and sam as owners (sam in prod-admins and engineering) and dana in finance, plus an installation token. */
async function startOrgDouble(): Promise<{ double: GitHubDouble; root: string; token: ConnectorCredentials }> {
  const root = mkdtempSync(join(tmpdir(), "offboard-ghc-"));
  const seed = join(root, "seed");
  runGit(root, ["init", "-q", "-b", "main", seed]);
  writeFileSync(join(seed, "README.md"), "org\n");
  runGit(seed, ["add", "-A"]);
  runGit(seed, ["commit", "-q", "-m", "seed"]);
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const double = await startGitHubDouble({ owner: ORG, repo: "policy", seedDir: seed, appId: 99, appPublicKeyPem: publicKey.export({ type: "spki", format: "pem" }).toString(), installationId: 7, webhookSecret: "s".repeat(32) });
  double.addOrgMember("alice-nguyen", "admin");
  double.addOrgMember("sam-okafor", "admin");
  double.addTeamMember("prod-admins", "sam-okafor");
  double.addTeamMember("engineering", "sam-okafor");
  double.addOrgMember("dana-reyes", "member");
  double.addTeamMember("finance", "dana-reyes");
  const now = Math.floor(Date.now() / 1000);
  const jwt = await new SignJWT({}).setProtectedHeader({ alg: "RS256" }).setIssuer("99").setIssuedAt(now - 30).setExpirationTime(now + 300).sign(privateKey);
  const res = await fetch(`${double.apiUrl}/app/installations/7/access_tokens`, { method: "POST", headers: { authorization: `Bearer ${jwt}`, accept: "application/vnd.github+json" } });
  return { double, root, token: { bearerToken: ((await res.json()) as { token: string }).token } };
}

/**
 * The GitHub organization connector through Octokit against the GitHub double (every request
 * checked against GitHub's OpenAPI description), with an installation token as the credential.
 */
describe("GitHub organization connector", () => {
  let double: GitHubDouble;
  let root: string;
  let connector: Connector;
  let creds: ConnectorCredentials;

  beforeAll(async () => {
    ({ double, root, token: creds } = await startOrgDouble());
    connector = createGitHubConnector({ org: ORG, baseUrl: double.apiUrl, logins: LOGINS, privilegedTeams: ["prod-admins"] });
  }, 60_000);

  afterAll(async () => {
    await double?.close();
    rmSync(root, { recursive: true, force: true });
  });

  const applyAll = async (steps: PlannedStep[]) => Promise.all(steps.map((s) => connector.apply(s, creds))).then((r) => r.map((x) => x.alreadyDone));

  it("describes a member through the explicit login mapping only", async () => {
    expect(await connector.describe(SAM, creds)).toMatchObject({ exists: true, accountId: "sam-okafor", active: true, privileged: true, roles: ["admin"], groups: ["engineering", "prod-admins"], licences: [`${ORG}-seat`] });
    expect(await connector.describe({ email: "dana.reyes@example.com" }, creds)).toMatchObject({ exists: true, privileged: false, groups: ["finance"] });
    expect(await connector.describe({ email: "nobody@example.com" }, creds)).toMatchObject({ exists: false, accountId: null });
    expect(await connector.countActivePrivileged!(creds)).toBe(2);
    double.assertClean();
  });

  it("plans both phases and says what the soft phase cannot take away", async () => {
    const soft = await connector.plan("soft", SAM, creds);
    expect(soft.map((s) => [s.action, s.detail.team ?? s.detail.method])).toEqual([["deactivate", "demote_owner"], ["remove_groups", "engineering"], ["remove_groups", "prod-admins"]]);
    expect(String(soft[0]!.detail.limit)).toContain("no suspension");
    expect((await connector.plan("hard", SAM, creds)).map((s) => s.action)).toEqual(["remove_groups", "remove_groups", "delete"]);
    await expect(connector.plan("soft", { email: "nobody@example.com" }, creds)).rejects.toMatchObject({ code: "TARGET_NOT_FOUND", details: { reason: "unmapped" } });
    double.assertClean();
  });

  it("soft → reinstate → soft → hard, every step idempotent, with evidence after each", async () => {
    const snapshot = await connector.snapshot(SAM, creds);
    const soft = await connector.plan("soft", SAM, creds);
    expect(await applyAll(soft)).toEqual([false, false, false]);
    expect(await applyAll(soft)).toEqual([true, true, true]);
    expect(double.orgMembership("sam-okafor")).toEqual({ role: "member", state: "active" });
    expect(double.teamsOf("sam-okafor")).toEqual([]);
    expect(await connector.verify("soft", SAM, creds, snapshot)).toMatchObject({ ok: true, checks: { member: true, role: "member", teams: [] } });

    await connector.restore(snapshot, creds);
    await connector.restore(snapshot, creds);
    expect(double.orgMembership("sam-okafor")).toEqual({ role: "admin", state: "active" });
    expect(double.teamsOf("sam-okafor")).toEqual(["engineering", "prod-admins"]);
    expect(await connector.verify("reinstate", SAM, creds, snapshot)).toMatchObject({ ok: true });

    await applyAll(await connector.plan("soft", SAM, creds));
    const hard = await connector.plan("hard", SAM, creds);
    expect(hard.map((s) => s.action)).toEqual(["delete"]);
    expect(await applyAll(hard)).toEqual([false]);
    expect(await applyAll(hard)).toEqual([true]);
    expect(double.orgMembership("sam-okafor")).toBeNull();
    expect(await connector.verify("hard", SAM, creds, snapshot)).toMatchObject({ ok: true, checks: { seatFreed: true } });
    expect(await connector.plan("hard", SAM, creds)).toEqual([]);
    // After the hard phase a reinstate would only send an invitation: refused.
    await expect(connector.restore(snapshot, creds)).rejects.toMatchObject({ code: "TARGET_NOT_FOUND", details: { reason: "gone" } });
    expect(double.orgMembership("sam-okafor")).toBeNull();
    double.assertClean();
  });

  it("fails closed: a bad token is CONNECTOR_FAILED, a bad config names its field", async () => {
    await expect(connector.describe(SAM, { bearerToken: "ghs_not-a-token" })).rejects.toMatchObject({ code: "CONNECTOR_FAILED", details: { status: 401 } });
    expect(() => createGitHubConnector({ org: ORG, baseUrl: "http://github.example.com" })).toThrow(/"baseUrl" must be https/);
    expect(() => createGitHubConnector({ org: "not an org" })).toThrow(/"org"/);
    expect(() => createGitHubConnector({ org: ORG, logins: { "dana.reyes@example.com": "bad login!" } })).toThrow(/logins/);
  });
});

/** The connector chosen per tenant in .github/offboard.yml, run by the executor with its credential from the lease. */
describe("the executor with the github connector configured per tenant", () => {
  let double: GitHubDouble;
  let root: string;
  let token: string;
  let t: TestWorkspace;
  const env: NodeJS.ProcessEnv = {};
  beforeAll(async () => {
    const started = await startOrgDouble();
    ({ double, root } = started);
    token = started.token.bearerToken;
    env.OFFBOARD_TEST_GITHUB_TOKEN = token;
    t = await testWorkspace(300, { env, extraConnectors: [{ name: "github", base_url: double.apiUrl, options: { org: ORG, logins: LOGINS }, secret: { env: "OFFBOARD_TEST_GITHUB_TOKEN" } }] });
  }, 120_000);
  afterAll(async () => {
    await t?.ws.close();
    await double?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it("lists its steps in the dry-run plan, runs the soft phase with SCIM, then the hard phase frees the seat", async () => {
    const plans = await t.ws.gatekeeper.planTarget("dana.reyes@example.com", "g-dana");
    expect(plans.find((p) => p.connector === "github")!.steps.map((s) => `${s.phase}:${s.action}`)).toEqual(["soft:remove_groups", "hard:remove_groups", "hard:delete"]);
    const f = t.request("g-dana", "dana.reyes@example.com");
    const issued = await issuePacket(t.ws.gatekeeper, f.text, f.file);
    if (issued.status !== "signed") throw new Error(issued.message);
    const soft = await receivePacket(t.ws.doer, issued.packet.jws);
    if (soft.status !== "soft_done") throw new Error("expected the soft phase");
    expect(soft.evidence.map((e) => [e.connector, e.ok])).toEqual([["scim", true], ["github", true]]);
    expect(double.teamsOf("dana-reyes")).toEqual([]);
    expect(double.orgMembership("dana-reyes")).toEqual({ role: "member", state: "active" });

    t.clock.advance(301_000);
    expect((await runDueHardPhases(t.ws.doer)).map((h) => h.id)).toEqual(["g-dana"]);
    expect(double.orgMembership("dana-reyes")).toBeNull();
    expect(JSON.stringify(await t.ws.ledger.read())).not.toContain(token);
    double.assertClean();
  });
});
