import { decideRequest } from "../../gatekeeper/decide-request.js";
import type { Clock } from "../../util/clock.js";
import { EXIT, type Output } from "../output.js";
import { withWorkspace } from "../with-workspace.js";
import { readRequestFile } from "../repo-file.js";
import { describeDecision } from "./describe-decision.js";

export interface CheckOptions {
  repo: string;
  dryRun: boolean;
}

/** `offboard check FILE`: filter, parse and decide one request; records the decision unless --dry-run. */
export async function checkCommand(path: string, options: CheckOptions, out: Output, clock: Clock): Promise<number> {
  return withWorkspace(options.repo, clock, out, async (ws) => {
    const { text, file } = readRequestFile(options.repo, path);
    const result = await decideRequest(ws.gatekeeper, text, file, { record: !options.dryRun });
    const { decision, provenance } = result.evaluated;
    out.result({
      request: result.intake.request.metadata.id,
      decision,
      provenance,
      intake: { confidence: result.intake.confidence, prompt_injection_suspected: result.intake.injectionSuspected, findings: result.intake.findings },
      recorded: result.decisionRecord ? { seq: result.decisionRecord.event.seq, hash: result.decisionRecord.hash } : null,
    });
    for (const line of describeDecision(result, out)) out.say(line);
    if (result.decisionRecord) out.say(out.color("dim", `recorded as ledger event ${result.decisionRecord.event.seq} (${result.decisionRecord.hash.slice(0, 12)})`));
    return EXIT.ok;
  });
}
