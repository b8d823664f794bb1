import { resolveRef } from "./resolve-ref.js";

/**
 * Finds the ledger branch the way an auditor's clone has it: `refs/heads/<branch>` first, then the
 * remote-tracking `refs/remotes/origin/<branch>` of a fresh clone. A full ref name is used as is.
 * Returns the candidates tried when nothing is found.
 */
export async function resolveLedgerRef(gitdir: string, branch: string): Promise<{ ref: string; commit: string } | { tried: string[] }> {
  const candidates = branch.startsWith("refs/") ? [branch] : [`refs/heads/${branch}`, `refs/remotes/origin/${branch}`];
  for (const ref of candidates) {
    const commit = await resolveRef(gitdir, ref);
    if (commit !== null) return { ref, commit };
  }
  return { tried: candidates };
}
