import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { JWT_OPERATIONS, installationTokenValid, looksLikeJwt, readAuthorization, verifyAppJwt } from "./auth.js";
import { validateRestRequest } from "./openapi-validator.js";
import { syncPullHeads } from "./ops/sync-pull-heads.js";
import { ROUTES } from "./routes/index.js";
import { failure, type RestReply } from "./routes/rest-types.js";
import type { UserRecord } from "./types.js";
import { deliverInBackground } from "./webhook-sender.js";
import { appUser, type World } from "./world.js";

interface Outcome {
  reply: RestReply;
  operationId: string | null;
  actor: string | null;
  violation?: string;
}

function queryObject(url: URL): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    query[key] = values.length === 1 ? (values[0] ?? "") : values;
  }
  return query;
}

type Authenticated = { ok: true; actor: UserRecord | null; label: string } | { ok: false; reply: RestReply; violation?: string };

async function authenticate(world: World, operationId: string, header: string | undefined, call: string): Promise<Authenticated> {
  const auth = readAuthorization(header);
  if (JWT_OPERATIONS.has(operationId)) {
    if (!auth || auth.scheme !== "bearer" || !looksLikeJwt(auth.value)) {
      return { ok: false, reply: failure(401, "A JSON web token could not be decoded"), violation: `${call} needs the app's JWT (Authorization: Bearer <jwt>)` };
    }
    const verdict = await verifyAppJwt(world, auth.value);
    if (verdict.ok) return { ok: true, actor: null, label: world.appSlug };
    // A clock-skew refusal is GitHub's documented answer that Octokit corrects from the Date header: not a violation.
    return { ok: false, reply: failure(401, verdict.message), ...(verdict.skew ? {} : { violation: `${call}: app JWT refused: ${verdict.message}` }) };
  }
  if (!auth) return { ok: false, reply: failure(401, "Requires authentication"), violation: `${call} without an installation token` };
  if ((auth.scheme === "token" || auth.scheme === "bearer") && installationTokenValid(world, auth.value)) {
    const bot = appUser(world);
    return { ok: true, actor: bot, label: bot.login };
  }
  return { ok: false, reply: failure(401, "Bad credentials"), violation: `${call} with an unknown or expired token` };
}

/**
 * Repository and organization parameters must name the double's. Quiet 404s: Probot's org-level
 * `.github` config lookup, and other organizations (an installation does not see them; a connector
 * may ask about several).
 */
function scopeProblem(world: World, params: Record<string, unknown>): { quiet: boolean } | null {
  const same = (a: unknown, b: string) => String(a).toLowerCase() === b.toLowerCase();
  if (params.org !== undefined && !same(params.org, world.owner)) return { quiet: true };
  if (params.owner === undefined) return null;
  if (same(params.owner, world.owner) && (params.repo === undefined || same(params.repo, world.repo))) return null;
  return { quiet: same(params.owner, world.owner) && same(params.repo, ".github") };
}

async function decide(world: World, req: IncomingMessage, rawBody: Buffer): Promise<Outcome> {
  const url = new URL(req.url ?? "/", world.urls.api);
  const method = (req.method ?? "GET").toUpperCase();
  const call = `${method} ${url.pathname}`;
  let body: unknown;
  if (rawBody.length > 0) {
    try {
      body = JSON.parse(rawBody.toString("utf8"));
    } catch {
      return { reply: failure(400, "Problems parsing JSON"), operationId: null, actor: null, violation: `${call}: body is not JSON` };
    }
  }
  const query = queryObject(url);
  const validation = validateRestRequest(world.spec, { method, path: url.pathname, query, headers: req.headers, body });
  if (validation.kind === "unknown-route") return { reply: failure(404, "Not Found"), operationId: null, actor: null, violation: `unexpected call ${call}` };
  const { operationId } = validation;
  const auth = await authenticate(world, operationId, req.headers.authorization, call);
  if (!auth.ok) return { reply: auth.reply, operationId, actor: null, ...(auth.violation ? { violation: auth.violation } : {}) };
  if (validation.kind === "invalid") {
    const problems = validation.problems.join("; ");
    return { reply: failure(422, `Invalid request.\n\n${problems}`), operationId, actor: auth.label, violation: `invalid request ${call} (${operationId}): ${problems}` };
  }
  const scope = scopeProblem(world, validation.params);
  if (scope) return { reply: failure(404, "Not Found"), operationId, actor: auth.label, ...(scope.quiet ? {} : { violation: `unexpected call ${call}: not ${world.owner}/${world.repo}` }) };
  const handler = ROUTES[operationId];
  if (!handler) return { reply: failure(404, "Not Found"), operationId, actor: auth.label, violation: `unexpected call ${call} (${operationId}: valid for GitHub, not served by the double)` };
  const accept = String(req.headers.accept ?? "");
  try {
    const reply = handler({ world, operationId, params: validation.params, query: validation.query, body: validation.body, actor: auth.actor, accept, path: url.pathname });
    return { reply, operationId, actor: auth.label, ...(reply.violation ? { violation: reply.violation } : {}) };
  } catch (error) {
    return { reply: failure(500, "Internal error in the GitHub double"), operationId, actor: auth.label, violation: `the double failed on ${call}: ${(error as Error).stack ?? String(error)}` };
  }
}

function send(world: World, res: ServerResponse, reply: RestReply): void {
  const now = Math.floor(world.clock() / 1000);
  const headers: Record<string, string> = {
    date: new Date(now * 1000).toUTCString(),
    "x-github-request-id": randomUUID(),
    "x-github-media-type": "github.v3; format=json",
    "x-ratelimit-limit": "5000",
    "x-ratelimit-remaining": "4999",
    "x-ratelimit-used": "1",
    "x-ratelimit-reset": String(now + 3600),
    "x-ratelimit-resource": "core",
    ...reply.headers,
  };
  if (reply.raw) {
    res.writeHead(reply.status, headers).end(reply.raw);
  } else if (reply.body === undefined || reply.status === 204) {
    res.writeHead(reply.status, headers).end();
  } else {
    res.writeHead(reply.status, { "content-type": "application/json; charset=utf-8", ...headers }).end(JSON.stringify(reply.body));
  }
}

/** One REST request: route and validate against the OpenAPI description, authenticate, dispatch, record. */
export async function handleRest(world: World, req: IncomingMessage, res: ServerResponse, rawBody: Buffer): Promise<void> {
  world.tellGitFront({ type: "clock", now: world.clock() });
  // Pushes are served off this thread; catch up before answering (their webhooks go out in the background).
  deliverInBackground(world, syncPullHeads(world, appUser(world)));
  const outcome = await decide(world, req, rawBody);
  const path = new URL(req.url ?? "/", world.urls.api).pathname;
  world.state.calls.push({ method: (req.method ?? "GET").toUpperCase(), path, operationId: outcome.operationId, status: outcome.reply.status, actor: outcome.actor });
  if (outcome.violation) world.state.violations.push(outcome.violation);
  send(world, res, outcome.reply);
}
