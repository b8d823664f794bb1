import { execFile } from "node:child_process";
import { OffboardError } from "../errors.js";
import { CHECKPOINT_TAG_PREFIX } from "./layout.js";

/**
 * `git push <remote> refs/heads/<branch>:refs/heads/<branch> 'refs/tags/ledger-checkpoint/*:…'`
 * with the real git CLI, never forced: the remote refuses anything but a fast-forward of the branch
 * and never lets an existing checkpoint tag be replaced. With `withBranch` false only the checkpoint
 * tags go (to a second remote that keeps witnessed checkpoints out of the branch owners' reach).
 *
 * @throws OffboardError GIT_FAILED with git's stderr, TOOL_MISSING when git is not installed.
 */
export async function pushLedger(dir: string, remote: string, branch: string, withBranch: boolean, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const refspecs = [...(withBranch ? [`refs/heads/${branch}:refs/heads/${branch}`] : []), `${CHECKPOINT_TAG_PREFIX}*:${CHECKPOINT_TAG_PREFIX}*`];
  await new Promise<void>((resolve, reject) => {
    execFile(
      "git",
      ["push", "--quiet", "--", remote, ...refspecs],
      { cwd: dir, env: { ...env, GIT_TERMINAL_PROMPT: "0" }, timeout: 120_000 },
      (error, _stdout, stderr) => {
        if (error === null) return resolve();
        if ((error as NodeJS.ErrnoException).code === "ENOENT") {
          return reject(new OffboardError("TOOL_MISSING", "git is not installed or not on PATH (needed to push the ledger)", { remote }, { cause: error }));
        }
        const detail = String(stderr).trim() || error.message;
        reject(new OffboardError("GIT_FAILED", `git push ${remote} ${refspecs.join(" ")} failed: ${detail}`, { remote, refspecs, stderr: String(stderr) }, { cause: error }));
      },
    );
  });
}
