import type { GitFrontMessage } from "./git-front.js";
import type { GitStore } from "./git-store.js";
import type { GitHubSpec } from "./openapi-validator.js";
import type {
  CallRecord,
  CheckRunRecord,
  CollaboratorPermission,
  CommentRecord,
  DeliveryRecord,
  IssueRecord,
  OrgMembership,
  ReviewRecord,
  TeamRole,
  UserRecord,
  UserType,
} from "./types.js";

/** One webhook example of @octokit/webhooks-examples. */
export type WebhookExample = Record<string, unknown> & { action?: string };
export interface WebhookExamples {
  name: string;
  actions: string[];
  examples: WebhookExample[];
}

/** A team of the organization; `members`: lower-cased login -> team role. */
export interface TeamRecord {
  id: number;
  slug: string;
  name: string;
  members: Map<string, TeamRole>;
}

/** Everything one double knows; created per double, never shared. */
export interface DoubleState {
  users: Map<string, UserRecord>;
  /** Members and invitees of the organization, by lower-cased login. */
  orgMembers: Map<string, OrgMembership>;
  /** Teams by slug. A team membership is pending while the org membership is. */
  teams: Map<string, TeamRecord>;
  permissions: Map<string, CollaboratorPermission>;
  protections: Map<string, Record<string, unknown>>;
  issues: Map<number, IssueRecord>;
  comments: CommentRecord[];
  reviews: ReviewRecord[];
  checkRuns: CheckRunRecord[];
  labelIds: Map<string, number>;
  /** installation token -> expiry (ms, double's clock). */
  tokens: Map<string, number>;
  calls: CallRecord[];
  violations: string[];
  deliveries: DeliveryRecord[];
  /** The exact headers of each delivery, for redeliver. */
  deliveryHeaders: Map<string, Record<string, string>>;
  /** Background deliveries still in flight. */
  pending: Set<Promise<unknown>>;
  webhookUrl: string | undefined;
  counters: { id: number; number: number };
}

export interface DoubleUrls {
  /** REST root, also the web root (html_url) and git host: http://127.0.0.1:PORT */
  api: string;
  /** http://127.0.0.1:PORT/{owner}/{repo}.git */
  git: string;
}

/** The context every handler, shape and operation receives. */
export interface World {
  owner: string;
  repo: string;
  appId: number;
  appSlug: string;
  appPublicKeyPem: string;
  installationId: number;
  webhookSecret: string;
  /** Stable ids of the repository and the organization. */
  repoId: number;
  orgId: number;
  clock: () => number;
  urls: DoubleUrls;
  spec: GitHubSpec;
  webhookExamples: readonly WebhookExamples[];
  store: GitStore;
  /** A private temp directory for scratch files (temporary indexes). */
  scratchDir: string;
  state: DoubleState;
  /** Tells the git front (worker thread) about tokens and the clock. */
  tellGitFront(message: GitFrontMessage): void;
}

export function createState(webhookUrl: string | undefined): DoubleState {
  return {
    users: new Map(),
    orgMembers: new Map(),
    teams: new Map(),
    permissions: new Map(),
    protections: new Map(),
    issues: new Map(),
    comments: [],
    reviews: [],
    checkRuns: [],
    labelIds: new Map(),
    tokens: new Map(),
    calls: [],
    violations: [],
    deliveries: [],
    deliveryHeaders: new Map(),
    pending: new Set(),
    webhookUrl,
    counters: { id: 5_000_000, number: 0 },
  };
}

/** A fresh GitHub-style database id. */
export function nextId(world: World): number {
  world.state.counters.id += 1;
  return world.state.counters.id;
}

/** The user with this login, created as a User on first sight (logins are case-insensitive). */
export function userFor(world: World, login: string, type: UserType = "User"): UserRecord {
  const key = login.toLowerCase();
  const known = world.state.users.get(key);
  if (known) return known;
  const user: UserRecord = { login, id: nextId(world), type };
  world.state.users.set(key, user);
  return user;
}

/** The app's bot user, `<slug>[bot]`. */
export function appUser(world: World): UserRecord {
  return userFor(world, `${world.appSlug}[bot]`, "Bot");
}

/** ISO 8601 without milliseconds, as GitHub prints timestamps. */
export function isoTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** The commit identity GitHub writes for a user (noreply address) at the double's clock. */
export function gitIdentityFor(world: World, user: UserRecord): { name: string; email: string; date: number } {
  return { name: user.login, email: `${user.id}+${user.login}@users.noreply.example.com`, date: Math.floor(world.clock() / 1000) };
}
