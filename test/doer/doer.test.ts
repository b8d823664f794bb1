import { generateKeyPairSync } from "node:crypto";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connector } from "../../app/connectors/types.js";
import type { DoerDeps } from "../../app/doer/deps.js";
import type { Lease, LeaseProvider } from "../../app/doer/lease/types.js";
import { receivePacket } from "../../app/doer/receive-packet.js";
import { reinstate } from "../../app/doer/reinstate.js";
import { runDueHardPhases } from "../../app/doer/run-due-hard-phases.js";
import { OffboardError } from "../../app/errors.js";
import { approveRequest } from "../../app/gatekeeper/approve-request.js";
import { decideRequest } from "../../app/gatekeeper/decide-request.js";
import { issuePacket } from "../../app/gatekeeper/issue-packet.js";
import type { PacketBody } from "../../app/packet/packet-schema.js";
import { openReplayStore } from "../../app/packet/replay-store.js";
import { signPacket } from "../../app/packet/sign-packet.js";
import { signingKeyFrom } from "../../app/packet/tenant-keys.js";
import { runGit } from "../../app/util/run-git.js";
import { testWorkspace, type TestWorkspace } from "../helpers/workspace.js";

const WINDOW = 300;

describe("doer: verify, two phases, leases, reinstate", () => {
  let t: TestWorkspace;
  let doer: DoerDeps;
  const leases: Lease[] = [];
  beforeAll(async () => {
    t = await testWorkspace(WINDOW);
    // Record every lease the doer takes, so the tests can prove each token dies with its phase.
    const real = t.ws.doer.leases;
    const spy: LeaseProvider = {
      source: real.source,
      acquire: async (tenant) => {
        const lease = await real.acquire(tenant);
        leases.push(lease);
        return lease;
      },
      revoke: (lease) => real.revoke(lease),
      credentialsFor: (lease, connector, secret) => real.credentialsFor(lease, connector, secret),
    };
    doer = { ...t.ws.doer, leases: spy };
  });
  afterAll(async () => {
    await t.ws.close();
  });

  const user = (email: string) => t.ws.directory!.snapshotState().users.find((u) => u.userName === email);
  const groupsOf = (email: string) => {
    const state = t.ws.directory!.snapshotState();
    const id = state.users.find((u) => u.userName === email)?.id;
    return state.groups.filter((g) => id && g.members.includes(id)).map((g) => g.displayName).sort();
  };
  const scimStatus = async (token: string) => (await fetch(`${t.ws.directory!.url}/Users`, { headers: { authorization: `Bearer ${token}` } })).status;
  const events = async (subject: string) => (await t.ws.ledger.read()).filter((r) => r.event.subject === subject).map((r) => r.event.type);
  const rejections = async () => (await t.ws.ledger.read()).filter((r) => r.event.type === "doer.signature_rejected").map((r) => r.event.data.reason);

  /** Files, decides, approves (when the policy asks) and signs a packet for one request. */
  async function packetFor(id: string, email: string) {
    const f = t.request(id, email);
    const d = await decideRequest(t.ws.gatekeeper, f.text, f.file);
    if (d.evaluated.decision.outcome === "require_hitl") {
      await approveRequest(t.ws.gatekeeper, f.text, f.file, { approver: "alice.nguyen@example.com", via: "cli" });
    }
    const issued = await issuePacket(t.ws.gatekeeper, f.text, f.file);
    if (issued.status !== "signed") throw new Error(`expected a packet for ${id}: ${issued.message}`);
    return issued.packet;
  }

  function forgedBody(id: string, decisionEvent: string, decisionSeq = 0): PacketBody {
    return {
      v: 1, request_id: id, request_digest: "1".repeat(64), decision_event: decisionEvent, decision_seq: decisionSeq, outcome: "allow",
      target: { email: "ceo@example.com", key: "3".repeat(64), source: "request" }, phases: { soft: true, hard: { delay_seconds: 0 } }, approvals: [],
      policy: { policy_hash: "x", wasm_sha256: "x", policy_commit: null, opa_version: "x" },
    };
  }

  let danaPacket = "";

  it("runs the soft phase under a lease whose token is dead once the phase ends", async () => {
    const packet = await packetFor("d-dana", "dana.reyes@example.com");
    danaPacket = packet.jws;
    expect(user("dana.reyes@example.com")).toMatchObject({ active: true });
    await expect(receivePacket(doer, packet.jws)).resolves.toMatchObject({ status: "soft_done", hardDueAt: Math.floor(t.clock() / 1000) + WINDOW });
    expect(user("dana.reyes@example.com")).toMatchObject({ active: false, sessions: 0 });
    const lease = leases.at(-1)!;
    expect(lease.ttlSeconds).toBeLessThanOrEqual(60);
    expect(await scimStatus(lease.credentials.bearerToken)).toBe(401);
    const types = await events("d-dana");
    expect(types.indexOf("lease.issued", types.indexOf("packet.signed"))).toBeLessThan(types.indexOf("phase.soft.done"));
    expect(types).toEqual(expect.arrayContaining(["lease.revoked", "phase.hard.scheduled"]));
    expect(JSON.stringify(await t.ws.ledger.read())).not.toContain(lease.credentials.bearerToken);
  });

  it("refuses a replayed packet, also after a restart, with an event and no second execution", async () => {
    await expect(receivePacket(doer, danaPacket)).rejects.toMatchObject({ code: "EXECUTION_REFUSED" });
    const restarted = { ...doer, replay: openReplayStore(join(t.dir, ".offboard", "doer", "replay.jsonl"), t.clock) };
    await expect(receivePacket(restarted, danaPacket)).rejects.toMatchObject({ code: "EXECUTION_REFUSED" });
    expect((await rejections()).filter((r) => r === "PACKET_REPLAYED")).toHaveLength(2);
    expect((await events("d-dana")).filter((e) => e === "phase.soft.done")).toHaveLength(1);
  });

  it("refuses a forged packet (the tenant's kid, another key) and touches nothing", async () => {
    const { privateKey } = generateKeyPairSync("ed25519");
    const mallory = signingKeyFrom("acme", "EdDSA", t.ws.config.packet.kid, privateKey.export({ type: "pkcs8", format: "pem" }).toString(), "test");
    const decided = (await t.ws.ledger.read()).findLast((r) => r.event.type === "policy.decided")!;
    const forged = await signPacket(forgedBody("d-ceo", decided.hash), mallory, { clock: t.clock, audience: "offboard-doer" });
    await expect(receivePacket(doer, forged.jws)).rejects.toMatchObject({ code: "EXECUTION_REFUSED", message: "packet refused" });
    expect((await rejections()).at(-1)).toBe("PACKET_SIGNATURE");
    expect(user("ceo@example.com")).toMatchObject({ active: true });
  });

  it("refuses a correctly signed packet whose decision is not on the ledger (log before acting)", async () => {
    const signed = await signPacket(forgedBody("d-unlogged", "2".repeat(64)), t.ws.gatekeeper.packetKey, { clock: t.clock, audience: "offboard-doer" });
    await expect(receivePacket(doer, signed.jws)).rejects.toMatchObject({ code: "EXECUTION_REFUSED" });
    expect((await rejections()).at(-1)).toBe("PACKET_NOT_LOGGED");
    expect(user("ceo@example.com")).toMatchObject({ active: true });
  });

  it("refuses a packet pointing at a real decision of another request, or at the wrong position", async () => {
    const decided = (await t.ws.ledger.read()).findLast((r) => r.event.type === "policy.decided")!;
    for (const body of [forgedBody("d-ceo", decided.hash, decided.event.seq), forgedBody(decided.event.subject, decided.hash, decided.event.seq + 1)]) {
      const signed = await signPacket(body, t.ws.gatekeeper.packetKey, { clock: t.clock, audience: "offboard-doer" });
      await expect(receivePacket(doer, signed.jws)).rejects.toMatchObject({ code: "EXECUTION_REFUSED" });
      expect((await rejections()).at(-1)).toBe("PACKET_NOT_LOGGED");
    }
    expect(user("ceo@example.com")).toMatchObject({ active: true });
  });

  it("refuses a genuine packet until its decision is in a witnessed checkpoint (inclusion proof), then runs a new one", async () => {
    const tags = () => runGit(t.dir, ["tag", "-l", "ledger-checkpoint/*"]).split("\n").filter(Boolean);
    expect(t.ws.doer.ledgerTrust.quorum).toBe(1);
    const packet = await packetFor("d-jia", "jia.li@example.com");
    const decision = (await t.ws.ledger.read()).findLast((r) => r.event.type === "policy.decided" && r.event.subject === "d-jia")!;
    const claims = JSON.parse(Buffer.from(packet.jws.split(".")[1]!, "base64url").toString()) as { pkt: PacketBody };
    expect(claims.pkt).toMatchObject({ decision_seq: decision.event.seq, decision_event: decision.hash });
    // Take every witnessed checkpoint away: the decision is on the branch but not provably witnessed.
    const saved = tags().map((tag) => [tag, runGit(t.dir, ["rev-parse", tag])] as const);
    for (const [tag] of saved) runGit(t.dir, ["tag", "-d", tag]);
    await expect(receivePacket(doer, packet.jws)).rejects.toMatchObject({ code: "EXECUTION_REFUSED" });
    expect((await t.ws.ledger.read()).findLast((r) => r.event.type === "doer.signature_rejected")!.event.data).toMatchObject({ reason: "PACKET_NOT_LOGGED", detail: "not_proven" });
    expect(user("jia.li@example.com")).toMatchObject({ active: true });
    for (const [tag, oid] of saved) runGit(t.dir, ["update-ref", `refs/tags/${tag}`, oid]);
    const again = await issuePacket(t.ws.gatekeeper, t.request("d-jia", "jia.li@example.com", { commit: false }).text, "requests/d-jia.yaml");
    if (again.status !== "signed") throw new Error(again.message);
    await expect(receivePacket(doer, again.packet.jws)).resolves.toMatchObject({ status: "soft_done" });
    expect(user("jia.li@example.com")).toMatchObject({ active: false });
  });

  it("refuses an unsigned packet (alg none)", async () => {
    const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
    const unsigned = `${enc({ alg: "none", kid: t.ws.config.packet.kid, typ: "offboard-packet+jwt" })}.${enc({ tenant: "acme", pkt: forgedBody("d-none", "2".repeat(64)) })}.`;
    await expect(receivePacket(doer, unsigned)).rejects.toMatchObject({ code: "EXECUTION_REFUSED" });
    expect((await rejections()).at(-1)).toBe("PACKET_SIGNATURE");
  });

  it("reinstates inside the window: account, groups and licences back; the hard phase never runs", async () => {
    const before = { user: user("kenji.watanabe@example.com"), groups: groupsOf("kenji.watanabe@example.com") };
    expect(before.groups.length).toBeGreaterThan(0);
    await receivePacket(doer, (await packetFor("d-kenji", "kenji.watanabe@example.com")).jws);
    expect(user("kenji.watanabe@example.com")).toMatchObject({ active: false });
    t.clock.advance((WINDOW - 1) * 1000);
    const evidence = await reinstate(doer, "d-kenji", "operator:test");
    expect(evidence.every((e) => e.ok)).toBe(true);
    expect(user("kenji.watanabe@example.com")).toMatchObject({ active: true, entitlements: before.user!.entitlements });
    expect(groupsOf("kenji.watanabe@example.com")).toEqual(before.groups);
    t.clock.advance(2 * WINDOW * 1000);
    const done = await runDueHardPhases(doer);
    expect(done.map((d) => d.id)).not.toContain("d-kenji");
    expect(user("kenji.watanabe@example.com")).toBeDefined();
    await expect(reinstate(doer, "d-kenji", "operator:test")).rejects.toMatchObject({ code: "REINSTATE_NOTHING_TO_RESTORE" });
  });

  it("runs the hard phase only when due, then refuses a reinstate", async () => {
    await receivePacket(doer, (await packetFor("d-olivia", "olivia.brown@example.com")).jws);
    t.clock.advance((WINDOW - 1) * 1000);
    expect((await runDueHardPhases(doer)).map((d) => d.id)).not.toContain("d-olivia");
    expect(user("olivia.brown@example.com")).toBeDefined();
    t.clock.advance(1000);
    const done = await runDueHardPhases(doer);
    expect(done.find((d) => d.id === "d-olivia")?.evidence.every((e) => e.ok)).toBe(true);
    expect(user("olivia.brown@example.com")).toBeUndefined();
    await expect(reinstate(doer, "d-olivia", "operator:test")).rejects.toMatchObject({ code: "REINSTATE_WINDOW_CLOSED" });
    expect(await runDueHardPhases(doer)).toEqual([]);
  });

  it("refuses an expired packet", async () => {
    const packet = await packetFor("d-chloe", "chloe.martin@example.com");
    t.clock.advance((t.ws.config.packet.ttl_seconds + 31) * 1000);
    await expect(receivePacket(doer, packet.jws)).rejects.toMatchObject({ code: "EXECUTION_REFUSED" });
    expect((await rejections()).at(-1)).toBe("PACKET_EXPIRED");
    expect(user("chloe.martin@example.com")).toMatchObject({ active: true });
  });

  it("revokes the lease when a connector throws mid-phase", async () => {
    const failing: Connector = {
      ...t.ws.doer.connectors.get("acme")![0]!,
      apply: async () => {
        throw new OffboardError("CONNECTOR_FAILED", "injected failure");
      },
    };
    const broken = { ...doer, connectors: new Map([["acme", [failing]]]) };
    await expect(receivePacket(broken, (await packetFor("d-diego", "diego.alvarez@example.com")).jws)).rejects.toMatchObject({ code: "CONNECTOR_FAILED" });
    expect(await scimStatus(leases.at(-1)!.credentials.bearerToken)).toBe(401);
    const types = await events("d-diego");
    expect(types.filter((e) => e === "lease.revoked").length).toBe(types.filter((e) => e === "lease.issued").length);
    expect(types).not.toContain("phase.soft.done");
    expect(types.at(-1)).toBe("phase.failed");
  });
});
