import type { Review } from "./github-port.js";

/**
 * Each reviewer's standing review, as GitHub's own approval logic reads them: the latest
 * APPROVED, CHANGES_REQUESTED or DISMISSED review per login (a later COMMENTED review does not
 * change the standing); DISMISSED reviews stand for nothing and are dropped.
 */
export function latestReviews(reviews: readonly Review[]): Review[] {
  const latest = new Map<string, Review>();
  for (const r of [...reviews].sort((a, b) => a.id - b.id)) {
    if (r.state === "APPROVED" || r.state === "CHANGES_REQUESTED" || r.state === "DISMISSED") latest.set(r.login.toLowerCase(), r);
  }
  return [...latest.values()].filter((r) => r.state !== "DISMISSED");
}

/** `confirm-target: EMAIL` in a review body: the reviewer names who is meant when intake scrubbed the target. */
export function confirmedTargetIn(body: string): string | null {
  const m = /^[ \t]*\/?confirm-target:?[ \t]+([^\s@]+@[^\s@]+\.[^\s@]+)[ \t]*$/im.exec(body);
  return m ? m[1]!.toLowerCase() : null;
}
