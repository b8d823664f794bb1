import { receivePacket } from "../../doer/receive-packet.js";
import { isOffboardError } from "../../errors.js";
import { pendingHardPhases, runDueHardPhases } from "../../doer/run-due-hard-phases.js";
import { issuePacket } from "../../gatekeeper/issue-packet.js";
import type { Clock } from "../../util/clock.js";
import type { Workspace } from "../../workspace/open-workspace.js";
import { EXIT, type Output } from "../output.js";
import { withWorkspace } from "../with-workspace.js";
import { committedRequests } from "../repo-file.js";

/** Requests carried out at once by `offboard apply` (`--concurrency`). */
export const DEFAULT_APPLY_CONCURRENCY = 8;

export interface ApplyOptions {
  repo: string;
  /** Wait for pending hard phases to come due and run them. */
  wait: boolean;
  /** Requests carried out at once (default DEFAULT_APPLY_CONCURRENCY); 1 is one after another. */
  concurrency?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface ApplyReport {
  requests: { id: string; status: string; message?: string }[];
  hard: string[];
  pending: { id: string; dueAt: number }[];
}

/**
 * `offboard apply`: for every committed request, the gatekeeper decides again and signs a packet
 * when allowed; the doer verifies it and runs the soft phase (up to `concurrency` requests at once).
 * Then every due hard phase runs.
 */
export async function applyCommand(options: ApplyOptions, out: Output, clock: Clock): Promise<number> {
  return withWorkspace(options.repo, clock, out, async (ws) => {
    const report = await applyAll(ws, options, out, clock);
    out.result(report);
    return EXIT.ok;
  });
}

export async function applyAll(ws: Workspace, options: ApplyOptions, out: Output, clock: Clock): Promise<ApplyReport> {
  const report: ApplyReport = { requests: await applyRequests(ws, committedRequests(ws.repoDir), options.concurrency ?? DEFAULT_APPLY_CONCURRENCY, out), hard: [], pending: [] };
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

type Applied = ApplyReport["requests"][number];

/**
 * Carries out the requests, up to `concurrency` at once, with the outcome one after another would
 * have: request i is deferred exactly when the requests before it completed max_accounts_per_run
 * soft phases (while that could happen, no request starts until the ones in flight end), the
 * report and the lines said are in file order, and a failure stops new requests from starting,
 * lets the ones in flight end, then is thrown.
 */
async function applyRequests(ws: Workspace, files: { text: string; file: string }[], concurrency: number, out: Output): Promise<Applied[]> {
  const limit = ws.doer.limits.max_accounts_per_run;
  const results: Applied[] = [];
  const lines: string[] = [];
  let said = 0;
  const sayInOrder = () => {
    for (; said < files.length && lines[said] !== undefined; said++) out.say(lines[said]!);
  };
  let softDone = 0;
  let failure: { error: unknown } | null = null;
  const inFlight = new Set<Promise<void>>();
  for (let i = 0; i < files.length && failure === null; i++) {
    while (inFlight.size > 0 && (inFlight.size >= concurrency || softDone + inFlight.size >= limit)) await Promise.race(inFlight);
    if (failure !== null) break;
    if (softDone >= limit) {
      // Blast radius: one run starts at most max_accounts_per_run soft phases; the rest wait for the next run.
      const id = files[i]!.file.replace(/^.*\//, "").replace(/\.yaml$/, "");
      results[i] = { id, status: "deferred", message: `per-run limit max_accounts_per_run ${limit} reached; run apply again` };
      lines[i] = `${id}: deferred (per-run limit ${limit} reached; run apply again)`;
      sayInOrder();
      continue;
    }
    const one: Promise<void> = applyOne(ws, files[i]!, out).then(
      ({ applied, line }) => {
        results[i] = applied;
        lines[i] = line;
        if (applied.status === "soft_done") softDone++;
      },
      (error: unknown) => {
        failure ??= { error };
      },
    ).finally(() => {
      inFlight.delete(one);
      sayInOrder();
    });
    inFlight.add(one);
  }
  await Promise.all(inFlight);
  if (failure !== null) throw (failure as { error: unknown }).error;
  return results;
}

/** One request: the gatekeeper decides again and signs; the doer verifies and runs the soft phase. */
async function applyOne(ws: Workspace, { text, file }: { text: string; file: string }, out: Output): Promise<{ applied: Applied; line: string }> {
  const issued = await issuePacket(ws.gatekeeper, text, file);
  if (issued.status !== "signed") {
    return { applied: { id: issued.id, status: issued.status, message: issued.message }, line: `${issued.id}: ${issued.status} (${issued.message})` };
  }
  out.progress(`${issued.id}: packet ${issued.packet.jti} signed, executing soft phase`);
  let soft;
  try {
    soft = await receivePacket(ws.doer, issued.packet.jws);
  } catch (e) {
    if (!(isOffboardError(e) && e.code === "BLAST_RADIUS")) throw e;
    return { applied: { id: issued.id, status: "refused", message: e.message }, line: `${issued.id}: refused by a blast-radius limit: ${e.message}` };
  }
  const status = soft.status === "soft_done" ? `soft phase done, hard phase due ${new Date(soft.hardDueAt * 1000).toISOString()}` : "already executed";
  return { applied: { id: issued.id, status: soft.status }, line: `${issued.id}: ${status}` };
}
