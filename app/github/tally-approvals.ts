import { REFUSAL_MESSAGES, type ApprovalRefusal } from "../approval/check-approver.js";
import { isOffboardError } from "../errors.js";
import { approveRequest } from "../gatekeeper/approve-request.js";
import type { DecideResult } from "../gatekeeper/decide-request.js";
import type { TenantConfig } from "../config/tenant-config.js";
import type { GitHubPort, Review } from "./github-port.js";
import { confirmedTargetIn, latestReviews } from "./latest-reviews.js";
import { emailOfLogin, loginOfEmail } from "./people.js";
import { projectRequests } from "../gatekeeper/project-requests.js";
import type { RepoSession } from "./repo-sessions.js";
import type { CheckResult } from "./render-checks.js";

export interface PullInfo {
  number: number;
  headSha: string;
  author: string;
  /** Who filed the issue a bot PR was made from. */
  issueAuthor: string | null;
  htmlUrl: string;
}

type GitHubRefusal = "stale_commit" | "author" | "unmapped_approver" | "bot";

const GITHUB_REFUSALS: Record<GitHubRefusal, string> = {
  stale_commit: "approved an earlier commit; a new push makes earlier approvals stale: review the current head",
  author: "the requester (author of the pull request or of its issue) cannot approve their own request",
  unmapped_approver: "this GitHub account is not mapped to a person in .github/offboard.yml `people`, so it cannot be shown not to be the target",
  bot: "bots do not approve",
};

/** GitHub team slugs for the policy's team names (`security` is the configured security team). */
export function teamSlugs(config: TenantConfig, teams: readonly string[]): string[] {
  return teams.map((t) => (t === "security" ? config.security_team.slug : t));
}

/** Whether a login is an active member of any of the teams (the team membership API, never a cached list). */
export async function isMemberOfAny(port: GitHubPort, slugs: readonly string[], login: string): Promise<boolean> {
  for (const slug of slugs) if (await port.isTeamMember(slug, login)) return true;
  return false;
}

/**
 * offboard/approval for a request PR: reads every reviewer's standing review and records each
 * approval that passes the rules as `approval.recorded` (bound to the head SHA and the request's
 * digest; a redelivered review is a duplicate, never a second count). A CHANGES_REQUESTED review
 * from the team blocks.
 */
export async function tallyApprovals(port: GitHubPort, session: RepoSession, pr: PullInfo, decided: DecideResult, text: string, file: string): Promise<CheckResult> {
  const { decision } = decided.evaluated;
  if (decision.outcome === "allow") return { conclusion: "success", output: { title: "No approval required", summary: "Policy allows this request without a human approval." } };
  if (decision.outcome !== "require_hitl") return { conclusion: "failure", output: { title: `Policy outcome ${decision.outcome}`, summary: "Policy refuses this request; no approval can change that." } };
  const { config } = session.ws;
  const slugs = teamSlugs(config, decision.approvals.teams);
  const counted = new Map<string, string>();
  const refused: string[] = [];
  const blocking: string[] = [];
  for (const review of latestReviews(await port.reviews(pr.number))) {
    if (review.state === "CHANGES_REQUESTED") {
      if (await isMemberOfAny(port, slugs, review.login)) blocking.push(`@${review.login} requested changes`);
      continue;
    }
    const verdict = await judge(port, session, pr, review, slugs, text, file);
    if (verdict === null) counted.set(emailOfLogin(config, review.login)!, `@${review.login}`);
    else refused.push(`@${review.login}: ${verdict}`);
  }
  // Answers given through Slack links, for this exact content, from people still on the team.
  const state = projectRequests(await session.ws.ledger.read()).get(decided.intake.request.metadata.id);
  for (const a of state?.approvals.filter((x) => x.via === "slack" && x.digest === decided.intake.digest) ?? []) {
    const login = loginOfEmail(config, a.approver);
    if (login !== null && (await isMemberOfAny(port, slugs, login))) counted.set(a.approver, `${a.approver} (Slack)`);
    else refused.push(`${a.approver} (Slack): no longer on the team`);
  }
  for (const r of state?.rejections.filter((x) => x.digest === decided.intake.digest) ?? []) {
    const login = loginOfEmail(config, r.approver);
    if (login !== null && (await isMemberOfAny(port, slugs, login))) blocking.push(`${r.approver} rejected it in Slack`);
  }
  const required = decision.approvals.required;
  const summary = [
    `Needs ${required} approving review(s) from ${slugs.map((s) => `@${port.owner}/${s}`).join(" or ")} on commit \`${pr.headSha.slice(0, 12)}\` (or one-time Slack links); counted ${counted.size}${counted.size ? ` (${[...counted.values()].join(", ")})` : ""}.`,
    ...(blocking.length ? ["", "**Blocked:**", ...blocking.map((b) => `- ${b}`)] : []),
    ...(refused.length ? ["", "**Not counted:**", ...refused.map((r) => `- ${r}`)] : []),
    ...(decided.intake.injectionSuspected ? ["", "Intake scrubbed the target: an approving review must say `confirm-target: EMAIL` naming who is meant."] : []),
  ].join("\n");
  if (blocking.length > 0) return { conclusion: "failure", output: { title: "Changes requested by the security team", summary } };
  if (counted.size >= required) return { conclusion: "success", output: { title: `Approved (${counted.size}/${required})`, summary } };
  return { conclusion: "action_required", output: { title: `Waiting for approval (${counted.size}/${required})`, summary } };
}

/** null when the review counts (recorded now or already), else why not. */
async function judge(port: GitHubPort, session: RepoSession, pr: PullInfo, review: Review, slugs: string[], text: string, file: string): Promise<string | null> {
  const login = review.login.toLowerCase();
  if (review.userType === "Bot") return GITHUB_REFUSALS.bot;
  if (review.commitId !== pr.headSha) return GITHUB_REFUSALS.stale_commit;
  if (login === pr.author.toLowerCase() || login === pr.issueAuthor?.toLowerCase()) return GITHUB_REFUSALS.author;
  if (!(await isMemberOfAny(port, slugs, review.login))) return REFUSAL_MESSAGES.not_in_team;
  const email = emailOfLogin(session.ws.config, review.login);
  if (email === null) return GITHUB_REFUSALS.unmapped_approver;
  try {
    await approveRequest(session.ws.gatekeeper, text, file, {
      approver: email,
      via: "github_review",
      team: [email],
      confirmTarget: confirmedTargetIn(review.body),
      evidence: { github_login: login, review_id: review.id, commit_sha: pr.headSha, pull_request: pr.number },
    });
    return null;
  } catch (e) {
    if (!isOffboardError(e) || e.code !== "APPROVAL_REFUSED") throw e;
    const reason = e.details.reason as ApprovalRefusal;
    return reason === "duplicate" ? null : REFUSAL_MESSAGES[reason];
  }
}
