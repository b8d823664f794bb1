import { generateKeyPairSync, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { CONFIG_PATH } from "../../app/config/load-tenant-config.js";
import type { TenantConfig } from "../../app/config/tenant-config.js";
import { readAppEnv } from "../../app/github/app-env.js";
import { startGitHubApp, type GitHubApp } from "../../app/github/start-github-app.js";
import type { LedgerRecord } from "../../app/ledger/types.js";
import { manualClock } from "../../app/util/clock.js";
import { runGit } from "../../app/util/run-git.js";
import type { Workspace } from "../../app/workspace/open-workspace.js";
import { scaffoldRepo } from "../../app/workspace/scaffold-repo.js";
import { startGitHubDouble, type GitHubDouble } from "../helpers/github-double/index.js";
import { startSlackDouble, type SlackDouble } from "../helpers/slack-double.js";
import { T0 } from "../helpers/workspace.js";

export const OWNER = "example-org";
export const REPO = "policy";

/** GitHub logins of the fictional people (example.com), mapped in the tenant config's `people`. */
export const LOGINS = {
  hr: "hr-ops",
  alice: "alice-nguyen",
  ben: "ben-kowalski",
  marcus: "marcus-bell",
  carol: "carol-dev",
  /** On the security team but not in `people`: cannot be shown not to be the target. */
  mallory: "mallory-unmapped",
} as const;

/** Slack user ids of the same people (Slack approvals); mallory has none. */
export const SLACK_IDS = { hr: "U0HROPS", alice: "U0ALICE", ben: "U0BEN", marcus: "U0MARCUS", carol: "U0CAROL" } as const;
export const SLACK_CHANNEL = "C0SECAPPROVE";

const PEOPLE = [
  { email: "hr.ops@example.com", github: LOGINS.hr, slack: SLACK_IDS.hr },
  { email: "alice.nguyen@example.com", github: LOGINS.alice, slack: SLACK_IDS.alice },
  { email: "ben.kowalski@example.com", github: LOGINS.ben, slack: SLACK_IDS.ben },
  { email: "marcus.bell@example.com", github: LOGINS.marcus, slack: SLACK_IDS.marcus },
  { email: "jia.li@example.com", github: LOGINS.carol, slack: SLACK_IDS.carol },
];

export interface AppWorld {
  double: GitHubDouble;
  /** The Slack Web API stand-in, when started with `slack: true`. */
  slack: SlackDouble | null;
  slackSecret: string;
  app: GitHubApp;
  clock: ReturnType<typeof manualClock>;
  secret: string;
  ws(): Workspace;
  /** Waits until GitHub delivered everything and the app finished handling it (deliveries cause deliveries). */
  settle(): Promise<void>;
  events(subject?: string): Promise<LedgerRecord[]>;
  close(): Promise<void>;
}

/**
 * A policy repository (scaffolded by `offboard init`, people mapped) served by the GitHub double,
 * and the real app (Probot, real HTTP webhooks) installed on it, with its keys in a separate
 * directory like a deployment. The security team is alice, ben, marcus (the target of one
 * scenario), hr-ops (the requester) and mallory (unmapped).
 */
export async function startAppWorld(options: { slack?: boolean } = {}): Promise<AppWorld> {
  const root = mkdtempSync(join(tmpdir(), "offboard-gh-"));
  const keysDir = join(root, "keys");
  const seed = join(root, "seed");
  const env = { ...process.env, OFFBOARD_KEYS_DIR: keysDir };
  const config = scaffoldRepo({ dir: seed, tenant: "acme", securityTeam: ["alice.nguyen@example.com", "ben.kowalski@example.com"], env });
  const withPeople: TenantConfig = { ...config, people: PEOPLE, ...(options.slack ? { slack: { channel: SLACK_CHANNEL, link_ttl_seconds: 600 } } : {}) };
  writeFileSync(join(seed, CONFIG_PATH), stringify(withPeople));
  runGit(seed, ["commit", "-q", "-am", "people"]);

  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const secret = randomBytes(24).toString("hex");
  const double = await startGitHubDouble({
    owner: OWNER,
    repo: REPO,
    seedDir: seed,
    appId: 4242,
    appPublicKeyPem: publicKey.export({ type: "spki", format: "pem" }).toString(),
    installationId: 77,
    webhookSecret: secret,
    appSlug: "offboard",
  });
  for (const login of [LOGINS.alice, LOGINS.ben, LOGINS.marcus, LOGINS.hr, LOGINS.mallory]) double.addTeamMember("security", login);
  const clock = manualClock(T0);
  const slackSecret = randomBytes(16).toString("hex");
  const botToken = `xoxb-${randomBytes(8).toString("hex")}`;
  const slack = options.slack ? await startSlackDouble(botToken, slackSecret) : null;
  const slackEnv = slack ? { SLACK_SIGNING_SECRET: slackSecret, SLACK_BOT_TOKEN: botToken, SLACK_API_URL: slack.apiUrl } : {};
  const appEnv = readAppEnv({
    APP_ID: "4242",
    PRIVATE_KEY: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    WEBHOOK_SECRET: secret,
    OFFBOARD_KEYS_DIR: keysDir,
    OFFBOARD_STATE_DIR: join(root, "state"),
    OFFBOARD_GITHUB_API_URL: double.apiUrl,
    OFFBOARD_GIT_BASE_URL: double.gitUrl.slice(0, -`/${OWNER}/${REPO}.git`.length),
    PORT: "0",
    LOG_LEVEL: "warn",
  });
  const app = await startGitHubApp(appEnv, { clock, env: { ...env, ...slackEnv }, tickMs: 0, throttle: false });
  double.setWebhookUrl(app.webhookUrl);
  const ws = () => {
    const w = app.workspace(OWNER, REPO);
    if (!w) throw new Error("the app has not opened the policy repository yet");
    return w;
  };
  return {
    double,
    slack,
    slackSecret,
    app,
    clock,
    secret,
    ws,
    async settle() {
      for (let i = 0; i < 20; i++) {
        const before = double.deliveries.length;
        await double.whenIdle();
        await app.idle();
        await double.whenIdle();
        if (double.deliveries.length === before) return;
      }
      throw new Error("webhooks kept coming: the app and the double ping-pong");
    },
    async events(subject) {
      const all = await ws().ledger.read();
      return subject === undefined ? all : all.filter((r) => r.event.subject === subject);
    },
    async close() {
      await app.close();
      await double.close();
      await slack?.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** An issue-form body as GitHub renders it (`### Label`, blank line, answer). */
export function issueFormBody(target: string, options: { reason?: string; notes?: string; employeeId?: string; date?: string } = {}): string {
  const section = (label: string, value: string | undefined) => `### ${label}\n\n${value ?? "_No response_"}`;
  return [
    section("Employee work email", target),
    section("Employee ID", options.employeeId),
    section("Reason", options.reason ?? "resignation"),
    section("Effective date (YYYY-MM-DD)", options.date ?? "2026-11-25"),
    section("Notes for the security team", options.notes),
  ].join("\n\n");
}
