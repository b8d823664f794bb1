import { reinstate } from "../../doer/reinstate.js";
import type { Clock } from "../../util/clock.js";
import { openWorkspace } from "../../workspace/open-workspace.js";
import { EXIT, type Output } from "../output.js";

/** `offboard reinstate ID`: undo the soft phase inside the window (refused after it). */
export async function reinstateCommand(id: string, options: { repo: string; as: string }, out: Output, clock: Clock): Promise<number> {
  const ws = await openWorkspace(options.repo, { clock });
  try {
    const evidence = await reinstate(ws.doer, id, `operator:${options.as}`);
    out.result({ request: id, evidence });
    out.say(`${id}: reinstated (account re-enabled, ${evidence.map((e) => `${e.connector}: ${e.ok ? "restored" : "NOT fully restored"}`).join(", ")}); hard phase cancelled`);
    return evidence.every((e) => e.ok) ? EXIT.ok : EXIT.failed;
  } finally {
    await ws.close();
  }
}
