import { execFile } from "node:child_process";
import { OffboardError } from "../errors.js";

/**
 * `git push <remote> refs/heads/<branch>:refs/heads/<branch>` with the real git CLI, never forced:
 * the remote refuses anything but a fast-forward, so published history cannot be rewritten from here.
 *
 * @throws OffboardError GIT_FAILED with git's stderr, TOOL_MISSING when git is not installed.
 */
export async function pushLedger(dir: string, remote: string, branch: string): Promise<void> {
  const refspec = `refs/heads/${branch}:refs/heads/${branch}`;
  await new Promise<void>((resolve, reject) => {
    execFile(
      "git",
      ["push", "--quiet", "--", remote, refspec],
      { cwd: dir, env: { ...process.env, GIT_TERMINAL_PROMPT: "0" }, timeout: 120_000 },
      (error, _stdout, stderr) => {
        if (error === null) return resolve();
        if ((error as NodeJS.ErrnoException).code === "ENOENT") {
          return reject(new OffboardError("TOOL_MISSING", "git is not installed or not on PATH (needed to push the ledger)", { remote }, { cause: error }));
        }
        const detail = String(stderr).trim() || error.message;
        reject(new OffboardError("GIT_FAILED", `git push ${remote} ${refspec} failed: ${detail}`, { remote, refspec, stderr: String(stderr) }, { cause: error }));
      },
    );
  });
}
