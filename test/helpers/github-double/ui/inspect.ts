import { GitHubDoubleError } from "../errors.js";
import type { CheckRunRecord, CommentRecord, IssueRecord, OrgMembership, PullRecord, ReviewRecord } from "../types.js";
import type { World } from "../world.js";
import { existingIssue } from "./issues.js";
import { existingPull } from "./pulls.js";

/** Read-only snapshots of the double's state for assertions (copies: mutating them changes nothing). */
export function inspector(world: World) {
  return {
    issue: (n: number): IssueRecord => structuredClone(existingIssue(world, n)),
    pull: (n: number): IssueRecord & { pull: PullRecord } => structuredClone(existingPull(world, n)),
    checkRuns: (headSha: string): CheckRunRecord[] => structuredClone(world.state.checkRuns.filter((r) => r.headSha === headSha)),
    comments: (n: number): CommentRecord[] => structuredClone(world.state.comments.filter((c) => c.issueNumber === n)),
    reviews: (n: number): ReviewRecord[] => structuredClone(world.state.reviews.filter((r) => r.pullNumber === n)),
    readFile: (ref: string, path: string): string | null => world.store.readFile(ref, path)?.toString("utf8") ?? null,
    orgMembership: (login: string): OrgMembership | null => {
      const membership = world.state.orgMembers.get(login.toLowerCase());
      return membership ? { ...membership } : null;
    },
    teamsOf: (login: string): string[] =>
      [...world.state.teams.values()]
        .filter((team) => team.members.has(login.toLowerCase()))
        .map((team) => team.slug)
        .sort(),
    headSha: (branch: string): string => {
      const sha = world.store.branchSha(branch);
      if (!sha) throw new GitHubDoubleError("NOT_FOUND", `branch ${branch} does not exist in ${world.owner}/${world.repo}`);
      return sha;
    },
  };
}
