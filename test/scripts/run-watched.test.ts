import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const script = join(import.meta.dirname, "..", "..", "scripts", "run-watched.sh");
const run = (limit: string, command: string) => spawnSync("bash", [script, "bash", "-c", command], { encoding: "utf8", env: { ...process.env, IDLE_LIMIT: limit } });

// scripts/run-watched.sh runs `npm test`'s vitest: a stall (no output for IDLE_LIMIT seconds) is
// stopped and retried once; a command that ends on its own is never retried.
describe("scripts/run-watched.sh", () => {
  it("passes a command's output and exit code through, without running it again", () => {
    const dir = mkdtempSync(join(tmpdir(), "watched-"));
    const r = run("5", `echo once >> ${dir}/runs; echo out; echo err >&2; exit 7`);
    expect(r.status).toBe(7);
    expect(r.stdout).toContain("out");
    expect(r.stdout).toContain("err");
    expect(r.stderr).not.toContain("run-watched");
    expect(spawnSync("wc", ["-l", join(dir, "runs")], { encoding: "utf8" }).stdout.trim()).toMatch(/^1 /);
  });

  it("stops a stalled command with what it started, runs it once more, and passes the second run's result", () => {
    const dir = mkdtempSync(join(tmpdir(), "watched-"));
    // The first run stalls (a child sleeping in the background, then the command itself); the second ends.
    const r = run("1", `if [ -f ${dir}/ran ]; then echo second; exit 0; fi; touch ${dir}/ran; (echo $BASHPID > ${dir}/child; sleep 30) & sleep 30`);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("second");
    expect(r.stderr).toMatch(/no output for \d+s \(limit 1s\)/);
    expect(r.stderr).toContain("once more after a stall");
    // The background child of the stalled run was stopped with it.
    const child = Number(readFileSync(join(dir, "child"), "utf8"));
    expect(child).toBeGreaterThan(1);
    expect(() => process.kill(child, 0)).toThrow();
  });

  it("fails with 124 when the command stalls twice", () => {
    const r = run("1", "echo start; sleep 30");
    expect(r.status).toBe(124);
    expect(r.stdout.match(/start/g)).toHaveLength(2);
    expect(r.stderr).toContain("stalled twice; failing");
  });

  it("refuses an IDLE_LIMIT that is not a whole number of seconds, naming the variable", () => {
    const r = run("ten", "true");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("IDLE_LIMIT must be a whole number of seconds (got 'ten')");
  });
});
