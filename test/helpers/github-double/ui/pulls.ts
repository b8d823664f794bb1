import { GitHubDoubleError } from "../errors.js";
import { commitToBranch } from "../ops/commit-to-branch.js";
import { mergePull } from "../ops/merge-pull.js";
import { openPull } from "../ops/open-pull.js";
import { syncPullHeads } from "../ops/sync-pull-heads.js";
import type { PullIssue } from "../shapes/pull.js";
import type { DeliveryResult, FileChanges, OpenPullRequestInput } from "../types.js";
import { deliver, deliverAll } from "../webhook-sender.js";
import { gitIdentityFor, userFor, type World } from "../world.js";
import { existingIssue } from "./issues.js";

/** The pull request numbered `n`; NOT_FOUND otherwise. */
export function existingPull(world: World, n: number): PullIssue {
  const issue = existingIssue(world, n);
  if (!issue.pull) throw new GitHubDoubleError("NOT_FOUND", `#${n} is an issue, not a pull request`);
  return issue as PullIssue;
}

const commitMessage = (files: FileChanges): string => `Update ${Object.keys(files).join(", ")}`;

/** Someone pushes a branch from `base` with `files` and opens a pull request: pull_request.opened. */
export async function openPullRequest(world: World, input: OpenPullRequestInput): Promise<{ number: number; headSha: string; delivery: DeliveryResult }> {
  const author = userFor(world, input.author);
  const base = input.base ?? "main";
  if (world.store.branchSha(input.branch)) throw new GitHubDoubleError("REFUSED", `branch ${input.branch} already exists; openPullRequest creates it`);
  const { sha } = commitToBranch(world, { branch: input.branch, createFrom: base, files: input.files, message: input.title, author: gitIdentityFor(world, author) });
  const { issue, webhook } = openPull(world, { author, headRef: input.branch, baseRef: base, title: input.title, body: input.body ?? null });
  return { number: issue.number, headSha: sha, delivery: await deliver(world, webhook) };
}

/** Someone pushes a commit to `branch` (created from main when missing): pull_request.synchronize for open PRs with that head. */
export async function pushToBranch(world: World, branch: string, author: string, files: FileChanges): Promise<{ sha: string; deliveries: DeliveryResult[] }> {
  const user = userFor(world, author);
  const { sha } = commitToBranch(world, { branch, createFrom: "main", files, message: commitMessage(files), author: gitIdentityFor(world, user) });
  return { sha, deliveries: await deliverAll(world, syncPullHeads(world, user)) };
}

/** Someone presses "Merge pull request": a real merge commit, pull_request.closed with merged true. */
export async function mergePullRequest(world: World, n: number, by: string): Promise<{ sha: string; delivery: DeliveryResult }> {
  const issue = existingPull(world, n);
  const user = userFor(world, by);
  const outcome = mergePull(world, issue, user);
  if (!outcome.merged) throw new GitHubDoubleError("REFUSED", `cannot merge #${n}: ${outcome.reason}`);
  const [delivery] = await deliverAll(world, [...outcome.webhooks, ...syncPullHeads(world, user)]);
  if (!delivery) throw new Error("merge produced no pull_request.closed delivery");
  return { sha: outcome.sha, delivery };
}
