import { commentShape } from "../shapes/comment.js";
import { issueCommentEvent } from "../webhook-events.js";
import { deliverInBackground } from "../webhook-sender.js";
import { nextId } from "../world.js";
import { actorOf, notFound, numberParam, ok, paginate, type RestCall, type RestReply, type RouteTable } from "./rest-types.js";

function createComment(call: RestCall): RestReply {
  const { world } = call;
  const n = numberParam(call, "issue_number");
  const issue = world.state.issues.get(n);
  if (!issue) return notFound();
  const author = actorOf(call);
  const now = world.clock();
  const comment = { id: nextId(world), issueNumber: n, author: author.login, body: String(call.body.body), createdAt: now, updatedAt: now };
  world.state.comments.push(comment);
  issue.updatedAt = now;
  deliverInBackground(world, [issueCommentEvent(world, comment, "created", author)]);
  return ok(commentShape(world, comment), 201);
}

function listComments(call: RestCall): RestReply {
  const n = numberParam(call, "issue_number");
  if (!call.world.state.issues.has(n)) return notFound();
  const since = typeof call.query.since === "string" ? Date.parse(call.query.since) : Number.NEGATIVE_INFINITY;
  const comments = call.world.state.comments.filter((c) => c.issueNumber === n && c.updatedAt >= since);
  const { page, headers } = paginate(call, comments);
  return ok(page.map((c) => commentShape(call.world, c)), 200, headers);
}

function updateComment(call: RestCall): RestReply {
  const { world } = call;
  const comment = world.state.comments.find((c) => c.id === numberParam(call, "comment_id"));
  if (!comment) return notFound();
  const from = comment.body;
  comment.body = String(call.body.body);
  comment.updatedAt = world.clock();
  if (from !== comment.body) deliverInBackground(world, [issueCommentEvent(world, comment, "edited", actorOf(call), { changes: { body: { from } } })]);
  return ok(commentShape(world, comment));
}

/** Issue and pull request conversation comments. */
export const commentRoutes: RouteTable = {
  "issues/create-comment": createComment,
  "issues/list-comments": listComments,
  "issues/update-comment": updateComment,
};
