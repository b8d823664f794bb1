import type { DecideResult } from "../gatekeeper/decide-request.js";

export const APPROVE_ACTION = "offboard_approve";
export const REJECT_ACTION = "offboard_reject";

/** What a button carries back: the link token and where its request lives (hints; the token is what binds). */
export interface ButtonValue {
  repo: string;
  pull: number;
  token: string;
}

/** Slack limits a button's value to 2,000 characters. */
export const MAX_BUTTON_VALUE = 2_000;

/**
 * The Block Kit message for a request that needs approval: who (or, when intake scrubbed it, only
 * that a target is withheld), why (outcome, risk, reasons), the PR, and one-time Approve / Reject
 * buttons carrying the signed link token.
 */
export function approvalMessage(d: DecideResult, pr: { repo: string; number: number; url: string }, link: { token: string; exp: number }): { text: string; blocks: object[] } {
  const { decision } = d.evaluated;
  const id = d.intake.request.metadata.id;
  const who = d.intake.injectionSuspected ? `a target withheld by the injection filter (hash \`${d.intake.targetKey.slice(0, 12)}…\`; confirm it on the PR)` : `*${d.intake.parsedTargetEmail}*`;
  const value = JSON.stringify({ repo: pr.repo, pull: pr.number, token: link.token } satisfies ButtonValue);
  const text = `Offboarding request ${id} needs ${decision.approvals.required} approval(s): ${pr.url}`;
  return {
    text,
    blocks: [
      { type: "header", text: { type: "plain_text", text: `Approval needed: ${id}`.slice(0, 150) } },
      {
        type: "section",
        text: {
          type: "mrkdwn",
          text: [`Offboard ${who} (${d.intake.request.spec.reason}, effective ${d.intake.request.spec.effective_date}).`, `Policy: \`${decision.outcome}\`, risk ${decision.risk}; needs ${decision.approvals.required} approval(s) from ${decision.approvals.teams.join(", ")}.`, ...decision.reasons.map((r) => `• \`${r.code}\`: ${r.message}`), `<${pr.url}|Pull request #${pr.number}>`].join("\n").slice(0, 3_000),
        },
      },
      { type: "context", elements: [{ type: "mrkdwn", text: `One-time link, valid until <!date^${link.exp}^{date_short_pretty} {time}|${new Date(link.exp * 1000).toISOString()}>. Your click is signed by Slack and recorded on the ledger.` }] },
      {
        type: "actions",
        block_id: "offboard_decision",
        elements: [
          { type: "button", action_id: APPROVE_ACTION, style: "primary", text: { type: "plain_text", text: "Approve" }, value },
          { type: "button", action_id: REJECT_ACTION, style: "danger", text: { type: "plain_text", text: "Reject" }, value },
        ],
      },
    ],
  };
}
