import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { startDemoVault } from "../../doer/lease/dev-vault.js";
import { verifyLedger } from "../../ledger/verify-ledger.js";
import { systemClock } from "../../util/clock.js";
import { packageRoot } from "../../util/package-root.js";
import { runGit } from "../../util/run-git.js";
import { openWorkspace, type Workspace } from "../../workspace/open-workspace.js";
import { scaffoldRepo } from "../../workspace/scaffold-repo.js";
import { DEMO_APPROVERS } from "../demo/scenarios.js";
import { runDemo } from "../demo/run-demo.js";
import { summarizeDemo } from "../demo/summarize-demo.js";
import { EXIT, type Output } from "../output.js";
import { describeVerification } from "./verify.js";

export interface DemoOptions {
  dir?: string;
  /** Reinstate window in seconds (the policy default is 300; the demo shortens it). */
  window: number;
}

/**
 * `offboard demo`: the whole pipeline on embedded defaults (local git repo with a bare remote,
 * embedded SCIM directory, local lease broker, deterministic parser, local witness), then verifies
 * the ledger from a fresh clone of the remote with both verifiers (offboard verify and the
 * auditor's ledger/verify.mjs) and prints a summary. Any deviation exits non-zero.
 */
export async function demoCommand(options: DemoOptions, out: Output): Promise<number> {
  const clock = systemClock;
  const work = mkdtempSync(join(tmpdir(), "offboard-demo-"));
  const dir = options.dir ? resolve(options.dir) : join(work, "policy-repo");
  const remote = join(work, "remote.git");
  out.say(out.color("bold", `offboard demo: policy repository ${dir} (remote ${remote}), reinstate window ${options.window} s`));
  scaffoldRepo({ dir, tenant: "acme", securityTeam: [...DEMO_APPROVERS], windowSeconds: options.window, remote });
  // Leases: a real Vault when one is reachable (VAULT_ADDR) or built (.tools/bin/vault), else the local broker.
  const scimToken = randomBytes(24).toString("base64url");
  const vault = await startDemoVault("acme", scimToken);
  const leaseSource = vault
    ? `Vault (${vault.origin}; AppRole offboard-acme, single-use wrapped SecretIDs, tokens of at most 60 s)`
    : "the local lease broker (no Vault: set VAULT_ADDR and VAULT_TOKEN, or run `bash scripts/install-tools.sh vault`)";
  out.say(`   leases: ${leaseSource}`);
  out.progress("compiling the policy to Wasm with opa (cached by content hash)…");
  let records: Awaited<ReturnType<Workspace["ledger"]["read"]>> = [];
  try {
    const ws = await openWorkspace(dir, { clock, ...(vault ? { vault: { addr: vault.addr, roleIds: vault.roleIds, orchestratorToken: vault.orchestratorToken, embeddedScimToken: scimToken } } : {}) });
    try {
      await runDemo(ws, out, clock);
      runGit(dir, ["push", "-q", "origin", "main"]);
      await ws.ledger.push();
      records = await ws.ledger.read();
    } finally {
      await ws.close();
    }
  } finally {
    await vault?.stop();
  }
  out.say(out.color("bold", "\n7. An auditor clones the remote and verifies the ledger"));
  const clone = join(work, "auditor-clone");
  runGit(work, ["clone", "-q", remote, clone]);
  runGit(clone, ["fetch", "-q", "origin", "ledger:ledger"]);
  const verification = await verifyLedger({ dir: clone });
  for (const line of describeVerification(verification)) out.say(`   ${line}`);
  // The auditor's own single-file verifier (Node's standard library and git only) must agree.
  const standalone = spawnSync(process.execPath, [join(packageRoot(), "ledger", "verify.mjs"), "--repo", clone], { encoding: "utf8" });
  out.say(`   ledger/verify.mjs: ${(standalone.stdout || standalone.stderr).trim()}`);
  const agreed = (standalone.status === 0) === verification.ok;
  if (verification.witnessed) {
    const tag = verification.witnessed.ref.replace("refs/tags/", "");
    out.say(`   pin it for next time: git -C ${clone} cat-file tag ${tag} | sed '1,/^$/d' > pinned-checkpoint.txt`);
    out.say(`   then: npx offboard verify --repo ${remote} --checkpoint pinned-checkpoint.txt`);
  }
  const summary = summarizeDemo(records);
  out.say(out.color("bold", "\nSummary"));
  for (const r of summary.rows) out.say(`   ${r.id.padEnd(26)} ${r.outcome.padEnd(13)} approvals ${r.approvals}  ${r.final}`);
  out.say(`   ${summary.events} ledger events: ${Object.entries(summary.byType).map(([t, n]) => `${t} ${n}`).join(", ")}`);
  out.say(`   chain head ${summary.head}`);
  out.say(`   policy repository: ${dir} (ledger branch: \`git -C ${dir} log --oneline refs/heads/ledger\`)`);
  out.say(`   verify it yourself (from this package's directory, ${packageRoot()}): npx offboard verify --repo ${dir}`);
  out.result({ dir, remote, leases: vault ? "vault" : "local-broker", verification, standalone: { exit: standalone.status, agreed }, ...summary });
  return verification.ok && agreed ? EXIT.ok : EXIT.failed;
}
