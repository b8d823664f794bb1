import { readFileSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
import { OffboardError } from "../errors.js";
import { runGit } from "../util/run-git.js";

/** A request file as the user named it: its text and its path relative to the repo (shown in messages). */
export function readRequestFile(repoDir: string, path: string): { text: string; file: string } {
  const abs = isAbsolute(path) ? path : resolve(process.cwd(), path);
  try {
    return { text: readFileSync(abs, "utf8"), file: relative(repoDir, abs) || path };
  } catch {
    throw new OffboardError("REQUEST_NOT_FOUND", `request file ${path} not found`, { path });
  }
}

/** The request file of `id` in the working tree (what a reviewer reviews). */
export function readRequestById(repoDir: string, id: string): { text: string; file: string } {
  return readRequestFile(repoDir, resolve(repoDir, "requests", `${id}.yaml`));
}

/**
 * Requests committed on HEAD: in local mode, committed is "merged". `apply` executes only these,
 * as the GitHub app executes only what was merged.
 */
export function committedRequests(repoDir: string): { text: string; file: string }[] {
  const names = runGit(repoDir, ["ls-tree", "--name-only", "HEAD", "requests/"]).split("\n").filter((n) => n.endsWith(".yaml"));
  return names.sort().map((file) => ({ file, text: runGit(repoDir, ["show", `HEAD:${file}`], { trim: false }) }));
}
