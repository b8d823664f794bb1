import { generateKeyPairSync } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { receivePacket } from "../../doer/receive-packet.js";
import { reinstate } from "../../doer/reinstate.js";
import { isOffboardError, OffboardError } from "../../errors.js";
import { approveRequest } from "../../gatekeeper/approve-request.js";
import { decideRequest } from "../../gatekeeper/decide-request.js";
import { signPacket } from "../../packet/sign-packet.js";
import type { PacketBody } from "../../packet/packet-schema.js";
import { signingKeyFrom } from "../../packet/tenant-keys.js";
import type { Clock } from "../../util/clock.js";
import { runGit } from "../../util/run-git.js";
import type { Workspace } from "../../workspace/open-workspace.js";
import { applyAll } from "../commands/apply.js";
import { describeDecision } from "../commands/describe-decision.js";
import type { Output } from "../output.js";
import { DEMO_APPROVERS, DEMO_REQUESTER, DEMO_REQUESTS, demoRequestYaml } from "./scenarios.js";

const [ALICE, BEN] = DEMO_APPROVERS;

/** Runs the demo's story on an opened workspace; throws when anything deviates from the expected. */
export async function runDemo(ws: Workspace, out: Output, clock: Clock): Promise<void> {
  const today = new Date(clock()).toISOString().slice(0, 10);
  const files = new Map<string, { file: string; text: string }>();
  mkdirSync(join(ws.repoDir, "requests"), { recursive: true });

  out.say(out.color("bold", "\n1. HR files four requests; intake and policy decide each"));
  for (const r of DEMO_REQUESTS) {
    const file = `requests/${r.id}.yaml`;
    const text = demoRequestYaml(r, today);
    writeFileSync(join(ws.repoDir, file), text);
    files.set(r.id, { file, text });
    const result = await decideRequest(ws.gatekeeper, text, file);
    out.say(`   ${r.story}:`);
    for (const line of describeDecision(result, out)) out.say(`   ${line}`);
    expect(result.evaluated.decision.outcome === r.expect, `${r.id}: expected ${r.expect}, policy said ${result.evaluated.decision.outcome}`);
    expect(result.intake.injectionSuspected === r.expectInjection, `${r.id}: injection flag ${result.intake.injectionSuspected}`);
    if (r.expectInjection) expect(result.intake.confidence < 40 && result.input.request.target_email === null, `${r.id}: injection effects missing`);
  }
  runGit(ws.repoDir, ["add", "requests"]);
  runGit(ws.repoDir, ["commit", "-q", "-m", "requests: four offboarding requests (merged)"]);

  out.say(out.color("bold", "\n2. Approvals: the rules refuse the wrong people; the security team approves"));
  const approve = (id: string, approver: string, confirm?: string) => {
    const f = files.get(id)!;
    return approveRequest(ws.gatekeeper, f.text, f.file, { approver, confirmTarget: confirm ?? null, via: "cli" });
  };
  await refused(out, "the requester approving", approve("2026-0002-sam-okafor", DEMO_REQUESTER), "not_in_team");
  await refused(out, "an approver confirming the injected ceo@example.com", approve("2026-0003-noah-schmidt", BEN, "ceo@example.com"), "target_confirmation_mismatch");
  for (const [id, who, confirm] of [
    ["2026-0002-sam-okafor", ALICE],
    ["2026-0002-sam-okafor", BEN],
    ["2026-0003-noah-schmidt", BEN, "noah.schmidt@example.com"],
    ["2026-0004-marcus-bell", ALICE],
  ] as const) {
    const rec = await approve(id, who, confirm);
    out.say(`   ${id}: approved by ${who}${confirm ? ` (confirmed target ${confirm})` : ""} — ${String(rec.event.data.counted)}/${String(rec.event.data.required)}`);
  }

  out.say(out.color("bold", "\n3. Apply (merge): signed packets, verified by the doer, soft phase under 60-second leases"));
  const applied = await applyAll(ws, { repo: ws.repoDir, wait: false }, prefixed(out), clock);
  expect(applied.requests.filter((r) => r.status === "soft_done").length === 4, `expected 4 soft phases, got ${JSON.stringify(applied.requests)}`);

  out.say(out.color("bold", "\n4. The doer refuses what the gatekeeper did not sign"));
  await forgedPacket(ws, out, clock);

  out.say(out.color("bold", "\n5. Reinstate inside the window: HR was wrong about Marcus"));
  const evidence = await reinstate(ws.doer, "2026-0004-marcus-bell", "operator:hr.ops@example.com");
  expect(evidence.every((e) => e.ok), `reinstate evidence not ok: ${JSON.stringify(evidence)}`);
  for (const e of evidence) out.say(`   ${e.connector}: ${JSON.stringify(e.checks)}`);

  out.say(out.color("bold", "\n6. The window closes; hard phases run (reinstated request skipped)"));
  const final = await applyAll(ws, { repo: ws.repoDir, wait: true }, prefixed(out), clock);
  expect(final.hard.length === 3 && !final.hard.includes("2026-0004-marcus-bell"), `unexpected hard phases: ${final.hard.join(", ")}`);
  await refused(out, "a reinstate after the window", reinstate(ws.doer, "2026-0001-dana-reyes", "operator:hr.ops@example.com"), "REINSTATE_WINDOW_CLOSED");
}

async function forgedPacket(ws: Workspace, out: Output, clock: Clock): Promise<void> {
  const { privateKey } = generateKeyPairSync("ed25519");
  const mallory = signingKeyFrom(ws.config.tenant, "EdDSA", ws.config.packet.kid, privateKey.export({ type: "pkcs8", format: "pem" }).toString(), "demo forger");
  const records = await ws.ledger.read();
  const decision = records.findLast((r) => r.event.type === "policy.decided")!;
  const body: PacketBody = {
    v: 1, request_id: "2026-0099-ceo", request_digest: "0".repeat(64), decision_event: decision.hash, outcome: "allow",
    target: { email: "ceo@example.com", key: "0".repeat(64), source: "request" }, phases: { soft: true, hard: { delay_seconds: 0 } }, approvals: [],
    policy: { policy_hash: "0".repeat(64), wasm_sha256: "0".repeat(64), policy_commit: null, opa_version: "forged" },
  };
  const forged = await signPacket(body, mallory, { clock, audience: ws.config.packet.audience });
  await refused(out, "a packet for ceo@example.com signed with a stolen kid but the wrong key", receivePacket(ws.doer, forged.jws), "EXECUTION_REFUSED");
  const rejected = (await ws.ledger.read()).filter((r) => r.event.type === "doer.signature_rejected").length;
  expect(rejected === 1, `expected one doer.signature_rejected event, found ${rejected}`);
  out.say("   the refusal is on the ledger as a doer.signature_rejected event; nothing was touched");
}

async function refused(out: Output, what: string, attempt: Promise<unknown>, reason: string): Promise<void> {
  try {
    await attempt;
  } catch (e) {
    if (isOffboardError(e) && (e.code === reason || e.details.reason === reason)) {
      out.say(`   ${out.color("green", "refused")} ${what}: ${e.message}`);
      return;
    }
    throw e;
  }
  throw new OffboardError("EXECUTION_REFUSED", `demo: ${what} was accepted but must be refused (${reason})`);
}

function prefixed(out: Output): Output {
  return { ...out, say: (l) => out.say(`   ${l}`), progress: (l) => out.progress(`   ${l}`) };
}

function expect(condition: boolean, message: string): void {
  if (!condition) throw new OffboardError("EXECUTION_REFUSED", `demo: ${message}`);
}
