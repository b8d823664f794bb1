import { createHash } from "node:crypto";
import { checkApprover } from "../approval/check-approver.js";
import { signPacket, type SignedPacket } from "../packet/sign-packet.js";
import type { PacketBody } from "../packet/packet-schema.js";
import type { GatekeeperDeps } from "./deps.js";
import { decideRequest, type DecideOptions } from "./decide-request.js";
import { requestsFolder, requestState, type RequestState, type RequestsView } from "./project-requests.js";

export type IssueResult =
  | { status: "signed"; id: string; packet: SignedPacket }
  | { status: "waiting" | "refused" | "done"; id: string; message: string };

/**
 * The gatekeeper's half of "apply" (merge in GitHub mode): decide again with the current policy,
 * count the approvals bound to this exact request content, and sign a packet only when the
 * decision allows it. The packet names the `policy.decided` event it carries out.
 */
export interface IssueOptions {
  /** The security team as verified now (GitHub: team membership API at merge); default deps.securityTeam. */
  team?: readonly string[];
  /** Passed to decideRequest (upstream findings, context). */
  decide?: DecideOptions;
}

export async function issuePacket(deps: GatekeeperDeps, text: string, file: string, options: IssueOptions = {}): Promise<IssueResult> {
  const prior = priorRequest(await deps.ledger.fold(requestsFolder), file);
  if (prior?.softDone) return { status: "done", id: prior.id, message: "already executed" };
  const decided = await decideRequest(deps, text, file, options.decide);
  const id = decided.intake.request.metadata.id;
  const { decision } = decided.evaluated;
  if (decision.outcome === "deny" || decision.outcome === "block") {
    return { status: "refused", id, message: `${decision.outcome}: ${decision.reasons.map((r) => r.message).join("; ")}` };
  }
  const state = (await requestState(deps.ledger, id))!;
  const digest = decided.intake.digest;
  const valid = state.approvals.filter((a, i, all) => {
    const counted = all.slice(0, i).filter((b) => b.digest === digest).map((b) => b.approver);
    return a.digest === digest && checkApprover({
      approver: a.approver, reviewedDigest: a.digest, decision: state.decision!, requester: decided.intake.request.metadata.requester,
      targetKey: state.targetKey, team: options.team ?? deps.securityTeam, counted, confirmedTarget: a.confirmedTarget,
    }) === null;
  });
  const team = (options.team ?? deps.securityTeam).map((m) => m.toLowerCase());
  const rejection = state.rejections.find((r) => r.digest === digest && team.includes(r.approver));
  if (rejection) return { status: "refused", id, message: `rejected by ${rejection.approver}; change the request to ask again` };
  if (decision.outcome === "require_hitl" && valid.length < decision.approvals.required) {
    const missing = decision.approvals.required - valid.length;
    return { status: "waiting", id, message: `needs ${missing} more approval(s) from ${decision.approvals.teams.join(", ")} (offboard approve ${id} --as EMAIL)` };
  }
  const confirmed = valid.map((a) => a.confirmedTarget).find((t) => t !== null) ?? null;
  if (decided.intake.injectionSuspected && confirmed === null) {
    // Never act on an identity intake scrubbed: only a human-confirmed one (whatever the policy says).
    return { status: "waiting", id, message: `intake scrubbed the target: an approver must confirm it (offboard approve ${id} --as EMAIL --confirm-target EMAIL)` };
  }
  const body: PacketBody = {
    v: 1,
    request_id: id,
    request_digest: digest,
    decision_event: decided.decisionRecord!.hash,
    decision_seq: decided.decisionRecord!.event.seq,
    outcome: decision.outcome,
    target: decided.intake.injectionSuspected
      ? { email: confirmed as string, key: state.targetKey, source: "approver_confirmed" }
      : { email: decided.intake.parsedTargetEmail, key: state.targetKey, source: "request" },
    phases: decision.phases,
    approvals: valid.map((a) => ({ approver: a.approver, event: a.hash })),
    policy: decided.evaluated.provenance,
  };
  const packet = await signPacket(body, deps.packetKey, { clock: deps.clock, audience: deps.packetAudience, ttlSeconds: deps.packetTtlSeconds });
  await deps.ledger.append(
    [{
      type: "packet.signed", tenant: deps.tenant, actor: "gatekeeper", subject: id,
      data: { jti: packet.jti, kid: packet.kid, alg: deps.packetKey.alg, exp: packet.exp, packet_sha256: createHash("sha256").update(packet.jws).digest("hex"), decision_event: body.decision_event, target_key: state.targetKey, target_source: body.target.source },
    }],
    deps.signer,
  );
  return { status: "signed", id, packet };
}

/**
 * The earliest-known request whose id the file name ends with (`<id>.yaml`). Looks up each suffix
 * of the path instead of scanning every request, so the cost does not grow with the ledger.
 */
function priorRequest(view: RequestsView, file: string): RequestState | undefined {
  if (!file.endsWith(".yaml")) return undefined;
  const stem = file.slice(0, -".yaml".length);
  let best: RequestState | undefined;
  for (let i = 0; i < stem.length; i++) {
    const s = view.states.get(stem.slice(i));
    if (s && (best === undefined || view.order.get(s.id)! < view.order.get(best.id)!)) best = s;
  }
  return best;
}
