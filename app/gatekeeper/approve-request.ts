import { createHash } from "node:crypto";
import { checkApprover, REFUSAL_MESSAGES } from "../approval/check-approver.js";
import { OffboardError } from "../errors.js";
import { parseRequestFile } from "../intake/parse-request-file.js";
import type { LedgerRecord } from "../ledger/types.js";
import type { JsonObject } from "../util/json.js";
import type { GatekeeperDeps } from "./deps.js";
import { projectRequests } from "./project-requests.js";

export interface ApproveOptions {
  approver: string;
  /** Required when intake scrubbed the target. */
  confirmTarget?: string | null;
  /** Channel the approval came through, recorded as evidence. */
  via: "cli" | "github_review" | "slack";
  /** The security team as verified for this approval (GitHub: the team membership API); default deps.securityTeam. */
  team?: readonly string[];
  /** Channel evidence recorded with the approval (review id and commit SHA, Slack user and token id). */
  evidence?: JsonObject;
}

/**
 * Records one approval of the request in `file` as it is now. Refusals throw APPROVAL_REFUSED
 * (or APPROVAL_NOT_REQUIRED) with the reason in `details.reason`; nothing is recorded then.
 */
export async function approveRequest(deps: GatekeeperDeps, text: string, file: string, options: ApproveOptions): Promise<LedgerRecord> {
  const { request } = parseRequestFile(text, file);
  const id = request.metadata.id;
  const state = projectRequests(await deps.ledger.read()).get(id);
  if (!state?.decision) {
    throw new OffboardError("APPROVAL_REFUSED", `request ${id} has no recorded decision: run \`offboard check ${file}\` first`, { reason: "no_decision" });
  }
  const digest = createHash("sha256").update(text, "utf8").digest("hex");
  const counted = state.approvals.filter((a) => a.digest === state.decision!.digest).map((a) => a.approver);
  const refusal = checkApprover({
    approver: options.approver,
    reviewedDigest: digest,
    decision: state.decision,
    requester: request.metadata.requester,
    targetKey: state.targetKey,
    team: options.team ?? deps.securityTeam,
    counted,
    confirmedTarget: options.confirmTarget ?? null,
  });
  if (refusal) {
    const code = refusal === "not_required" ? "APPROVAL_NOT_REQUIRED" : "APPROVAL_REFUSED";
    throw new OffboardError(code, `approval of ${id} by ${options.approver} refused: ${REFUSAL_MESSAGES[refusal]}`, { reason: refusal, request: id });
  }
  const [record] = await deps.ledger.append(
    [
      {
        type: "approval.recorded",
        tenant: deps.tenant,
        actor: `approver:${options.approver.toLowerCase()}`,
        subject: id,
        data: {
          approver: options.approver.toLowerCase(),
          via: options.via,
          request_digest: digest,
          decision_event: state.decision.hash,
          confirmed_target: options.confirmTarget ? options.confirmTarget.trim().toLowerCase() : null,
          counted: counted.length + 1,
          required: state.decision.required,
          ...(options.evidence === undefined ? {} : { evidence: options.evidence }),
        },
      },
    ],
    deps.signer,
  );
  return record!;
}
