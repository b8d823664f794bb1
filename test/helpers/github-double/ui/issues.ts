import { GitHubDoubleError } from "../errors.js";
import type { PullIssue } from "../shapes/pull.js";
import type { DeliveryResult, IssueRecord, OpenIssueInput } from "../types.js";
import { issueCommentEvent, issuesEvent, pullRequestEvent, type Changes } from "../webhook-events.js";
import { deliver } from "../webhook-sender.js";
import { nextId, userFor, type World } from "../world.js";

/** The issue (or pull request) numbered `n`; NOT_FOUND otherwise. */
export function existingIssue(world: World, n: number): IssueRecord {
  const issue = world.state.issues.get(n);
  if (!issue) throw new GitHubDoubleError("NOT_FOUND", `#${n} is neither an issue nor a pull request of ${world.owner}/${world.repo}`);
  return issue;
}

/** Someone opens an issue in the UI: issues.opened. */
export async function openIssue(world: World, input: OpenIssueInput): Promise<{ number: number; delivery: DeliveryResult }> {
  const author = userFor(world, input.author);
  const now = world.clock();
  world.state.counters.number += 1;
  const issue: IssueRecord = {
    number: world.state.counters.number,
    id: nextId(world),
    title: input.title,
    body: input.body,
    state: "open",
    stateReason: null,
    labels: [...(input.labels ?? [])],
    author: author.login,
    createdAt: now,
    updatedAt: now,
    closedAt: null,
    pull: null,
  };
  world.state.issues.set(issue.number, issue);
  return { number: issue.number, delivery: await deliver(world, issuesEvent(world, issue, "opened", author)) };
}

/** Someone edits the title or body in the UI: issues.edited (pull_request.edited for a pull request) with `changes`. */
export async function editIssue(world: World, n: number, edit: { body?: string; title?: string }, editor: string): Promise<DeliveryResult> {
  const issue = existingIssue(world, n);
  const sender = userFor(world, editor);
  const changes: Changes = {};
  if (edit.title !== undefined && edit.title !== issue.title) changes.title = { from: issue.title };
  if (edit.body !== undefined && edit.body !== issue.body) changes.body = { from: issue.body };
  Object.assign(issue, { title: edit.title ?? issue.title, body: edit.body ?? issue.body, updatedAt: world.clock() });
  const webhook = issue.pull ? pullRequestEvent(world, issue as PullIssue, "edited", sender, { changes }) : issuesEvent(world, issue, "edited", sender, { changes });
  return deliver(world, webhook);
}

/** Someone comments in the UI: issue_comment.created (issue.pull_request set for pull requests). */
export async function comment(world: World, n: number, author: string, body: string): Promise<{ id: number; delivery: DeliveryResult }> {
  const issue = existingIssue(world, n);
  const user = userFor(world, author);
  const now = world.clock();
  const record = { id: nextId(world), issueNumber: n, author: user.login, body, createdAt: now, updatedAt: now };
  world.state.comments.push(record);
  issue.updatedAt = now;
  return { id: record.id, delivery: await deliver(world, issueCommentEvent(world, record, "created", user)) };
}
