import { receivePacket } from "../../doer/receive-packet.js";
import { isOffboardError } from "../../errors.js";
import { pendingHardPhases, runDueHardPhases } from "../../doer/run-due-hard-phases.js";
import { issuePacket } from "../../gatekeeper/issue-packet.js";
import type { Clock } from "../../util/clock.js";
import type { Workspace } from "../../workspace/open-workspace.js";
import { EXIT, type Output } from "../output.js";
import { withWorkspace } from "../with-workspace.js";
import { committedRequests } from "../repo-file.js";

export interface ApplyOptions {
  repo: string;
  /** Wait for pending hard phases to come due and run them. */
  wait: boolean;
  sleep?: (ms: number) => Promise<void>;
}

export interface ApplyReport {
  requests: { id: string; status: string; message?: string }[];
  hard: string[];
  pending: { id: string; dueAt: number }[];
}

/**
 * `offboard apply`: for every committed request, the gatekeeper decides again and signs a packet
 * when allowed; the doer verifies it and runs the soft phase. Then every due hard phase runs.
 */
export async function applyCommand(options: ApplyOptions, out: Output, clock: Clock): Promise<number> {
  return withWorkspace(options.repo, clock, out, async (ws) => {
    const report = await applyAll(ws, options, out, clock);
    out.result(report);
    return EXIT.ok;
  });
}

export async function applyAll(ws: Workspace, options: ApplyOptions, out: Output, clock: Clock): Promise<ApplyReport> {
  const report: ApplyReport = { requests: [], hard: [], pending: [] };
  let started = 0;
  for (const { text, file } of committedRequests(ws.repoDir)) {
    if (started >= ws.doer.limits.max_accounts_per_run) {
      // Blast radius: one run starts at most max_accounts_per_run soft phases; the rest wait for the next run.
      const id = file.replace(/^.*\//, "").replace(/\.yaml$/, "");
      report.requests.push({ id, status: "deferred", message: `per-run limit max_accounts_per_run ${ws.doer.limits.max_accounts_per_run} reached; run apply again` });
      out.say(`${id}: deferred (per-run limit ${ws.doer.limits.max_accounts_per_run} reached; run apply again)`);
      continue;
    }
    const issued = await issuePacket(ws.gatekeeper, text, file);
    if (issued.status !== "signed") {
      report.requests.push({ id: issued.id, status: issued.status, message: issued.message });
      out.say(`${issued.id}: ${issued.status} (${issued.message})`);
      continue;
    }
    out.progress(`${issued.id}: packet ${issued.packet.jti} signed, executing soft phase`);
    let soft;
    try {
      soft = await receivePacket(ws.doer, issued.packet.jws);
    } catch (e) {
      if (!(isOffboardError(e) && e.code === "BLAST_RADIUS")) throw e;
      report.requests.push({ id: issued.id, status: "refused", message: e.message });
      out.say(`${issued.id}: refused by a blast-radius limit: ${e.message}`);
      continue;
    }
    if (soft.status === "soft_done") started++;
    const status = soft.status === "soft_done" ? `soft phase done, hard phase due ${new Date(soft.hardDueAt * 1000).toISOString()}` : "already executed";
    report.requests.push({ id: issued.id, status: soft.status });
    out.say(`${issued.id}: ${status}`);
  }
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  for (;;) {
    for (const done of await runDueHardPhases(ws.doer)) {
      report.hard.push(done.id);
      out.say(`${done.id}: hard phase done (account deleted, licences reclaimed)`);
    }
    report.pending = await pendingHardPhases(ws.doer);
    const next = report.pending[0];
    if (!options.wait || !next) break;
    const waitMs = Math.max(0, next.dueAt * 1000 - clock()) + 50;
    out.progress(`waiting ${Math.ceil(waitMs / 1000)} s for the hard phase of ${next.id} (reinstate window open until then)`);
    await sleep(waitMs);
  }
  for (const p of report.pending) out.say(`${p.id}: hard phase pending until ${new Date(p.dueAt * 1000).toISOString()}`);
  return report;
}
