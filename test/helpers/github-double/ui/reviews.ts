import { GitHubDoubleError } from "../errors.js";
import type { DeliveryResult, ReviewRecord } from "../types.js";
import { reviewEvent } from "../webhook-events.js";
import { deliver } from "../webhook-sender.js";
import { nextId, userFor, type World } from "../world.js";
import { existingPull } from "./pulls.js";

/**
 * Someone submits a review in the UI, bound to `commitId` (default: the current head):
 * pull_request_review.submitted. Like GitHub, authors cannot approve or request changes on their own PR.
 */
export async function submitReview(
  world: World,
  n: number,
  reviewer: string,
  state: "APPROVED" | "CHANGES_REQUESTED" | "COMMENTED",
  options: { commitId?: string; body?: string } = {},
): Promise<{ id: number; delivery: DeliveryResult }> {
  const issue = existingPull(world, n);
  const user = userFor(world, reviewer);
  if (issue.state !== "open") throw new GitHubDoubleError("REFUSED", `#${n} is ${issue.pull.merged ? "merged" : "closed"}; GitHub takes no reviews on it`);
  if (state !== "COMMENTED" && user.login.toLowerCase() === issue.author.toLowerCase()) {
    throw new GitHubDoubleError("REFUSED", `${user.login} authored #${n}; GitHub refuses ${state === "APPROVED" ? "approving" : "requesting changes on"} your own pull request`);
  }
  const review: ReviewRecord = {
    id: nextId(world),
    pullNumber: n,
    author: user.login,
    state,
    body: options.body ?? null,
    commitId: options.commitId ?? issue.pull.headSha,
    submittedAt: world.clock(),
  };
  world.state.reviews.push(review);
  return { id: review.id, delivery: await deliver(world, reviewEvent(world, review, "submitted", user)) };
}

/** Someone dismisses an approval or change request: pull_request_review.dismissed. */
export async function dismissReview(world: World, n: number, reviewId: number, by: string): Promise<DeliveryResult> {
  existingPull(world, n);
  const review = world.state.reviews.find((r) => r.id === reviewId && r.pullNumber === n);
  if (!review) throw new GitHubDoubleError("NOT_FOUND", `#${n} has no review ${reviewId}`);
  if (review.state !== "APPROVED" && review.state !== "CHANGES_REQUESTED") throw new GitHubDoubleError("REFUSED", `review ${reviewId} is ${review.state}; only approvals and change requests can be dismissed`);
  review.state = "DISMISSED";
  return deliver(world, reviewEvent(world, review, "dismissed", userFor(world, by)));
}
