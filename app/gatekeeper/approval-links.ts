import { createHash } from "node:crypto";
import { signApprovalLink, verifyApprovalLink } from "../approval/approval-link.js";
import { checkApprover, REFUSAL_MESSAGES } from "../approval/check-approver.js";
import { parseRequestFile } from "../intake/parse-request-file.js";
import type { TenantConfig } from "../config/tenant-config.js";
import { OffboardError } from "../errors.js";
import type { LedgerRecord } from "../ledger/types.js";
import { approveRequest } from "./approve-request.js";
import type { GatekeeperDeps } from "./deps.js";
import { projectRequests } from "./project-requests.js";

/** The Slack click that carries a link token, with the evidence of Slack's signature over it. */
export interface LinkUse {
  token: string;
  slackUserId: string;
  /** From the verified request (verifySlackRequest): the signed timestamp and the `v0=` signature. */
  slack: { timestamp: number; signature: string };
  /** The request file as it is now, and where it is. */
  text: string;
  file: string;
  /** Emails verified on the security team right now (team membership API, or local members). */
  team: readonly string[];
}

function linkKey(deps: GatekeeperDeps) {
  if (!deps.approvalLinkKey) throw new OffboardError("KEY_MISSING", "approval links need the gatekeeper's approval-link.pem in the keys directory (created by `offboard init`)", {});
  return deps.approvalLinkKey;
}

/**
 * A one-time link for the request's current decision, usable by `approvers` (emails) for
 * `ttlSeconds`; only for a decision that needs approval.
 */
export async function issueApprovalLink(deps: GatekeeperDeps, requestId: string, approvers: readonly string[], ttlSeconds?: number): Promise<{ token: string; jti: string; exp: number }> {
  const state = projectRequests(await deps.ledger.read()).get(requestId);
  if (!state?.decision || state.decision.outcome !== "require_hitl") {
    throw new OffboardError("APPROVAL_NOT_REQUIRED", `request ${requestId} has no decision waiting for approval`, { request: requestId });
  }
  return signApprovalLink(
    { tenant: deps.tenant, request_id: requestId, decision_event: state.decision.hash, request_digest: state.decision.digest, approvers: [...approvers] },
    linkKey(deps),
    { clock: deps.clock, ...(ttlSeconds === undefined ? {} : { ttlSeconds }) },
  );
}

/**
 * An approval through a one-time link, attributed by Slack's signature: the token must verify
 * (tenant key, type, audience, expiry), not have been used (its id is on the ledger with the first
 * use), be for the request's current decision and exact content; the Slack user must map to a
 * person through `people` (never by email) who is among the link's approvers; then the same rules
 * as every approval (checkApprover: team, not the requester, not the target, once). The
 * `approval.recorded` event carries the Slack user id, the mapped identity, the token id and the
 * signature evidence. Single use holds when uses of one tenant's links are serialized (the app runs
 * them in the repository's queue, like every webhook).
 */
export async function approveViaLink(deps: GatekeeperDeps, people: TenantConfig["people"], use: LinkUse): Promise<LedgerRecord> {
  const { link, email } = await checkLinkUse(deps, people, use);
  return approveRequest(deps, use.text, use.file, {
    approver: email,
    via: "slack",
    team: use.team,
    evidence: linkEvidence(use, link),
  });
}

/**
 * A rejection through a one-time link: the same checks as an approval (token, single use, Slack
 * user mapped, among the link's approvers, current decision and content, on the team, neither the
 * requester nor the target). Recorded as `approval.rejected`; it blocks that decision's content
 * (the approval check fails and merge signs no packet) until the request changes.
 */
export async function rejectViaLink(deps: GatekeeperDeps, people: TenantConfig["people"], use: LinkUse): Promise<LedgerRecord> {
  const { link, email, state } = await checkLinkUse(deps, people, use);
  const refusal = checkApprover({
    approver: email, reviewedDigest: link.request_digest, decision: state.decision!, requester: parseRequestFile(use.text, use.file).request.metadata.requester,
    targetKey: state.targetKey, team: use.team, counted: [], confirmedTarget: null,
  });
  if (refusal !== null && refusal !== "target_confirmation_required") {
    throw new OffboardError("APPROVAL_REFUSED", `rejection of ${link.request_id} by ${email} refused: ${REFUSAL_MESSAGES[refusal]}`, { reason: refusal, request: link.request_id });
  }
  const [record] = await deps.ledger.append(
    [{
      type: "approval.rejected", tenant: deps.tenant, actor: `approver:${email}`, subject: link.request_id,
      data: { approver: email, via: "slack", request_digest: link.request_digest, decision_event: link.decision_event, evidence: linkEvidence(use, link) },
    }],
    deps.signer,
  );
  return record!;
}

async function checkLinkUse(deps: GatekeeperDeps, people: TenantConfig["people"], use: LinkUse) {
  const link = await verifyApprovalLink(use.token, { tenant: deps.tenant, publicKey: linkKey(deps).publicKey, clock: deps.clock });
  const records = await deps.ledger.read();
  const used = (r: LedgerRecord) => (r.event.type === "approval.recorded" || r.event.type === "approval.rejected") && (r.event.data.evidence as { link_jti?: unknown } | undefined)?.link_jti === link.jti;
  if (records.some(used)) throw new OffboardError("APPROVAL_LINK_INVALID", "approval link refused: already used (links are single-use)", { reason: "used", jti: link.jti });
  const refuse = (reason: string, message: string): never => {
    throw new OffboardError("APPROVAL_REFUSED", `answer to ${link.request_id} through Slack refused: ${message}`, { reason, request: link.request_id });
  };
  const person = people.find((p) => p.slack === use.slackUserId);
  if (!person) return refuse("unmapped_slack_user", `Slack user ${use.slackUserId} is not mapped to a person in .github/offboard.yml \`people\` (no email matching)`);
  const email = person.email.toLowerCase();
  if (!link.approvers.includes(email)) refuse("not_link_approver", `${email} is not among the approvers this link was issued to`);
  const state = projectRequests(records).get(link.request_id);
  const digest = createHash("sha256").update(use.text, "utf8").digest("hex");
  if (!state?.decision || state.decision.hash !== link.decision_event || state.decision.digest !== link.request_digest || digest !== link.request_digest) {
    refuse("stale", "the request or its decision changed since the link was issued; a new link comes with the new decision");
  }
  return { link, email, state: state! };
}

function linkEvidence(use: LinkUse, link: { jti: string; exp: number }) {
  return { slack_user_id: use.slackUserId, link_jti: link.jti, link_exp: link.exp, slack_request_timestamp: use.slack.timestamp, slack_signature: use.slack.signature };
}
