/**
 * Ledger benchmark (issue 4, item 8): `npm run bench -- ledger [--events N] [--json]`.
 *
 * All in one run, on real git repositories in a temp directory:
 * - append: many single-event appends issued at once by two writers (the ledger batches them into
 *   group commits), median of 3 bursts; and the latency of one append at a time (p50, p99);
 * - verify (structure and hashes: every record's canonical bytes, seq, hash, chain, keys, Merkle
 *   root, state, checkpoint, history) for N = 100,000 and 1,000,000 events, beside two baselines
 *   measured on the same repository: raw SHA-256 chained over the same record bytes (read through
 *   the same git reader), and `git fsck`;
 * - full verification of the largest ledger (every Ed25519 signature, worker threads) in a child
 *   process, for its time, CPU time and peak memory, beside the raw Ed25519 verify rate of this
 *   machine and how much its worker threads really run in parallel: together they give the floor
 *   Ed25519 alone sets on the full verification here.
 * Goals (checked here, never in tests): append ≥ 5,000 events/s; structure+hash verification ≥ half
 * the chained-hash rate; 1,000,000 events fully verified in < 60 s with peak RSS < 300 MB.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { generateKeyPairSync, hash, sign, verify, type KeyObject } from "node:crypto";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { ed25519Backend, ed25519Verify, type Ed25519Backend } from "../app/ledger/ed25519-verify.js";
import { generateLedgerKey, type LedgerKeyPair } from "../app/ledger/generate-ledger-key.js";
import { openGitObjectReader } from "../app/ledger/git-object-reader.js";
import { openGitLedger } from "../app/ledger/git-ledger.js";
import { readLedgerLayout } from "../app/ledger/read-ledger-layout.js";
import { createLedgerSigner } from "../app/ledger/signer.js";
import type { EventDraft } from "../app/ledger/types.js";
import { verifyLedger } from "../app/ledger/verify-ledger.js";
import { systemClock } from "../app/util/clock.js";

export interface LedgerBenchOptions {
  /** Ledger sizes to verify (default 100,000 and 1,000,000); the largest is also fully verified. */
  events?: number[];
  /** Events per append burst (default 20,000). */
  appendEvents?: number;
}

export interface LedgerBenchResult {
  append_events_per_s: number;
  append_commits_per_burst: number;
  append_one_p50_ms: number;
  append_one_p99_ms: number;
  sizes: { events: number; generate_events_per_s: number; verify_events_per_s: number; sha256_chain_baseline_events_per_s: number; ratio: number; git_fsck_seconds: number }[];
  /** For the largest size. */
  verify_events_per_s: number;
  sha256_chain_baseline_events_per_s: number;
  verify_to_baseline_ratio: number;
  git_fsck_seconds: number;
  full_verify_events: number;
  full_verify_1m_seconds: number;
  full_verify_threads: number;
  /** Which code checked the signatures (OFFBOARD_ED25519): node:crypto, or the native module built by `npm run build:native`. */
  full_verify_signature_backend: Ed25519Backend;
  /** CPU time of the full verification, all threads (Ed25519 alone needs events / ed25519_verifies_per_s_one_thread of it). */
  full_verify_cpu_seconds: number;
  peak_rss_mb: number;
  /** Verifications per second on one thread with the backend the full verification used. */
  ed25519_verifies_per_s_one_thread: number;
  /** The same with node:crypto (the baseline the native module is measured against). */
  ed25519_node_verifies_per_s_one_thread: number;
  /** Throughput of `threads` busy worker threads relative to one (how many cores this machine really gives). */
  effective_parallelism: number;
  /** The least time the signatures alone take here: events / (ed25519_verifies_per_s_one_thread × effective_parallelism). */
  full_verify_ed25519_bound_seconds: number;
}

const KEYS = { gatekeeper: generateLedgerKey("gatekeeper"), doer: generateLedgerKey("doer") };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const round = (x: number, digits = 0) => Number(x.toFixed(digits));
const drafts = (from: number, n: number, type: EventDraft["type"] = "policy.decided"): EventDraft[] =>
  Array.from({ length: n }, (_, i) => ({ type, tenant: "acme", actor: type === "policy.decided" ? "gatekeeper" : "doer", subject: `2026-${from + i}-target`, data: { i: from + i, outcome: "allow", reason: "resignation", risk: 40, request_digest: "0".repeat(64) } }));

function repo(parent: string, keys: LedgerKeyPair[]): string {
  const dir = mkdtempSync(join(parent, "repo-"));
  const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, stdio: "ignore" });
  git("init", "-q", "-b", "main");
  mkdirSync(join(dir, "ledger", "keys"), { recursive: true });
  for (const k of keys) writeFileSync(join(dir, "ledger", "keys", `${k.kid}.pem`), k.publicKeyPem);
  git("add", "-A");
  git("-c", "user.name=bench", "-c", "user.email=bench@example.com", "commit", "-q", "-m", "keys");
  return dir;
}

export async function benchLedger(options: LedgerBenchOptions, progress: (s: string) => void): Promise<LedgerBenchResult> {
  const sizes = [...(options.events ?? [100_000, 1_000_000])].sort((a, b) => a - b);
  const burst = options.appendEvents ?? 20_000;
  const work = mkdtempSync(join(tmpdir(), "offboard-bench-ledger-"));
  try {
    const gk = createLedgerSigner(KEYS.gatekeeper.privateKeyPem, KEYS.gatekeeper.kid);
    const dr = createLedgerSigner(KEYS.doer.privateKeyPem, KEYS.doer.kid);
    // Append: two writers, every event its own append call, all issued at once.
    const rates: number[] = [];
    let commits = 0;
    for (let run = 0; run < 3; run++) {
      const dir = repo(work, [KEYS.gatekeeper, KEYS.doer]);
      const ledger = await openGitLedger({ dir, clock: systemClock });
      const t = performance.now();
      await Promise.all([...drafts(0, burst / 2).map((d) => ledger.append([d], gk)), ...drafts(0, burst / 2, "lease.issued").map((d) => ledger.append([d], dr))]);
      rates.push(burst / ((performance.now() - t) / 1000));
      commits = Number(execFileSync("git", ["-C", dir, "rev-list", "--count", "refs/heads/ledger"], { encoding: "utf8" }));
      progress(`append burst ${run + 1}: ${round(rates.at(-1)!)} events/s in ${commits} group commits`);
    }
    const one = await openGitLedger({ dir: repo(work, [KEYS.gatekeeper]), clock: systemClock });
    const latencies: number[] = [];
    for (let i = 0; i < 200; i++) {
      const t = performance.now();
      await one.append(drafts(i, 1), gk);
      latencies.push(performance.now() - t);
    }
    progress(`append one at a time: p50 ${round(percentile(latencies, 50), 2)} ms`);

    const results: LedgerBenchResult["sizes"] = [];
    let largest = "";
    for (const n of sizes) {
      const dir = repo(work, [KEYS.gatekeeper]);
      const ledger = await openGitLedger({ dir, clock: systemClock });
      const t = performance.now();
      for (let done = 0; done < n - 1; done += 10_000) {
        await ledger.append(drafts(done, Math.min(10_000, n - 1 - done)), gk); // + ledger.genesis = n events
        if (done % 100_000 === 0) progress(`generating ${n} events: ${done}`);
      }
      const generate = n / ((performance.now() - t) / 1000);
      const runs = n >= 1_000_000 ? 1 : 3;
      const verifyRates: number[] = [];
      const baseRates: number[] = [];
      for (let r = 0; r < runs; r++) {
        baseRates.push(n / (await chainedSha256(dir)));
        const t0 = performance.now();
        const v = await verifyLedger({ dir, signatures: false });
        if (!v.ok || v.size !== n) throw new Error(`bench ledger of ${n} did not verify: ${v.firstBad?.message}`);
        verifyRates.push(n / ((performance.now() - t0) / 1000));
      }
      const t1 = performance.now();
      execFileSync("git", ["-C", dir, "fsck", "--no-dangling", "--no-progress"], { stdio: "ignore" });
      const fsck = (performance.now() - t1) / 1000;
      const [verifyRate, baseRate] = [median(verifyRates), median(baseRates)];
      results.push({ events: n, generate_events_per_s: round(generate), verify_events_per_s: round(verifyRate), sha256_chain_baseline_events_per_s: round(baseRate), ratio: round(verifyRate / baseRate, 3), git_fsck_seconds: round(fsck, 2) });
      progress(`${n} events: verify ${round(verifyRate)} events/s, chained SHA-256 ${round(baseRate)} events/s, git fsck ${round(fsck, 1)} s`);
      largest = dir;
    }
    progress(`full verification of ${sizes.at(-1)} events (every signature) in a child process…`);
    const full = verifyInChild(largest);
    const ed = ed25519Rate(ed25519Verify);
    const edNode = ed25519Rate((m, k, sig) => verify(null, m, k, sig));
    const parallel = await parallelism(full.threads);
    const top = results.at(-1)!;
    return {
      append_events_per_s: round(median(rates)),
      append_commits_per_burst: commits,
      append_one_p50_ms: round(percentile(latencies, 50), 2),
      append_one_p99_ms: round(percentile(latencies, 99), 2),
      sizes: results,
      verify_events_per_s: top.verify_events_per_s,
      sha256_chain_baseline_events_per_s: top.sha256_chain_baseline_events_per_s,
      verify_to_baseline_ratio: top.ratio,
      git_fsck_seconds: top.git_fsck_seconds,
      full_verify_events: top.events,
      full_verify_1m_seconds: round(full.seconds, 1),
      full_verify_threads: full.threads,
      full_verify_signature_backend: full.backend,
      full_verify_cpu_seconds: round(full.cpu_seconds, 1),
      peak_rss_mb: round(full.peak_rss_mb),
      ed25519_verifies_per_s_one_thread: round(ed),
      ed25519_node_verifies_per_s_one_thread: round(edNode),
      effective_parallelism: round(parallel, 2),
      full_verify_ed25519_bound_seconds: round(top.events / (ed * parallel), 1),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Seconds to read every record line through the same git reader and chain SHA-256 over them. */
async function chainedSha256(dir: string): Promise<number> {
  const reader = openGitObjectReader(join(dir, ".git"));
  try {
    const t = performance.now();
    const layout = await readLedgerLayout(reader, (await reader.read("refs/heads/ledger^{commit}"))!.oid);
    let h: Buffer = Buffer.alloc(32);
    for (const oid of [...layout.segments.map((s) => s.oid), layout.tail!]) {
      const text = (await reader.read(oid))!.bytes;
      let from = 0;
      for (let i = text.indexOf(10); i !== -1; i = text.indexOf(10, i + 1)) {
        h = hash("sha256", Buffer.concat([h, text.subarray(from, i)]), "buffer") as Buffer;
        from = i + 1;
      }
    }
    return (performance.now() - t) / 1000;
  } finally {
    reader.close();
  }
}

/** Full verification in a fresh process: its wall time, CPU time and peak RSS (worker threads included). */
function verifyInChild(dir: string): { seconds: number; cpu_seconds: number; peak_rss_mb: number; threads: number; backend: Ed25519Backend } {
  const self = fileURLToPath(import.meta.url);
  const args = self.endsWith(".ts") ? ["--import", "tsx", self] : [self];
  const run = spawnSync(process.execPath, [...args, "--verify-child", dir], { encoding: "utf8", maxBuffer: 1 << 24 });
  if (run.status !== 0) throw new Error(`full verification failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split("\n").at(-1)!) as { seconds: number; cpu_seconds: number; peak_rss_mb: number; threads: number; backend: Ed25519Backend };
}

/** Ed25519 verifications per second on one thread with `check` (KeyObject made once, as the verifier does), best of 3 runs of 3,000. */
function ed25519Rate(check: (message: Buffer, key: KeyObject, signature: Buffer) => boolean): number {
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  const messages = Array.from({ length: 3000 }, (_, i) => hash("sha256", String(i), "buffer") as Buffer);
  const signatures = messages.map((m) => sign(null, m, privateKey));
  const rates = [0, 1, 2].map(() => {
    const t = performance.now();
    messages.forEach((m, i) => {
      if (!check(m, publicKey, signatures[i]!)) throw new Error("Ed25519 rate: a valid signature did not verify");
    });
    return messages.length / ((performance.now() - t) / 1000);
  });
  return Math.max(...rates);
}

/** How much faster `threads` busy worker threads are than one, on a fixed CPU-bound loop. */
async function parallelism(threads: number): Promise<number> {
  const code = "let x = 0; for (let i = 0; i < 1e8; i++) x = (x * 31 + i) % 1000003;";
  const time = async (k: number) => {
    const t = performance.now();
    await Promise.all(Array.from({ length: k }, () => new Promise((done) => new Worker(code, { eval: true }).on("exit", done))));
    return (performance.now() - t) / 1000;
  };
  const one = await time(1);
  return (threads * one) / (await time(threads));
}

/** Human-readable lines for the result, with the goals. */
export function formatLedgerBench(r: LedgerBenchResult): string[] {
  const mark = (ok: boolean) => (ok ? "met" : "NOT met");
  // Every signature must be verified, so Ed25519 sets a floor no other work can lower.
  const floor1m = 1_000_000 / (r.ed25519_verifies_per_s_one_thread * r.effective_parallelism);
  const cores = Math.ceil(1_000_000 / (r.ed25519_verifies_per_s_one_thread * 60));
  return [
    `ledger benchmark`,
    `  append: ${r.append_events_per_s} events/s (median of 3 bursts, ${r.append_commits_per_burst} group commits each); one at a time p50 ${r.append_one_p50_ms} ms, p99 ${r.append_one_p99_ms} ms`,
    ...r.sizes.map((s) => `  ${s.events} events: generated at ${s.generate_events_per_s}/s; verify (structure+hashes) ${s.verify_events_per_s}/s vs chained SHA-256 ${s.sha256_chain_baseline_events_per_s}/s = ${s.ratio}x; git fsck ${s.git_fsck_seconds} s`),
    `  full verification of ${r.full_verify_events} events (every signature, ${r.full_verify_threads} worker threads, ${r.full_verify_signature_backend} Ed25519): ${r.full_verify_1m_seconds} s (${r.full_verify_cpu_seconds} s CPU), peak RSS ${r.peak_rss_mb} MB`,
    `  machine: Ed25519 verify ${r.ed25519_verifies_per_s_one_thread}/s on one thread (${r.full_verify_signature_backend}; node:crypto ${r.ed25519_node_verifies_per_s_one_thread}/s); ${r.full_verify_threads} threads give ${r.effective_parallelism}x one thread; so the signatures alone take at least ${r.full_verify_ed25519_bound_seconds} s here`,
    ...(r.full_verify_signature_backend === "node" ? ["  the native Ed25519 module is not built (npm run build:native, needs cargo): node:crypto checked the signatures"] : []),
    `  goal append >= 5000 events/s: ${mark(r.append_events_per_s >= 5000)}; goal verify >= 0.5x chained SHA-256: ${mark(r.verify_to_baseline_ratio >= 0.5)}; goal full verify of 1M < 60 s: ${mark(r.full_verify_events >= 1_000_000 && r.full_verify_1m_seconds < 60)}; goal peak RSS < 300 MB: ${mark(r.peak_rss_mb < 300)}`,
    ...(floor1m >= 60 ? [`  out of reach here: the signatures of 1,000,000 events alone take ${round(floor1m, 1)} s on this machine (1,000,000 / (${r.ed25519_verifies_per_s_one_thread}/s x ${r.effective_parallelism})); < 60 s needs ${cores} or more free cores at this Ed25519 rate`] : []),
  ];
}

// Child mode: `node [--import tsx] bench/ledger.ts --verify-child DIR` prints {seconds, peak_rss_mb, threads}.
if (process.argv[2] === "--verify-child" && import.meta.url === pathToFileURL(process.argv[1]!).href) {
  const t = performance.now();
  const threads = Math.min(availableParallelism(), 8); // verifyLedger's default for a ledger of 4 segments or more
  const v = await verifyLedger({ dir: process.argv[3]!, threads });
  if (!v.ok) {
    process.stderr.write(`${v.firstBad?.message}\n`);
    process.exit(1);
  }
  const usage = process.resourceUsage();
  process.stdout.write(`${JSON.stringify({ seconds: (performance.now() - t) / 1000, cpu_seconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6, peak_rss_mb: usage.maxRSS / 1024, threads, backend: ed25519Backend() })}\n`);
}
