import { execFileSync } from "node:child_process";
import { OffboardError } from "../errors.js";

/** Runs the real `git` CLI in `cwd`; failures become GIT_FAILED with git's own message. */
export function runGit(cwd: string, args: string[], options: { trim?: boolean; env?: NodeJS.ProcessEnv } = {}): string {
  try {
    const out = execFileSync("git", args, {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...(options.env ?? process.env), GIT_TERMINAL_PROMPT: "0", GIT_AUTHOR_NAME: "offboard", GIT_AUTHOR_EMAIL: "offboard@example.com", GIT_COMMITTER_NAME: "offboard", GIT_COMMITTER_EMAIL: "offboard@example.com" },
    });
    return options.trim === false ? out : out.trim();
  } catch (e) {
    const err = e as { stderr?: Buffer | string; message: string };
    throw new OffboardError("GIT_FAILED", `git ${args.join(" ")} failed in ${cwd}: ${String(err.stderr ?? err.message).trim()}`, { args });
  }
}
