import { issueShape, labelShape } from "../shapes/issue.js";
import type { PullIssue } from "../shapes/pull.js";
import type { IssueRecord, UserRecord } from "../types.js";
import { issuesEvent, labeledEvent, pullRequestEvent, type Changes } from "../webhook-events.js";
import type { PreparedWebhook } from "../webhook-payload.js";
import { deliverInBackground } from "../webhook-sender.js";
import type { World } from "../world.js";
import { actorOf, failure, notFound, numberParam, ok, type RestCall, type RestReply, type RouteTable } from "./rest-types.js";

type LabelInput = string | { name: string };

/** Label names from any of the body forms GitHub accepts (array, {labels: [...]}, names or {name}). */
function labelNames(body: unknown): string[] {
  const list = Array.isArray(body) ? body : typeof body === "string" ? [body] : ((body as { labels?: LabelInput[] } | null)?.labels ?? []);
  return (list as LabelInput[]).map((l) => (typeof l === "string" ? l : l.name));
}

/** Edits and state changes arrive as issues.* for issues and pull_request.* for pull requests. */
function stateEvent(world: World, issue: IssueRecord, action: string, sender: UserRecord, extra: Record<string, unknown> = {}): PreparedWebhook {
  return issue.pull ? pullRequestEvent(world, issue as PullIssue, action, sender, extra) : issuesEvent(world, issue, action, sender, extra);
}

function setLabels(world: World, issue: IssueRecord, names: string[], sender: UserRecord, replace: boolean): PreparedWebhook[] {
  const before = issue.labels;
  const after = replace ? [...new Set(names)] : [...new Set([...before, ...names])];
  issue.labels = after;
  const lower = (list: string[]) => new Set(list.map((n) => n.toLowerCase()));
  const had = lower(before);
  const has = lower(after);
  return [
    ...after.filter((n) => !had.has(n.toLowerCase())).map((n) => labeledEvent(world, issue, n, "labeled", sender)),
    ...before.filter((n) => !has.has(n.toLowerCase())).map((n) => labeledEvent(world, issue, n, "unlabeled", sender)),
  ];
}

function updateIssue(call: RestCall): RestReply {
  const { world } = call;
  const issue = world.state.issues.get(numberParam(call, "issue_number"));
  if (!issue) return notFound();
  const body = call.body as { title?: string | number | null; body?: string | null; state?: "open" | "closed"; state_reason?: string | null; labels?: LabelInput[] };
  if (issue.pull?.merged && body.state === "open") return failure(422, "Cannot reopen a merged pull request");
  const sender = actorOf(call);
  const now = world.clock();
  const changes: Changes = {};
  const title = body.title === undefined || body.title === null ? issue.title : String(body.title);
  if (title !== issue.title) changes.title = { from: issue.title };
  if (body.body !== undefined && body.body !== issue.body) changes.body = { from: issue.body };
  Object.assign(issue, { title, body: body.body === undefined ? issue.body : body.body, updatedAt: now });
  const webhooks: PreparedWebhook[] = [];
  if (Object.keys(changes).length > 0) webhooks.push(stateEvent(world, issue, "edited", sender, { changes }));
  if (body.labels !== undefined) webhooks.push(...setLabels(world, issue, labelNames(body.labels), sender, true));
  if (body.state !== undefined && body.state !== issue.state) {
    const closing = body.state === "closed";
    if (closing && issue.pull) issue.pull.baseSha = world.store.branchSha(issue.pull.baseRef) ?? issue.pull.baseSha;
    Object.assign(issue, { state: body.state, closedAt: closing ? now : null, stateReason: closing ? (body.state_reason ?? "completed") : "reopened" });
    webhooks.push(stateEvent(world, issue, closing ? "closed" : "reopened", sender));
  }
  deliverInBackground(world, webhooks);
  return ok(issueShape(world, issue));
}

function addLabels(call: RestCall): RestReply {
  const { world } = call;
  const issue = world.state.issues.get(numberParam(call, "issue_number"));
  if (!issue) return notFound();
  deliverInBackground(world, setLabels(world, issue, labelNames(call.body), actorOf(call), false));
  issue.updatedAt = world.clock();
  return ok(issue.labels.map((name) => labelShape(world, name)));
}

/** Issues (pull requests are issues too): get, update, add labels. */
export const issueRoutes: RouteTable = {
  "issues/get": (call) => {
    const issue = call.world.state.issues.get(numberParam(call, "issue_number"));
    return issue ? ok(issueShape(call.world, issue)) : notFound();
  },
  "issues/update": updateIssue,
  "issues/add-labels": addLabels,
};
