import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyAll } from "../../app/cli/commands/apply.js";
import type { Output } from "../../app/cli/output.js";
import type { DoerDeps } from "../../app/doer/deps.js";
import { approveRequest } from "../../app/gatekeeper/approve-request.js";
import { decideRequest } from "../../app/gatekeeper/decide-request.js";
import type { ProvableLedger } from "../../app/ledger/types.js";
import { testWorkspace, type TestWorkspace } from "../helpers/workspace.js";

/** `offboard apply --concurrency N`: requests carried out at once, with the outcome of one after another. */
describe("apply with several requests at once", () => {
  let t: TestWorkspace;
  const said: string[] = [];
  const out: Output = { json: true, say: (s) => void said.push(s), progress: () => undefined, result: () => undefined, color: (_c, s) => s };
  /** Files (commits) a request, decides it and records the approval it needs, if any. */
  const filed = async (id: string, email: string) => {
    const f = t.request(id, email);
    const decided = await decideRequest(t.ws.gatekeeper, f.text, f.file);
    const { decision } = decided.evaluated;
    if (decision.outcome !== "require_hitl") return;
    for (const approver of ["alice.nguyen@example.com", "ben.kowalski@example.com"].slice(0, decision.approvals.required)) {
      await approveRequest(t.ws.gatekeeper, f.text, f.file, { approver, via: "cli" });
    }
  };
  beforeAll(async () => {
    t = await testWorkspace(300);
    for (const [id, email] of [["c-1", "lena.fischer@example.com"], ["c-2", "marcus.bell@example.com"], ["c-3", "omar.haddad@example.com"], ["c-4", "tom.becker@example.com"], ["c-5", "priya.raman@example.com"]] as const) {
      await filed(id, email);
    }
  });
  afterAll(async () => {
    await t.ws.close();
  });

  /** The doer's ledger, counting how many soft-phase appends of different requests are in flight at once. */
  const overlapping = (ledger: ProvableLedger) => {
    const inFlight = new Set<string>();
    const seen = { max: 0 };
    const counted = Object.create(ledger) as ProvableLedger;
    counted.append = async (drafts, signer) => {
      const subject = drafts[0]?.subject ?? "";
      inFlight.add(subject);
      seen.max = Math.max(seen.max, inFlight.size);
      try {
        return await ledger.append(drafts, signer);
      } finally {
        inFlight.delete(subject);
      }
    };
    return { counted, seen };
  };
  const mine = (r: { id: string }) => r.id.startsWith("c-");

  it("defers exactly the requests one after another would have deferred, and reports in file order", async () => {
    const ws = { ...t.ws, doer: { ...t.ws.doer, limits: { ...t.ws.doer.limits, max_accounts_per_run: 2 } } satisfies DoerDeps };
    const report = await applyAll(ws, { repo: t.dir, wait: false, concurrency: 8 }, out, t.clock);
    expect(report.requests.filter(mine).map((r) => [r.id, r.status])).toEqual([["c-1", "soft_done"], ["c-2", "soft_done"], ["c-3", "deferred"], ["c-4", "deferred"], ["c-5", "deferred"]]);
    expect(said.filter((s) => s.startsWith("c-") && !s.includes("hard phase pending")).map((s) => s.slice(0, 3))).toEqual(["c-1", "c-2", "c-3", "c-4", "c-5"]);
  });

  it("carries out several requests at once, each exactly once", async () => {
    const { counted, seen } = overlapping(t.ws.doer.ledger);
    const ws = { ...t.ws, doer: { ...t.ws.doer, ledger: counted } satisfies DoerDeps };
    said.length = 0;
    const report = await applyAll(ws, { repo: t.dir, wait: false, concurrency: 3 }, out, t.clock);
    expect(report.requests.filter(mine).map((r) => [r.id, r.status])).toEqual([["c-1", "done"], ["c-2", "done"], ["c-3", "soft_done"], ["c-4", "soft_done"], ["c-5", "soft_done"]]);
    expect(seen.max).toBeGreaterThan(1);
    expect(seen.max).toBeLessThanOrEqual(3);
    const accepted = (await t.ws.ledger.read()).filter((r) => r.event.type === "phase.soft.accepted" && r.event.subject.startsWith("c-"));
    expect(accepted.map((r) => r.event.subject).sort()).toEqual(["c-1", "c-2", "c-3", "c-4", "c-5"]);
    const users = t.ws.directory!.snapshotState().users.filter((u) => ["lena.fischer@example.com", "tom.becker@example.com", "priya.raman@example.com"].includes(u.userName));
    expect(users.map((u) => u.active)).toEqual([false, false, false]);
  });

  it("one after another with --concurrency 1", async () => {
    const { counted, seen } = overlapping(t.ws.doer.ledger);
    await filed("c-6", "dana.reyes@example.com");
    await filed("c-7", "kenji.watanabe@example.com");
    const report = await applyAll({ ...t.ws, doer: { ...t.ws.doer, ledger: counted } }, { repo: t.dir, wait: false, concurrency: 1 }, out, t.clock);
    expect(report.requests.filter((r) => r.status === "soft_done").map((r) => r.id)).toEqual(["c-6", "c-7"]);
    expect(seen.max).toBe(1);
  });
});
