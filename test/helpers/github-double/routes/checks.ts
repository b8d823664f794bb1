import { checkRunShape } from "../shapes/check-run.js";
import type { CheckRunRecord } from "../types.js";
import { checkRunEvent } from "../webhook-events.js";
import type { PreparedWebhook } from "../webhook-payload.js";
import { deliverInBackground } from "../webhook-sender.js";
import { nextId } from "../world.js";
import { actorOf, failure, notFound, numberParam, ok, paginate, param, type RestCall, type RestReply, type RouteTable } from "./rest-types.js";

interface CheckRunBody {
  name?: string;
  head_sha?: string;
  details_url?: string;
  external_id?: string;
  status?: CheckRunRecord["status"];
  started_at?: string;
  conclusion?: string;
  completed_at?: string;
  output?: { title?: string; summary?: string; text?: string; annotations?: Record<string, unknown>[] };
}

const timeOf = (iso: string | undefined, fallback: number): number => (iso === undefined ? fallback : Date.parse(iso));

/** Applies a create/update body the way GitHub does: a conclusion completes the run, annotations append. */
function apply(run: CheckRunRecord, body: CheckRunBody, now: number): string | null {
  const conclusion = body.conclusion ?? run.conclusion;
  const status = body.conclusion !== undefined ? "completed" : (body.status ?? run.status);
  if (status === "completed" && !conclusion) return 'Invalid request.\n\n"conclusion" wasn\'t supplied.';
  Object.assign(run, {
    name: body.name ?? run.name,
    detailsUrl: body.details_url ?? run.detailsUrl,
    externalId: body.external_id ?? run.externalId,
    startedAt: timeOf(body.started_at, run.startedAt),
    status,
    conclusion: status === "completed" ? conclusion : null,
    completedAt: status === "completed" ? timeOf(body.completed_at, run.completedAt ?? now) : null,
  });
  if (body.output) {
    run.output.title = body.output.title ?? run.output.title;
    run.output.summary = body.output.summary ?? run.output.summary;
    run.output.text = body.output.text ?? run.output.text;
    run.output.annotations.push(...structuredClone(body.output.annotations ?? []));
  }
  return null;
}

function createCheckRun(call: RestCall): RestReply {
  const { world } = call;
  const body = call.body as CheckRunBody & { name: string; head_sha: string };
  if (world.store.resolveCommit(body.head_sha) !== body.head_sha) return failure(422, `No commit found for SHA: ${body.head_sha}`);
  const now = world.clock();
  const run: CheckRunRecord = {
    id: nextId(world),
    name: body.name,
    headSha: body.head_sha,
    status: "queued",
    conclusion: null,
    startedAt: now,
    completedAt: null,
    externalId: null,
    detailsUrl: null,
    output: { title: null, summary: null, text: null, annotations: [] },
  };
  const problem = apply(run, body, now);
  if (problem) return failure(422, problem);
  world.state.checkRuns.push(run);
  const sender = actorOf(call);
  const webhooks: PreparedWebhook[] = [checkRunEvent(world, run, "created", sender)];
  if (run.status === "completed") webhooks.push(checkRunEvent(world, run, "completed", sender));
  deliverInBackground(world, webhooks);
  return ok(checkRunShape(world, run), 201);
}

function updateCheckRun(call: RestCall): RestReply {
  const { world } = call;
  const run = world.state.checkRuns.find((r) => r.id === numberParam(call, "check_run_id"));
  if (!run) return notFound();
  const wasCompleted = run.status === "completed";
  const draft = structuredClone(run);
  const problem = apply(draft, call.body as CheckRunBody, world.clock());
  if (problem) return failure(422, problem);
  Object.assign(run, draft);
  if (!wasCompleted && run.status === "completed") deliverInBackground(world, [checkRunEvent(world, run, "completed", actorOf(call))]);
  return ok(checkRunShape(world, run));
}

function listForRef(call: RestCall): RestReply {
  const { world, query } = call;
  const sha = world.store.resolveCommit(param(call, "ref"));
  if (!sha) return failure(422, `No commit found for SHA: ${param(call, "ref")}`);
  let runs = world.state.checkRuns.filter((r) => r.headSha === sha);
  if (typeof query.check_name === "string") runs = runs.filter((r) => r.name === query.check_name);
  if (typeof query.status === "string") runs = runs.filter((r) => r.status === query.status);
  if (query.app_id !== undefined && Number(query.app_id) !== world.appId) runs = [];
  runs = [...runs].sort((a, b) => b.id - a.id);
  if (query.filter !== "all") runs = runs.filter((r, i) => runs.findIndex((other) => other.name === r.name) === i);
  const { page, headers } = paginate(call, runs);
  return ok({ total_count: runs.length, check_runs: page.map((r) => checkRunShape(world, r)) }, 200, headers);
}

/** Check runs: create, update (annotations append), list for a ref. */
export const checkRoutes: RouteTable = {
  "checks/create": createCheckRun,
  "checks/update": updateCheckRun,
  "checks/list-for-ref": listForRef,
};
