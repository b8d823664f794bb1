import { checkRunShape } from "./shapes/check-run.js";
import { commentShape } from "./shapes/comment.js";
import { issueShape, labelShape } from "./shapes/issue.js";
import { pullShape, type PullIssue } from "./shapes/pull.js";
import { reviewShape } from "./shapes/review.js";
import type { CheckRunRecord, CommentRecord, IssueRecord, ReviewRecord, UserRecord } from "./types.js";
import { prepareWebhook, type PreparedWebhook } from "./webhook-payload.js";
import type { World } from "./world.js";

/** Webhook `changes` for edits: { field: { from } } for every field that changed. */
export type Changes = Record<string, unknown>;

/** issues.<action> (opened, edited, closed, reopened, labeled, unlabeled). */
export function issuesEvent(world: World, issue: IssueRecord, action: string, sender: UserRecord, extra: Record<string, unknown> = {}): PreparedWebhook {
  return prepareWebhook(world, { event: "issues", action, sender, objects: { issue: issueShape(world, issue), ...extra } });
}

/** issues.labeled / pull_request.labeled with the `label` object. */
export function labeledEvent(world: World, issue: IssueRecord, label: string, action: "labeled" | "unlabeled", sender: UserRecord): PreparedWebhook {
  const extra = { label: labelShape(world, label) };
  return issue.pull ? pullRequestEvent(world, issue as PullIssue, action, sender, extra) : issuesEvent(world, issue, action, sender, extra);
}

/** pull_request.<action> (opened, synchronize with before/after, closed, reopened, edited). */
export function pullRequestEvent(world: World, issue: PullIssue, action: string, sender: UserRecord, extra: Record<string, unknown> = {}): PreparedWebhook {
  return prepareWebhook(world, {
    event: "pull_request",
    action,
    sender,
    objects: { number: issue.number, pull_request: pullShape(world, issue), ...extra },
  });
}

/** issue_comment.<action>; `issue.pull_request` is set when the number is a pull request. */
export function issueCommentEvent(world: World, comment: CommentRecord, action: string, sender: UserRecord, extra: Record<string, unknown> = {}): PreparedWebhook {
  const issue = world.state.issues.get(comment.issueNumber);
  if (!issue) throw new Error(`comment ${comment.id} belongs to no issue`);
  return prepareWebhook(world, { event: "issue_comment", action, sender, objects: { issue: issueShape(world, issue), comment: commentShape(world, comment), ...extra } });
}

/** pull_request_review.<action>; webhook review states are lower case (approved, changes_requested, ...). */
export function reviewEvent(world: World, review: ReviewRecord, action: string, sender: UserRecord): PreparedWebhook {
  const issue = world.state.issues.get(review.pullNumber) as PullIssue;
  const shaped = { ...reviewShape(world, review), state: review.state.toLowerCase(), body: review.body };
  return prepareWebhook(world, { event: "pull_request_review", action, sender, objects: { review: shaped, pull_request: pullShape(world, issue) } });
}

/** check_run.<action> (created, completed). */
export function checkRunEvent(world: World, run: CheckRunRecord, action: string, sender: UserRecord): PreparedWebhook {
  return prepareWebhook(world, { event: "check_run", action, sender, objects: { check_run: checkRunShape(world, run) } });
}
