import { createHash } from "node:crypto";
import { decodeProtectedHeader } from "jose";
import { isOffboardError, OffboardError } from "../errors.js";
import { verifyPacket, type VerifiedPacket } from "../packet/verify-packet.js";
import type { DoerDeps } from "./deps.js";
import { projectPhases } from "./project-phases.js";
import { runSoftPhase, type SoftPhaseResult } from "./run-soft-phase.js";

/**
 * The executor's single entry point for packets, whatever the transport. A packet that fails any
 * check (signature, algorithm, key, tenant, audience, time, replay, or a decision that is not on
 * the ledger) produces a `doer.signature_rejected` event and no side effect, and the caller gets
 * an EXECUTION_REFUSED error that says nothing useful to a forger (the reason is in the ledger).
 */
export async function receivePacket(deps: DoerDeps, jws: string): Promise<SoftPhaseResult | { status: "already_done"; id: string }> {
  let verified: VerifiedPacket;
  try {
    verified = await verifyPacket(jws, { tenants: deps.packetTrust, audience: deps.audience, clock: deps.clock, replay: deps.replay });
    await assertLoggedBeforeActing(deps, verified);
  } catch (e) {
    if (!isOffboardError(e)) throw e;
    await recordRejection(deps, jws, e);
    throw new OffboardError("EXECUTION_REFUSED", "packet refused", { reason: e.code });
  }
  const state = projectPhases(await deps.ledger.read()).get(verified.body.request_id);
  if (state) return { status: "already_done", id: state.id };
  return runSoftPhase(deps, verified);
}

/** Log before acting: the decision this packet carries out, and its signing, must already be on the ledger. */
async function assertLoggedBeforeActing(deps: DoerDeps, packet: VerifiedPacket): Promise<void> {
  const records = await deps.ledger.read();
  const decision = records.find((r) => r.hash === packet.body.decision_event);
  const signed = records.find((r) => r.event.type === "packet.signed" && r.event.data.jti === packet.jti);
  const ok =
    decision !== undefined &&
    decision.event.type === "policy.decided" &&
    decision.event.subject === packet.body.request_id &&
    decision.event.tenant === packet.tenant &&
    decision.event.data.request_digest === packet.body.request_digest &&
    decision.event.data.outcome === packet.body.outcome &&
    signed !== undefined;
  if (!ok) throw new OffboardError("PACKET_INVALID", "packet refused: its decision or signing is not on the ledger", { reason: "not_logged" });
}

async function recordRejection(deps: DoerDeps, jws: string, error: OffboardError): Promise<void> {
  let kid: string | null = null;
  try {
    const h = decodeProtectedHeader(jws);
    kid = typeof h.kid === "string" ? h.kid.slice(0, 128) : null;
  } catch {
    kid = null;
  }
  await deps.ledger.append(
    [{
      type: "doer.signature_rejected",
      tenant: "unknown",
      actor: "doer",
      subject: "packet",
      data: { reason: error.code, detail: String(error.details.reason ?? ""), kid, packet_sha256: createHash("sha256").update(jws).digest("hex") },
    }],
    deps.signer,
  );
}
