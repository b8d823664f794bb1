import type { IssueRecord } from "../types.js";
import { isoTime, nextId, type World } from "../world.js";
import { fromExample, nodeId } from "./from-example.js";
import { authorAssociation, userShape } from "./user.js";

/** label shape; a label gets a stable id the first time its name is used. */
export function labelShape(world: World, name: string): Record<string, unknown> {
  const key = name.toLowerCase();
  let id = world.state.labelIds.get(key);
  if (id === undefined) {
    id = nextId(world);
    world.state.labelIds.set(key, id);
  }
  return {
    id,
    node_id: nodeId("05:Label", id),
    url: `${world.urls.api}/repos/${world.owner}/${world.repo}/labels/${encodeURIComponent(name)}`,
    name,
    description: null,
    color: "ededed",
    default: false,
  };
}

/** issue shape (GET /repos/{owner}/{repo}/issues/{issue_number}); pull requests carry `pull_request`. */
export function issueShape(world: World, issue: IssueRecord): Record<string, unknown> {
  const shaped = fromExample(world, "issue");
  delete shaped.repository;
  delete shaped.pinned_comment;
  const api = `${world.urls.api}/repos/${world.owner}/${world.repo}`;
  const html = `${world.urls.api}/${world.owner}/${world.repo}`;
  const n = issue.number;
  const pull = issue.pull
    ? {
        url: `${api}/pulls/${n}`,
        html_url: `${html}/pull/${n}`,
        diff_url: `${html}/pull/${n}.diff`,
        patch_url: `${html}/pull/${n}.patch`,
        merged_at: issue.pull.mergedAt === null ? null : isoTime(issue.pull.mergedAt),
      }
    : undefined;
  if (!pull) delete shaped.pull_request;
  return {
    ...shaped,
    id: issue.id,
    node_id: nodeId("05:Issue", issue.id),
    url: `${api}/issues/${n}`,
    repository_url: api,
    labels_url: `${api}/issues/${n}/labels{/name}`,
    comments_url: `${api}/issues/${n}/comments`,
    events_url: `${api}/issues/${n}/events`,
    timeline_url: `${api}/issues/${n}/timeline`,
    html_url: issue.pull ? `${html}/pull/${n}` : `${html}/issues/${n}`,
    number: n,
    state: issue.state,
    state_reason: issue.stateReason,
    title: issue.title,
    body: issue.body,
    user: userShape(world, issue.author),
    labels: issue.labels.map((name) => labelShape(world, name)),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: world.state.comments.filter((c) => c.issueNumber === n).length,
    ...(pull ? { pull_request: pull } : {}),
    closed_at: issue.closedAt === null ? null : isoTime(issue.closedAt),
    created_at: isoTime(issue.createdAt),
    updated_at: isoTime(issue.updatedAt),
    closed_by: null,
    author_association: authorAssociation(world, issue.author),
  };
}
