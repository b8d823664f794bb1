import type { PullIssue } from "../shapes/pull.js";
import type { UserRecord } from "../types.js";
import { pullRequestEvent } from "../webhook-events.js";
import type { PreparedWebhook } from "../webhook-payload.js";
import type { World } from "../world.js";

/**
 * After refs moved (REST write, UI push, git push): every open pull request whose head branch tip
 * changed takes the new head sha, and GitHub's pull_request.synchronize (before/after) is prepared.
 */
export function syncPullHeads(world: World, sender: UserRecord): PreparedWebhook[] {
  const webhooks: PreparedWebhook[] = [];
  for (const issue of world.state.issues.values()) {
    if (!issue.pull || issue.state !== "open") continue;
    const tip = world.store.branchSha(issue.pull.headRef);
    if (!tip || tip === issue.pull.headSha) continue;
    const before = issue.pull.headSha;
    issue.pull.headSha = tip;
    issue.updatedAt = world.clock();
    webhooks.push(pullRequestEvent(world, issue as PullIssue, "synchronize", sender, { before, after: tip }));
  }
  return webhooks;
}
