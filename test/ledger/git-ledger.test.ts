import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { canonicalJson } from "../../app/ledger/canonical-json.js";
import { eventHash, GENESIS_PREV } from "../../app/ledger/event-hash.js";
import { openGitLedger } from "../../app/ledger/git-ledger.js";
import { createLedgerSigner } from "../../app/ledger/signer.js";
import { summarizeLedger } from "../../app/ledger/summarize-ledger.js";
import type { EventDraft, LedgerSigner } from "../../app/ledger/types.js";
import { verifyLedger } from "../../app/ledger/verify-ledger.js";
import { manualClock } from "../../app/util/clock.js";
import { draft, ledgerFiles, makeRepo, newKey, runGit, tamper, tempDirs, text } from "./helpers.js";

const dirs = tempDirs();
afterAll(() => dirs.cleanup());

const T0 = Date.UTC(2026, 0, 31, 12, 0, 0, 123);
const gatekeeper = newKey("gatekeeper");
const signer: LedgerSigner = createLedgerSigner(gatekeeper.privateKeyPem, gatekeeper.kid);

let dir: string;
beforeEach(async () => {
  dir = await makeRepo(await dirs.make(), [gatekeeper]);
});

describe("openGitLedger: append and read", () => {
  it("reads an empty ledger when the branch does not exist yet", async () => {
    const ledger = await openGitLedger({ dir, clock: manualClock(T0) });
    expect(await ledger.read()).toEqual([]);
    expect(runGit(dir, "branch", "--list", "ledger")).toBe("");
  });

  it("round-trips: seq, prev, time, hash and signature as specified", async () => {
    const clock = manualClock(T0);
    const ledger = await openGitLedger({ dir, clock });
    const first = await ledger.append([draft(0, "request.received")], signer);
    clock.advance(1500);
    const second = await ledger.append([draft(1), draft(2, "approval.recorded")], signer);
    const records = await ledger.read();
    expect(records).toEqual([...first, ...second]);
    expect(records.map((r) => r.event.seq)).toEqual([0, 1, 2]);
    expect(records[0]!.event.prev).toBe(GENESIS_PREV);
    expect(records[1]!.event.prev).toBe(records[0]!.hash);
    expect(records[2]!.event.prev).toBe(records[1]!.hash);
    expect(records[0]!.event.time).toBe("2026-01-31T12:00:00.123Z");
    expect(records[2]!.event.time).toBe("2026-01-31T12:00:01.623Z");
    for (const r of records) {
      expect(r.hash).toBe(eventHash(r.event));
      expect(r.sig).toMatchObject({ kid: gatekeeper.kid, alg: "Ed25519" });
    }
    expect(records[1]!.event).toEqual({ v: 1, seq: 1, prev: records[0]!.hash, time: "2026-01-31T12:00:01.623Z", ...draft(1) });
    expect(await verifyLedger({ dir })).toMatchObject({ ok: true, size: 3, events: 3, head: records[2]!.hash });
  });

  it("stores each event as canonical JSON plus one newline, and a signed checkpoint", async () => {
    const ledger = await openGitLedger({ dir, clock: manualClock(T0) });
    const [record] = await ledger.append([draft(0)], signer);
    const files = await ledgerFiles(dir);
    expect([...files.keys()].sort()).toEqual(["checkpoint.json", "events/000000000000.json"]);
    expect(text(files.get("events/000000000000.json")!)).toBe(`${canonicalJson(record)}\n`);
    const checkpoint = JSON.parse(text(files.get("checkpoint.json")!));
    expect(checkpoint.checkpoint).toEqual({ v: 1, size: 1, head: record!.hash, time: "2026-01-31T12:00:00.123Z" });
    expect(checkpoint.hash).toBe(createHash("sha256").update(canonicalJson(checkpoint.checkpoint)).digest("hex"));
  });

  it("makes one commit per append with a fixed committer, the clock's time and a descriptive message", async () => {
    const ledger = await openGitLedger({ dir, clock: manualClock(T0) });
    await ledger.append([draft(0, "request.received")], signer);
    await ledger.append([draft(1, "policy.decided"), draft(2, "approval.recorded"), draft(3, "packet.signed")], signer);
    const log = runGit(dir, "log", "--format=%P|%an <%ae>|%cn <%ce>|%ct|%s", "refs/heads/ledger").trim().split("\n");
    expect(log).toHaveLength(2);
    const [latest, root] = log.map((l) => l.split("|"));
    expect(root![0]).toBe("");
    expect(latest![0]).toBe(runGit(dir, "rev-parse", "refs/heads/ledger~1").trim());
    expect(latest!.slice(1)).toEqual([
      "offboard-ledger <ledger@offboard.invalid>",
      "offboard-ledger <ledger@offboard.invalid>",
      String(Math.floor(T0 / 1000)),
      "ledger: seq 1-3 (policy.decided, approval.recorded, packet.signed)",
    ]);
    expect(root![4]).toBe("ledger: seq 0 (request.received)");
  });

  it("leaves the working tree, the index, HEAD and main untouched", async () => {
    const before = {
      status: runGit(dir, "status", "--porcelain=v2", "--branch", "--untracked-files=all"),
      head: runGit(dir, "symbolic-ref", "HEAD"),
      main: runGit(dir, "rev-parse", "main"),
      index: createHash("sha256").update(await readFile(join(dir, ".git", "index"))).digest("hex"),
    };
    const ledger = await openGitLedger({ dir, clock: manualClock(T0) });
    for (let i = 0; i < 5; i++) await ledger.append([draft(i)], signer);
    expect({
      status: runGit(dir, "status", "--porcelain=v2", "--branch", "--untracked-files=all"),
      head: runGit(dir, "symbolic-ref", "HEAD"),
      main: runGit(dir, "rev-parse", "main"),
      index: createHash("sha256").update(await readFile(join(dir, ".git", "index"))).digest("hex"),
    }).toEqual(before);
    expect(runGit(dir, "status", "--porcelain")).toBe("");
    expect(runGit(dir, "fsck", "--no-dangling", "--strict")).toBe("");
  });

  it("works on a bare repository", async () => {
    const bare = await dirs.make();
    runGit(bare, "init", "-q", "--bare");
    const ledger = await openGitLedger({ dir: bare, clock: manualClock(T0) });
    await ledger.append([draft(0)], signer);
    expect((await ledger.read()).map((r) => r.event.subject)).toEqual(["req-0"]);
  });

  it("an empty append writes nothing", async () => {
    const ledger = await openGitLedger({ dir, clock: manualClock(T0) });
    expect(await ledger.append([], signer)).toEqual([]);
    expect(runGit(dir, "branch", "--list", "ledger")).toBe("");
  });

  it("summarizeLedger counts by type, signer and tenant", async () => {
    const ledger = await openGitLedger({ dir, clock: manualClock(T0) });
    await ledger.append([draft(0, "request.received"), draft(1), draft(2)], signer);
    const records = await ledger.read();
    expect(summarizeLedger(records)).toEqual({
      size: 3,
      head: records[2]!.hash,
      byType: { "request.received": 1, "policy.decided": 2 },
      tenants: ["acme"],
      bySigner: { [gatekeeper.kid]: 3 },
      firstTime: "2026-01-31T12:00:00.123Z",
      lastTime: "2026-01-31T12:00:00.123Z",
    });
    expect(summarizeLedger([])).toMatchObject({ size: 0, head: null });
  });
});

describe("openGitLedger: refuses bad input, writing nothing", () => {
  const bad: [string, unknown][] = [
    ["a float in data", { ...draft(0), data: { score: 0.5 } }],
    ["an unsafe integer in data", { ...draft(0), data: { n: 2 ** 60 } }],
    ["an unknown event type", { ...draft(0), type: "payroll.exported" }],
    ["an unknown field", { ...draft(0), extra: true }],
    ["an empty subject", { ...draft(0), subject: "" }],
    ["a Date in data", { ...draft(0), data: { at: new Date(0) } }],
    ["undefined in data", { ...draft(0), data: { x: undefined } }],
  ];
  it.each(bad)("%s → LEDGER_EVENT_INVALID", async (_name, value) => {
    const ledger = await openGitLedger({ dir, clock: manualClock(T0) });
    await expect(ledger.append([draft(0), value as EventDraft], signer)).rejects.toMatchObject({ code: "LEDGER_EVENT_INVALID", details: { index: 1 } });
    expect(runGit(dir, "branch", "--list", "ledger")).toBe("");
  });

  it("a signer with a malformed kid → KEY_INVALID", async () => {
    const ledger = await openGitLedger({ dir, clock: manualClock(T0) });
    await expect(ledger.append([draft(0)], { kid: "nope", sign: signer.sign })).rejects.toMatchObject({ code: "KEY_INVALID" });
  });

  it("a clock that is not integer milliseconds → CONFIG_INVALID", async () => {
    const ledger = await openGitLedger({ dir, clock: () => Number.NaN });
    await expect(ledger.append([draft(0)], signer)).rejects.toMatchObject({ code: "CONFIG_INVALID" });
  });

  it("not a git repository → GIT_FAILED", async () => {
    await expect(openGitLedger({ dir: await dirs.make(), clock: manualClock(T0) })).rejects.toMatchObject({ code: "GIT_FAILED" });
  });

  it("a bad branch name → CONFIG_INVALID", async () => {
    await expect(openGitLedger({ dir, clock: manualClock(T0), branch: "../main" })).rejects.toMatchObject({ code: "CONFIG_INVALID" });
  });

  it("push without a remote → CONFIG_MISSING", async () => {
    const ledger = await openGitLedger({ dir, clock: manualClock(T0) });
    await expect(ledger.push()).rejects.toMatchObject({ code: "CONFIG_MISSING" });
  });
});

describe("openGitLedger: never extends or returns a corrupt chain", () => {
  it("refuses to append after the last event was edited (LEDGER_CORRUPT), and read() names it", async () => {
    const ledger = await openGitLedger({ dir, clock: manualClock(T0) });
    await ledger.append([draft(0), draft(1)], signer);
    await tamper(dir, (files) => {
      const path = "events/000000000001.json";
      files.set(path, new TextEncoder().encode(text(files.get(path)!).replace('"req-1"', '"req-9"')));
    });
    await expect(ledger.append([draft(2)], signer)).rejects.toMatchObject({ code: "LEDGER_CORRUPT", details: { seq: 1, path: "events/000000000001.json" } });
    await expect(ledger.read()).rejects.toMatchObject({ code: "LEDGER_CORRUPT", details: { seq: 1 } });
  });

  it("read() names a gap", async () => {
    const ledger = await openGitLedger({ dir, clock: manualClock(T0) });
    await ledger.append([draft(0), draft(1), draft(2)], signer);
    await tamper(dir, (files) => void files.delete("events/000000000001.json"));
    await expect(ledger.read()).rejects.toMatchObject({ code: "LEDGER_CORRUPT", details: { seq: 1, path: "events/000000000001.json" } });
  });
});
