import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { isOffboardError } from "../errors.js";
import type { DoerDeps } from "./deps.js";
import { receivePacket } from "./receive-packet.js";
import { resumeInterrupted } from "./resume-interrupted.js";
import { runDueHardPhases } from "./run-due-hard-phases.js";

export interface DoerServiceOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0 (any free port). */
  port?: number;
  /** How often interrupted phases are resumed and due hard phases run, in ms (default 5 000). */
  tickMs?: number;
  /** One line per thing done (no secrets): what the CLI prints. */
  log?: (line: string) => void;
}

export interface DoerService {
  url: string;
  /** Resumes interrupted phases and runs due hard phases now (what the timer does). */
  tick(): Promise<void>;
  close(): Promise<void>;
}

/**
 * One turn of the executor's timer: finish what a crash or failure interrupted (after its backoff),
 * then run the hard phases that are due. `offboard doer --once` runs exactly this.
 */
export async function runExecutorTick(deps: DoerDeps, log: (line: string) => void): Promise<void> {
  const resumed = await resumeInterrupted(deps);
  for (const r of resumed.resumed) log(`${r.id}: interrupted ${r.what} phase finished`);
  for (const w of resumed.waiting) if (w.error) log(`${w.id}: ${w.what} phase failed again (${w.error}); retry after ${new Date(w.retryAt * 1000).toISOString()}`);
  for (const h of await runDueHardPhases(deps)) log(`${h.id}: hard phase done`);
}

/** Packets are compact JWS of a few KB; anything larger is refused unread. */
const MAX_BODY_BYTES = 64 * 1024;

/**
 * The executor as its own service. At start it finishes whatever a crash interrupted (from the
 * ledger) and runs due hard phases, then serves:
 *
 *   POST /v1/packets   body: the compact JWS (application/jose or text/plain), or {"packet": JWS}
 *     202 {"status":"soft_done","id","hard_due_at"}   the soft phase ran
 *     429 {"error":"limit","reason"}                  a blast-radius limit refused it (hourly, plan scope, admin floor)
 *     503 {"error":"phase failed","code"}             verified, but the phase failed (lease, connector); once
 *                                                     accepted on the ledger the executor retries it itself
 *     200 {"status":"already_done","id"}              the request was executed before
 *     403 {"error":"refused"}                         any verification failure (the reason is on the ledger only)
 *     400 / 413                                       not a packet / too large
 *   GET /healthz       200 {"ok":true}
 *
 * Every operation (a packet, a tick) runs one at a time, so two deliveries of packets for one
 * request can never run its soft phase twice.
 */
export async function startDoerService(deps: DoerDeps, options: DoerServiceOptions = {}): Promise<DoerService> {
  const log = options.log ?? (() => undefined);
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  const tick = () => serial(() => runExecutorTick(deps, log));
  await tick();

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const send = (status: number, body: object) => {
      res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
      res.end(JSON.stringify(body));
    };
    const path = new URL(req.url ?? "/", "http://doer").pathname;
    if (req.method === "GET" && path === "/healthz") return send(200, { ok: true });
    if (path !== "/v1/packets") return send(404, { error: "not found" });
    if (req.method !== "POST") return send(405, { error: "method not allowed" });
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) return send(413, { error: "too large" });
      chunks.push(chunk);
    }
    const jws = packetFrom(Buffer.concat(chunks).toString("utf8"), req.headers["content-type"] ?? "");
    if (jws === null) return send(400, { error: "expected a compact JWS" });
    try {
      const result = await serial(() => receivePacket(deps, jws));
      if (result.status === "already_done") return send(200, { status: "already_done", id: result.id });
      log(`${result.id}: soft phase done; hard phase due ${new Date(result.hardDueAt * 1000).toISOString()}`);
      return send(202, { status: "soft_done", id: result.id, hard_due_at: result.hardDueAt });
    } catch (e) {
      if (isOffboardError(e) && e.code === "EXECUTION_REFUSED") {
        log(`packet refused (${String(e.details.reason ?? "")}; recorded on the ledger)`);
        return send(403, { error: "refused" });
      }
      if (isOffboardError(e) && e.code === "BLAST_RADIUS") {
        log(`blast-radius limit: ${e.message}`);
        return send(429, { error: "limit", reason: String(e.details.reason ?? "") });
      }
      if (isOffboardError(e)) {
        // Verified; the phase failed (a connector or the lease). If it was accepted, the timer retries it.
        log(`phase failed (${e.code}): ${e.message}`);
        return send(503, { error: "phase failed", code: e.code });
      }
      throw e;
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      log(`internal error: ${e instanceof Error ? e.message : String(e)}`);
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: "internal" }));
    });
  });
  await new Promise<void>((done, fail) => server.once("error", fail).listen(options.port ?? 0, options.host ?? "127.0.0.1", done));
  const { address, port } = server.address() as AddressInfo;
  const timer = setInterval(() => {
    tick().catch((e: unknown) => log(`tick failed: ${e instanceof Error ? e.message : String(e)}`));
  }, options.tickMs ?? 5_000);
  timer.unref();
  return {
    url: `http://${address.includes(":") ? `[${address}]` : address}:${port}`,
    tick,
    close: async () => {
      clearInterval(timer);
      await new Promise<void>((done) => server.close(() => done()));
      await queue;
    },
  };
}

function packetFrom(body: string, contentType: string): string | null {
  let text = body.trim();
  if (contentType.startsWith("application/json")) {
    try {
      const parsed = JSON.parse(text) as { packet?: unknown };
      text = typeof parsed.packet === "string" ? parsed.packet : "";
    } catch {
      return null;
    }
  }
  return /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(text) && text.length <= MAX_BODY_BYTES ? text : null;
}
