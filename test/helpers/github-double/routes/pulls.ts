import { openPull } from "../ops/open-pull.js";
import { pullShape, type PullIssue } from "../shapes/pull.js";
import { pullRequestEvent, type Changes } from "../webhook-events.js";
import type { PreparedWebhook } from "../webhook-payload.js";
import { deliverInBackground } from "../webhook-sender.js";
import type { World } from "../world.js";
import { actorOf, failure, notFound, numberParam, ok, paginate, validationFailed, type RestCall, type RestReply, type RouteTable } from "./rest-types.js";

/** The pull request numbered `n`, or null (also for plain issues). */
export function pullOf(world: World, n: number): PullIssue | null {
  const issue = world.state.issues.get(n);
  return issue?.pull ? (issue as PullIssue) : null;
}

/** "owner:branch" or "branch" -> branch, when owner is the double's. */
function branchOfHead(world: World, head: string): string | null {
  const colon = head.indexOf(":");
  if (colon === -1) return head;
  return head.slice(0, colon).toLowerCase() === world.owner.toLowerCase() ? head.slice(colon + 1) : null;
}

function createPull(call: RestCall): RestReply {
  const { world } = call;
  const body = call.body as { title?: string; head: string; base: string; body?: string };
  const head = branchOfHead(world, body.head);
  if (!head || !world.store.branchSha(head)) return validationFailed("PullRequest", "head", "invalid");
  if (!world.store.branchSha(body.base)) return validationFailed("PullRequest", "base", "invalid");
  const duplicate = [...world.state.issues.values()].find((i) => i.pull && i.state === "open" && i.pull.headRef === head && i.pull.baseRef === body.base);
  if (duplicate) return validationFailed("PullRequest", "head", "custom", `A pull request already exists for ${world.owner}:${head}.`);
  if (world.store.countCommits(body.base, head) === 0) return validationFailed("PullRequest", "head", "custom", `No commits between ${body.base} and ${head}`);
  if (!body.title) return validationFailed("PullRequest", "title", "missing_field");
  const { issue, webhook } = openPull(world, { author: actorOf(call), headRef: head, baseRef: body.base, title: body.title, body: body.body ?? null });
  deliverInBackground(world, [webhook]);
  return ok(pullShape(world, issue), 201);
}

function listPulls(call: RestCall): RestReply {
  const { world, query } = call;
  const state = typeof query.state === "string" ? query.state : "open";
  const head = typeof query.head === "string" ? branchOfHead(world, query.head) : undefined;
  const pulls = [...world.state.issues.values()]
    .filter((i): i is PullIssue => i.pull !== null)
    .filter((i) => state === "all" || i.state === state)
    .filter((i) => head === undefined || i.pull.headRef === head)
    .filter((i) => typeof query.base !== "string" || i.pull.baseRef === query.base);
  const ascending = query.direction === "asc" || (query.direction === undefined && query.sort !== undefined && query.sort !== "created");
  const key = (i: PullIssue) => (query.sort === "updated" ? i.updatedAt : i.number);
  pulls.sort((a, b) => (ascending ? key(a) - key(b) : key(b) - key(a)));
  const { page, headers } = paginate(call, pulls);
  return ok(page.map((issue) => pullShape(world, issue)), 200, headers);
}

function getPull(call: RestCall): RestReply {
  const issue = pullOf(call.world, numberParam(call, "pull_number"));
  return issue ? ok(pullShape(call.world, issue)) : notFound();
}

function updatePull(call: RestCall): RestReply {
  const { world } = call;
  const issue = pullOf(world, numberParam(call, "pull_number"));
  if (!issue) return notFound();
  const body = call.body as { title?: string; body?: string; state?: "open" | "closed"; base?: string };
  if (body.base !== undefined && !world.store.branchSha(body.base)) return validationFailed("PullRequest", "base", "invalid");
  if (issue.pull.merged && body.state === "open") return failure(422, "Cannot reopen a merged pull request");
  const sender = actorOf(call);
  const changes: Changes = {};
  if (body.title !== undefined && body.title !== issue.title) changes.title = { from: issue.title };
  if (body.body !== undefined && body.body !== issue.body) changes.body = { from: issue.body };
  if (body.base !== undefined && body.base !== issue.pull.baseRef) changes.base = { ref: { from: issue.pull.baseRef }, sha: { from: issue.pull.baseSha } };
  const now = world.clock();
  Object.assign(issue, { title: body.title ?? issue.title, body: body.body ?? issue.body, updatedAt: now });
  if (body.base !== undefined) issue.pull.baseRef = body.base;
  const webhooks: PreparedWebhook[] = [];
  if (Object.keys(changes).length > 0) webhooks.push(pullRequestEvent(world, issue, "edited", sender, { changes }));
  if (body.state !== undefined && body.state !== issue.state) {
    if (body.state === "closed") issue.pull.baseSha = world.store.branchSha(issue.pull.baseRef) ?? issue.pull.baseSha;
    Object.assign(issue, { state: body.state, closedAt: body.state === "closed" ? now : null });
    webhooks.push(pullRequestEvent(world, issue, body.state === "closed" ? "closed" : "reopened", sender));
  }
  deliverInBackground(world, webhooks);
  return ok(pullShape(world, issue));
}

/** Pull requests: create, list, get, update. */
export const pullRoutes: RouteTable = {
  "pulls/create": createPull,
  "pulls/list": listPulls,
  "pulls/get": getPull,
  "pulls/update": updatePull,
};
