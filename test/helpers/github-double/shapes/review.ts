import type { ReviewRecord } from "../types.js";
import { isoTime, type World } from "../world.js";
import { fromExample, nodeId } from "./from-example.js";
import { authorAssociation, userShape } from "./user.js";

/** pull-request-review shape (REST: state in capitals, e.g. APPROVED). */
export function reviewShape(world: World, review: ReviewRecord): Record<string, unknown> {
  const api = `${world.urls.api}/repos/${world.owner}/${world.repo}/pulls/${review.pullNumber}`;
  const html = `${world.urls.api}/${world.owner}/${world.repo}/pull/${review.pullNumber}#pullrequestreview-${review.id}`;
  return {
    ...fromExample(world, "pull-request-review-items", 0),
    id: review.id,
    node_id: nodeId("PRR_", review.id),
    user: userShape(world, review.author),
    body: review.body ?? "",
    state: review.state,
    html_url: html,
    pull_request_url: api,
    _links: { html: { href: html }, pull_request: { href: api } },
    submitted_at: isoTime(review.submittedAt),
    commit_id: review.commitId,
    author_association: authorAssociation(world, review.author),
  };
}
