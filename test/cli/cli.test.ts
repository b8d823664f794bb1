import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { serveLedgerCommand } from "../../app/cli/commands/serve-ledger.js";
import { verifyCommand } from "../../app/cli/commands/verify.js";
import { verifyInclusion } from "../../app/ledger/verify-merkle-proof.js";
import { createOutput, EXIT, type Output } from "../../app/cli/output.js";
import { isOffboardError } from "../../app/errors.js";
import { verifyLedger } from "../../app/ledger/verify-ledger.js";

/** Exit code for an error thrown by a command handler, as main.ts's reportError maps it (without printing). */
const reportErrorQuietly = (e: unknown) => (isOffboardError(e) && ["CONFIG_INVALID", "CONFIG_MISSING", "KEY_MISSING", "KEY_INVALID"].includes(e.code) ? EXIT.usage : EXIT.failed);

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
    const out = JSON.parse(r.stdout) as { leases: string; verification: { ok: boolean }; rows: { id: string; final: string }[] };
    expect(out.verification.ok).toBe(true);
    // The global setup builds Vault, so the demo leases from a real Vault dev server here.
    expect(out.leases).toBe("vault");
    const ledger = git(demoDir, "show", "ledger:tail.jsonl");
    expect(ledger).toContain('"source":"vault"');
    expect(ledger).not.toContain('"source":"local-broker"');
    expect(out.rows.map((x) => x.final)).toEqual(["hard done (deleted)", "hard done (deleted)", "hard done (deleted)", "reinstated"]);
  }, 240_000);

  it("prints --help for every command and exits 0", () => {
    for (const cmd of [[], ["init"], ["check"], ["approve"], ["apply"], ["reinstate"], ["verify"], ["scan"], ["ledger-serve"], ["doer"], ["demo"]]) {
      const r = offboard([...cmd, "--help"]);
      expect(r.code, cmd.join(" ")).toBe(0);
      expect(r.stdout).toContain("Usage: offboard");
    }
  });

  it("exits 2 on usage errors", () => {
    expect(offboard(["verify"]).code).toBe(2);
    expect(offboard(["no-such-command"]).code).toBe(2);
  });

  it("doer --once finishes interrupted phases and due hard phases, then exits (nothing left after the demo)", () => {
    const r = offboard(["doer", "--repo", demoDir, "--once", "--json"]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ once: true });
  });

  it("verifies the demo's ledger (exit 0, --json)", () => {
    const r = offboard(["verify", "--repo", demoDir, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, size: expect.any(Number) });
  });

  /** Where each event's line is on the ledger branch of `repo`: file, line (1-based), byte range with its "\n". */
  function eventLines(repo: string): { seq: number; path: string; line: number; from: number; to: number }[] {
    const files = git(repo, "ls-tree", "-r", "--name-only", "ledger").split("\n").filter((f) => f.endsWith(".jsonl")).sort((a, b) => (a === "tail.jsonl" ? 1 : b === "tail.jsonl" ? -1 : a < b ? -1 : 1));
    const out: { seq: number; path: string; line: number; from: number; to: number }[] = [];
    for (const path of files) {
      const bytes = execFileSync("git", ["show", `ledger:${path}`], { cwd: repo });
      let from = 0;
      for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) {
        out.push({ seq: out.length, path, line: out.filter((e) => e.path === path).length + 1, from, to: i + 1 });
        from = i + 1;
      }
    }
    return out;
  }

  it("names the event when one byte of it is flipped on the ledger branch (exit 1)", async () => {
    const clone = join(mkdtempSync(join(tmpdir(), "tamper-clone-")), "repo");
    git(ROOT, "clone", "-q", demoDir, clone);
    git(clone, "fetch", "-q", "origin", "ledger:ledger");
    const lines = eventLines(clone);
    expect(lines.length).toBeGreaterThan(40);
    const target = lines[Math.floor(lines.length / 2)]!;
    tamper(clone, target.path, (b) => {
      b[target.from + Math.floor((target.to - target.from) / 3)]! ^= 0x01;
      return b;
    });
    const where = `${target.path}:${target.line}`;
    const r = offboard(["verify", "--repo", clone]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`event ${target.seq} (${where})`);
    const json = JSON.parse(offboard(["verify", "--repo", clone, "--json"]).stdout);
    expect(json.firstBad).toMatchObject({ seq: target.seq, path: where });
    // The auditor's single-file verifier names the same event.
    const standalone = spawnSync(process.execPath, [join(ROOT, "ledger", "verify.mjs"), "--repo", clone, "--json"], { encoding: "utf8" });
    expect(standalone.status).toBe(1);
    expect(JSON.parse(standalone.stdout).firstBad).toMatchObject({ seq: target.seq, path: where });
  });

  it("names the flipped event for any event and any byte of its line, newline included (property)", async () => {
    const base = join(mkdtempSync(join(tmpdir(), "tamper-prop-")), "repo");
    git(ROOT, "clone", "-q", demoDir, base);
    git(base, "fetch", "-q", "origin", "ledger:ledger");
    const tip = git(base, "rev-parse", "ledger");
    const lines = eventLines(base);
    await fc.assert(
      fc.asyncProperty(fc.nat(lines.length - 1), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), fc.integer({ min: 1, max: 255 }), async (i, where, mask) => {
        const target = lines[i]!;
        git(base, "update-ref", "refs/heads/ledger", tip);
        tamper(base, target.path, (b) => {
          b[target.from + Math.floor(where * (target.to - target.from))]! ^= mask;
          return b;
        });
        const v = await verifyLedger({ dir: base });
        expect(v.ok).toBe(false);
        expect(v.firstBad).toMatchObject({ seq: target.seq, path: `${target.path}:${target.line}` });
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it("an auditor verifies the demo's ledger three ways: offboard verify, ledger/verify.mjs and the SPEC.md recipe", async () => {
    const clone = join(mkdtempSync(join(tmpdir(), "auditor-")), "repo");
    git(ROOT, "clone", "-q", demoDir, clone);
    git(clone, "fetch", "-q", "origin", "ledger:ledger");
    const ts = JSON.parse(offboard(["verify", "--repo", clone, "--json"]).stdout) as { ok: boolean; size: number; root: string; witnessed: { size: number } };
    expect(ts).toMatchObject({ ok: true, witnessed: { size: ts.size } });
    const standalone = spawnSync(process.execPath, [join(ROOT, "ledger", "verify.mjs"), "--repo", clone], { encoding: "utf8" });
    expect(standalone.stdout.trim()).toMatch(new RegExp(`^OK: ${ts.size} events, root ${ts.root}, witnessed at ${ts.size} by witness-[0-9a-f]{16}$`));
    const tools = ["jq", "sha256sum", "base64", "od", "openssl"].filter((t) => spawnSync("sh", ["-c", `command -v ${t}`]).status !== 0);
    if (tools.length > 0 && process.env.CI !== "true") return;
    const spec = readFileSync(join(ROOT, "ledger", "SPEC.md"), "utf8");
    const recipe = /<!-- recipe:begin -->\n```bash\n([\s\S]*?)```\n<!-- recipe:end -->/.exec(spec)![1]!;
    const run = spawnSync("bash", ["-c", recipe], { cwd: clone, encoding: "utf8" });
    expect(`${run.stdout}${run.stderr}`.trim()).toMatch(new RegExp(`^OK: ${ts.size} events, root ${ts.root}, checkpoint signed by (gatekeeper|doer)-[0-9a-f]{16}$`));
  }, 120_000);

  it("verify --checkpoint FILE: a pinned checkpoint catches a rolled-back branch (exit 1, naming the file; 2 for a missing file)", async () => {
    const clone = join(mkdtempSync(join(tmpdir(), "pinned-")), "repo");
    git(ROOT, "clone", "-q", demoDir, clone);
    git(clone, "fetch", "-q", "origin", "ledger:ledger");
    const newest = git(clone, "tag", "-l", "ledger-checkpoint/*").split("\n").at(-1)!;
    const pinned = join(clone, "..", "pinned.txt");
    writeFileSync(pinned, git(clone, "cat-file", "tag", newest).split("\n\n").slice(1).join("\n\n") + "\n");
    // The handler, as `offboard verify --repo DIR --checkpoint FILE --json` runs it (app/cli/commands/verify.ts).
    const run = async (checkpoint: string) => {
      const printed: unknown[] = [];
      const out: Output = { ...createOutput(true), result: (v) => void printed.push(v) };
      try {
        return { code: await verifyCommand({ repo: clone, checkpoint }, out), result: printed[0] as { firstBad?: unknown } };
      } catch (e) {
        return { code: reportErrorQuietly(e), result: undefined };
      }
    };
    expect(await run(pinned)).toMatchObject({ code: 0 });
    for (const tag of git(clone, "tag", "-l", "ledger-checkpoint/*").split("\n")) git(clone, "tag", "-d", tag);
    git(clone, "update-ref", "refs/heads/ledger", "refs/heads/ledger~3");
    expect(await run(pinned)).toMatchObject({ code: 1, result: { firstBad: { path: pinned, code: "LEDGER_INCONSISTENT" } } });
    expect(await run(join(clone, "no-such-file"))).toMatchObject({ code: 2 });
    // Through the command line, once main.ts wires --checkpoint (see docs/CLI.md).
    if (offboard(["verify", "--help"]).stdout.includes("--checkpoint")) {
      const r = offboard(["verify", "--repo", clone, "--checkpoint", pinned, "--json"]);
      expect(r.code).toBe(1);
      expect(JSON.parse(r.stdout).firstBad).toMatchObject({ path: pinned, code: "LEDGER_INCONSISTENT" });
    }
  });

  it("ledger-serve: the checkpoint and an inclusion proof that verifies against it", async () => {
    const abort = new AbortController();
    const printed: { url?: string }[] = [];
    const out: Output = { ...createOutput(true), result: (v) => void printed.push(v as { url: string }) };
    const serving = serveLedgerCommand({ repo: demoDir }, out, Date.now, abort.signal);
    while (printed.length === 0) await new Promise((r) => setTimeout(r, 10));
    const url = printed[0]!.url!;
    const note = await (await fetch(`${url}/checkpoint`)).text();
    const [, size, root] = note.split("\n") as [string, string, string];
    const proof = (await (await fetch(`${url}/proof/inclusion?seq=5`)).json()) as { size: number; leaf_hash: string; proof: string[] };
    expect(proof.size).toBe(Number(size));
    expect(verifyInclusion(5, proof.size, proof.leaf_hash, proof.proof, Buffer.from(root, "base64").toString("hex"))).toBe(true);
    abort.abort();
    expect(await serving).toBe(0);
  });

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
