import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { CONFIG_PATH } from "../../app/config/load-tenant-config.js";
import { receivePacket } from "../../app/doer/receive-packet.js";
import { runGit } from "../../app/util/run-git.js";
import { openWorkspace } from "../../app/workspace/open-workspace.js";
import { scaffoldRepo } from "../../app/workspace/scaffold-repo.js";
import { startDoerService, type DoerService } from "../../app/doer/doer-service.js";
import { handToExecutor } from "../../app/github/hand-to-executor.js";
import { approveRequest } from "../../app/gatekeeper/approve-request.js";
import { decideRequest } from "../../app/gatekeeper/decide-request.js";
import { issuePacket } from "../../app/gatekeeper/issue-packet.js";
import type { Workspace } from "../../app/workspace/open-workspace.js";
import { testWorkspace, type TestWorkspace } from "../helpers/workspace.js";

/** On merge the app hands the signed packet to the tenant's executor: over HTTP to `offboard doer`, or in process. */
describe("handToExecutor", () => {
  let t: TestWorkspace;
  let service: DoerService;
  let remote: Workspace;
  beforeAll(async () => {
    t = await testWorkspace(300);
    service = await startDoerService(t.ws.doer, { tickMs: 60_000 });
    remote = { ...t.ws, config: { ...t.ws.config, executor: { url: service.url } } };
  });
  afterAll(async () => {
    await service.close();
    await t.ws.close();
  });

  const packetFor = async (id: string, email: string) => {
    const f = t.request(id, email);
    const d = await decideRequest(t.ws.gatekeeper, f.text, f.file);
    if (d.evaluated.decision.outcome === "require_hitl") await approveRequest(t.ws.gatekeeper, f.text, f.file, { approver: "alice.nguyen@example.com", via: "cli" });
    const issued = await issuePacket(t.ws.gatekeeper, f.text, f.file);
    if (issued.status !== "signed") throw new Error(issued.message);
    return issued.packet.jws;
  };

  it("POSTs the packet to the executor service and reports the soft phase; the same packet again is a replay, refused and recorded", async () => {
    const jws = await packetFor("h-dana", "dana.reyes@example.com");
    expect(await handToExecutor(remote, jws)).toMatchObject({ ok: true, message: expect.stringContaining("soft phase done") });
    expect(await handToExecutor(remote, jws)).toMatchObject({ ok: false, message: expect.stringContaining("refused") });
    const events = await t.ws.ledger.read();
    expect(events.filter((r) => r.event.subject === "h-dana").map((r) => r.event.type)).toContain("phase.soft.done");
    expect(events.at(-1)!.event).toMatchObject({ type: "doer.signature_rejected", data: { reason: "PACKET_REPLAYED" } });
  });

  it("a forged packet is refused by the executor and the app says so without detail", async () => {
    const jws = await packetFor("h-jia", "jia.li@example.com");
    const [h, p] = jws.split(".");
    const forged = `${h}.${p}.${"A".repeat(86)}`;
    expect(await handToExecutor(remote, forged)).toEqual({ ok: false, message: "the executor refused the packet (the reason is on the ledger)" });
    expect(await handToExecutor(t.ws, forged)).toEqual({ ok: false, message: "the executor refused the packet (the reason is on the ledger)" });
    expect(t.ws.directory!.snapshotState().users.find((u) => u.userName === "jia.li@example.com")!.active).toBe(true);
  });

  it("with a separate executor, the app's host needs no executor key, and executor work there refuses before any side effect", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "offboard-split-")), "repo");
    const keysDir = join(dir, "..", "keys");
    const env = { ...process.env, OFFBOARD_KEYS_DIR: keysDir };
    const config = scaffoldRepo({ dir, tenant: "acme", securityTeam: ["alice.nguyen@example.com"], env });
    writeFileSync(join(dir, CONFIG_PATH), stringify({ ...config, executor: { url: service.url } }));
    runGit(dir, ["commit", "-q", "-am", "separate executor"]);
    rmSync(join(keysDir, "doer.pem"));
    const ws = await openWorkspace(dir, { clock: t.clock, env });
    try {
      writeFileSync(join(dir, "requests", "split-1.yaml"), t.request("split-1", "dana.reyes@example.com", { commit: false }).text);
      const issued = await issuePacket(ws.gatekeeper, readFileSync(join(dir, "requests", "split-1.yaml"), "utf8"), "requests/split-1.yaml");
      expect(issued.status).toBe("signed");
      if (issued.status !== "signed") return;
      const size = (await ws.ledger.read()).length;
      await expect(receivePacket(ws.doer, issued.packet.jws)).rejects.toMatchObject({ code: "KEY_MISSING" });
      expect((await ws.ledger.read()).length).toBe(size);
      expect(ws.directory!.snapshotState().users.find((u) => u.userName === "dana.reyes@example.com")!.active).toBe(true);
    } finally {
      await ws.close();
    }
  });
});
