import { generateKeyPairSync } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDoerService, type DoerService } from "../../app/doer/doer-service.js";
import { approveRequest } from "../../app/gatekeeper/approve-request.js";
import { decideRequest } from "../../app/gatekeeper/decide-request.js";
import { issuePacket } from "../../app/gatekeeper/issue-packet.js";
import { signPacket } from "../../app/packet/sign-packet.js";
import { signingKeyFrom } from "../../app/packet/tenant-keys.js";
import { testWorkspace, type TestWorkspace } from "../helpers/workspace.js";

/** `offboard doer` over HTTP: the same verification as in process, and answers that tell a forger nothing. */
describe("the executor service (POST /v1/packets)", () => {
  let t: TestWorkspace;
  let service: DoerService;
  const log: string[] = [];
  beforeAll(async () => {
    t = await testWorkspace(300);
    service = await startDoerService(t.ws.doer, { tickMs: 60_000, log: (l) => log.push(l) });
  });
  afterAll(async () => {
    await service.close();
    await t.ws.close();
  });

  const post = async (body: string, type = "application/jose") => {
    const res = await fetch(`${service.url}/v1/packets`, { method: "POST", headers: { "content-type": type }, body });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  async function packetFor(id: string, email: string) {
    const f = t.request(id, email);
    const d = await decideRequest(t.ws.gatekeeper, f.text, f.file);
    if (d.evaluated.decision.outcome === "require_hitl") await approveRequest(t.ws.gatekeeper, f.text, f.file, { approver: "alice.nguyen@example.com", via: "cli" });
    const issued = await issuePacket(t.ws.gatekeeper, f.text, f.file);
    if (issued.status !== "signed") throw new Error(issued.message);
    return issued.packet;
  }

  it("answers /healthz and refuses what is not a packet", async () => {
    expect((await fetch(`${service.url}/healthz`)).status).toBe(200);
    expect((await post("not a jws")).status).toBe(400);
    expect((await post(JSON.stringify({ nope: 1 }), "application/json")).status).toBe(400);
    expect((await fetch(`${service.url}/v1/packets`)).status).toBe(405);
    expect((await post("a".repeat(70_000))).status).toBe(413);
  });

  it("runs the soft phase for a packet (JSON or raw body); a replay and a second packet for the request change nothing", async () => {
    const first = await packetFor("s-jia", "jia.li@example.com");
    const r = await post(JSON.stringify({ packet: first.jws }), "application/json");
    expect(r).toMatchObject({ status: 202, body: { status: "soft_done", id: "s-jia" } });
    expect(t.ws.directory!.snapshotState().users.find((u) => u.userName === "jia.li@example.com")).toMatchObject({ active: false });
    expect(await post(first.jws)).toEqual({ status: 403, body: { error: "refused" } });
    const second = await issuePacket(t.ws.gatekeeper, t.request("s-jia", "jia.li@example.com", { commit: false }).text, "requests/s-jia.yaml");
    expect(second.status).toBe("done");
    const soft = (await t.ws.ledger.read()).filter((x) => x.event.subject === "s-jia" && x.event.type === "phase.soft.done");
    expect(soft).toHaveLength(1);
  });

  it("answers a forged packet exactly like any other refusal; the reason is only on the ledger", async () => {
    const { privateKey } = generateKeyPairSync("ed25519");
    const mallory = signingKeyFrom("acme", "EdDSA", t.ws.config.packet.kid, privateKey.export({ type: "pkcs8", format: "pem" }).toString(), "test");
    const real = await packetFor("s-kenji", "kenji.watanabe@example.com");
    const claims = JSON.parse(Buffer.from(real.jws.split(".")[1]!, "base64url").toString()) as { pkt: Parameters<typeof signPacket>[0] };
    const forged = await signPacket({ ...claims.pkt, target: { ...claims.pkt.target, email: "ceo@example.com" } }, mallory, { clock: t.clock, audience: "offboard-doer" });
    expect(await post(forged.jws)).toEqual({ status: 403, body: { error: "refused" } });
    const last = (await t.ws.ledger.read()).findLast((x) => x.event.type === "doer.signature_rejected")!;
    expect(last.event.data.reason).toBe("PACKET_SIGNATURE");
    expect(t.ws.directory!.snapshotState().users.find((u) => u.userName === "kenji.watanabe@example.com")).toMatchObject({ active: true });
  });
});
