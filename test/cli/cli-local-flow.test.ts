import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const TSX = pathToFileURL(join(ROOT, "node_modules", "tsx", "dist", "loader.mjs")).href;

function offboard(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", TSX, join(ROOT, "app/cli/main.ts"), ...args], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, json: () => JSON.parse(r.stdout) as Record<string, unknown> };
}

describe("offboard CLI, one process per step (state survives between invocations)", () => {
  it("init → check → approve → apply → reinstate → verify", () => {
    const base = mkdtempSync(join(tmpdir(), "offboard-flow-"));
    const repo = join(base, "policy");
    expect(offboard(base, "init", repo, "--window", "600", "--remote", join(base, "remote.git")).code).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    const request = `apiVersion: offboard/v1\nkind: OffboardRequest\nmetadata:\n  id: r-marcus\n  requester: hr.ops@example.com\nspec:\n  target:\n    email: marcus.bell@example.com\n  reason: resignation\n  effective_date: ${today}\n`;
    writeFileSync(join(repo, "requests", "r-marcus.yaml"), request);

    const checked = offboard(repo, "check", "requests/r-marcus.yaml", "--json");
    expect(checked.code).toBe(0);
    expect(checked.json()).toMatchObject({ decision: { outcome: "require_hitl", approvals: { required: 1 } }, recorded: { seq: expect.any(Number) } });
    execFileSync("git", ["add", "requests"], { cwd: repo });
    execFileSync("git", ["-c", "user.name=hr", "-c", "user.email=hr.ops@example.com", "commit", "-qm", "request r-marcus"], { cwd: repo });

    const waiting = offboard(repo, "apply", "--json");
    expect(waiting.json()).toMatchObject({ requests: [{ id: "r-marcus", status: "waiting" }] });
    expect(offboard(repo, "approve", "r-marcus", "--as", "hr.ops@example.com").code).toBe(1);
    expect(offboard(repo, "approve", "r-marcus", "--as", "alice.nguyen@example.com").code).toBe(0);

    const applied = offboard(repo, "apply", "--json");
    expect(applied.json()).toMatchObject({ requests: [{ id: "r-marcus", status: "soft_done" }], pending: [{ id: "r-marcus" }] });
    const directory = () => JSON.parse(readFileSync(join(repo, ".offboard", "directory.json"), "utf8")) as { users: { userName: string; active: boolean }[] };
    expect(directory().users.find((u) => u.userName === "marcus.bell@example.com")?.active).toBe(false);
    // A second apply is a no-op: nothing runs twice.
    expect(offboard(repo, "apply", "--json").json()).toMatchObject({ requests: [{ id: "r-marcus", status: "done" }] });

    expect(offboard(repo, "reinstate", "r-marcus", "--as", "hr.ops@example.com").code).toBe(0);
    expect(directory().users.find((u) => u.userName === "marcus.bell@example.com")?.active).toBe(true);
    expect(offboard(repo, "reinstate", "r-marcus").code).toBe(1);

    const verified = offboard(repo, "verify", "--repo", repo, "--json");
    expect(verified.code).toBe(0);
    // Every command published the ledger branch to the remote (non-forced push).
    const local = execFileSync("git", ["rev-parse", "refs/heads/ledger"], { cwd: repo, encoding: "utf8" });
    expect(execFileSync("git", ["--git-dir", join(base, "remote.git"), "rev-parse", "refs/heads/ledger"], { encoding: "utf8" })).toBe(local);
    expect(offboard(base, "verify", "--repo", `file://${join(base, "remote.git")}`).code).toBe(0);
    const types = execFileSync("git", ["log", "--format=%s", "refs/heads/ledger"], { cwd: repo, encoding: "utf8" });
    expect(types).toContain("reinstate.done");
  }, 120_000);
});
