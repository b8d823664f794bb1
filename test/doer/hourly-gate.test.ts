import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DoerDeps } from "../../app/doer/deps.js";
import { receivePacket } from "../../app/doer/receive-packet.js";
import { signedPacketFor, testWorkspace, type TestWorkspace } from "../helpers/workspace.js";

/** The hourly blast-radius limit when packets arrive together (a layoff runs people concurrently). */
describe("max_accounts_per_hour under concurrency", () => {
  let t: TestWorkspace;
  beforeAll(async () => {
    t = await testWorkspace(300);
  });
  afterAll(async () => {
    await t.ws.close();
  });

  const packetFor = (id: string, email: string) => signedPacketFor(t, id, email);

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
