import { approveRequest } from "../../gatekeeper/approve-request.js";
import type { Clock } from "../../util/clock.js";
import { EXIT, type Output } from "../output.js";
import { withWorkspace } from "../with-workspace.js";
import { readRequestById } from "../repo-file.js";

export interface ApproveCommandOptions {
  repo: string;
  as: string;
  confirmTarget?: string;
}

/** `offboard approve ID --as EMAIL`: records one approval by a security team member. */
export async function approveCommand(id: string, options: ApproveCommandOptions, out: Output, clock: Clock): Promise<number> {
  return withWorkspace(options.repo, clock, out, async (ws) => {
    const { text, file } = readRequestById(options.repo, id);
    const record = await approveRequest(ws.gatekeeper, text, file, { approver: options.as, confirmTarget: options.confirmTarget ?? null, via: "cli" });
    const d = record.event.data;
    out.result({ request: id, approver: d.approver, counted: d.counted, required: d.required, seq: record.event.seq, hash: record.hash });
    out.say(`${id}: approval by ${String(d.approver)} recorded (${String(d.counted)} of ${String(d.required)} required), ledger event ${record.event.seq}`);
    return EXIT.ok;
  });
}
