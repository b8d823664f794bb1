import { execFile } from "node:child_process";
import { OffboardError } from "../errors.js";

/**
 * The real `git` CLI without blocking the event loop (network git in a server: fetches and pushes
 * must not stall webhook deliveries). Failures become GIT_FAILED with git's own message.
 */
export function runGitAsync(cwd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile("git", args, { cwd, env: { ...env, GIT_TERMINAL_PROMPT: "0" }, timeout: 300_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error === null) return resolve(String(stdout).trim());
      reject(new OffboardError("GIT_FAILED", `git ${args.join(" ")} failed in ${cwd}: ${String(stderr).trim() || error.message}`, { args }, { cause: error }));
    });
  });
}
