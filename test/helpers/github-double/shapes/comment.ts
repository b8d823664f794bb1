import type { CommentRecord } from "../types.js";
import { isoTime, type World } from "../world.js";
import { integrationShape } from "./app.js";
import { fromExample, nodeId } from "./from-example.js";
import { authorAssociation, userShape } from "./user.js";

/** issue-comment shape. */
export function commentShape(world: World, comment: CommentRecord): Record<string, unknown> {
  const shaped = fromExample(world, "issue-comment");
  const api = `${world.urls.api}/repos/${world.owner}/${world.repo}`;
  const isPull = world.state.issues.get(comment.issueNumber)?.pull != null;
  const html = `${world.urls.api}/${world.owner}/${world.repo}/${isPull ? "pull" : "issues"}/${comment.issueNumber}`;
  const byApp = comment.author.toLowerCase() === `${world.appSlug}[bot]`.toLowerCase();
  return {
    ...shaped,
    id: comment.id,
    node_id: nodeId("012:IssueComment", comment.id),
    url: `${api}/issues/comments/${comment.id}`,
    html_url: `${html}#issuecomment-${comment.id}`,
    body: comment.body,
    user: userShape(world, comment.author),
    created_at: isoTime(comment.createdAt),
    updated_at: isoTime(comment.updatedAt),
    issue_url: `${api}/issues/${comment.issueNumber}`,
    author_association: authorAssociation(world, comment.author),
    performed_via_github_app: byApp ? integrationShape(world) : null,
  };
}
