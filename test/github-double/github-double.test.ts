import { execFile, execFileSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { verify } from "@octokit/webhooks-methods";
import { SignJWT } from "jose";
import { Probot, ProbotOctokit, createNodeMiddleware } from "probot";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startGitHubDouble, type GitHubDouble } from "../helpers/github-double/index.js";
import { responseProblems } from "../helpers/github-double/response-problems.js";
import { installationOctokit as sharedInstallationOctokit } from "../helpers/github-double/installation-octokit.js";

const OWNER = "example-org";
const REPO = "policy";
const APP_ID = 4242;
const INSTALLATION_ID = 7777;
const SECRET = "webhook-secret-for-tests";
const GIT_ENV = { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_CONFIG_GLOBAL: "/dev/null", GIT_CONFIG_NOSYSTEM: "1" };
const IDENTITY = ["-c", "user.name=Alice Example", "-c", "user.email=alice@example.com"];

const keys = generateKeyPairSync("rsa", { modulusLength: 2048, publicKeyEncoding: { type: "spki", format: "pem" }, privateKeyEncoding: { type: "pkcs8", format: "pem" } });

function git(cwd: string, args: string[]): string {
  return execFileSync("git", args, { cwd, env: GIT_ENV, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
}

/** git without blocking this thread (the double's front runs in a worker, so blocking works too: see the sync test). */
async function gitAsync(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)("git", args, { cwd, env: GIT_ENV, encoding: "utf8" });
  return stdout.trim();
}

/** A working tree on main with policies/base.rego, README.md and OWNERS. */
function seedRepo(root: string): string {
  const dir = join(root, "seed");
  execFileSync("git", ["init", "-q", "-b", "main", dir], { env: GIT_ENV });
  writeFileSync(join(dir, "README.md"), "# policy\n");
  writeFileSync(join(dir, "OWNERS"), "security@example.com\n");
  mkdirSync(join(dir, "policies"));
  writeFileSync(join(dir, "policies", "base.rego"), "package base\n");
  git(dir, ["add", "-A"]);
  git(dir, [...IDENTITY, "commit", "-q", "-m", "seed"]);
  return dir;
}

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  signatureValid: boolean;
}

/** A webhook receiver that checks X-Hub-Signature-256 like Probot does (401 when it does not verify). */
async function startReceiver(received: Received[]): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      void verify(SECRET, body, String(req.headers["x-hub-signature-256"] ?? "")).then(
        (valid) => {
          received.push({ headers: req.headers, body, signatureValid: valid });
          res.writeHead(valid ? 200 : 401).end(valid ? "ok" : "signature mismatch");
        },
        () => {
          received.push({ headers: req.headers, body, signatureValid: false });
          res.writeHead(400).end("bad signature header");
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (typeof address !== "object" || !address) throw new Error("receiver did not bind");
  return { url: `http://127.0.0.1:${address.port}/api/github/webhooks`, server };
}

function installationOctokit(double: GitHubDouble): InstanceType<typeof ProbotOctokit> {
  return sharedInstallationOctokit(double, { appId: APP_ID, privateKey: keys.privateKey, installationId: INSTALLATION_ID });
}

async function installationToken(octokit: InstanceType<typeof ProbotOctokit>): Promise<string> {
  const auth = (await octokit.auth({ type: "installation" })) as { token: string };
  return auth.token;
}

const tokenUrl = (double: GitHubDouble, token: string) => double.gitUrl.replace("http://", `http://x-access-token:${token}@`);

describe("GitHub double", () => {
  let root: string;
  let seed: string;
  let receiver: { url: string; server: Server };
  const received: Received[] = [];
  let double: GitHubDouble;
  let octokit: InstanceType<typeof ProbotOctokit>;
  const repo = { owner: OWNER, repo: REPO };

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "github-double-test-"));
    seed = seedRepo(root);
    receiver = await startReceiver(received);
  });

  afterAll(async () => {
    await new Promise((resolve) => receiver.server.close(resolve));
    rmSync(root, { recursive: true, force: true });
  });

  beforeEach(async () => {
    received.length = 0;
    double = await startGitHubDouble({
      owner: OWNER,
      repo: REPO,
      seedDir: seed,
      appId: APP_ID,
      appPublicKeyPem: keys.publicKey,
      installationId: INSTALLATION_ID,
      webhookUrl: receiver.url,
      webhookSecret: SECRET,
    });
    octokit = installationOctokit(double);
  });

  afterEach(async () => {
    await double.close();
  });

  describe("contract violations", () => {
    it("records a check run with status 'bogus' (invalid per the OpenAPI schema) and answers 422", async () => {
      const head = double.headSha("main");
      await expect(octokit.request("POST /repos/{owner}/{repo}/check-runs", { ...repo, name: "policy", head_sha: head, status: "bogus" as never })).rejects.toMatchObject({ status: 422 });
      expect(double.violations).toEqual([expect.stringMatching(/^invalid request POST \/repos\/example-org\/policy\/check-runs \(checks\/create\): body\/status must be equal to one of the allowed values/)]);
      expect(() => double.assertClean()).toThrow(expect.objectContaining({ code: "CONTRACT_VIOLATIONS" }));
      expect(double.checkRuns(head)).toEqual([]);
    });

    it("records an unknown route and an operation GitHub has but the double does not serve", async () => {
      await expect(octokit.request("GET /repos/{owner}/{repo}/not-a-github-route", repo)).rejects.toMatchObject({ status: 404 });
      await expect(octokit.request("GET /repos/{owner}/{repo}/releases", repo)).rejects.toMatchObject({ status: 404 });
      expect(double.violations).toEqual([
        "unexpected call GET /repos/example-org/policy/not-a-github-route",
        expect.stringContaining("unexpected call GET /repos/example-org/policy/releases (repos/list-releases"),
      ]);
    });

    it("refuses REST calls without an installation token, and app JWTs signed by another key", async () => {
      const anonymous = await fetch(`${double.apiUrl}/repos/${OWNER}/${REPO}`);
      expect(anonymous.status).toBe(401);
      const other = generateKeyPairSync("rsa", { modulusLength: 2048 });
      const now = Math.floor(Date.now() / 1000);
      const forged = await new SignJWT({}).setProtectedHeader({ alg: "RS256" }).setIssuer(String(APP_ID)).setIssuedAt(now - 30).setExpirationTime(now + 500).sign(other.privateKey);
      const tokenResponse = await fetch(`${double.apiUrl}/app/installations/${INSTALLATION_ID}/access_tokens`, { method: "POST", headers: { authorization: `Bearer ${forged}` } });
      expect(tokenResponse.status).toBe(401);
      expect(double.violations).toEqual([expect.stringContaining("without an installation token"), expect.stringContaining("app JWT refused: A JSON web token could not be decoded")]);
    });

    it("a clean run has no violations and records who called", async () => {
      const { data } = await octokit.rest.repos.get(repo);
      expect(data).toMatchObject({ full_name: `${OWNER}/${REPO}`, default_branch: "main", private: true, owner: { login: OWNER } });
      expect(() => double.assertClean()).not.toThrow();
      expect(double.calls.map((c) => [c.method, c.operationId, c.status, c.actor])).toEqual([
        ["POST", "apps/create-installation-access-token", 201, "test-app"],
        ["GET", "repos/get", 200, "test-app[bot]"],
      ]);
    });
  });

  describe("REST and git agree", () => {
    it("a branch and file created over REST are in a git clone made with the installation token", async () => {
      const main = double.headSha("main");
      await octokit.rest.git.createRef({ ...repo, ref: "refs/heads/offboard/req-1", sha: main });
      await expect(octokit.rest.git.createRef({ ...repo, ref: "refs/heads/offboard/req-1", sha: main })).rejects.toMatchObject({ status: 422 });
      const { data: put } = await octokit.rest.repos.createOrUpdateFileContents({
        ...repo,
        path: "requests/req-1.yaml",
        branch: "offboard/req-1",
        message: "Add req-1",
        content: Buffer.from("id: req-1\n").toString("base64"),
      });
      const { data: ref } = await octokit.rest.git.getRef({ ...repo, ref: "heads/offboard/req-1" });
      expect(ref.object.sha).toBe(put.commit.sha);

      const clone = join(root, `clone-${Date.now()}`);
      await gitAsync(root, ["clone", "-q", "--branch", "offboard/req-1", tokenUrl(double, await installationToken(octokit)), clone]);
      expect(readFileSync(join(clone, "requests", "req-1.yaml"), "utf8")).toBe("id: req-1\n");
      expect(git(clone, ["rev-parse", "HEAD"])).toBe(put.commit.sha);
      expect(git(clone, ["log", "-1", "--format=%an|%s"])).toBe("test-app[bot]|Add req-1");
      double.assertClean();
    });

    it("a git push over HTTP is visible through GET contents; stale and missing shas are refused", async () => {
      const clone = join(root, `push-${Date.now()}`);
      const url = tokenUrl(double, await installationToken(octokit));
      await gitAsync(root, ["clone", "-q", url, clone]);
      writeFileSync(join(clone, "OWNERS"), "security@example.com\nit@example.com\n");
      git(clone, ["checkout", "-q", "-b", "pushed"]);
      git(clone, [...IDENTITY, "commit", "-q", "-am", "more owners"]);
      await gitAsync(clone, ["push", "-q", "origin", "pushed"]);

      const { data } = await octokit.rest.repos.getContent({ ...repo, path: "OWNERS", ref: "pushed" });
      if (Array.isArray(data) || data.type !== "file") throw new Error("expected a file");
      expect(Buffer.from(data.content, "base64").toString("utf8")).toBe("security@example.com\nit@example.com\n");
      const raw = await octokit.request("GET /repos/{owner}/{repo}/contents/{path}", { ...repo, path: "OWNERS", mediaType: { format: "raw" } });
      expect(raw.data).toBe("security@example.com\n");
      const { data: dir } = await octokit.rest.repos.getContent({ ...repo, path: "policies" });
      expect(Array.isArray(dir) && dir.map((e) => [e.name, e.type])).toEqual([["base.rego", "file"]]);
      await expect(octokit.rest.repos.getContent({ ...repo, path: "nope.txt" })).rejects.toMatchObject({ status: 404 });
      const unencoded = await octokit.request(`GET /repos/${OWNER}/${REPO}/contents/policies/base.rego?ref=pushed`);
      expect(unencoded.data).toMatchObject({ path: "policies/base.rego", type: "file" });

      const content = Buffer.from("x\n").toString("base64");
      await expect(octokit.rest.repos.createOrUpdateFileContents({ ...repo, path: "OWNERS", branch: "pushed", message: "m", content })).rejects.toMatchObject({ status: 422 });
      await expect(octokit.rest.repos.createOrUpdateFileContents({ ...repo, path: "OWNERS", branch: "pushed", message: "m", content, sha: "0".repeat(40) })).rejects.toMatchObject({ status: 409 });
      double.assertClean();
    });

    it("serves git while the test thread is blocked in a synchronous git clone and push", async () => {
      const url = tokenUrl(double, await installationToken(octokit));
      const clone = join(root, `sync-${Date.now()}`);
      git(root, ["clone", "-q", url, clone]);
      writeFileSync(join(clone, "sync.txt"), "pushed synchronously\n");
      git(clone, ["add", "sync.txt"]);
      git(clone, [...IDENTITY, "commit", "-q", "-m", "sync"]);
      git(clone, ["push", "-q", "origin", "HEAD:main"]);
      expect(double.readFile("main", "sync.txt")).toBe("pushed synchronously\n");
      await double.whenIdle(); // git calls are logged by the front's worker thread, applied once this thread is free
      expect(double.calls.filter((c) => c.operationId === "git-receive-pack").map((c) => [c.status, c.actor])).toContainEqual([200, "test-app[bot]"]);
    });

    it("refuses a push without a token (401 with a Basic challenge)", async () => {
      const before = double.headSha("main");
      const clone = join(root, `anon-${Date.now()}`);
      await gitAsync(root, ["clone", "-q", tokenUrl(double, await installationToken(octokit)), clone]);
      writeFileSync(join(clone, "README.md"), "# defaced\n");
      git(clone, [...IDENTITY, "commit", "-q", "-am", "deface"]);
      await expect(gitAsync(clone, ["push", double.gitUrl, "HEAD:main"])).rejects.toThrow(/Authentication failed|could not read Username|401/);
      const challenge = await fetch(`${double.gitUrl}/info/refs?service=git-receive-pack`);
      expect(challenge.status).toBe(401);
      expect(challenge.headers.get("www-authenticate")).toBe('Basic realm="GitHub"');
      expect(double.headSha("main")).toBe(before);
    });
  });

  describe("webhooks", () => {
    it("signs every delivery over the exact body; a forged signature is refused; redelivery repeats it", async () => {
      const { number, delivery } = await double.openIssue({ author: "hr.ops", title: "Offboard bob", body: "bob@example.com", labels: ["offboarding"] });
      expect(delivery.status).toBe(200);
      const [hook] = received;
      if (!hook) throw new Error("no delivery received");
      expect(hook.signatureValid).toBe(true);
      expect(hook.headers).toMatchObject({ "x-github-event": "issues", "x-github-delivery": delivery.id, "content-type": "application/json" });
      expect(hook.headers["user-agent"]).toMatch(/^GitHub-Hookshot\//);
      expect(hook.headers["x-github-hook-installation-target-id"]).toBe(String(APP_ID));
      expect(JSON.parse(hook.body)).toMatchObject({
        action: "opened",
        issue: { number, title: "Offboard bob", body: "bob@example.com", user: { login: "hr.ops", type: "User" }, labels: [{ name: "offboarding" }] },
        repository: { full_name: `${OWNER}/${REPO}`, private: true, default_branch: "main", owner: { login: OWNER } },
        organization: { login: OWNER },
        installation: { id: INSTALLATION_ID },
        sender: { login: "hr.ops" },
      });

      const tampered = hook.body.replace("bob@example.com", "ceo@example.com");
      const forged = await double.deliverRaw({ event: "issues", body: tampered, signature: String(hook.headers["x-hub-signature-256"]) });
      expect(forged).toBe(401);

      const again = await double.redeliver(delivery.id);
      expect(again).toMatchObject({ id: delivery.id, status: 200 });
      const replay = received.at(-1);
      expect(replay?.body).toBe(hook.body);
      expect(replay?.headers["x-github-delivery"]).toBe(delivery.id);
      expect(replay?.headers["x-hub-signature-256"]).toBe(hook.headers["x-hub-signature-256"]);
    });

    it("the app's own writes cause the webhooks GitHub would send (after the response)", async () => {
      const { number } = await double.openIssue({ author: "hr.ops", title: "t", body: "b" });
      await octokit.rest.issues.createComment({ ...repo, issue_number: number, body: "Received." });
      await double.whenIdle();
      const event = received.map((r) => JSON.parse(r.body) as { action: string; sender: { login: string; type: string }; comment?: { body: string; performed_via_github_app: unknown } }).at(-1);
      expect(event).toMatchObject({ action: "created", sender: { login: "test-app[bot]", type: "Bot" }, comment: { body: "Received." } });
      expect(double.comments(number).map((c) => [c.author, c.body])).toEqual([["test-app[bot]", "Received."]]);
      double.assertClean();
    });
  });

  describe("pull requests", () => {
    it("lists files with merge-base semantics and synchronizes on pushes", async () => {
      const opened = await double.openPullRequest({ author: "alice", branch: "change", title: "Change", files: { "policies/base.rego": "package base\n\nallow := true\n", "new.txt": "n\n", OWNERS: null } });
      await double.pushToBranch("main", "carol", { "unrelated.txt": "u\n" });
      const { data: files } = await octokit.rest.pulls.listFiles({ ...repo, pull_number: opened.number });
      expect(files.map((f) => [f.filename, f.status]).sort()).toEqual([["OWNERS", "removed"], ["new.txt", "added"], ["policies/base.rego", "modified"]]);

      const pushed = await double.pushToBranch("change", "alice", { "new.txt": "n2\n" });
      expect(pushed.deliveries).toHaveLength(1);
      const sync = JSON.parse(received.at(-1)?.body ?? "{}") as Record<string, unknown>;
      expect(sync).toMatchObject({ action: "synchronize", before: opened.headSha, after: pushed.sha, pull_request: { number: opened.number, head: { ref: "change", sha: pushed.sha }, base: { ref: "main" } } });

      const { data: prs } = await octokit.rest.pulls.list({ ...repo, head: `${OWNER}:change`, state: "open" });
      expect(prs.map((p) => p.number)).toEqual([opened.number]);
      double.assertClean();
    });

    it("merging creates a real merge commit on main and delivers pull_request.closed with merged true", async () => {
      const mainBefore = double.headSha("main");
      const pr = await double.openPullRequest({ author: "alice", branch: "feature", title: "Feature", body: "why", files: { "feature.txt": "f\n" } });
      await expect(double.submitReview(pr.number, "alice", "APPROVED")).rejects.toMatchObject({ code: "REFUSED" });
      const review = await double.submitReview(pr.number, "bob", "APPROVED");
      expect(JSON.parse(received.at(-1)?.body ?? "{}")).toMatchObject({
        action: "submitted",
        review: { id: review.id, state: "approved", commit_id: pr.headSha, user: { login: "bob" } },
        pull_request: { number: pr.number, head: { sha: pr.headSha } },
      });
      await double.comment(pr.number, "bob", "LGTM");
      expect(JSON.parse(received.at(-1)?.body ?? "{}")).toMatchObject({ action: "created", issue: { number: pr.number, pull_request: { url: expect.stringContaining(`/pulls/${pr.number}`) } }, comment: { body: "LGTM" } });
      const { data: reviews } = await octokit.rest.pulls.listReviews({ ...repo, pull_number: pr.number });
      expect(reviews.map((r) => [r.id, r.state, r.commit_id, r.user?.login])).toEqual([[review.id, "APPROVED", pr.headSha, "bob"]]);

      const merged = await double.mergePullRequest(pr.number, "bob");
      const mainAfter = double.headSha("main");
      expect(mainAfter).toBe(merged.sha);
      const clone = join(root, `merge-${Date.now()}`);
      await gitAsync(root, ["clone", "-q", tokenUrl(double, await installationToken(octokit)), clone]);
      expect(git(clone, ["rev-list", "--parents", "-n", "1", "HEAD"]).split(" ")).toEqual([merged.sha, mainBefore, pr.headSha]);
      expect(git(clone, ["log", "-1", "--format=%s"])).toBe(`Merge pull request #${pr.number} from ${OWNER}/feature`);
      expect(double.readFile("main", "feature.txt")).toBe("f\n");
      expect(double.pull(pr.number).pull).toMatchObject({ merged: true, mergeCommitSha: merged.sha, mergedBy: "bob" });
      expect(JSON.parse(received.at(-1)?.body ?? "{}")).toMatchObject({ action: "closed", pull_request: { merged: true, merge_commit_sha: merged.sha, state: "closed" } });
      const { data: pull } = await octokit.rest.pulls.get({ ...repo, pull_number: pr.number });
      expect(pull).toMatchObject({ merged: true, merge_commit_sha: merged.sha, state: "closed", head: { sha: pr.headSha }, base: { sha: mainBefore } });
      await expect(octokit.rest.pulls.merge({ ...repo, pull_number: pr.number })).rejects.toMatchObject({ status: 405 });
      double.assertClean();
    });

    it("the app can open and merge a pull request over REST", async () => {
      const main = double.headSha("main");
      await octokit.rest.git.createRef({ ...repo, ref: "refs/heads/offboard/req-2", sha: main });
      await octokit.rest.repos.createOrUpdateFileContents({ ...repo, path: "requests/req-2.yaml", branch: "offboard/req-2", message: "req-2", content: Buffer.from("id: req-2\n").toString("base64") });
      const { data: pr } = await octokit.rest.pulls.create({ ...repo, title: "req-2", head: "offboard/req-2", base: "main", body: "Offboarding req-2" });
      expect(pr).toMatchObject({ number: 1, state: "open", user: { login: "test-app[bot]", type: "Bot" }, head: { ref: "offboard/req-2" }, base: { ref: "main", sha: main }, mergeable: true });
      const { data: result } = await octokit.rest.pulls.merge({ ...repo, pull_number: pr.number, sha: pr.head.sha });
      expect(result.merged).toBe(true);
      await double.whenIdle();
      expect(received.map((r) => JSON.parse(r.body) as { action: string }).map((e) => e.action)).toEqual(["opened", "closed"]);
      expect(double.readFile("main", "requests/req-2.yaml")).toBe("id: req-2\n");
      double.assertClean();
    });
  });

  describe("check runs", () => {
    it("stores output and appends annotations across updates; filters by check_name", async () => {
      const head = double.headSha("main");
      const annotation = (line: number) => ({ path: "README.md", start_line: line, end_line: line, annotation_level: "warning" as const, message: `line ${line}` });
      const { data: created } = await octokit.rest.checks.create({ ...repo, name: "offboard/policy", head_sha: head, status: "in_progress", external_id: "req-1", output: { title: "Policy", summary: "running", annotations: [annotation(1)] } });
      await octokit.rest.checks.update({ ...repo, check_run_id: created.id, conclusion: "failure", output: { title: "Policy", summary: "denied", annotations: [annotation(2)] } });
      await octokit.rest.checks.create({ ...repo, name: "offboard/intake", head_sha: head, conclusion: "success", output: { title: "Intake", summary: "ok" } });
      const [run] = double.checkRuns(head).filter((r) => r.name === "offboard/policy");
      expect(run).toMatchObject({ status: "completed", conclusion: "failure", externalId: "req-1", output: { summary: "denied" } });
      expect(run?.output.annotations.map((a) => a.message)).toEqual(["line 1", "line 2"]);
      const { data: listed } = await octokit.rest.checks.listForRef({ ...repo, ref: head, check_name: "offboard/policy" });
      expect(listed.check_runs.map((r) => [r.id, r.conclusion, r.output.annotations_count])).toEqual([[created.id, "failure", 2]]);
      double.assertClean();
    });
  });

  describe("auth", () => {
    it("answers a skewed app JWT with GitHub's message and Date header, which Octokit corrects without a violation", async () => {
      await double.close();
      double = await startGitHubDouble({
        owner: OWNER,
        repo: REPO,
        seedDir: seed,
        appId: APP_ID,
        appPublicKeyPem: keys.publicKey,
        installationId: INSTALLATION_ID,
        webhookSecret: SECRET,
        clock: () => Date.now() + 3 * 60 * 60 * 1000,
      });
      const skewed = installationOctokit(double);
      await skewed.rest.repos.get(repo);
      expect(double.calls.map((c) => [c.operationId, c.status])).toEqual([
        ["apps/create-installation-access-token", 401],
        ["apps/create-installation-access-token", 201],
        ["repos/get", 200],
      ]);
      double.assertClean();
    });

    it("knows team members and collaborator permissions set through the test API", async () => {
      double.addTeamMember("security", "bob");
      double.setCollaboratorPermission("bob", "write");
      const { data: membership } = await octokit.rest.teams.getMembershipForUserInOrg({ org: OWNER, team_slug: "security", username: "bob" });
      expect(membership).toMatchObject({ state: "active", role: "member" });
      await expect(octokit.rest.teams.getMembershipForUserInOrg({ org: OWNER, team_slug: "security", username: "mallory" })).rejects.toMatchObject({ status: 404 });
      const { data: permission } = await octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: "bob" });
      expect(permission.permission).toBe("write");
      await expect(octokit.rest.repos.getBranchProtection({ ...repo, branch: "main" })).rejects.toMatchObject({ status: 404 });
      double.protectBranch("main", { required_pull_request_reviews: { required_approving_review_count: 2 } });
      const { data: protection } = await octokit.rest.repos.getBranchProtection({ ...repo, branch: "main" });
      expect(protection.required_pull_request_reviews?.required_approving_review_count).toBe(2);
      double.assertClean();
    });
  });

  describe("fidelity", () => {
    it("every response the double gives validates against the operation's response schema", async () => {
      const captured: { method: string; url: string; status: number; data: unknown }[] = [];
      octokit.hook.after("request", (response, options) => void captured.push({ method: options.method, url: response.url, status: response.status, data: response.data }));
      double.addTeamMember("security", "bob");
      const { number: issueNumber } = await double.openIssue({ author: "hr.ops", title: "t", body: "b" });
      const pr = await double.openPullRequest({ author: "alice", branch: "fidelity", title: "F", files: { "f.txt": "f\n", "policies/base.rego": "package base\n# x\n" } });
      const review = await double.submitReview(pr.number, "bob", "CHANGES_REQUESTED", { body: "no" });
      await double.dismissReview(pr.number, review.id, "carol");
      await octokit.rest.apps.getRepoInstallation(repo);
      await octokit.rest.apps.getAuthenticated();
      await octokit.rest.repos.get(repo);
      await octokit.rest.repos.getBranch({ ...repo, branch: "main" });
      await octokit.rest.repos.getContent({ ...repo, path: "README.md" });
      await octokit.rest.repos.getContent({ ...repo, path: "policies" });
      const { data: existing } = await octokit.rest.repos.getContent({ ...repo, path: "f.txt", ref: "fidelity" });
      const sha = Array.isArray(existing) ? "" : existing.sha;
      await octokit.rest.repos.createOrUpdateFileContents({ ...repo, path: "f.txt", branch: "fidelity", message: "m", content: "Zgo=", sha });
      await octokit.rest.repos.createOrUpdateFileContents({ ...repo, path: "g.txt", branch: "fidelity", message: "m", content: "Zwo=" });
      await octokit.rest.git.getRef({ ...repo, ref: "heads/main" });
      await octokit.rest.pulls.get({ ...repo, pull_number: pr.number });
      await octokit.rest.pulls.list(repo);
      await octokit.rest.pulls.listFiles({ ...repo, pull_number: pr.number });
      await octokit.rest.pulls.listReviews({ ...repo, pull_number: pr.number });
      await octokit.rest.pulls.update({ ...repo, pull_number: pr.number, body: "new body" });
      const { data: comment } = await octokit.rest.issues.createComment({ ...repo, issue_number: issueNumber, body: "c" });
      await octokit.rest.issues.updateComment({ ...repo, comment_id: comment.id, body: "c2" });
      await octokit.rest.issues.listComments({ ...repo, issue_number: issueNumber });
      await octokit.rest.issues.get({ ...repo, issue_number: issueNumber });
      await octokit.rest.issues.get({ ...repo, issue_number: pr.number });
      await octokit.rest.issues.addLabels({ ...repo, issue_number: issueNumber, labels: ["offboarding"] });
      await octokit.rest.issues.update({ ...repo, issue_number: issueNumber, state: "closed" });
      const { data: run } = await octokit.rest.checks.create({ ...repo, name: "c", head_sha: pr.headSha });
      await octokit.rest.checks.update({ ...repo, check_run_id: run.id, conclusion: "success" });
      await octokit.rest.checks.listForRef({ ...repo, ref: pr.headSha });
      await octokit.rest.teams.getMembershipForUserInOrg({ org: OWNER, team_slug: "security", username: "bob" });
      await octokit.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: "bob" });
      await octokit.rest.pulls.merge({ ...repo, pull_number: pr.number });
      await double.whenIdle();
      double.assertClean();

      const problems = await responseProblems(captured);
      expect(problems).toEqual([]);
      expect(captured.length).toBeGreaterThan(20);
    });

    it("a Probot app receives the double's webhooks, reads its config and answers with an installation token", async () => {
      const seen: string[] = [];
      // Octokit's throttling spaces notification-triggering writes (comments, PRs) 3 s apart; off for
      // speed. A function: Probot passes its own `throttle` object, which a plain object would not merge into.
      const Octokit = ProbotOctokit.defaults((options: Record<string, unknown>) => ({ ...options, throttle: { ...(options.throttle as object), enabled: false } }));
      const probot = new Probot({ appId: APP_ID, privateKey: keys.privateKey, secret: SECRET, baseUrl: double.apiUrl, logLevel: "fatal", Octokit });
      const middleware = await createNodeMiddleware(
        (app) => {
          app.on("issues.opened", async (context) => {
            const config = await context.config<{ team?: string }>("offboard.yml");
            seen.push(`config:${JSON.stringify(config)}`);
            await context.octokit.rest.issues.createComment(context.issue({ body: `Hello ${context.payload.issue.user?.login ?? "?"}` }));
          });
          app.on("issue_comment.created", async (context) => {
            seen.push(`comment by ${context.payload.sender.login} (${context.payload.sender.type})`);
          });
        },
        { probot },
      );
      const server = createServer((req, res) => void middleware(req, res, () => res.writeHead(404).end()));
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      const address = server.address();
      if (typeof address !== "object" || !address) throw new Error("probot server did not bind");
      double.setWebhookUrl(`http://127.0.0.1:${address.port}/api/github/webhooks`);
      try {
        await double.openIssue({ author: "hr.ops", title: "Before the config", body: "-" });
        await double.pushToBranch("main", "alice", { ".github/offboard.yml": "team: security\n" });
        const { number, delivery } = await double.openIssue({ author: "hr.ops", title: "Offboard bob", body: "bob@example.com" });
        expect(delivery.status).toBe(200);
        await double.whenIdle();
        expect(seen).toEqual(["config:null", "comment by test-app[bot] (Bot)", 'config:{"team":"security"}', "comment by test-app[bot] (Bot)"]);
        expect(double.comments(number).map((c) => [c.author, c.body])).toEqual([["test-app[bot]", "Hello hr.ops"]]);
        const forged = await double.deliverRaw({ event: "issues", body: "{}", signature: "sha256=" + "0".repeat(64) });
        expect(forged).toBeGreaterThanOrEqual(400);
        double.assertClean();
      } finally {
        await new Promise((resolve) => server.close(resolve));
      }
    });
  });
});
