import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signApprovalLink } from "../../app/approval/approval-link.js";
import { LOGINS, SLACK_CHANNEL, SLACK_IDS, issueFormBody, startAppWorld, type AppWorld } from "./app-world.js";

/**
 * Slack approvals end to end: the app posts a request that needs approval to Slack (a local Web
 * API stand-in that checks the documented arguments), and button clicks arrive as really signed
 * Slack requests. Only a valid, unused, unexpired link clicked by a mapped team member who is
 * neither requester nor target counts; every answer is a ledger event with Slack's evidence.
 */
let w: AppWorld;

beforeAll(async () => {
  w = await startAppWorld({ slack: true });
}, 180_000);

afterAll(async () => {
  await w?.close();
});

const now = () => Math.floor(w.clock() / 1000);
const types = async (subject: string) => (await w.events(subject)).map((r) => r.event.type);
const lastReply = () => String(w.slack!.calls.filter((c) => c.method === "chat.postEphemeral").at(-1)?.args.text ?? "");
const approvalCheck = (pr: number) => w.double.checkRuns(w.double.pull(pr).pull.headSha).filter((c) => c.name === "offboard/approval").at(-1)!;

async function fileIssue(target: string) {
  const { number } = await w.double.openIssue({ author: LOGINS.hr, title: `Offboard: ${target}`, body: issueFormBody(target), labels: ["offboarding"] });
  await w.settle();
  const buttons = w.slack!.buttons();
  const approve = buttons.filter((b) => b.actionId === "offboard_approve").at(-1)!;
  const reject = buttons.filter((b) => b.actionId === "offboard_reject").at(-1)!;
  expect(JSON.parse(approve.value)).toMatchObject({ repo: "example-org/policy", pull: number + 1 });
  return { issue: number, pr: number + 1, id: `issue-${number}`, approve, reject };
}

async function click(button: { actionId: string; value: string; channel: string; ts: string }, userId: string, over: { timestampSeconds?: number; secret?: string; tamper?: (b: string) => string } = {}) {
  const status = await w.slack!.click(w.app.slackUrl!, { userId, actionId: button.actionId, value: button.value, channel: button.channel, messageTs: button.ts, timestampSeconds: over.timestampSeconds ?? now(), ...(over.secret ? { secret: over.secret } : {}), ...(over.tamper ? { tamper: over.tamper } : {}) });
  await w.settle();
  return status;
}

describe("Slack approvals", () => {
  it("posts the request with one-time Approve / Reject buttons; only a signed click by an allowed person counts, once", async () => {
    const req = await fileIssue("marcus.bell@example.com");
    const post = w.slack!.calls.find((c) => c.method === "chat.postMessage")!;
    expect(post.args.channel).toBe(SLACK_CHANNEL);
    expect(JSON.stringify(post.args.blocks)).toContain("marcus.bell@example.com");
    expect(approvalCheck(req.pr).conclusion).toBe("action_required");
    const size = (await w.events()).length;

    // Not Slack: wrong signing secret, stale and future timestamps, a body changed after signing.
    expect(await click(req.approve, SLACK_IDS.alice, { secret: "f".repeat(32) })).toBe(401);
    expect(await click(req.approve, SLACK_IDS.alice, { timestampSeconds: now() - 301 })).toBe(401);
    expect(await click(req.approve, SLACK_IDS.alice, { timestampSeconds: now() + 301 })).toBe(401);
    expect(await click(req.approve, SLACK_IDS.alice, { tamper: (b) => b.replace(SLACK_IDS.alice, SLACK_IDS.ben) })).toBe(401);
    expect((await w.events()).length).toBe(size);

    // Slack-signed, but not an allowed answer: unmapped, not on the team, the requester, the target.
    expect(await click(req.approve, "U0NOBODY")).toBe(200);
    expect(lastReply()).toContain("not mapped to a person");
    expect(await click(req.approve, SLACK_IDS.carol)).toBe(200);
    expect(lastReply()).toContain("not among the approvers");
    expect(await click(req.approve, SLACK_IDS.hr)).toBe(200);
    expect(lastReply()).toContain("requester cannot approve");
    expect(await click(req.approve, SLACK_IDS.marcus)).toBe(200);
    expect(lastReply()).toContain("cannot approve their own offboarding");
    expect(await types(req.id)).not.toContain("approval.recorded");

    expect(await click(req.approve, SLACK_IDS.alice)).toBe(200);
    expect(lastReply()).toContain("Approval recorded on the ledger");
    const recorded = (await w.events(req.id)).filter((r) => r.event.type === "approval.recorded");
    expect(recorded).toHaveLength(1);
    expect(recorded[0]!.event.data).toMatchObject({ approver: "alice.nguyen@example.com", via: "slack", evidence: { slack_user_id: SLACK_IDS.alice, slack_request_timestamp: now(), slack_signature: expect.stringMatching(/^v0=[0-9a-f]{64}$/) } });
    expect(approvalCheck(req.pr).conclusion).toBe("success");
    // The message loses its buttons: the link is used.
    const update = w.slack!.calls.filter((c) => c.method === "chat.update").at(-1)!;
    expect(update.args).toMatchObject({ channel: SLACK_CHANNEL, ts: req.approve.ts, text: expect.stringContaining("Approved by alice.nguyen@example.com") });
    expect(JSON.stringify(update.args.blocks)).not.toContain("offboard_approve");

    // Single use: the same link again, by anyone, is refused.
    expect(await click(req.approve, SLACK_IDS.alice)).toBe(200);
    expect(lastReply()).toContain("already used");
    expect(await click(req.approve, SLACK_IDS.ben)).toBe(200);
    expect(lastReply()).toContain("already used");
    expect((await w.events(req.id)).filter((r) => r.event.type === "approval.recorded")).toHaveLength(1);

    await w.double.mergePullRequest(req.pr, LOGINS.alice);
    await w.settle();
    expect(await types(req.id)).toEqual(expect.arrayContaining(["packet.signed", "phase.soft.done"]));
    w.double.assertClean();
    w.slack!.assertClean();
  });

  it("a rejection through Slack blocks the request: the approval check fails and merge executes nothing", async () => {
    const req = await fileIssue("tom.becker@example.com");
    expect(await click(req.reject, SLACK_IDS.ben)).toBe(200);
    expect(lastReply()).toContain("Rejection recorded");
    expect(await types(req.id)).toContain("approval.rejected");
    const check = approvalCheck(req.pr);
    expect(check.conclusion).toBe("failure");
    expect(check.output.summary).toContain("rejected it in Slack");
    await w.double.mergePullRequest(req.pr, LOGINS.alice);
    await w.settle();
    expect(await types(req.id)).not.toContain("packet.signed");
    expect(w.double.comments(req.pr).at(-1)!.body).toContain("rejected by ben.kowalski@example.com");
    w.slack!.assertClean();
  });

  it("refuses an expired link and a link made for another tenant", async () => {
    const req = await fileIssue("priya.raman@example.com");
    const key = w.ws().gatekeeper.approvalLinkKey!;
    const foreign = await signApprovalLink({ tenant: "globex", request_id: req.id, decision_event: "a".repeat(64), request_digest: "b".repeat(64), approvers: ["alice.nguyen@example.com"] }, key, { clock: w.clock });
    const value = JSON.stringify({ ...JSON.parse(req.approve.value), token: foreign.token });
    expect(await click({ ...req.approve, value }, SLACK_IDS.alice)).toBe(200);
    expect(lastReply()).toContain("other tenant");

    w.clock.advance(700_000); // past the 600 s link and the 30 s tolerance
    expect(await click(req.approve, SLACK_IDS.alice)).toBe(200);
    expect(lastReply()).toContain("expired");
    expect(await types(req.id)).not.toContain("approval.recorded");
    w.slack!.assertClean();
    w.double.assertClean();
  });
});
