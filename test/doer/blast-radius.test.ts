import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyAll } from "../../app/cli/commands/apply.js";
import type { Output } from "../../app/cli/output.js";
import type { Connector } from "../../app/connectors/types.js";
import { loadBlastRadius, SETTINGS_FILE, type BlastRadius } from "../../app/doer/blast-radius.js";
import type { DoerDeps } from "../../app/doer/deps.js";
import { receivePacket } from "../../app/doer/receive-packet.js";
import { resumeInterrupted } from "../../app/doer/resume-interrupted.js";
import { approveRequest } from "../../app/gatekeeper/approve-request.js";
import { decideRequest } from "../../app/gatekeeper/decide-request.js";
import { issuePacket } from "../../app/gatekeeper/issue-packet.js";
import { signedPacketFor, testWorkspace, type TestWorkspace } from "../helpers/workspace.js";

/** Blast-radius limits from the policy data, enforced by the executor before any side effect. */
describe("blast-radius limits", () => {
  let t: TestWorkspace;
  beforeAll(async () => {
    t = await testWorkspace(300);
  });
  afterAll(async () => {
    await t.ws.close();
  });

  const limited = (overrides: Partial<BlastRadius>, connectors?: Connector[]): DoerDeps => ({
    ...t.ws.doer,
    limits: { ...t.ws.doer.limits, ...overrides },
    ...(connectors ? { connectors: new Map([["acme", connectors]]) } : {}),
  });
  const user = (email: string) => t.ws.directory!.snapshotState().users.find((u) => u.userName === email);
  const events = async (id: string) => (await t.ws.ledger.read()).filter((r) => r.event.subject === id).map((r) => r.event);
  const packetFor = (id: string, email: string) => signedPacketFor(t, id, email);

  it("the limits come from the policy data; a missing or malformed one stops the executor (fail closed)", () => {
    expect(loadBlastRadius(t.dir)).toEqual({ max_accounts_per_request: 1, max_accounts_per_run: 25, max_accounts_per_hour: 100, min_active_admins: 1 });
    const file = join(t.dir, SETTINGS_FILE);
    const original = readFileSync(file, "utf8");
    try {
      const data = JSON.parse(original) as { blast_radius: Record<string, unknown> };
      delete data.blast_radius.min_active_admins;
      writeFileSync(file, JSON.stringify(data));
      expect(() => loadBlastRadius(t.dir)).toThrow(/data\.json: blast_radius\.min_active_admins/);
    } finally {
      writeFileSync(file, original);
    }
  });

  it("a plan that reaches beyond the target's account is refused before any step, and never retried", async () => {
    const scim = t.ws.doer.connectors.get("acme")![0]!;
    const greedy: Connector = {
      ...scim,
      plan: async (phase, target, creds) => {
        const steps = await scim.plan(phase, target, creds);
        const other = t.ws.directory!.snapshotState().users.find((u) => u.userName === "chloe.martin@example.com")!.id;
        return [...steps, { ...steps[0]!, accountId: other }];
      },
    };
    const deps = limited({}, [greedy]);
    await expect(receivePacket(deps, await packetFor("b-olivia", "olivia.brown@example.com"))).rejects.toMatchObject({ code: "BLAST_RADIUS", details: { reason: "plan_scope" } });
    expect(user("olivia.brown@example.com")).toMatchObject({ active: true });
    expect(user("chloe.martin@example.com")).toMatchObject({ active: true });
    expect((await events("b-olivia")).find((e) => e.type === "phase.failed")?.data.code).toBe("BLAST_RADIUS");
    t.clock.advance(3_600_000);
    const report = await resumeInterrupted(deps);
    expect([...report.resumed, ...report.waiting].map((r) => r.id)).not.toContain("b-olivia");
  });

  it("deactivating a privileged account never leaves fewer active admins than the floor", async () => {
    const jws = await packetFor("b-sam", "sam.okafor@example.com");
    await expect(receivePacket(limited({ min_active_admins: 50 }), jws)).rejects.toMatchObject({ code: "BLAST_RADIUS", details: { reason: "min_active_admins" } });
    expect(user("sam.okafor@example.com")).toMatchObject({ active: true });
    const privileged = await t.ws.doer.connectors.get("acme")![0]!.countActivePrivileged!({ bearerToken: (await t.ws.doer.leases.acquire("acme")).credentials.bearerToken });
    expect(privileged).toBeGreaterThanOrEqual(2);
    // A non-privileged target is not subject to the floor.
    await expect(receivePacket(limited({ min_active_admins: 50 }), await packetFor("b-kenji", "kenji.watanabe@example.com"))).resolves.toMatchObject({ status: "soft_done" });
  });

  it("at most max_accounts_per_hour soft phases per tenant in any 60 minutes; refused with phase.refused and no side effect", async () => {
    t.clock.advance(3_600_000);
    const deps = limited({ max_accounts_per_hour: 2 });
    await expect(receivePacket(deps, await packetFor("b-h1", "fatima.zahra@example.com"))).resolves.toMatchObject({ status: "soft_done" });
    await expect(receivePacket(deps, await packetFor("b-h2", "diego.alvarez@example.com"))).resolves.toMatchObject({ status: "soft_done" });
    await expect(receivePacket(deps, await packetFor("b-h3", "jia.li@example.com"))).rejects.toMatchObject({ code: "BLAST_RADIUS", details: { reason: "max_accounts_per_hour" } });
    expect(user("jia.li@example.com")).toMatchObject({ active: true });
    expect((await events("b-h3")).map((e) => e.type)).toContain("phase.refused");
    expect((await events("b-h3")).map((e) => e.type)).not.toContain("phase.soft.accepted");
    t.clock.advance(3_601_000);
    const again = await issuePacket(t.ws.gatekeeper, readFileSync(join(t.dir, "requests", "b-h3.yaml"), "utf8"), "requests/b-h3.yaml");
    if (again.status !== "signed") throw new Error(again.message);
    await expect(receivePacket(deps, again.packet.jws)).resolves.toMatchObject({ status: "soft_done" });
  });

  it("one apply run starts at most max_accounts_per_run soft phases; the rest are deferred to the next run", async () => {
    t.clock.advance(3_600_000);
    for (const [id, email] of [["b-r1", "noah.schmidt@example.com"], ["b-r2", "chloe.martin@example.com"]] as const) {
      const f = t.request(id, email);
      await decideRequest(t.ws.gatekeeper, f.text, f.file);
      await approveRequest(t.ws.gatekeeper, f.text, f.file, { approver: "alice.nguyen@example.com", via: "cli" });
    }
    const quiet: Output = { json: true, say: () => undefined, progress: () => undefined, result: () => undefined, color: (_c, s) => s };
    const ws = { ...t.ws, doer: limited({ max_accounts_per_run: 1 }) };
    const first = await applyAll(ws, { repo: t.dir, wait: false }, quiet, t.clock);
    expect(first.requests.filter((r) => r.status === "soft_done"), JSON.stringify(first.requests)).toHaveLength(1);
    expect(first.requests.filter((r) => r.status === "deferred").length).toBeGreaterThanOrEqual(1);
    const second = await applyAll(ws, { repo: t.dir, wait: false }, quiet, t.clock);
    expect(second.requests.filter((r) => r.status === "soft_done")).toHaveLength(1);
  });
});
