import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { canonicalJson } from "../../app/ledger/canonical-json.js";
import { eventHash, GENESIS_PREV } from "../../app/ledger/event-hash.js";
import { openGitLedger } from "../../app/ledger/git-ledger.js";
import { rawEd25519 } from "../../app/ledger/note-key-id.js";
import { summarizeLedger } from "../../app/ledger/summarize-ledger.js";
import type { EventDraft } from "../../app/ledger/types.js";
import { verifyLedger } from "../../app/ledger/verify-ledger.js";
import { manualClock } from "../../app/util/clock.js";
import { draft, editLine, ledgerFiles, makeRepo, newKey, runGit, signerOf, tamper, tempDirs, text } from "./helpers.js";

const dirs = tempDirs();
afterAll(() => dirs.cleanup());

const T0 = Date.UTC(2026, 0, 31, 12, 0, 0, 123);
const gatekeeper = newKey("gatekeeper");
const doer = newKey("doer");
const signer = signerOf(gatekeeper);

let dir: string;
beforeEach(async () => {
  dir = await makeRepo(await dirs.make(), [gatekeeper, doer]);
});

describe("openGitLedger: append and read", () => {
  it("reads an empty ledger when the branch does not exist yet", async () => {
    const ledger = await openGitLedger({ dir, clock: manualClock(T0) });
    expect(await ledger.read()).toEqual([]);
    expect(await ledger.latestCheckpoint()).toBeNull();
    expect(runGit(dir, "branch", "--list", "ledger")).toBe("");
  });

  it("round-trips: genesis first, then seq, prev, time, hash and signature as specified", async () => {
    const clock = manualClock(T0);
    const ledger = await openGitLedger({ dir, clock, origin: "example.com/acme-ledger" });
    const first = await ledger.append([draft(0, "request.received")], signer);
    clock.advance(1500);
    const second = await ledger.append([draft(1), draft(2, "approval.recorded")], signer);
    const records = await ledger.read();
    expect(records.slice(1)).toEqual([...first, ...second]);
    expect(records.map((r) => r.event.seq)).toEqual([0, 1, 2, 3]);
    expect(records[0]!.event).toMatchObject({
      type: "ledger.genesis",
      prev: GENESIS_PREV,
      data: { origin: "example.com/acme-ledger", kid: gatekeeper.kid, role: "gatekeeper", public_key: rawEd25519(signer.publicKey).toString("base64") },
    });
    for (let i = 1; i < records.length; i++) expect(records[i]!.event.prev).toBe(records[i - 1]!.hash);
    expect(records[1]!.event.time).toBe("2026-01-31T12:00:00.123Z");
    expect(records[3]!.event.time).toBe("2026-01-31T12:00:01.623Z");
    for (const r of records) {
      expect(r.hash).toBe(eventHash(r.event));
      expect(r.hash).toBe(createHash("sha256").update(Buffer.from([0])).update(canonicalJson(r.event)).digest("hex"));
      expect(r.sig).toMatchObject({ kid: gatekeeper.kid, alg: "Ed25519" });
    }
    expect(records[2]!.event).toEqual({ v: 1, seq: 2, prev: records[1]!.hash, time: "2026-01-31T12:00:01.623Z", ...draft(1) });
    expect(await verifyLedger({ dir })).toMatchObject({ ok: true, size: 4, events: 4, head: records[3]!.hash, origin: "example.com/acme-ledger" });
  });

  it("a second writer key introduces itself with a self-signed key.added before its first event", async () => {
    const ledger = await openGitLedger({ dir, clock: manualClock(T0) });
    await ledger.append([draft(0)], signer);
    const [lease] = await ledger.append([draft(1, "lease.issued")], signerOf(doer));
    const records = await ledger.read();
    expect(records.map((r) => [r.event.type, r.sig.kid])).toEqual([
      ["ledger.genesis", gatekeeper.kid],
      ["policy.decided", gatekeeper.kid],
      ["key.added", doer.kid],
      ["lease.issued", doer.kid],
    ]);
    expect(records[2]!.event.data).toEqual({ kid: doer.kid, role: "doer", public_key: rawEd25519(signerOf(doer).publicKey).toString("base64") });
    expect(lease!.event.seq).toBe(3);
    expect(await verifyLedger({ dir })).toMatchObject({ ok: true, size: 4 });
  });

  it("stores records as canonical JSON lines in tail.jsonl, with state.json and a C2SP checkpoint note", async () => {
    const ledger = await openGitLedger({ dir, clock: manualClock(T0), origin: "example.com/l" });
    const [record] = await ledger.append([draft(0)], signer);
    const files = await ledgerFiles(dir);
    expect([...files.keys()].sort()).toEqual(["checkpoint", "state.json", "tail.jsonl"]);
    const lines = text(files.get("tail.jsonl")!).split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe(canonicalJson(record));
    expect(lines[2]).toBe("");
    const note = text(files.get("checkpoint")!);
    expect(note).toMatch(new RegExp(`^example\\.com/l\\n2\\n[A-Za-z0-9+/]{43}=\\n\\n— ${gatekeeper.kid} [A-Za-z0-9+/]{91}=\\n$`));
    const state = JSON.parse(text(files.get("state.json")!));
    expect(state).toMatchObject({ v: 1, origin: "example.com/l", size: 2, head: record!.hash, keys: [{ kid: gatekeeper.kid, role: "gatekeeper", added: 0, revoked: null }] });
  });

  it("seals a segment every 256 events; group commits hold many events", async () => {
    const ledger = await openGitLedger({ dir, clock: manualClock(T0) });
    await ledger.append(Array.from({ length: 600 }, (_, i) => draft(i)), signer);
    const files = await ledgerFiles(dir);
    expect([...files.keys()].sort()).toEqual(["checkpoint", "segments/000000000000.jsonl", "segments/000000000256.jsonl", "state.json", "tail.jsonl"]);
    expect(text(files.get("segments/000000000256.jsonl")!).split("\n")).toHaveLength(257);
    expect(text(files.get("tail.jsonl")!).split("\n").filter(Boolean)).toHaveLength(601 - 512);
    expect(runGit(dir, "rev-list", "--count", "refs/heads/ledger").trim()).toBe("1");
    expect(await verifyLedger({ dir })).toMatchObject({ ok: true, size: 601, events: 601 });
  });

  it("batches appends that arrive while a commit is in flight into one group commit", async () => {
    const ledger = await openGitLedger({ dir, clock: manualClock(T0) });
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => ledger.append([draft(i)], signer)));
    expect(results.map((r) => r[0]!.event.subject)).toEqual(Array.from({ length: 50 }, (_, i) => `req-${i}`));
    expect(Number(runGit(dir, "rev-list", "--count", "refs/heads/ledger"))).toBeLessThan(10);
    expect(await verifyLedger({ dir })).toMatchObject({ ok: true, size: 51 });
  });

  it("makes commits with a fixed committer, the clock's time and a descriptive message", async () => {
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
      "ledger: seq 2-4 (policy.decided, approval.recorded, packet.signed)",
    ]);
    expect(root![4]).toBe("ledger: seq 0-1 (ledger.genesis, request.received)");
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
    expect((await ledger.read()).map((r) => r.event.subject)).toEqual([expect.stringMatching(/^offboard\.invalid\/ledger\/[0-9a-f]{32}$/), "req-0"]);
  });

  it("stores each event's data as it was when appended, whatever the caller changes while the commit is pending", async () => {
    const ledger = await openGitLedger({ dir, clock: manualClock(T0) });
    const nested = { steps: [{ name: "deactivate", done: 1 }] };
    const d = { ...draft(0), data: { n: 1, nested } };
    const appended = ledger.append([d], signer);
    d.data.n = 2;
    nested.steps[0]!.done = 0;
    nested.steps.push({ name: "forged", done: 1 });
    const [record] = await appended;
    const expected = { n: 1, nested: { steps: [{ name: "deactivate", done: 1 }] } };
    expect(record!.event.data).toEqual(expected);
    expect((await ledger.read()).at(-1)!.event.data).toEqual(expected);
    expect(record!.hash).toBe(eventHash(record!.event));
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
      size: 4,
      head: records[3]!.hash,
      byType: { "ledger.genesis": 1, "request.received": 1, "policy.decided": 2 },
      tenants: ["acme", "ledger"],
      bySigner: { [gatekeeper.kid]: 4 },
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

  it("a signer with a malformed kid or no public key → KEY_INVALID", async () => {
    const ledger = await openGitLedger({ dir, clock: manualClock(T0) });
    await expect(ledger.append([draft(0)], { ...signer, kid: "nope" })).rejects.toMatchObject({ code: "KEY_INVALID" });
    await expect(ledger.append([draft(0)], { kid: signer.kid, sign: signer.sign } as never)).rejects.toMatchObject({ code: "KEY_INVALID" });
  });

  it("a key may only sign the event types of its role: the doer cannot write a decision (LEDGER_KEY_NOT_VALID)", async () => {
    const ledger = await openGitLedger({ dir, clock: manualClock(T0) });
    await expect(ledger.append([draft(0, "policy.decided")], signerOf(doer))).rejects.toMatchObject({ code: "LEDGER_KEY_NOT_VALID" });
    await expect(ledger.append([draft(0, "phase.soft.done")], signer)).rejects.toMatchObject({ code: "LEDGER_KEY_NOT_VALID" });
    await expect(ledger.append([draft(0)], signerOf(newKey("mallory")))).rejects.toMatchObject({ code: "LEDGER_KEY_NOT_VALID" });
    expect(runGit(dir, "branch", "--list", "ledger")).toBe("");
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
    await tamper(dir, (files) => editLine(files, 2, (l) => l.replace('"req-1"', '"req-9"')));
    await expect(ledger.append([draft(2)], signer)).rejects.toMatchObject({ code: "LEDGER_CORRUPT", details: { seq: 2, path: "tail.jsonl:3" } });
    await expect(ledger.read()).rejects.toMatchObject({ code: "LEDGER_CORRUPT", details: { seq: 2 } });
  });

  it("read() names an edited event in the middle", async () => {
    const ledger = await openGitLedger({ dir, clock: manualClock(T0) });
    await ledger.append([draft(0), draft(1), draft(2)], signer);
    await tamper(dir, (files) => editLine(files, 1, (l) => l.replace('"req-0"', '"req-7"')));
    await expect(ledger.read()).rejects.toMatchObject({ code: "LEDGER_CORRUPT", details: { seq: 1, path: "tail.jsonl:2" } });
  });

  it("refuses a stray file on the branch", async () => {
    const ledger = await openGitLedger({ dir, clock: manualClock(T0) });
    await ledger.append([draft(0)], signer);
    await tamper(dir, (files) => void files.set("notes.txt", new Uint8Array([104, 105])));
    await expect(ledger.append([draft(1)], signer)).rejects.toMatchObject({ code: "LEDGER_CORRUPT", details: { path: "notes.txt" } });
  });
});
