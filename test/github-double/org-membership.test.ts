import { execFileSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ProbotOctokit } from "probot";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startGitHubDouble, type GitHubDouble } from "../helpers/github-double/index.js";
import { responseProblems } from "../helpers/github-double/response-problems.js";
import { installationOctokit as sharedInstallationOctokit } from "../helpers/github-double/installation-octokit.js";

const OWNER = "example-org";
const REPO = "policy";
const APP_ID = 4242;
const INSTALLATION_ID = 7777;
const GIT_ENV = { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_CONFIG_GLOBAL: "/dev/null", GIT_CONFIG_NOSYSTEM: "1" };

const keys = generateKeyPairSync("rsa", { modulusLength: 2048, publicKeyEncoding: { type: "spki", format: "pem" }, privateKeyEncoding: { type: "pkcs8", format: "pem" } });
const org = { org: OWNER };

/** A one-commit working tree on main (the double needs a repository even for org calls). */
function seedRepo(root: string): string {
  const dir = join(root, "seed");
  execFileSync("git", ["init", "-q", "-b", "main", dir], { env: GIT_ENV });
  writeFileSync(join(dir, "README.md"), "# policy\n");
  execFileSync("git", ["add", "-A"], { cwd: dir, env: GIT_ENV });
  execFileSync("git", ["-c", "user.name=Alice Example", "-c", "user.email=alice@example.com", "commit", "-q", "-m", "seed"], { cwd: dir, env: GIT_ENV });
  return dir;
}

function installationOctokit(double: GitHubDouble): InstanceType<typeof ProbotOctokit> {
  return sharedInstallationOctokit(double, { appId: APP_ID, privateKey: keys.privateKey, installationId: INSTALLATION_ID });
}

describe("GitHub double: organization membership", () => {
  let root: string;
  let seed: string;
  let double: GitHubDouble;
  let octokit: InstanceType<typeof ProbotOctokit>;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "github-double-org-test-"));
    seed = seedRepo(root);
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  beforeEach(async () => {
    double = await startGitHubDouble({ owner: OWNER, repo: REPO, seedDir: seed, appId: APP_ID, appPublicKeyPem: keys.publicKey, installationId: INSTALLATION_ID, webhookSecret: "secret" });
    octokit = installationOctokit(double);
    double.addOrgMember("alice", "admin");
    double.addOrgMember("bob");
  });

  afterEach(async () => {
    await double.close();
  });

  describe("test API", () => {
    it("records org members, and addTeamMember creates the team and an active membership", () => {
      expect(double.orgMembership("alice")).toEqual({ role: "admin", state: "active" });
      expect(double.orgMembership("BOB")).toEqual({ role: "member", state: "active" });
      expect(double.orgMembership("mallory")).toBeNull();
      double.addTeamMember("security", "carol");
      double.addTeamMember("Payments Team", "carol", "maintainer");
      expect(double.orgMembership("carol")).toEqual({ role: "member", state: "active" });
      expect(double.teamsOf("carol")).toEqual(["payments-team", "security"]);
      expect(double.teamsOf("bob")).toEqual([]);
    });

    it("addOrgMember keeps a role it is not given and accepts a pending invitation", async () => {
      await octokit.rest.orgs.setMembershipForUser({ ...org, username: "dave", role: "admin" });
      expect(double.orgMembership("dave")).toEqual({ role: "admin", state: "pending" });
      double.addOrgMember("dave");
      expect(double.orgMembership("dave")).toEqual({ role: "admin", state: "active" });
      double.assertClean();
    });
  });

  describe("REST", () => {
    it("reads org memberships: admin, member, and 404 for someone outside the org", async () => {
      const { data: admin } = await octokit.rest.orgs.getMembershipForUser({ ...org, username: "alice" });
      expect(admin).toMatchObject({
        state: "active",
        role: "admin",
        url: `${double.apiUrl}/orgs/${OWNER}/memberships/alice`,
        organization_url: `${double.apiUrl}/orgs/${OWNER}`,
        organization: { login: OWNER },
        user: { login: "alice" },
      });
      const { data: member } = await octokit.rest.orgs.getMembershipForUser({ ...org, username: "bob" });
      expect(member).toMatchObject({ state: "active", role: "member", user: { login: "bob" } });
      await expect(octokit.rest.orgs.getMembershipForUser({ ...org, username: "mallory" })).rejects.toMatchObject({ status: 404 });
      expect((await octokit.rest.orgs.checkMembershipForUser({ ...org, username: "bob" })).status).toBe(204);
      await expect(octokit.rest.orgs.checkMembershipForUser({ ...org, username: "mallory" })).rejects.toMatchObject({ status: 404 });
      double.assertClean();
    });

    it("demotes an admin to member", async () => {
      const { data } = await octokit.rest.orgs.setMembershipForUser({ ...org, username: "alice", role: "member" });
      expect(data).toMatchObject({ state: "active", role: "member", user: { login: "alice" } });
      expect(double.orgMembership("alice")).toEqual({ role: "member", state: "active" });
      double.assertClean();
    });

    it("adds an org member to a team and removes them again", async () => {
      double.addTeamMember("security", "alice");
      const { data: added } = await octokit.rest.teams.addOrUpdateMembershipForUserInOrg({ ...org, team_slug: "security", username: "bob", role: "maintainer" });
      expect(added).toMatchObject({ state: "active", role: "maintainer", url: expect.stringMatching(/\/teams\/\d+\/memberships\/bob$/) });
      expect(double.teamsOf("bob")).toEqual(["security"]);
      const { data: read } = await octokit.rest.teams.getMembershipForUserInOrg({ ...org, team_slug: "security", username: "bob" });
      expect(read).toMatchObject({ state: "active", role: "maintainer" });

      expect((await octokit.rest.teams.removeMembershipForUserInOrg({ ...org, team_slug: "security", username: "bob" })).status).toBe(204);
      expect(double.teamsOf("bob")).toEqual([]);
      expect(double.orgMembership("bob")).toEqual({ role: "member", state: "active" });
      await expect(octokit.rest.teams.getMembershipForUserInOrg({ ...org, team_slug: "security", username: "bob" })).rejects.toMatchObject({ status: 404 });
      await expect(octokit.rest.teams.removeMembershipForUserInOrg({ ...org, team_slug: "security", username: "bob" })).rejects.toMatchObject({ status: 404 });
      await expect(octokit.rest.teams.addOrUpdateMembershipForUserInOrg({ ...org, team_slug: "no-such-team", username: "bob" })).rejects.toMatchObject({ status: 404 });
      double.assertClean();
    });

    it("deleting an org membership ends every team membership too", async () => {
      double.addTeamMember("security", "bob");
      double.addTeamMember("payments", "bob");
      expect(double.teamsOf("bob")).toEqual(["payments", "security"]);

      expect((await octokit.rest.orgs.removeMembershipForUser({ ...org, username: "bob" })).status).toBe(204);
      expect(double.orgMembership("bob")).toBeNull();
      expect(double.teamsOf("bob")).toEqual([]);
      await expect(octokit.rest.orgs.getMembershipForUser({ ...org, username: "bob" })).rejects.toMatchObject({ status: 404 });
      await expect(octokit.rest.orgs.checkMembershipForUser({ ...org, username: "bob" })).rejects.toMatchObject({ status: 404 });
      await expect(octokit.rest.teams.getMembershipForUserInOrg({ ...org, team_slug: "security", username: "bob" })).rejects.toMatchObject({ status: 404 });
      await expect(octokit.rest.orgs.removeMembershipForUser({ ...org, username: "bob" })).rejects.toMatchObject({ status: 404 });
      double.assertClean();
    });

    it("re-adding a removed user invites them: pending, not active, and not listed as a member", async () => {
      await octokit.rest.orgs.removeMembershipForUser({ ...org, username: "bob" });
      const { data } = await octokit.rest.orgs.setMembershipForUser({ ...org, username: "bob", role: "member" });
      expect(data).toMatchObject({ state: "pending", role: "member" });
      expect(double.orgMembership("bob")).toEqual({ role: "member", state: "pending" });
      await expect(octokit.rest.orgs.checkMembershipForUser({ ...org, username: "bob" })).rejects.toMatchObject({ status: 404 });
      const { data: members } = await octokit.rest.orgs.listMembers(org);
      expect(members.map((m) => m.login)).toEqual(["alice"]);
      // A pending invitation can still be cancelled.
      expect((await octokit.rest.orgs.removeMembershipForUser({ ...org, username: "bob" })).status).toBe(204);
      expect(double.orgMembership("bob")).toBeNull();
      double.assertClean();
    });

    it("adding someone outside the org to a team invites them: the team membership is pending", async () => {
      double.addTeamMember("security", "alice");
      const { data } = await octokit.rest.teams.addOrUpdateMembershipForUserInOrg({ ...org, team_slug: "security", username: "erin" });
      expect(data).toMatchObject({ state: "pending", role: "member" });
      expect(double.orgMembership("erin")).toEqual({ role: "member", state: "pending" });
      expect(double.teamsOf("erin")).toEqual(["security"]);
      const { data: read } = await octokit.rest.teams.getMembershipForUserInOrg({ ...org, team_slug: "security", username: "erin" });
      expect(read).toMatchObject({ state: "pending" });
      double.addOrgMember("erin");
      const { data: accepted } = await octokit.rest.teams.getMembershipForUserInOrg({ ...org, team_slug: "security", username: "erin" });
      expect(accepted).toMatchObject({ state: "active", role: "member" });
      double.assertClean();
    });

    it("lists active members with the role filter and pagination, and the teams", async () => {
      double.addOrgMember("carol", "admin");
      await octokit.rest.orgs.setMembershipForUser({ ...org, username: "invitee", role: "admin" });
      const logins = async (role: "all" | "admin" | "member") => (await octokit.rest.orgs.listMembers({ ...org, role })).data.map((m) => m.login);
      expect(await logins("all")).toEqual(["alice", "bob", "carol"]);
      expect(await logins("admin")).toEqual(["alice", "carol"]);
      expect(await logins("member")).toEqual(["bob"]);
      const first = await octokit.rest.orgs.listMembers({ ...org, per_page: 2, page: 1 });
      expect(first.data.map((m) => m.login)).toEqual(["alice", "bob"]);
      expect(first.headers.link).toContain('rel="next"');
      const all = await octokit.paginate(octokit.rest.orgs.listMembers, { ...org, per_page: 1 });
      expect(all.map((m) => m.login)).toEqual(["alice", "bob", "carol"]);

      double.addTeamMember("security", "alice");
      double.addTeamMember("payments", "bob");
      const { data: teams } = await octokit.rest.teams.list(org);
      expect(teams.map((t) => [t.slug, t.name])).toEqual([
        ["payments", "payments"],
        ["security", "security"],
      ]);
      double.assertClean();
    });

    it("answers another organization with a quiet 404", async () => {
      await expect(octokit.rest.orgs.getMembershipForUser({ org: "other-org", username: "alice" })).rejects.toMatchObject({ status: 404 });
      await expect(octokit.rest.orgs.removeMembershipForUser({ org: "other-org", username: "alice" })).rejects.toMatchObject({ status: 404 });
      expect(double.orgMembership("alice")).toEqual({ role: "admin", state: "active" });
      double.assertClean();
    });

    it("every response validates against the operation's response schema", async () => {
      const captured: { method: string; url: string; status: number; data: unknown }[] = [];
      octokit.hook.after("request", (response, options) => void captured.push({ method: options.method, url: response.url, status: response.status, data: response.data }));
      double.addTeamMember("security", "alice");
      await octokit.rest.orgs.getMembershipForUser({ ...org, username: "alice" });
      await octokit.rest.orgs.setMembershipForUser({ ...org, username: "bob", role: "admin" });
      await octokit.rest.orgs.setMembershipForUser({ ...org, username: "frank" });
      await octokit.rest.orgs.listMembers(org);
      await octokit.rest.orgs.checkMembershipForUser({ ...org, username: "alice" });
      await octokit.rest.teams.list(org);
      await octokit.rest.teams.addOrUpdateMembershipForUserInOrg({ ...org, team_slug: "security", username: "bob" });
      await octokit.rest.teams.addOrUpdateMembershipForUserInOrg({ ...org, team_slug: "security", username: "grace" });
      await octokit.rest.teams.getMembershipForUserInOrg({ ...org, team_slug: "security", username: "bob" });
      await octokit.rest.teams.removeMembershipForUserInOrg({ ...org, team_slug: "security", username: "bob" });
      await octokit.rest.orgs.removeMembershipForUser({ ...org, username: "bob" });
      double.assertClean();

      const problems = await responseProblems(captured);
      expect(captured.length).toBe(12);
      expect(problems).toEqual([]);
    });
  });

  describe("contract violations", () => {
    it("records an org role GitHub does not have ('owner'), answers 422 and changes nothing", async () => {
      await expect(octokit.rest.orgs.setMembershipForUser({ ...org, username: "bob", role: "owner" as never })).rejects.toMatchObject({ status: 422 });
      expect(double.violations).toEqual([expect.stringMatching(/^invalid request PUT \/orgs\/example-org\/memberships\/bob \(orgs\/set-membership-for-user\): body\/role must be equal to one of the allowed values/)]);
      expect(() => double.assertClean()).toThrow(expect.objectContaining({ code: "CONTRACT_VIOLATIONS" }));
      expect(double.orgMembership("bob")).toEqual({ role: "member", state: "active" });
    });

    it("records a team role GitHub does not have ('admin') and adds nobody", async () => {
      double.addTeamMember("security", "alice");
      await expect(octokit.rest.teams.addOrUpdateMembershipForUserInOrg({ ...org, team_slug: "security", username: "bob", role: "admin" as never })).rejects.toMatchObject({ status: 422 });
      expect(double.violations).toEqual([expect.stringContaining("(teams/add-or-update-membership-for-user-in-org): body/role must be equal to one of the allowed values")]);
      expect(double.teamsOf("bob")).toEqual([]);
    });
  });
});
