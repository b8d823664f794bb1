import { spawnSync } from "node:child_process";
import { GitHubDoubleError } from "./errors.js";

export interface GitRunOptions {
  /** Bytes written to git's stdin. */
  input?: Buffer | string;
  /** Extra environment (author identity and dates, GIT_INDEX_FILE). */
  env?: Record<string, string>;
  /** Exit statuses that are answers rather than failures (e.g. 1 for `merge-tree` conflicts). Default [0]. */
  okStatuses?: number[];
}

export interface GitRunResult {
  status: number;
  stdout: Buffer;
}

/** The environment every git the double runs gets: no user or system config, never a prompt. */
export function gitBaseEnv(): NodeJS.ProcessEnv {
  return { ...process.env, GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null", GIT_TERMINAL_PROMPT: "0" };
}

/**
 * Runs the real git CLI against the bare repository `gitDir`, synchronously: the plumbing sequences
 * of a REST write then cannot interleave with another request inside this process, and concurrent
 * pushes are caught by `update-ref` with the expected old value.
 */
export function runGit(gitDir: string, args: string[], options: GitRunOptions = {}): GitRunResult {
  const result = spawnSync("git", args, {
    env: { ...gitBaseEnv(), GIT_DIR: gitDir, ...options.env },
    input: options.input,
    maxBuffer: 512 * 1024 * 1024,
  });
  if (result.error) throw new GitHubDoubleError("GIT_FAILED", `cannot run git ${args.join(" ")}: ${result.error.message}`);
  const status = result.status ?? -1;
  if (!(options.okStatuses ?? [0]).includes(status)) {
    throw new GitHubDoubleError("GIT_FAILED", `git ${args.join(" ")} failed (exit ${status}) in ${gitDir}: ${result.stderr.toString().trim()}`);
  }
  return { status, stdout: result.stdout };
}

/** runGit's stdout as trimmed text. */
export function gitText(gitDir: string, args: string[], options: GitRunOptions = {}): string {
  return runGit(gitDir, args, options).stdout.toString("utf8").trim();
}
