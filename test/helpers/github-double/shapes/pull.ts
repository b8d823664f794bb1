import { mergeTree } from "../git-write.js";
import type { IssueRecord, PullRecord } from "../types.js";
import { isoTime, type World } from "../world.js";
import { fromExample, nodeId } from "./from-example.js";
import { labelShape } from "./issue.js";
import { repositoryShape } from "./repository.js";
import { authorAssociation, orgAccountShape, userShape } from "./user.js";

export type PullIssue = IssueRecord & { pull: PullRecord };

/** The base sha GitHub reports: the live base tip while open, the frozen one once closed. */
export function baseShaOf(world: World, issue: PullIssue): string {
  return issue.state === "open" ? (world.store.branchSha(issue.pull.baseRef) ?? issue.pull.baseSha) : issue.pull.baseSha;
}

function branchShape(world: World, ref: string, sha: string): Record<string, unknown> {
  return { label: `${world.owner}:${ref}`, ref, sha, user: orgAccountShape(world), repo: repositoryShape(world) };
}

function mergeability(world: World, issue: PullIssue, base: string): Record<string, unknown> {
  if (issue.state !== "open") return { mergeable: null, rebaseable: null, mergeable_state: "unknown" };
  const clean = mergeTree(world.store, base, issue.pull.headSha) !== null;
  return { mergeable: clean, rebaseable: clean, mergeable_state: clean ? "clean" : "dirty" };
}

/** pull-request shape with live head/base shas, mergeability and diff statistics. */
export function pullShape(world: World, issue: PullIssue): Record<string, unknown> {
  const { pull, number: n } = issue;
  const api = `${world.urls.api}/repos/${world.owner}/${world.repo}`;
  const html = `${world.urls.api}/${world.owner}/${world.repo}/pull/${n}`;
  const base = baseShaOf(world, issue);
  const diff = world.store.diff(base, pull.headSha);
  return {
    ...fromExample(world, "pull-request"),
    url: `${api}/pulls/${n}`,
    id: pull.id,
    node_id: nodeId("PR_", pull.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/issues/${n}`,
    commits_url: `${api}/pulls/${n}/commits`,
    review_comments_url: `${api}/pulls/${n}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${n}/comments`,
    statuses_url: `${api}/statuses/${pull.headSha}`,
    number: n,
    state: issue.state,
    locked: false,
    title: issue.title,
    user: userShape(world, issue.author),
    body: issue.body,
    labels: issue.labels.map((name) => labelShape(world, name)),
    milestone: null,
    active_lock_reason: null,
    created_at: isoTime(issue.createdAt),
    updated_at: isoTime(issue.updatedAt),
    closed_at: issue.closedAt === null ? null : isoTime(issue.closedAt),
    merged_at: pull.mergedAt === null ? null : isoTime(pull.mergedAt),
    merge_commit_sha: pull.mergeCommitSha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: branchShape(world, pull.headRef, pull.headSha),
    base: branchShape(world, pull.baseRef, base),
    _links: {
      self: { href: `${api}/pulls/${n}` },
      html: { href: html },
      issue: { href: `${api}/issues/${n}` },
      comments: { href: `${api}/issues/${n}/comments` },
      review_comments: { href: `${api}/pulls/${n}/comments` },
      review_comment: { href: `${api}/pulls/comments{/number}` },
      commits: { href: `${api}/pulls/${n}/commits` },
      statuses: { href: `${api}/statuses/${pull.headSha}` },
    },
    author_association: authorAssociation(world, issue.author),
    auto_merge: null,
    draft: false,
    merged: pull.merged,
    ...mergeability(world, issue, base),
    merged_by: pull.mergedBy === null ? null : userShape(world, pull.mergedBy),
    comments: world.state.comments.filter((c) => c.issueNumber === n).length,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: world.store.countCommits(base, pull.headSha),
    additions: diff.reduce((sum, d) => sum + d.additions, 0),
    deletions: diff.reduce((sum, d) => sum + d.deletions, 0),
    changed_files: diff.length,
  };
}
