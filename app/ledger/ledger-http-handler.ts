import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import { isOffboardError } from "../errors.js";
import { parseCheckpointBody } from "./checkpoint-body.js";
import { parseSignedNote } from "./signed-note.js";
import type { ProvableLedger } from "./types.js";

const count = z.string().regex(/^(0|[1-9][0-9]{0,14})$/, "a whole number").transform(Number);
const inclusionQuery = z.strictObject({ seq: count, size: count.optional() });
const consistencyQuery = z.strictObject({ from: count, to: count });

/**
 * The auditor's endpoints (ledger/SPEC.md §10), for any node:http or express server:
 *
 *   GET <prefix>/checkpoint                            the newest witnessed checkpoint note (text/plain),
 *                                                      or the branch tip's with ?source=branch
 *   GET <prefix>/proof/inclusion?seq=N[&size=M]        {seq, size, leaf_hash, record, proof}
 *   GET <prefix>/proof/consistency?from=M&to=N         {from, to, proof}
 *
 * Proof hashes are lowercase hex, leaf first (RFC 9162 §2.1). `size` defaults to the size of the
 * checkpoint GET <prefix>/checkpoint returns, so a client can check the proof against it directly.
 * Nothing here needs trusting: every answer verifies against signed checkpoints.
 */
export function createLedgerHttpHandler(ledger: ProvableLedger, prefix = "/ledger"): (req: IncomingMessage, res: ServerResponse) => void {
  const send = (res: ServerResponse, status: number, body: unknown, type = "application/json") => {
    const text = typeof body === "string" ? body : `${JSON.stringify(body)}\n`;
    res.writeHead(status, { "content-type": `${type}; charset=utf-8`, "cache-control": "no-store", "x-content-type-options": "nosniff" });
    res.end(text);
  };
  const latest = async (source: string | null) => (source === "branch" ? null : await ledger.latestCheckpoint({ witnessed: true })) ?? (await ledger.latestCheckpoint());
  const sizeOf = (note: string | null) => {
    const parsed = note === null ? null : parseSignedNote(note);
    const body = parsed?.ok ? parseCheckpointBody(parsed.note.text) : null;
    return body?.ok ? body.head.size : 0;
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://ledger.invalid");
    if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405, { error: "use GET" });
    const query = Object.fromEntries(url.searchParams);
    if (url.pathname === `${prefix}/checkpoint`) {
      const note = await latest(url.searchParams.get("source"));
      return note === null ? send(res, 404, { error: "the ledger has no checkpoint yet" }) : send(res, 200, note, "text/plain");
    }
    if (url.pathname === `${prefix}/proof/inclusion`) {
      const q = inclusionQuery.safeParse(query);
      if (!q.success) return send(res, 400, { error: `query: ${q.error.issues[0]?.path.join(".")}: ${q.error.issues[0]?.message}` });
      const size = q.data.size ?? sizeOf(await latest(null));
      const record = size > q.data.seq ? await ledger.recordAt(q.data.seq) : null;
      if (record === null) return send(res, 404, { error: `no event ${q.data.seq} in a tree of ${size}` });
      return send(res, 200, { seq: q.data.seq, size, leaf_hash: record.hash, record, proof: await ledger.inclusionProof(q.data.seq, size) });
    }
    if (url.pathname === `${prefix}/proof/consistency`) {
      const q = consistencyQuery.safeParse(query);
      if (!q.success) return send(res, 400, { error: `query: ${q.error.issues[0]?.path.join(".")}: ${q.error.issues[0]?.message}` });
      if (q.data.from > q.data.to) return send(res, 400, { error: "from must not exceed to" });
      return send(res, 200, { from: q.data.from, to: q.data.to, proof: await ledger.consistencyProof(q.data.from, q.data.to) });
    }
    return send(res, 404, { error: "not found" });
  }

  return (req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (isOffboardError(e) && e.code === "LEDGER_CHECKPOINT_INVALID") return send(res, 404, { error: e.message });
      send(res, 500, { error: isOffboardError(e) ? e.code : "internal error" });
    });
  };
}
