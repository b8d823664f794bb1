import { execFile } from "node:child_process";
import { utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { openGitLedger } from "../../app/ledger/git-ledger.js";
import { createLedgerSigner } from "../../app/ledger/signer.js";
import type { LedgerSigner } from "../../app/ledger/types.js";
import { verifyLedger } from "../../app/ledger/verify-ledger.js";
import { manualClock, systemClock } from "../../app/util/clock.js";
import { draft, makeRepo, newKey, runGit, tempDirs } from "./helpers.js";

const ROOT = join(import.meta.dirname, "..", "..");

const dirs = tempDirs();
afterAll(() => dirs.cleanup());

const T0 = Date.UTC(2026, 0, 31, 12);
const gatekeeper = newKey("gatekeeper");
const doer = newKey("doer");
const gk = createLedgerSigner(gatekeeper.privateKeyPem, gatekeeper.kid);
const dr = createLedgerSigner(doer.privateKeyPem, doer.kid);

/** The ledger branch is one linear chain of `commits` commits with a single root and no merges. */
function expectLinearHistory(dir: string, commits: number): void {
  const lines = runGit(dir, "rev-list", "--parents", "refs/heads/ledger").trim().split("\n");
  expect(lines).toHaveLength(commits);
  lines.forEach((line, i) => expect(line.split(" ")).toHaveLength(i === lines.length - 1 ? 1 : 2));
  for (let i = 0; i < lines.length - 1; i++) expect(lines[i]!.split(" ")[1]).toBe(lines[i + 1]!.split(" ")[0]);
}

describe("two writers racing on one repository", () => {
  it("two instances × 100 parallel appends: one linear chain, nothing lost", async () => {
    const dir = await makeRepo(await dirs.make(), [gatekeeper, doer]);
    const a = await openGitLedger({ dir, clock: manualClock(T0) });
    const b = await openGitLedger({ dir, clock: manualClock(T0 + 1) });
    const appended = await Promise.all([
      ...Array.from({ length: 100 }, (_, i) => a.append([draft(i, "policy.decided", { writer: "a" })], gk)),
      ...Array.from({ length: 100 }, (_, i) => b.append([draft(i, "lease.issued", { writer: "b" })], dr)),
    ]);
    const records = await a.read();
    expect(records).toHaveLength(202);
    expect(records.map((r) => r.event.seq)).toEqual(Array.from({ length: 202 }, (_, i) => i));
    const written = new Set(records.filter((r) => r.event.data.writer !== undefined).map((r) => `${String(r.event.data.writer)}:${String(r.event.data.i)}`));
    expect(written.size).toBe(200);
    expect(appended.flat().map((r) => r.event.seq).sort((x, y) => x - y)).toEqual(records.filter((r) => r.event.data.writer !== undefined).map((r) => r.event.seq));
    expect(await b.read()).toEqual(records);
    const commits = Number(runGit(dir, "rev-list", "--count", "refs/heads/ledger"));
    expectLinearHistory(dir, commits);
    expect(await verifyLedger({ dir })).toMatchObject({ ok: true, size: 202 });
  });

  /** Runs two writer processes at once (append-worker.ts) and returns the repository. */
  async function race(count: number, mode: "burst" | "serial"): Promise<string> {
    const dir = await makeRepo(await dirs.make(), [doer]);
    const worker = join(import.meta.dirname, "append-worker.ts");
    // Both start appending at the same moment, whatever their start-up times.
    const env = { ...process.env, LEDGER_KEY_PEM: doer.privateKeyPem, LEDGER_KID: doer.kid, START_AT: String(Date.now() + 2500) };
    const run = (writer: string) => promisify(execFile)(process.execPath, ["--import", "tsx", worker, dir, writer, String(count), mode], { env, cwd: ROOT });
    // allSettled: both writers finish before anything is asserted or cleaned up.
    const runs = await Promise.allSettled([run("p"), run("q")]);
    expect(runs.map((r) => (r.status === "rejected" ? String(r.reason) : r.status))).toEqual(["fulfilled", "fulfilled"]);
    return dir;
  }

  function expectAll(records: { event: { subject: string; seq: number } }[], count: number): void {
    const written = records.filter((r) => /^[pq]-\d+$/.test(r.event.subject));
    expect(written).toHaveLength(2 * count);
    expect(new Set(written.map((r) => r.event.subject)).size).toBe(2 * count);
    expect(records.map((r) => r.event.seq)).toEqual(records.map((_, i) => i));
  }

  it("two processes × 1,000 events issued at once: one linear chain of 2,000 events, nothing lost (group commits)", async () => {
    const dir = await race(1000, "burst");
    const records = await (await openGitLedger({ dir, clock: systemClock })).read();
    expectAll(records, 1000);
    expect(records).toHaveLength(2001); // and ledger.genesis, which introduces the (shared) doer key
    const commits = Number(runGit(dir, "rev-list", "--count", "refs/heads/ledger"));
    expect(commits).toBeGreaterThanOrEqual(80); // groups of at most 25 events
    expectLinearHistory(dir, commits);
    // The writers really raced: their commits interleave on the one chain (the lock lets waiters in).
    const writers = records.slice(1).map((r) => r.event.subject[0]);
    expect(writers.filter((w, i) => i > 0 && w !== writers[i - 1]).length).toBeGreaterThan(4);
    expect(await verifyLedger({ dir })).toMatchObject({ ok: true, size: 2001, commits });
  }, 60_000);

  it("two processes × 60 serial appends (one commit each): every compare-and-swap conflict is retried", async () => {
    const dir = await race(60, "serial");
    const records = await (await openGitLedger({ dir, clock: systemClock })).read();
    expectAll(records, 60);
    expectLinearHistory(dir, 120);
    // The writers really raced: their commits interleave on the one chain.
    const writers = records.slice(1).map((r) => r.event.subject[0]);
    expect(writers.filter((w, i) => i > 0 && w !== writers[i - 1]).length).toBeGreaterThan(2);
    expect(await verifyLedger({ dir })).toMatchObject({ ok: true, size: 121 });
  }, 60_000);

  it("retries when the ref moves between reading the tip and swapping it (compare-and-swap)", async () => {
    const dir = await makeRepo(await dirs.make(), [gatekeeper]);
    const setup = await openGitLedger({ dir, clock: manualClock(T0) });
    await setup.append([draft(0)], gk);
    const c1 = runGit(dir, "rev-parse", "refs/heads/ledger").trim();
    await setup.append([draft(1)], gk);
    const c2 = runGit(dir, "rev-parse", "refs/heads/ledger").trim();
    runGit(dir, "update-ref", "refs/heads/ledger", c1);
    // An outside writer (ignoring the lock) moves the ref to c2 while we are signing on top of c1.
    let moved = false;
    const racing: LedgerSigner = {
      ...gk,
      sign(hash) {
        if (!moved) {
          moved = true;
          runGit(dir, "update-ref", "refs/heads/ledger", c2, c1);
        }
        return gk.sign(hash);
      },
    };
    const ledger = await openGitLedger({ dir, clock: manualClock(T0) });
    const [record] = await ledger.append([draft(2)], racing);
    expect(record!.event.seq).toBe(3);
    expect((await ledger.read()).map((r) => r.event.subject).slice(1)).toEqual(["req-0", "req-1", "req-2"]);
    expectLinearHistory(dir, 3);
  });

  it("gives up with LEDGER_WRITE_CONFLICT when the ref never stops moving", async () => {
    const dir = await makeRepo(await dirs.make(), [gatekeeper]);
    const setup = await openGitLedger({ dir, clock: manualClock(T0) });
    await setup.append([draft(0)], gk);
    const c1 = runGit(dir, "rev-parse", "refs/heads/ledger").trim();
    await setup.append([draft(1)], gk);
    const c2 = runGit(dir, "rev-parse", "refs/heads/ledger").trim();
    let calls = 0;
    // Without the batch (signHashes), so that every signature goes through sign() below.
    const { signHashes: _batch, ...oneByOne } = gk;
    const flapping: LedgerSigner = {
      ...oneByOne,
      sign(hash) {
        // Each attempt signs the event, then the checkpoint: move the ref once per attempt.
        if (calls++ % 2 === 1) return gk.sign(hash);
        const now = runGit(dir, "rev-parse", "refs/heads/ledger").trim();
        runGit(dir, "update-ref", "refs/heads/ledger", now === c1 ? c2 : c1);
        return gk.sign(hash);
      },
    };
    const ledger = await openGitLedger({ dir, clock: manualClock(T0), maxAttempts: 3 });
    await expect(ledger.append([draft(2)], flapping)).rejects.toMatchObject({ code: "LEDGER_WRITE_CONFLICT" });
    expect(calls).toBe(6);
  });
});

describe("the writer lock", () => {
  async function lockedRepo(holder: object, ageMs = 0): Promise<{ dir: string; lock: string }> {
    const dir = await makeRepo(await dirs.make(), [gatekeeper]);
    const lock = join(dir, ".git", "offboard-ledger.lock");
    await writeFile(lock, JSON.stringify(holder));
    const when = new Date(Date.now() - ageMs);
    await utimes(lock, when, when);
    return { dir, lock };
  }

  it("times out with LEDGER_LOCK_TIMEOUT while a live writer holds it", async () => {
    const { dir } = await lockedRepo({ pid: process.pid, host: (await import("node:os")).hostname(), token: "someone-else" });
    const ledger = await openGitLedger({ dir, clock: manualClock(T0), lock: { timeoutMs: 200 } });
    await expect(ledger.append([draft(0)], gk)).rejects.toMatchObject({ code: "LEDGER_LOCK_TIMEOUT" });
    expect(runGit(dir, "branch", "--list", "ledger")).toBe("");
  });

  it("breaks a lock left by a dead process on this host", async () => {
    const child = await promisify(execFile)(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]);
    const { dir, lock } = await lockedRepo({ pid: Number(child.stdout), host: (await import("node:os")).hostname(), token: "dead" });
    const ledger = await openGitLedger({ dir, clock: manualClock(T0), lock: { timeoutMs: 2000 } });
    expect(await ledger.append([draft(0)], gk)).toHaveLength(1);
    await expect(import("node:fs/promises").then((fs) => fs.stat(lock))).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("breaks a lock from another host once it is older than staleMs, not before", async () => {
    const { dir } = await lockedRepo({ pid: 1, host: "elsewhere.example", token: "remote" }, 10_000);
    const patient = await openGitLedger({ dir, clock: manualClock(T0), lock: { timeoutMs: 150, staleMs: 60_000 } });
    await expect(patient.append([draft(0)], gk)).rejects.toMatchObject({ code: "LEDGER_LOCK_TIMEOUT" });
    const ledger = await openGitLedger({ dir, clock: manualClock(T0), lock: { timeoutMs: 2000, staleMs: 5_000 } });
    expect(await ledger.append([draft(0)], gk)).toHaveLength(1);
  });

  it("removes a stale git ref lock (refs/heads/ledger.lock) left by a crash", async () => {
    const dir = await makeRepo(await dirs.make(), [gatekeeper]);
    const ledger = await openGitLedger({ dir, clock: manualClock(T0), lock: { staleMs: 5_000 } });
    await ledger.append([draft(0)], gk);
    const refLock = join(dir, ".git", "refs", "heads", "ledger.lock");
    await writeFile(refLock, "");
    const old = new Date(Date.now() - 60_000);
    await utimes(refLock, old, old);
    expect(await ledger.append([draft(1)], gk)).toHaveLength(1);
    expect((await ledger.read()).map((r) => r.event.seq)).toEqual([0, 1, 2]);
  });
});
