import { reinstate } from "../../doer/reinstate.js";
import type { Clock } from "../../util/clock.js";
import { EXIT, type Output } from "../output.js";
import { withWorkspace } from "../with-workspace.js";

/** `offboard reinstate ID`: undo the soft phase inside the window (refused after it). */
export async function reinstateCommand(id: string, options: { repo: string; as: string }, out: Output, clock: Clock): Promise<number> {
  return withWorkspace(options.repo, clock, out, async (ws) => {
    const evidence = await reinstate(ws.doer, id, `operator:${options.as}`);
    out.result({ request: id, evidence });
    out.say(`${id}: reinstated (account re-enabled, ${evidence.map((e) => `${e.connector}: ${e.ok ? "restored" : "NOT fully restored"}`).join(", ")}); hard phase cancelled`);
    return evidence.every((e) => e.ok) ? EXIT.ok : EXIT.failed;
  });
}
