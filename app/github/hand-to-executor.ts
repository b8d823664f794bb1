import { isOffboardError } from "../errors.js";
import { receivePacket } from "../doer/receive-packet.js";
import type { Workspace } from "../workspace/open-workspace.js";

export interface Handoff {
  ok: boolean;
  message: string;
}

/**
 * Hands a signed packet to the tenant's executor (`executor.url` in .github/offboard.yml): the
 * executor service's POST /v1/packets, or `in-process` (the same verification, called directly).
 * The executor verifies everything again; this side only reports what it answered.
 */
export async function handToExecutor(ws: Workspace, jws: string, fetchImpl: typeof fetch = fetch): Promise<Handoff> {
  const url = ws.config.executor.url;
  if (url === "in-process") {
    try {
      const r = await receivePacket(ws.doer, jws);
      if (r.status === "already_done") return { ok: true, message: "the executor had already run this request" };
      return { ok: true, message: `soft phase done (accounts deactivated, sessions revoked); hard phase due ${new Date(r.hardDueAt * 1000).toISOString()}` };
    } catch (e) {
      if (!isOffboardError(e)) throw e;
      return { ok: false, message: e.code === "EXECUTION_REFUSED" ? "the executor refused the packet (the reason is on the ledger)" : `${e.code}: ${e.message}` };
    }
  }
  const endpoint = new URL("/v1/packets", url.endsWith("/") ? url : `${url}/`);
  const res = await fetchImpl(endpoint, { method: "POST", headers: { "content-type": "application/jose" }, body: jws, signal: AbortSignal.timeout(120_000) });
  const body = (await res.json().catch(() => ({}))) as { status?: string; hard_due_at?: number; reason?: string; code?: string };
  if (res.status === 202) return { ok: true, message: `soft phase done; hard phase due ${new Date((body.hard_due_at ?? 0) * 1000).toISOString()}` };
  if (res.status === 200) return { ok: true, message: "the executor had already run this request" };
  if (res.status === 429) return { ok: false, message: `a blast-radius limit refused it (${body.reason ?? "limit"})` };
  if (res.status === 503) return { ok: false, message: `the phase failed (${body.code ?? "error"}); the executor retries it` };
  if (res.status === 403) return { ok: false, message: "the executor refused the packet (the reason is on the ledger)" };
  return { ok: false, message: `the executor answered HTTP ${res.status}` };
}
