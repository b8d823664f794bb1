import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createNodeMiddleware, Probot, ProbotOctokit } from "probot";
import { runExecutorTick } from "../doer/doer-service.js";
import type { Clock } from "../util/clock.js";
import type { OpenOptions, Workspace } from "../workspace/open-workspace.js";
import type { AppEnv } from "./app-env.js";
import { gitAuthEnv } from "./git-auth.js";
import { offboardApp } from "./offboard-app.js";
import { pushLedger } from "../ledger/push-ledger.js";
import { createRepoSessions, type RepoSessions } from "./repo-sessions.js";
import type { OnNeedsApproval } from "./evaluate-pull-request.js";
import { onSlackClick, postToSlack } from "./slack-approvals.js";
import { readSlackEnv, type SlackEnv } from "../slack/slack-env.js";
import { createSlackFrontDoor, type SlackFrontDoor } from "../slack/slack-front-door.js";

export interface GitHubAppOptions {
  clock: Clock;
  env?: NodeJS.ProcessEnv;
  /** How often in-process executors run due hard phases, in ms (default 5 000; 0: only on tick()). */
  tickMs?: number;
  open?: Omit<OpenOptions, "clock" | "env">;
  log?: (line: string) => void;
  /**
   * Octokit's throttling (default on) spaces content-creating requests about 3 s apart, as GitHub's
   * secondary rate limits ask; tests against a local double turn it off.
   */
  throttle?: boolean;
}

export interface GitHubApp {
  url: string;
  webhookUrl: string;
  /** Slack's interactivity request URL on this server, when Slack is configured (SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN). */
  slackUrl: string | null;
  /** Resolves when no webhook handler is running (handlers outlive GitHub's 9 s response timeout). */
  idle(): Promise<void>;
  /** Runs every in-process executor's tick now (resume interrupted phases, due hard phases). */
  tick(): Promise<void>;
  /** The open workspace of a repository (tests and diagnostics). */
  workspace(owner: string, repo: string): Workspace | null;
  close(): Promise<void>;
}

/**
 * Starts the GitHub App: Probot's webhook middleware (signature verified with WEBHOOK_SECRET
 * before any handler runs) on a plain Node HTTP server, so other front doors (Slack) can mount
 * beside it; plus the timer that runs in-process executors' hard phases.
 */
export async function startGitHubApp(appEnv: AppEnv, options: GitHubAppOptions): Promise<GitHubApp> {
  const env = options.env ?? process.env;
  const log = options.log ?? (() => undefined);
  const sessions = createRepoSessions({ stateDir: appEnv.stateDir, gitBaseUrl: appEnv.gitBaseUrl, keysDir: appEnv.keysDir, clock: options.clock, env, ...(options.open ? { open: options.open } : {}) });
  const installations = new Map<string, { owner: string; repo: string; id: number }>();
  const inFlight = new Set<Promise<unknown>>();
  const track = <T>(work: Promise<T>): Promise<T> => {
    const settled = work.then(() => undefined, (e: unknown) => log(`webhook handler failed: ${(e as Error).message}`));
    inFlight.add(settled);
    void settled.finally(() => inFlight.delete(settled));
    return work;
  };
  const probot = new Probot({
    appId: appEnv.appId,
    privateKey: appEnv.privateKey,
    secret: appEnv.webhookSecret,
    baseUrl: appEnv.apiBaseUrl,
    logLevel: appEnv.logLevel as "info",
    request: { fetch: pinnedApiFetch(appEnv.apiBaseUrl) },
    ...(options.throttle === false ? { Octokit: ProbotOctokit.defaults((o: { throttle?: object }) => ({ ...o, throttle: { ...o.throttle, enabled: false } })) } : {}),
  });
  const slackEnv = readSlackEnv(env);
  const { slack, onNeedsApproval } = slackEnv ? wireSlack(slackEnv, probot, sessions, options.clock, log) : { slack: null, onNeedsApproval: undefined };
  const middleware = await createNodeMiddleware(
    offboardApp({ sessions, clock: options.clock, track, ...(onNeedsApproval ? { onNeedsApproval } : {}), onInstallation: (owner, repo, id) => installations.set(`${owner}/${repo}`, { owner, repo, id }) }),
    { probot, webhooksPath: appEnv.webhookPath },
  );
  const server: Server = createServer((req, res) => {
    if (slack && req.url === SLACK_EVENTS_PATH) {
      // Tracked as a whole: the answer to the clicking user goes out after Slack's request was acknowledged.
      void track(slack.handle(req, res)).catch((e: unknown) => {
        log(`slack request failed: ${(e as Error).message}`);
        if (!res.headersSent) res.writeHead(500).end();
      });
      return;
    }
    if (req.method === "GET" && req.url === "/healthz") {
      res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
      return;
    }
    void Promise.resolve(middleware(req, res, () => {
      res.writeHead(404, { "content-type": "application/json" }).end('{"error":"not found"}');
    })).catch((e: unknown) => {
      log(`webhook handling failed: ${(e as Error).message}`);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((done, fail) => server.once("error", fail).listen(appEnv.port, appEnv.host, done));
  const { address, port } = server.address() as AddressInfo;
  const url = `http://${address.includes(":") ? `[${address}]` : address}:${port}`;

  const tick = async () => {
    for (const { owner, repo, id } of installations.values()) {
      const ws = sessions.current(owner, repo);
      if (!ws || ws.config.executor.url !== "in-process") continue;
      await sessions.runOpen(owner, repo, async () => {
        await runExecutorTick(ws.doer, (line) => log(`${owner}/${repo}: ${line}`));
        const octokit = await probot.auth(id);
        const { token } = (await octokit.auth({ type: "installation" })) as { token: string };
        await pushLedger(ws.repoDir, "origin", "ledger", true, gitAuthEnv(token, env));
      });
    }
  };
  const tickMs = options.tickMs ?? 5_000;
  const timer = tickMs > 0 ? setInterval(() => void tick().catch((e: unknown) => log(`executor tick failed: ${(e as Error).message}`)), tickMs) : null;
  timer?.unref();
  return {
    url,
    webhookUrl: `${url}${appEnv.webhookPath}`,
    slackUrl: slack ? `${url}${SLACK_EVENTS_PATH}` : null,
    tick,
    async idle() {
      while (inFlight.size > 0) await Promise.all(inFlight);
    },
    workspace: (owner, repo) => sessions.current(owner, repo),
    close: async () => {
      if (timer) clearInterval(timer);
      await new Promise<void>((done) => server.close(() => done()));
      await sessions.close();
    },
  };
}

const PUBLIC_API = "https://api.github.com";
/** Where Slack posts button clicks (the app manifest's interactivity request URL). */
export const SLACK_EVENTS_PATH = "/slack/events";

/**
 * Probot 14 builds the installation-token request of `octokit.auth({ type: "installation" })`
 * without its `baseUrl`, so against GitHub Enterprise Server (or any API root other than
 * api.github.com) that one request would leave for the public API. This fetch sends requests for
 * the public API root to the configured root instead; every other request passes unchanged.
 */
export function pinnedApiFetch(apiBaseUrl: string): typeof fetch {
  if (apiBaseUrl === PUBLIC_API) return fetch;
  return (input, init) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    if (url === PUBLIC_API || url.startsWith(`${PUBLIC_API}/`)) return fetch(apiBaseUrl + url.slice(PUBLIC_API.length), init);
    return fetch(input, init);
  };
}

/**
 * The Slack front door and its two links to the GitHub side: posting requests that need approval,
 * and clicks handled on the request's repository (its installation found through the app's JWT).
 */
function wireSlack(env: SlackEnv, probot: Probot, sessions: RepoSessions, clock: Clock, log: (line: string) => void): { slack: SlackFrontDoor; onNeedsApproval: OnNeedsApproval } {
  const octokitFor = async (owner: string, repo: string) => {
    const app = await probot.auth();
    const installation = (await app.rest.apps.getRepoInstallation({ owner, repo })).data;
    const octokit = await probot.auth(installation.id);
    const { token } = (await octokit.auth({ type: "installation" })) as { token: string };
    const defaultBranch = (await octokit.rest.repos.get({ owner, repo })).data.default_branch;
    return { octokit, token, defaultBranch };
  };
  let onNeedsApproval: OnNeedsApproval | null = null;
  const slack = createSlackFrontDoor(env, clock, (click) => onSlackClick({ sessions, octokitFor, onNeedsApproval: onNeedsApproval! }, click), log);
  onNeedsApproval = postToSlack(slack, log);
  return { slack, onNeedsApproval };
}
