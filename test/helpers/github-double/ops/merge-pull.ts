import { mergeIntoBranch } from "../git-write.js";
import type { PullIssue } from "../shapes/pull.js";
import type { UserRecord } from "../types.js";
import { pullRequestEvent } from "../webhook-events.js";
import type { PreparedWebhook } from "../webhook-payload.js";
import { gitIdentityFor, type World } from "../world.js";

export type MergeOutcome = { merged: true; sha: string; webhooks: PreparedWebhook[] } | { merged: false; reason: string };

/**
 * GitHub's "Create a merge commit": a real two-parent merge commit on the base branch, then the
 * pull request closed with merged true and merge_commit_sha, and pull_request.closed prepared.
 */
export function mergePull(world: World, issue: PullIssue, by: UserRecord, text: { title?: string; message?: string } = {}): MergeOutcome {
  if (issue.state !== "open" || issue.pull.merged) return { merged: false, reason: "Pull Request is not mergeable" };
  const baseBefore = world.store.branchSha(issue.pull.baseRef);
  if (!baseBefore) return { merged: false, reason: `Base branch ${issue.pull.baseRef} does not exist` };
  const title = text.title ?? `Merge pull request #${issue.number} from ${world.owner}/${issue.pull.headRef}`;
  const message = `${title}\n\n${text.message ?? issue.title}\n`;
  const identity = gitIdentityFor(world, by);
  const sha = mergeIntoBranch(world.store, issue.pull.baseRef, issue.pull.headSha, message, identity);
  if (!sha) return { merged: false, reason: "Pull Request is not mergeable" };
  const now = world.clock();
  Object.assign(issue.pull, { baseSha: baseBefore, merged: true, mergedAt: now, mergeCommitSha: sha, mergedBy: by.login });
  Object.assign(issue, { state: "closed", closedAt: now, updatedAt: now });
  return { merged: true, sha, webhooks: [pullRequestEvent(world, issue, "closed", by)] };
}
