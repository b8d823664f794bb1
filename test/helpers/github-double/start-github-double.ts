import { createPublicKey } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GitHubDoubleError } from "./errors.js";
import { startGitFront, type GitFront } from "./git-front.js";
import { createGitStore } from "./git-store.js";
import { requestListener } from "./http-server.js";
import { loadGitHubSpec } from "./openapi-validator.js";
import type { GitHubDouble, GitHubDoubleOptions } from "./types.js";
import { inspector } from "./ui/inspect.js";
import { comment, editIssue, openIssue } from "./ui/issues.js";
import { mergePullRequest, openPullRequest, pushToBranch } from "./ui/pulls.js";
import { dismissReview, submitReview } from "./ui/reviews.js";
import { ensureTeam } from "./ops/ensure-team.js";
import { setOrgMembership } from "./ops/set-org-membership.js";
import { setTeamMembership } from "./ops/set-team-membership.js";
import { syncPullHeads } from "./ops/sync-pull-heads.js";
import { deliverInBackground, deliverRaw, redeliver, whenIdle } from "./webhook-sender.js";
import { appUser, createState, userFor, type WebhookExamples, type World } from "./world.js";

function isPublicKey(pem: string): boolean {
  try {
    return createPublicKey(pem).asymmetricKeyType === "rsa";
  } catch {
    return false;
  }
}

function checkOptions(options: GitHubDoubleOptions): void {
  const problems = [
    !/^[A-Za-z0-9-]+$/.test(options.owner) && "owner must be a GitHub login (letters, digits, -)",
    !/^[A-Za-z0-9._-]+$/.test(options.repo) && "repo must be a repository name",
    !(Number.isInteger(options.appId) && options.appId > 0) && "appId must be a positive integer",
    !(Number.isInteger(options.installationId) && options.installationId > 0) && "installationId must be a positive integer",
    !isPublicKey(options.appPublicKeyPem) && "appPublicKeyPem must be a PEM RSA public key",
    !options.webhookSecret && "webhookSecret must not be empty",
  ].filter((p): p is string => typeof p === "string");
  if (problems.length > 0) throw new GitHubDoubleError("INVALID_OPTIONS", `startGitHubDouble: ${problems.join("; ")}`);
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      if (typeof address === "object" && address) resolve(address.port);
      else reject(new Error("the GitHub double could not bind 127.0.0.1"));
    });
  });
}

/**
 * Starts an in-process GitHub for one test: REST (validated against GitHub's OpenAPI description),
 * git smart HTTP over a bare copy of `seedDir`, and webhooks POSTed to the app. The public port is
 * served by a worker thread (git there, REST proxied to this thread), so an app that runs git
 * synchronously against the double does not deadlock. See README.md.
 */
export async function startGitHubDouble(options: GitHubDoubleOptions): Promise<GitHubDouble> {
  checkOptions(options);
  const spec = await loadGitHubSpec();
  const require = createRequire(import.meta.url);
  const webhookExamples = require("@octokit/webhooks-examples/api.github.com/index.json") as WebhookExamples[];
  const root = mkdtempSync(join(tmpdir(), "github-double-"));
  const server = createServer();
  let front: GitFront | undefined;
  let world: World;
  try {
    const scratchDir = join(root, "scratch");
    const reposDir = join(root, "repos");
    mkdirSync(scratchDir);
    mkdirSync(reposDir);
    const store = createGitStore(options.seedDir, reposDir, options.repo);
    const appSlug = options.appSlug ?? "test-app";
    front = await startGitFront({ restPort: await listen(server), projectRoot: reposDir, owner: options.owner, repo: options.repo, actor: `${appSlug}[bot]` });
    const gitFront = front;
    const api = `http://127.0.0.1:${front.port}`;
    world = {
      owner: options.owner,
      repo: options.repo,
      appId: options.appId,
      appSlug,
      appPublicKeyPem: options.appPublicKeyPem,
      installationId: options.installationId,
      webhookSecret: options.webhookSecret,
      repoId: 700_000 + options.installationId,
      orgId: 900_000 + options.installationId,
      clock: options.clock ?? Date.now,
      urls: { api, git: `${api}/${options.owner}/${options.repo}.git` },
      spec,
      webhookExamples,
      store,
      scratchDir,
      state: createState(options.webhookUrl),
      tellGitFront: (message) => gitFront.post(message),
    };
  } catch (error) {
    await front?.close();
    server.close();
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
  front.attach(world);
  world.tellGitFront({ type: "clock", now: world.clock() });
  server.on("request", requestListener(world));
  return doubleApi(world, { server, front }, root);
}

/** Applies the front's reports, catches up on pushes, then waits for every background delivery. */
async function settle(world: World, front: GitFront): Promise<void> {
  await front.flush();
  deliverInBackground(world, syncPullHeads(world, appUser(world)));
  await whenIdle(world);
}

function doubleApi(world: World, servers: { server: Server; front: GitFront }, root: string): GitHubDouble {
  const { state } = world;
  return {
    apiUrl: world.urls.api,
    gitUrl: world.urls.git,
    installationId: world.installationId,
    appLogin: appUser(world).login,
    setWebhookUrl: (url) => void (state.webhookUrl = url),
    addTeamMember(team, login, role) {
      setOrgMembership(world, login, { state: "active" });
      setTeamMembership(world, ensureTeam(world, team), login, role);
    },
    addOrgMember: (login, role) => void setOrgMembership(world, login, { state: "active", role }),
    addUser(login, options = {}) {
      const user = userFor(world, login, options.type ?? "User");
      if (options.type) user.type = options.type;
      return { ...user };
    },
    setCollaboratorPermission: (login, permission) => void state.permissions.set(userFor(world, login).login.toLowerCase(), permission),
    protectBranch: (branch, settings) => void state.protections.set(branch, structuredClone(settings)),
    openIssue: (input) => openIssue(world, input),
    editIssue: (n, changes, editor) => editIssue(world, n, changes, editor),
    comment: (n, author, body) => comment(world, n, author, body),
    openPullRequest: (input) => openPullRequest(world, input),
    pushToBranch: (branch, author, files) => pushToBranch(world, branch, author, files),
    submitReview: (n, reviewer, reviewState, options) => submitReview(world, n, reviewer, reviewState, options),
    dismissReview: (n, reviewId, by) => dismissReview(world, n, reviewId, by),
    mergePullRequest: (n, by) => mergePullRequest(world, n, by),
    redeliver: (id) => redeliver(world, id),
    deliverRaw: (input) => deliverRaw(world, input),
    whenIdle: () => settle(world, servers.front),
    get deliveries() {
      return state.deliveries.map((d) => ({ ...d }));
    },
    get calls() {
      return state.calls.map((c) => ({ ...c }));
    },
    get violations() {
      return [...state.violations];
    },
    ...inspector(world),
    assertClean() {
      if (state.violations.length === 0) return;
      const list = state.violations.map((v) => `  - ${v}`).join("\n");
      throw new GitHubDoubleError("CONTRACT_VIOLATIONS", `the app made ${state.violations.length} call(s) GitHub would refuse or the double does not serve:\n${list}`);
    },
    async close() {
      await settle(world, servers.front);
      await servers.front.close();
      await new Promise<void>((resolve) => {
        servers.server.close(() => resolve());
        servers.server.closeAllConnections();
      });
      rmSync(root, { recursive: true, force: true });
    },
  };
}
