import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DoerDeps } from "../../app/doer/deps.js";
import { receivePacket } from "../../app/doer/receive-packet.js";
import { approveRequest } from "../../app/gatekeeper/approve-request.js";
import { decideRequest } from "../../app/gatekeeper/decide-request.js";
import { issuePacket } from "../../app/gatekeeper/issue-packet.js";
import { testWorkspace, type TestWorkspace } from "../helpers/workspace.js";

/** The hourly blast-radius limit when packets arrive together (a layoff runs people concurrently). */
describe("max_accounts_per_hour under concurrency", () => {
  let t: TestWorkspace;
  beforeAll(async () => {
    t = await testWorkspace(300);
  });
  afterAll(async () => {
    await t.ws.close();
  });

  async function packetFor(id: string, email: string): Promise<string> {
    const f = t.request(id, email);
    const d = await decideRequest(t.ws.gatekeeper, f.text, f.file);
    for (const approver of ["alice.nguyen@example.com", "ben.kowalski@example.com"].slice(0, d.evaluated.decision.outcome === "require_hitl" ? d.evaluated.decision.approvals.required : 0)) {
      await approveRequest(t.ws.gatekeeper, f.text, f.file, { approver, via: "cli" });
    }
    const issued = await issuePacket(t.ws.gatekeeper, f.text, f.file);
    if (issued.status !== "signed") throw new Error(`${id}: ${issued.message}`);
    return issued.packet.jws;
  }

  it("four packets received at once with a limit of two: exactly two soft phases start, two are refused before any side effect", async () => {
    const deps: DoerDeps = { ...t.ws.doer, limits: { ...t.ws.doer.limits, max_accounts_per_hour: 2 } };
    const people = ["dana.reyes@example.com", "lena.fischer@example.com", "olivia.brown@example.com", "noah.schmidt@example.com"];
    const packets = [];
    for (const [i, email] of people.entries()) packets.push(await packetFor(`g-${i}`, email));
    // Every check runs before any acceptance is on the ledger: a count of the ledger alone lets all four through.
    const results = await Promise.allSettled(packets.map((jws) => receivePacket(deps, jws)));
    const started = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(started).toHaveLength(2);
    expect(refused.map((r) => (r.reason as { code?: string; details?: { reason?: string } }).details?.reason)).toEqual(["max_accounts_per_hour", "max_accounts_per_hour"]);
    const records = await t.ws.ledger.read();
    expect(records.filter((r) => r.event.type === "phase.soft.accepted")).toHaveLength(2);
    expect(records.filter((r) => r.event.type === "phase.refused")).toHaveLength(2);
    // Every one of the four was active: the two started are deactivated, the two refused untouched.
    const active = people.map((email) => t.ws.directory!.snapshotState().users.find((u) => u.userName === email)?.active);
    expect(active).toEqual(results.map((r) => r.status === "rejected"));
  });
});
