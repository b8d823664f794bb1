import type { PullIssue } from "../shapes/pull.js";
import type { UserRecord } from "../types.js";
import { pullRequestEvent } from "../webhook-events.js";
import type { PreparedWebhook } from "../webhook-payload.js";
import { nextId, type World } from "../world.js";

export interface OpenPullInput {
  author: UserRecord;
  headRef: string;
  baseRef: string;
  title: string;
  body: string | null;
}

/** Records a new pull request (the next issue number) and prepares pull_request.opened. */
export function openPull(world: World, input: OpenPullInput): { issue: PullIssue; webhook: PreparedWebhook } {
  const headSha = world.store.branchSha(input.headRef);
  const baseSha = world.store.branchSha(input.baseRef);
  if (!headSha || !baseSha) throw new Error(`openPull: ${input.headRef} or ${input.baseRef} does not exist`);
  const now = world.clock();
  world.state.counters.number += 1;
  const issue: PullIssue = {
    number: world.state.counters.number,
    id: nextId(world),
    title: input.title,
    body: input.body,
    state: "open",
    stateReason: null,
    labels: [],
    author: input.author.login,
    createdAt: now,
    updatedAt: now,
    closedAt: null,
    pull: { id: nextId(world), headRef: input.headRef, headSha, baseRef: input.baseRef, baseSha, merged: false, mergedAt: null, mergeCommitSha: null, mergedBy: null },
  };
  world.state.issues.set(issue.number, issue);
  return { issue, webhook: pullRequestEvent(world, issue, "opened", input.author) };
}
