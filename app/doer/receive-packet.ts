import { createHash } from "node:crypto";
import { decodeProtectedHeader } from "jose";
import { isOffboardError, OffboardError } from "../errors.js";
import { checkLogged } from "../ledger/check-logged.js";
import { verifyPacket, type VerifiedPacket } from "../packet/verify-packet.js";
import type { DoerDeps } from "./deps.js";
import { phaseState } from "./project-phases.js";
import { signedPacketsFolder } from "./signed-packets.js";
import { continueSoftPhase, runSoftPhase, type SoftPhaseResult } from "./run-soft-phase.js";

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
  const state = await phaseState(deps.ledger, verified.body.request_id);
  // One execution per request: a second packet for it (a sender retrying after a crash) resumes an
  // interrupted soft phase or reports it done; it never starts another.
  if (state?.softDone) return { status: "already_done", id: state.id };
  if (state?.refused) throw new OffboardError("BLAST_RADIUS", `request ${state.id} was refused by a blast-radius limit (see its phase.failed event)`, { reason: "refused_before" });
  if (state) return continueSoftPhase(deps, state);
  return runSoftPhase(deps, verified);
}

/**
 * Log before acting: the decision this packet carries out must provably be on the ledger before
 * anything happens. The record at `decision_seq` must be the `policy.decided` event named by
 * `decision_event` (same request, tenant, content digest and outcome), included, by an RFC 9162
 * inclusion proof the doer checks itself, in the newest checkpoint signed by a trusted writer key
 * and cosigned by a trusted witness when witnesses are trusted; and the packet's signing must be
 * logged too. See ledger/SPEC.md §10 and docs/adr/0003-ledger-segments-and-witnesses.md.
 */
async function assertLoggedBeforeActing(deps: DoerDeps, packet: VerifiedPacket): Promise<void> {
  const refuse = (reason: string, detail: string) => new OffboardError("PACKET_NOT_LOGGED", "packet refused: its decision is not provably on the ledger", { reason, detail });
  const { decision_seq: seq, decision_event: hash } = packet.body;
  if (seq === undefined) throw refuse("decision_seq_missing", "the packet does not say where its decision is on the ledger");
  const decision = await deps.ledger.recordAt(seq);
  const matches =
    decision !== null &&
    decision.hash === hash &&
    decision.event.type === "policy.decided" &&
    decision.event.subject === packet.body.request_id &&
    decision.event.tenant === packet.tenant &&
    decision.event.data.request_digest === packet.body.request_digest &&
    decision.event.data.outcome === packet.body.outcome;
  if (!matches) throw refuse("decision_not_found", `no matching policy.decided event at seq ${seq}`);
  const logged = await checkLogged(deps.ledger, seq, hash, deps.ledgerTrust);
  if (!logged.ok) throw refuse("not_proven", logged.reason);
  const signed = ((await deps.ledger.fold(signedPacketsFolder)).get(packet.jti) ?? -1) > seq;
  if (!signed) throw refuse("signing_not_logged", `no packet.signed event for jti ${packet.jti}`);
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
