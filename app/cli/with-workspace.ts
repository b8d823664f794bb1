import { isOffboardError } from "../errors.js";
import type { Clock } from "../util/clock.js";
import { openWorkspace, type Workspace } from "../workspace/open-workspace.js";
import type { Output } from "./output.js";

/**
 * Opens the policy repository, runs one command, then publishes the ledger branch to `origin`
 * (when there is one; a non-forced push, so the remote refuses rewritten history) and closes.
 * A failed push is reported, not fatal: the events are safe in the local repository.
 */
export async function withWorkspace(repo: string, clock: Clock, out: Output, run: (ws: Workspace) => Promise<number>): Promise<number> {
  const ws = await openWorkspace(repo, { clock });
  try {
    return await run(ws);
  } finally {
    if (ws.hasRemote) {
      await ws.ledger.push().catch((e: unknown) => {
        out.progress(`warning: the ledger branch was not pushed to origin: ${isOffboardError(e) ? e.message : String(e)}`);
      });
    }
    await ws.close();
  }
}
