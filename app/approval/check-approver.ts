import { targetKey } from "../intake/target-key.js";

export type ApprovalRefusal =
  | "not_required"
  | "stale"
  | "not_in_team"
  | "self_approval"
  | "target_approval"
  | "duplicate"
  | "target_confirmation_required"
  | "target_confirmation_mismatch";

export interface ApprovalContext {
  approver: string;
  /** Digest of the request as the approver saw it (a PR head SHA in GitHub mode). */
  reviewedDigest: string;
  /** The decision being approved. */
  decision: { outcome: string; digest: string; injection: boolean };
  requester: string;
  targetKey: string;
  team: readonly string[];
  /** Approvers already counted for this digest. */
  counted: readonly string[];
  /** When intake scrubbed the target, the approver states who is meant; it must hash to targetKey. */
  confirmedTarget: string | null;
}

/**
 * The rules every approval must pass, whatever its channel (CLI, PR review, Slack link): the
 * decision needs one, it is bound to the exact content decided, the approver is on the security
 * team, is neither the requester nor the target, and counts once. Returns null when it counts.
 */
export function checkApprover(ctx: ApprovalContext): ApprovalRefusal | null {
  const who = ctx.approver.trim().toLowerCase();
  if (ctx.decision.outcome !== "require_hitl") return "not_required";
  if (ctx.reviewedDigest !== ctx.decision.digest) return "stale";
  if (!ctx.team.some((m) => m.toLowerCase() === who)) return "not_in_team";
  if (who === ctx.requester.trim().toLowerCase()) return "self_approval";
  if (targetKey(who) === ctx.targetKey) return "target_approval";
  if (ctx.counted.some((c) => c.toLowerCase() === who)) return "duplicate";
  if (ctx.decision.injection) {
    if (!ctx.confirmedTarget) return "target_confirmation_required";
    if (targetKey(ctx.confirmedTarget) !== ctx.targetKey) return "target_confirmation_mismatch";
  }
  return null;
}

export const REFUSAL_MESSAGES: Record<ApprovalRefusal, string> = {
  not_required: "this request's current decision does not require approval",
  stale: "the request changed since it was decided: run `offboard check` again, then approve the new version",
  not_in_team: "only members of the security team may approve",
  self_approval: "the requester cannot approve their own request",
  target_approval: "the person being offboarded cannot approve their own offboarding",
  duplicate: "this approver has already approved this version of the request",
  target_confirmation_required: "intake flagged this request and scrubbed its target: confirm who is meant with --confirm-target EMAIL",
  target_confirmation_mismatch: "the confirmed target is not the person this request was filed for",
};
