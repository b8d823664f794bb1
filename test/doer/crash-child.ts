/**
 * One life of the executor for the crash trials (crash-trials.test.ts), killed with SIGKILL at a
 * random moment by the test and started again:
 *
 *   node --import tsx test/doer/crash-child.ts <repo> <packet-file> <request-id> <reinstate:0|1>
 *
 * It does what `offboard doer` does at start (finish interrupted phases), then delivers the packet
 * unless the request is already accepted, reinstates at once when asked (inside the window), and
 * runs hard phases until none is pending. Exit 0 when done; 3 when the packet was refused and the
 * request is not accepted (the sender must issue a fresh packet); anything else is a failure.
 */
import { readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { receivePacket } from "../../app/doer/receive-packet.js";
import { projectPhases } from "../../app/doer/project-phases.js";
import { reinstate } from "../../app/doer/reinstate.js";
import { resumeInterrupted } from "../../app/doer/resume-interrupted.js";
import { pendingHardPhases, runDueHardPhases } from "../../app/doer/run-due-hard-phases.js";
import { isOffboardError } from "../../app/errors.js";
import { systemClock } from "../../app/util/clock.js";
import { openWorkspace } from "../../app/workspace/open-workspace.js";

const [repo, packetFile, id, wantReinstate] = process.argv.slice(2) as [string, string, string, string];
const ws = await openWorkspace(repo, { clock: systemClock });
const state = async () => projectPhases(await ws.ledger.read()).get(id);
try {
  await resumeInterrupted(ws.doer);
  // The test starts its kill timer here, so kills land in the packet's work, not in start-up.
  process.stdout.write("ready\n");
  if ((await state()) === undefined) {
    try {
      await receivePacket(ws.doer, readFileSync(packetFile, "utf8"));
    } catch (e) {
      if (isOffboardError(e) && e.code === "EXECUTION_REFUSED" && (await state()) === undefined) process.exit(3);
      throw e;
    }
  }
  const s = await state();
  if (wantReinstate === "1" && s?.softDone && !s.reinstateStarted && !s.hardDone) {
    await reinstate(ws.doer, id, "alice.nguyen@example.com").catch((e: unknown) => {
      if (!(isOffboardError(e) && e.code === "REINSTATE_WINDOW_CLOSED")) throw e;
    });
  }
  // What `offboard doer` does on its timer: finish interrupted phases (after their backoff) and run due hard phases.
  for (;;) {
    const resumed = await resumeInterrupted(ws.doer);
    await runDueHardPhases(ws.doer);
    const pending = await pendingHardPhases(ws.doer);
    if (!pending.some((p) => p.id === id) && !resumed.waiting.some((w) => w.id === id)) break;
    await sleep(100);
  }
} finally {
  await ws.close();
}
process.exit(0);
