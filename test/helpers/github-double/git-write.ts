import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import { join } from "node:path";
import type { GitIdentity, GitStore } from "./git-store.js";
import { gitText, runGit } from "./run-git.js";

const ZERO_OID = "0".repeat(40);

function identityEnv(author: GitIdentity, committer: GitIdentity): Record<string, string> {
  return {
    GIT_AUTHOR_NAME: author.name,
    GIT_AUTHOR_EMAIL: author.email,
    GIT_AUTHOR_DATE: `@${author.date} +0000`,
    GIT_COMMITTER_NAME: committer.name,
    GIT_COMMITTER_EMAIL: committer.email,
    GIT_COMMITTER_DATE: `@${committer.date} +0000`,
  };
}

/** `git commit-tree` with explicit identities and dates. */
export function commitTree(store: GitStore, tree: string, parents: string[], message: string, author: GitIdentity, committer = author): string {
  const args = ["commit-tree", tree, ...parents.flatMap((p) => ["-p", p]), "-F", "-"];
  return gitText(store.gitDir, args, { input: message, env: identityEnv(author, committer) });
}

export interface CommitFilesInput {
  branch: string;
  /** The commit the new one builds on. */
  parent: string;
  /** What refs/heads/<branch> must hold now (null: the branch must not exist yet). */
  expectedOld: string | null;
  files: Record<string, Buffer | string | null>;
  message: string;
  author: GitIdentity;
  committer?: GitIdentity;
}

/**
 * One commit on `branch` changing `files` (null deletes), built with plumbing in a throwaway index:
 * read-tree parent, hash-object -w + update-index per file, write-tree, commit-tree, and
 * update-ref with the expected old value (so a concurrent push makes this fail instead of losing it).
 */
export function commitFiles(store: GitStore, scratchDir: string, input: CommitFilesInput): string {
  const env = { GIT_INDEX_FILE: join(scratchDir, `index-${randomUUID()}`) };
  try {
    runGit(store.gitDir, ["read-tree", input.parent], { env });
    // --index-info, not --add/--force-remove: the repository is bare, and mode 0 removes an entry.
    const lines = Object.entries(input.files).map(([path, content]) => {
      if (content === null) return `0 ${ZERO_OID}\t${path}`;
      const blob = gitText(store.gitDir, ["hash-object", "-w", "--stdin"], { input: content });
      return `100644 ${blob}\t${path}`;
    });
    runGit(store.gitDir, ["update-index", "--index-info"], { env, input: `${lines.join("\n")}\n` });
    const tree = gitText(store.gitDir, ["write-tree"], { env });
    const sha = commitTree(store, tree, [input.parent], input.message, input.author, input.committer);
    runGit(store.gitDir, ["update-ref", `refs/heads/${input.branch}`, sha, input.expectedOld ?? ZERO_OID]);
    return sha;
  } finally {
    rmSync(env.GIT_INDEX_FILE, { force: true });
  }
}

/** Creates `ref` at `sha`; false when the ref already exists. */
export function createRef(store: GitStore, ref: string, sha: string): boolean {
  return runGit(store.gitDir, ["update-ref", ref, sha, ZERO_OID], { okStatuses: [0, 1, 128] }).status === 0;
}

/** The tree of merging `head` into `base`, or null when they conflict (`git merge-tree --write-tree`). */
export function mergeTree(store: GitStore, base: string, head: string): string | null {
  const { status, stdout } = runGit(store.gitDir, ["merge-tree", "--write-tree", "--no-messages", base, head], { okStatuses: [0, 1] });
  return status === 0 ? (stdout.toString("utf8").split("\n")[0] ?? "").trim() : null;
}

/**
 * A real merge commit of `head` into branch `baseRef` (parents: base tip, head), moved onto the
 * branch with the expected old value. Null when the merge conflicts.
 */
export function mergeIntoBranch(store: GitStore, baseRef: string, head: string, message: string, identity: GitIdentity): string | null {
  const base = store.branchSha(baseRef);
  if (!base) return null;
  const tree = mergeTree(store, base, head);
  if (!tree) return null;
  const sha = commitTree(store, tree, [base, head], message, identity);
  runGit(store.gitDir, ["update-ref", `refs/heads/${baseRef}`, sha, base]);
  return sha;
}
