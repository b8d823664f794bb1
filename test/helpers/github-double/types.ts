/** Public types of the GitHub double (test/helpers/github-double). */

export interface GitHubDoubleOptions {
  /** Organization login that owns the repository, e.g. "example-org". */
  owner: string;
  /** Repository name, e.g. "policy". */
  repo: string;
  /** A local git working tree; its HEAD commit becomes the repository's `main` branch. */
  seedDir: string;
  appId: number;
  /** The app's RSA public key (PEM); app JWTs must verify with it (RS256). */
  appPublicKeyPem: string;
  installationId: number;
  /** Where webhooks are POSTed (may also be set later with `setWebhookUrl`). */
  webhookUrl?: string;
  webhookSecret: string;
  /** Milliseconds since the epoch; timestamps, token expiry and JWT checks use it. Default Date.now. */
  clock?: () => number;
  /** The app's slug: its bot user is `<slug>[bot]`. Default "test-app". */
  appSlug?: string;
}

export type UserType = "User" | "Bot";
export type ReviewState = "APPROVED" | "CHANGES_REQUESTED" | "COMMENTED" | "DISMISSED";
export type CollaboratorPermission = "admin" | "maintain" | "write" | "triage" | "read" | "none";
/** Organization role: "admin" is an owner of the organization. */
export type OrgRole = "admin" | "member";
/** "pending": invited, the invitation not (yet) accepted. */
export type OrgMembershipState = "active" | "pending";
export type TeamRole = "member" | "maintainer";
/** Files to commit: path -> UTF-8 content, or null to delete the file. */
export type FileChanges = Record<string, string | null>;

export interface DeliveryResult {
  id: string;
  /** The app's HTTP status; 0 when the delivery could not be made (no URL, connection refused, timeout). */
  status: number;
  /** The app's response body (or the reason the delivery failed). */
  body: string;
}

export interface DeliveryRecord extends DeliveryResult {
  event: string;
  action: string | null;
  /** The exact JSON request body that was POSTed. */
  payload: string;
  /** True for `redeliver`/`deliverRaw` sends. */
  redelivery: boolean;
}

export interface CallRecord {
  method: string;
  path: string;
  /** The OpenAPI operationId, or a git service name ("git-upload-pack", ...); null when unmatched. */
  operationId: string | null;
  status: number;
  /** `<slug>[bot]` for installation tokens, `<slug>` for app JWTs, null when unauthenticated. */
  actor: string | null;
}

/** A person's membership of the double's organization (`owner`). */
export interface OrgMembership {
  role: OrgRole;
  state: OrgMembershipState;
}

export interface UserRecord {
  login: string;
  id: number;
  type: UserType;
}

export interface PullRecord {
  /** The pull request's own id (distinct from the issue id, like GitHub). */
  id: number;
  headRef: string;
  headSha: string;
  baseRef: string;
  /** The base branch tip: live while open, frozen when closed or merged (the tip before the merge). */
  baseSha: string;
  merged: boolean;
  mergedAt: number | null;
  mergeCommitSha: string | null;
  mergedBy: string | null;
}

export interface IssueRecord {
  number: number;
  id: number;
  title: string;
  body: string | null;
  state: "open" | "closed";
  stateReason: string | null;
  labels: string[];
  author: string;
  createdAt: number;
  updatedAt: number;
  closedAt: number | null;
  /** Set when the number is a pull request (issues and pulls share one number space, like GitHub). */
  pull: PullRecord | null;
}

export interface CommentRecord {
  id: number;
  issueNumber: number;
  author: string;
  body: string;
  createdAt: number;
  updatedAt: number;
}

export interface ReviewRecord {
  id: number;
  pullNumber: number;
  author: string;
  state: ReviewState;
  body: string | null;
  commitId: string;
  submittedAt: number;
}

export interface CheckRunOutput {
  title: string | null;
  summary: string | null;
  text: string | null;
  /** Every annotation sent, appended across create and updates like GitHub. */
  annotations: Record<string, unknown>[];
}

export interface CheckRunRecord {
  id: number;
  name: string;
  headSha: string;
  status: "queued" | "in_progress" | "completed";
  conclusion: string | null;
  startedAt: number;
  completedAt: number | null;
  externalId: string | null;
  detailsUrl: string | null;
  output: CheckRunOutput;
}

export interface OpenIssueInput {
  author: string;
  title: string;
  body: string;
  labels?: string[];
}

export interface OpenPullRequestInput {
  author: string;
  branch: string;
  base?: string;
  title: string;
  body?: string;
  files: FileChanges;
}

export interface GitHubDouble {
  /** The REST API root (Octokit `baseUrl`), `http://127.0.0.1:PORT`. */
  readonly apiUrl: string;
  /** Smart-HTTP URL of the repository, `http://127.0.0.1:PORT/{owner}/{repo}.git`. */
  readonly gitUrl: string;
  readonly installationId: number;
  /** `<slug>[bot]`: the login the app acts as. */
  readonly appLogin: string;
  setWebhookUrl(url: string): void;
  /**
   * Puts `login` in the team (created on first use; the slug is the name lower-cased, other
   * characters than letters, digits, `_` and `-` made `-`) with `role` (default "member", an existing
   * team role is kept when omitted), and makes them an active organization member if they are not.
   */
  addTeamMember(team: string, login: string, role?: TeamRole): void;
  /**
   * Makes `login` an active member of the organization (accepting a pending invitation) with
   * `role`; default "member" for a newcomer, an existing role is kept when omitted.
   */
  addOrgMember(login: string, role?: OrgRole): void;
  /** The organization membership of `login`, or null when they are neither a member nor invited. */
  orgMembership(login: string): OrgMembership | null;
  /** Slugs (sorted) of the teams `login` belongs to, pending ones (invitation not accepted) included. */
  teamsOf(login: string): string[];
  addUser(login: string, options?: { type?: UserType }): UserRecord;
  setCollaboratorPermission(login: string, permission: CollaboratorPermission): void;
  /** GET .../branches/{branch}/protection answers `{url, ...settings}` afterwards. */
  protectBranch(branch: string, settings: Record<string, unknown>): void;

  openIssue(input: OpenIssueInput): Promise<{ number: number; delivery: DeliveryResult }>;
  editIssue(number: number, changes: { body?: string; title?: string }, editor: string): Promise<DeliveryResult>;
  comment(issueOrPrNumber: number, author: string, body: string): Promise<{ id: number; delivery: DeliveryResult }>;
  openPullRequest(input: OpenPullRequestInput): Promise<{ number: number; headSha: string; delivery: DeliveryResult }>;
  pushToBranch(branch: string, author: string, files: FileChanges): Promise<{ sha: string; deliveries: DeliveryResult[] }>;
  submitReview(
    prNumber: number,
    reviewer: string,
    state: "APPROVED" | "CHANGES_REQUESTED" | "COMMENTED",
    options?: { commitId?: string; body?: string },
  ): Promise<{ id: number; delivery: DeliveryResult }>;
  dismissReview(prNumber: number, reviewId: number, by: string): Promise<DeliveryResult>;
  mergePullRequest(prNumber: number, by: string): Promise<{ sha: string; delivery: DeliveryResult }>;
  redeliver(deliveryId: string): Promise<DeliveryResult>;
  deliverRaw(input: { event: string; body: string; signature?: string; deliveryId?: string }): Promise<number>;
  /** Resolves once every webhook caused in the background (by the app's REST calls or git pushes) was delivered. */
  whenIdle(): Promise<void>;

  readonly deliveries: readonly DeliveryRecord[];
  readonly calls: readonly CallRecord[];
  readonly violations: readonly string[];
  issue(number: number): IssueRecord;
  pull(number: number): IssueRecord & { pull: PullRecord };
  checkRuns(headSha: string): CheckRunRecord[];
  comments(number: number): CommentRecord[];
  reviews(number: number): ReviewRecord[];
  readFile(ref: string, path: string): string | null;
  headSha(branch: string): string;
  /** Throws a GitHubDoubleError (code CONTRACT_VIOLATIONS) listing every recorded violation. */
  assertClean(): void;
  close(): Promise<void>;
}
