import { existsSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { OffboardError } from "../errors.js";
import { CHECKPOINT_TAG_PREFIX } from "../ledger/layout.js";
import { runGitAsync } from "../util/run-git-async.js";

export interface SyncCloneOptions {
  /** Local clone (the app's own; nothing else edits it). */
  dir: string;
  /** The repository's git URL, without credentials. */
  url: string;
  defaultBranch: string;
  /** Environment carrying the installation token (gitAuthEnv). */
  env: NodeJS.ProcessEnv;
  ledgerBranch?: string;
}

/**
 * Brings the app's clone of a policy repository up to date: the working tree at the remote's
 * default branch (policies and config are only ever read from there), and the local ledger branch
 * fast-forwarded to the remote's when the remote is ahead. Local ledger commits not yet pushed
 * stay; a remote ledger that does not extend the local one (or the reverse) is a fork and refuses.
 * Returns the default branch's commit.
 */
export async function syncClone(o: SyncCloneOptions): Promise<string> {
  const ledger = o.ledgerBranch ?? "ledger";
  const git = (args: string[]) => runGitAsync(o.dir, args, o.env);
  if (!existsSync(join(o.dir, ".git"))) {
    mkdirSync(dirname(o.dir), { recursive: true });
    await runGitAsync(dirname(o.dir), ["clone", "--quiet", "--no-checkout", "--", o.url, o.dir], o.env);
  }
  const branch = o.defaultBranch;
  await git(["fetch", "--quiet", "--prune", "origin", `+refs/heads/${branch}:refs/remotes/origin/${branch}`]);
  await git(["checkout", "--quiet", "--force", "-B", branch, `refs/remotes/origin/${branch}`]);
  await git(["clean", "--quiet", "-fd"]);
  const head = await git(["rev-parse", "HEAD"]);
  const remoteRefs = await git(["ls-remote", "origin", `refs/heads/${ledger}`]);
  if (remoteRefs !== "") {
    await git(["fetch", "--quiet", "origin", `+refs/heads/${ledger}:refs/remotes/origin/${ledger}`, `+${CHECKPOINT_TAG_PREFIX}*:${CHECKPOINT_TAG_PREFIX}*`]);
    await fastForwardLedger(o.dir, ledger, git);
  }
  return head;
}

type Git = (args: string[]) => Promise<string>;

async function fastForwardLedger(dir: string, ledger: string, git: Git): Promise<void> {
  const remote = await git(["rev-parse", `refs/remotes/origin/${ledger}`]);
  let local: string | null = null;
  try {
    local = await git(["rev-parse", "--verify", "--quiet", `refs/heads/${ledger}`]);
  } catch {
    local = null;
  }
  if (local === null || local === "") {
    await git(["update-ref", `refs/heads/${ledger}`, remote, ""]);
    return;
  }
  if (local === remote || (await isAncestor(git, remote, local))) return;
  if (await isAncestor(git, local, remote)) {
    // Compare-and-swap: a local writer that moved the branch meanwhile makes this fail, not vanish.
    await git(["update-ref", `refs/heads/${ledger}`, remote, local]);
    return;
  }
  throw new OffboardError("LEDGER_INCONSISTENT", `the ${ledger} branch of ${dir} and of its remote have forked (local ${local.slice(0, 12)}, remote ${remote.slice(0, 12)}): refusing to write until an operator reconciles them`, { local, remote });
}

async function isAncestor(git: Git, a: string, b: string): Promise<boolean> {
  try {
    await git(["merge-base", "--is-ancestor", a, b]);
    return true;
  } catch {
    return false;
  }
}
