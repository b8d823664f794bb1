import { generateKeyPairSync } from "node:crypto";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONFIG_PATH } from "../../app/config/load-tenant-config.js";
import { receivePacket } from "../../app/doer/receive-packet.js";
import { approveRequest } from "../../app/gatekeeper/approve-request.js";
import { decideRequest } from "../../app/gatekeeper/decide-request.js";
import { issuePacket } from "../../app/gatekeeper/issue-packet.js";
import { runGit } from "../../app/util/run-git.js";
import { openWorkspace, type Workspace } from "../../app/workspace/open-workspace.js";
import { testWorkspace, type TestWorkspace } from "../helpers/workspace.js";

/**
 * The runbook of docs/KEY_ROTATION.md, step by step: add the new packet key next to the old one,
 * switch the signing kid, let packets signed with the old kid drain (both verify), then remove the
 * old public key: from then on a packet under the old kid is refused, with an event.
 */
describe("packet signing key rotation with overlapping key ids", () => {
  let t: TestWorkspace;
  const open: Workspace[] = [];
  beforeAll(async () => {
    t = await testWorkspace(300);
  });
  afterAll(async () => {
    for (const ws of open) await ws.close();
    await t.ws.close();
  });

  const reopen = async () => {
    const ws = await openWorkspace(t.dir, { clock: t.clock });
    open.push(ws);
    return ws;
  };
  async function packet(ws: Workspace, id: string, email: string) {
    const f = t.request(id, email);
    const d = await decideRequest(ws.gatekeeper, f.text, f.file);
    if (d.evaluated.decision.outcome === "require_hitl") await approveRequest(ws.gatekeeper, f.text, f.file, { approver: "alice.nguyen@example.com", via: "cli" });
    const issued = await issuePacket(ws.gatekeeper, f.text, f.file);
    if (issued.status !== "signed") throw new Error(`${id}: ${issued.message}`);
    return issued.packet;
  }

  it("old-kid packets verify during the overlap and are refused once the old key is removed", async () => {
    const oldKid = t.ws.config.packet.kid;
    const inFlight = await packet(t.ws, "r-old-1", "noah.schmidt@example.com");
    const afterRemoval = await packet(t.ws, "r-old-2", "jia.li@example.com");
    expect(inFlight.kid).toBe(oldKid);

    // 1. New key pair next to the old one; 2. the config signs with the new kid.
    const newKid = "acme-packet-2";
    const { privateKey, publicKey } = generateKeyPairSync("ed25519");
    writeFileSync(join(t.dir, ".offboard", "keys", `packet-${newKid}.pem`), privateKey.export({ type: "pkcs8", format: "pem" }).toString(), { mode: 0o600 });
    writeFileSync(join(t.dir, "ledger", "keys", "packet", `${newKid}.pem`), publicKey.export({ type: "spki", format: "pem" }).toString());
    writeFileSync(join(t.dir, CONFIG_PATH), readFileSync(join(t.dir, CONFIG_PATH), "utf8").replace(`kid: ${oldKid}`, `kid: ${newKid}`));
    runGit(t.dir, ["add", "-A"]);
    runGit(t.dir, ["commit", "-q", "-m", "rotate the packet key: add acme-packet-2 and sign with it"]);
    const overlap = await reopen();
    const fresh = await packet(overlap, "r-new-1", "olivia.brown@example.com");
    expect(fresh.kid).toBe(newKid);
    await expect(receivePacket(overlap.doer, fresh.jws)).resolves.toMatchObject({ status: "soft_done" });
    await expect(receivePacket(overlap.doer, inFlight.jws)).resolves.toMatchObject({ status: "soft_done" });

    // 3. The overlap ends: the old public key is removed; its packets are refused.
    rmSync(join(t.dir, "ledger", "keys", "packet", `${oldKid}.pem`));
    runGit(t.dir, ["commit", "-q", "-am", "rotate the packet key: retire the old key"]);
    const after = await reopen();
    await expect(receivePacket(after.doer, afterRemoval.jws)).rejects.toMatchObject({ code: "EXECUTION_REFUSED" });
    const last = (await after.ledger.read()).findLast((r) => r.event.type === "doer.signature_rejected")!;
    expect(last.event.data).toMatchObject({ reason: "PACKET_SIGNATURE", kid: oldKid });
  });
});
