import { generateKeyPairSync } from "node:crypto";
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signApprovalLink, verifyApprovalLink } from "../../app/approval/approval-link.js";
import { approveViaLink, issueApprovalLink, type LinkUse } from "../../app/gatekeeper/approval-links.js";
import { decideRequest } from "../../app/gatekeeper/decide-request.js";
import { testWorkspace, type TestWorkspace } from "../helpers/workspace.js";

const ALICE = "alice.nguyen@example.com";
const BEN = "ben.kowalski@example.com";
const PEOPLE = [
  { email: ALICE, slack: "U0ALICE" },
  { email: BEN, slack: "U0BEN" },
  { email: "hr.ops@example.com", slack: "U0HROPS" },
  { email: "marcus.bell@example.com", slack: "U0MARCUS" },
];
const TEAM = [ALICE, BEN, "hr.ops@example.com", "marcus.bell@example.com"];

/**
 * One-time approval links (the token inside Slack's Approve button): signed, bound to decision,
 * content, tenant and approvers, expiring, single-use; the Slack user maps to a person only through
 * `people`; then the same rules as every approval.
 */
describe("one-time approval links", () => {
  let t: TestWorkspace;
  let file: string;
  let text: string;
  const id = "l-marcus";
  beforeAll(async () => {
    t = await testWorkspace(300);
    ({ file, text } = t.request(id, "marcus.bell@example.com"));
    const d = await decideRequest(t.ws.gatekeeper, text, file);
    expect(d.evaluated.decision.outcome).toBe("require_hitl");
  });
  afterAll(async () => {
    await t?.ws.close();
  });

  const use = (token: string, slackUserId: string, over: Partial<LinkUse> = {}): LinkUse => ({ token, slackUserId, slack: { timestamp: Math.floor(t.clock() / 1000), signature: `v0=${"a".repeat(64)}` }, text, file, team: TEAM, ...over });
  const link = (approvers = [ALICE, BEN], ttl?: number) => issueApprovalLink(t.ws.gatekeeper, id, approvers, ttl);

  it("refuses forged, other-tenant, wrong-type and malformed tokens", async () => {
    const key = t.ws.gatekeeper.approvalLinkKey!;
    const { token } = await link();
    const [h, p, s] = token.split(".");
    const tampered = `${h}.${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p!, "base64url").toString()), approvers: ["mallory@example.com"] })).toString("base64url")}.${s}`;
    const verify = (tok: string) => verifyApprovalLink(tok, { tenant: "acme", publicKey: key.publicKey, clock: t.clock });
    await expect(verify(tampered)).rejects.toMatchObject({ code: "APPROVAL_LINK_INVALID", details: { reason: "signature" } });
    const other = generateKeyPairSync("ed25519");
    const foreign = await signApprovalLink({ tenant: "acme", request_id: id, decision_event: "a".repeat(64), request_digest: "b".repeat(64), approvers: [ALICE] }, { kid: "approval-link-x", ...other }, { clock: t.clock });
    await expect(verify(foreign.token)).rejects.toMatchObject({ details: { reason: "signature" } });
    const globex = await signApprovalLink({ tenant: "globex", request_id: id, decision_event: "a".repeat(64), request_digest: "b".repeat(64), approvers: [ALICE] }, key, { clock: t.clock });
    await expect(verify(globex.token)).rejects.toMatchObject({ details: { reason: "other_tenant" } });
    await expect(approveViaLink(t.ws.gatekeeper, PEOPLE, use(globex.token, "U0ALICE"))).rejects.toMatchObject({ details: { reason: "other_tenant" } });
    await expect(verify("not.a.jwt")).rejects.toMatchObject({ details: { reason: "malformed" } });
    // Right key, issuer and audience, but not an approval-link token (type confusion): refused.
    const now = Math.floor(t.clock() / 1000);
    const wrongType = await new SignJWT({ tenant: "acme", request_id: id, decision_event: "a".repeat(64), request_digest: "b".repeat(64), approvers: [ALICE] })
      .setProtectedHeader({ alg: "EdDSA", typ: "JWT" }).setIssuer("offboard:acme").setAudience("offboard-approval").setJti("x").setIssuedAt(now).setNotBefore(now).setExpirationTime(now + 300)
      .sign(key.privateKey);
    await expect(verify(wrongType)).rejects.toMatchObject({ details: { reason: "malformed" } });
  });

  it("refuses an unmapped Slack user, a user the link was not issued to, the requester and the target", async () => {
    const { token } = await link([ALICE, BEN, "hr.ops@example.com", "marcus.bell@example.com"]);
    await expect(approveViaLink(t.ws.gatekeeper, PEOPLE, use(token, "U0NOBODY"))).rejects.toMatchObject({ code: "APPROVAL_REFUSED", details: { reason: "unmapped_slack_user" } });
    await expect(approveViaLink(t.ws.gatekeeper, PEOPLE, use(token, "U0HROPS"))).rejects.toMatchObject({ details: { reason: "self_approval" } });
    await expect(approveViaLink(t.ws.gatekeeper, PEOPLE, use(token, "U0MARCUS"))).rejects.toMatchObject({ details: { reason: "target_approval" } });
    const aliceOnly = await link([ALICE]);
    await expect(approveViaLink(t.ws.gatekeeper, PEOPLE, use(aliceOnly.token, "U0BEN"))).rejects.toMatchObject({ details: { reason: "not_link_approver" } });
    // Not on the team as verified now (e.g. removed from the GitHub team since the link was sent).
    await expect(approveViaLink(t.ws.gatekeeper, PEOPLE, use(aliceOnly.token, "U0ALICE", { team: [BEN] }))).rejects.toMatchObject({ details: { reason: "not_in_team" } });
    expect((await t.ws.ledger.read()).filter((r) => r.event.type === "approval.recorded")).toHaveLength(0);
  });

  it("refuses an expired link and a link for content that changed", async () => {
    const short = await link([ALICE], 60);
    t.clock.advance(91_000);
    await expect(approveViaLink(t.ws.gatekeeper, PEOPLE, use(short.token, "U0ALICE"))).rejects.toMatchObject({ code: "APPROVAL_LINK_INVALID", details: { reason: "expired" } });
    const fresh = await link([ALICE]);
    await expect(approveViaLink(t.ws.gatekeeper, PEOPLE, use(fresh.token, "U0ALICE", { text: text.replace("resignation", "termination") }))).rejects.toMatchObject({ details: { reason: "stale" } });
  });

  it("an approval through a link is recorded with the Slack user, the mapped identity, the token id and the signature; a second use is refused", async () => {
    const { token, jti } = await link([ALICE, BEN]);
    const record = await approveViaLink(t.ws.gatekeeper, PEOPLE, use(token, "U0ALICE"));
    expect(record.event).toMatchObject({
      type: "approval.recorded",
      subject: id,
      data: { approver: ALICE, via: "slack", evidence: { slack_user_id: "U0ALICE", link_jti: jti, slack_signature: `v0=${"a".repeat(64)}` } },
    });
    await expect(approveViaLink(t.ws.gatekeeper, PEOPLE, use(token, "U0BEN"))).rejects.toMatchObject({ code: "APPROVAL_LINK_INVALID", details: { reason: "used" } });
    await expect(approveViaLink(t.ws.gatekeeper, PEOPLE, use(token, "U0ALICE"))).rejects.toMatchObject({ details: { reason: "used" } });
    expect((await t.ws.ledger.read()).filter((r) => r.event.type === "approval.recorded")).toHaveLength(1);
  });
});
