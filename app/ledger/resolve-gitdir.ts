import { readFile, stat } from "node:fs/promises";
import { isAbsolute, join, resolve } from "node:path";
import { OffboardError } from "../errors.js";

/**
 * The git directory that holds the objects and refs of the repository at `dir`: `<dir>/.git` for a
 * working repository, the directory a `.git` file points to (following `commondir` for linked
 * worktrees, whose branches live in the main repository), or `dir` itself for a bare repository.
 *
 * @throws OffboardError GIT_FAILED when `dir` is not a git repository.
 */
export async function resolveGitdir(dir: string): Promise<string> {
  const dotGit = join(dir, ".git");
  const info = await stat(dotGit).catch(() => null);
  if (info?.isDirectory()) return resolve(dotGit);
  if (info?.isFile()) {
    const match = /^gitdir:\s*(.+?)\s*$/m.exec(await readFile(dotGit, "utf8"));
    if (match?.[1] !== undefined) return commonDir(resolve(dir, match[1]));
  }
  const bare = await Promise.all([stat(join(dir, "HEAD")), stat(join(dir, "objects")), stat(join(dir, "refs"))]).catch(() => null);
  if (bare !== null) return resolve(dir);
  throw new OffboardError("GIT_FAILED", `${dir} is not a git repository (no .git, and not a bare repository)`, { dir });
}

async function commonDir(gitdir: string): Promise<string> {
  const common = await readFile(join(gitdir, "commondir"), "utf8").catch(() => null);
  if (common === null) return gitdir;
  const path = common.trim();
  return isAbsolute(path) ? path : resolve(gitdir, path);
}
