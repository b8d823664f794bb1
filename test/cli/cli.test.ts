import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { verifyLedger } from "../../app/ledger/verify-ledger.js";

const ROOT = join(import.meta.dirname, "..", "..");
/** tsx by absolute URL, so the CLI also runs with a working directory outside this package. */
const TSX = pathToFileURL(join(ROOT, "node_modules", "tsx", "dist", "loader.mjs")).href;

/** Runs the real CLI entry point (TypeScript through tsx) as a user would, with no stdin. */
function offboard(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, ["--import", TSX, join(ROOT, "app/cli/main.ts"), ...args], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const git = (cwd: string, ...args: string[]) => execFileSync("git", args, { cwd, encoding: "utf8" }).trim();

/** Commits `mutate(bytes)` of one event file as a new commit on the ledger branch, as a tamperer would. */
function tamper(repo: string, path: string, mutate: (b: Buffer) => Buffer): void {
  const wt = mkdtempSync(join(tmpdir(), "tamper-"));
  git(repo, "worktree", "add", "-q", "--detach", wt, "ledger");
  const file = join(wt, path);
  writeFileSync(file, mutate(readFileSync(file)));
  git(wt, "-c", "user.name=mallory", "-c", "user.email=mallory@example.com", "commit", "-q", "-am", "innocent change");
  git(repo, "update-ref", "refs/heads/ledger", git(wt, "rev-parse", "HEAD"));
  git(repo, "worktree", "remove", "--force", wt);
}

describe("offboard CLI", () => {
  let demoDir = "";
  beforeAll(() => {
    demoDir = join(mkdtempSync(join(tmpdir(), "offboard-cli-")), "demo");
    const r = offboard(["demo", "--dir", demoDir, "--window", "6", "--json"]);
    expect(r.stderr).not.toMatch(/offboard: /);
    expect(r.code, r.stdout.slice(0, 2000)).toBe(0);
    const out = JSON.parse(r.stdout) as { verification: { ok: boolean }; rows: { id: string; final: string }[] };
    expect(out.verification.ok).toBe(true);
    expect(out.rows.map((x) => x.final)).toEqual(["hard done (deleted)", "hard done (deleted)", "hard done (deleted)", "reinstated"]);
  }, 240_000);

  it("prints --help for every command and exits 0", () => {
    for (const cmd of [[], ["init"], ["check"], ["approve"], ["apply"], ["reinstate"], ["verify"], ["demo"]]) {
      const r = offboard([...cmd, "--help"]);
      expect(r.code, cmd.join(" ")).toBe(0);
      expect(r.stdout).toContain("Usage: offboard");
    }
  });

  it("exits 2 on usage errors", () => {
    expect(offboard(["verify"]).code).toBe(2);
    expect(offboard(["no-such-command"]).code).toBe(2);
  });

  it("verifies the demo's ledger (exit 0, --json)", () => {
    const r = offboard(["verify", "--repo", demoDir, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, size: expect.any(Number) });
  });

  it("names the event when one byte of it is flipped on the ledger branch (exit 1)", async () => {
    const events = git(demoDir, "ls-tree", "--name-only", "ledger", "events/").split("\n");
    const target = events[Math.floor(events.length / 2)]!;
    const seq = Number(target.slice("events/".length, -".json".length));
    const size = Number(git(demoDir, "cat-file", "-s", `ledger:${target}`));
    const clone = join(mkdtempSync(join(tmpdir(), "tamper-clone-")), "repo");
    git(ROOT, "clone", "-q", demoDir, clone);
    git(clone, "fetch", "-q", "origin", "ledger:ledger");
    tamper(clone, target, (b) => {
      b[Math.floor(size / 3)]! ^= 0x01;
      return b;
    });
    const r = offboard(["verify", "--repo", clone]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`event ${seq} (${target})`);
    const json = JSON.parse(offboard(["verify", "--repo", clone, "--json"]).stdout);
    expect(json.firstBad).toMatchObject({ seq, path: target });
  });

  it("names the flipped event for any event and any byte (property)", async () => {
    const events = git(demoDir, "ls-tree", "--name-only", "ledger", "events/").split("\n");
    const base = join(mkdtempSync(join(tmpdir(), "tamper-prop-")), "repo");
    git(ROOT, "clone", "-q", demoDir, base);
    git(base, "fetch", "-q", "origin", "ledger:ledger");
    const tip = git(base, "rev-parse", "ledger");
    await fc.assert(
      fc.asyncProperty(fc.nat(events.length - 1), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.integer({ min: 1, max: 255 }), async (i, where, mask) => {
        const path = events[i]!;
        const size = Number(git(base, "cat-file", "-s", `ledger:${path}`));
        git(base, "update-ref", "refs/heads/ledger", tip);
        tamper(base, path, (b) => {
          b[Math.floor(where * size)]! ^= mask;
          return b;
        });
        const v = await verifyLedger({ dir: base });
        expect(v.ok).toBe(false);
        expect(v.firstBad).toMatchObject({ seq: Number(path.slice(7, -5)), path });
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it("reports a bad request file with file, line and field (exit 2)", () => {
    const file = join(demoDir, "requests", readdirSync(join(demoDir, "requests"))[0]!);
    const bad = readFileSync(file, "utf8").replace(/email: .*/, "email: not-an-email");
    writeFileSync(join(demoDir, "requests", "bad.yaml"), bad);
    const r = offboard(["check", "requests/bad.yaml", "--repo", demoDir, "--dry-run"], demoDir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/requests\/bad\.yaml:9:\d+: spec\.target\.email: must be one email address/);
  });

  it("refuses to run without its keys (fail closed)", () => {
    const r = spawnSync(process.execPath, ["--import", TSX, join(ROOT, "app/cli/main.ts"), "apply", "--repo", demoDir], { encoding: "utf8", env: { ...process.env, OFFBOARD_KEYS_DIR: join(demoDir, "no-keys-here") } });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("KEY_MISSING");
  });
});
