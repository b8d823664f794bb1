import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compareAndSwapRef } from "../../app/ledger/compare-and-swap-ref.js";
import { systemClock } from "../../app/util/clock.js";

/** The ref update of the ledger: git's lock protocol, and what a writer killed mid-update leaves. */
describe("compareAndSwapRef", () => {
  const repo = () => {
    const dir = mkdtempSync(join(tmpdir(), "cas-"));
    execFileSync("git", ["init", "-q", "--bare", dir]);
    const blob = execFileSync("git", ["--git-dir", dir, "hash-object", "-w", "--stdin"], { input: "x" }).toString().trim();
    const tree = execFileSync("git", ["--git-dir", dir, "mktree"], { input: `100644 blob ${blob}\tx\n` }).toString().trim();
    const commit = (msg: string) => execFileSync("git", ["--git-dir", dir, "commit-tree", tree, "-m", msg], { env: { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.com", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.com" } }).toString().trim();
    return { dir, a: commit("a"), b: commit("b") };
  };
  const ref = "refs/heads/ledger";

  it("moves the ref only from the expected value", async () => {
    const { dir, a, b } = repo();
    expect(await compareAndSwapRef({ gitdir: dir, ref, expected: null, next: a, staleMs: 1000, now: systemClock })).toBe(true);
    expect(await compareAndSwapRef({ gitdir: dir, ref, expected: null, next: b, staleMs: 1000, now: systemClock })).toBe(false);
    expect(await compareAndSwapRef({ gitdir: dir, ref, expected: a, next: b, staleMs: 1000, now: systemClock })).toBe(true);
    expect(execFileSync("git", ["--git-dir", dir, "rev-parse", ref]).toString().trim()).toBe(b);
  });

  it("a fresh ref lock (a writer mid-update) fails at once; with waitForLock, a dead writer's lock is broken once stale", async () => {
    const { dir, a } = repo();
    writeFileSync(join(dir, "refs", "heads", "ledger.lock"), "");
    expect(await compareAndSwapRef({ gitdir: dir, ref, expected: null, next: a, staleMs: 300, now: systemClock })).toBe(false);
    expect(await compareAndSwapRef({ gitdir: dir, ref, expected: null, next: a, staleMs: 300, waitForLock: true, now: systemClock })).toBe(true);
    expect(existsSync(join(dir, "refs", "heads", "ledger.lock"))).toBe(false);
  });
});
