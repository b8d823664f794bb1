import { GitHubDoubleError } from "../errors.js";
import { commitFiles } from "../git-write.js";
import type { GitIdentity } from "../git-store.js";
import type { World } from "../world.js";

export interface CommitToBranchInput {
  branch: string;
  files: Record<string, Buffer | string | null>;
  message: string;
  author: GitIdentity;
  committer?: GitIdentity;
  /** When the branch does not exist: create it from this branch's tip. Otherwise a missing branch is NOT_FOUND. */
  createFrom?: string;
}

/** One commit on a branch of the served repository; returns the new sha. */
export function commitToBranch(world: World, input: CommitToBranchInput): { sha: string; created: boolean } {
  const tip = world.store.branchSha(input.branch);
  const parent = tip ?? (input.createFrom === undefined ? null : world.store.branchSha(input.createFrom));
  if (!parent) {
    const missing = tip === null && input.createFrom !== undefined ? input.createFrom : input.branch;
    throw new GitHubDoubleError("NOT_FOUND", `branch "${missing}" does not exist in ${world.owner}/${world.repo}`);
  }
  const sha = commitFiles(world.store, world.scratchDir, {
    branch: input.branch,
    parent,
    expectedOld: tip,
    files: input.files,
    message: input.message,
    author: input.author,
    ...(input.committer ? { committer: input.committer } : {}),
  });
  return { sha, created: tip === null };
}
