import { execFileSync, spawnSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canonicalRecord } from "../../app/ledger/check-record-line.js";
import { eventHash } from "../../app/ledger/event-hash.js";
import { openGitLedger } from "../../app/ledger/git-ledger.js";
import type { LedgerRecord } from "../../app/ledger/types.js";
import { verifyLedger } from "../../app/ledger/verify-ledger.js";
import { manualClock } from "../../app/util/clock.js";
import { bytesOf, draft, editLine, makeRepo, newKey, resign, runGit, signerOf, tamper, tempDirs, text } from "./helpers.js";

/** The auditor's recipe in ledger/SPEC.md, run as printed against ledgers written by our code. */
const tools = ["git", "jq", "sha256sum", "base64", "od", "openssl"];
const missing = tools.filter((t) => spawnSync("sh", ["-c", `command -v ${t}`]).status !== 0);

const dirs = tempDirs();
afterAll(() => dirs.cleanup());
const gatekeeper = newKey("gatekeeper");
const doer = newKey("doer");
let script: string;
let pristine: string;

/** 263 events: a sealed segment (0-255) and a tail of 7, two writers, three commits. */
beforeAll(async () => {
  const spec = await readFile(join(import.meta.dirname, "..", "..", "ledger", "SPEC.md"), "utf8");
  const match = /<!-- recipe:begin -->\n```bash\n([\s\S]*?)```\n<!-- recipe:end -->/.exec(spec);
  if (!match?.[1]) throw new Error("ledger/SPEC.md: recipe block not found");
  script = match[1];
  pristine = await makeRepo(await dirs.make(), [gatekeeper, doer]);
  const ledger = await openGitLedger({ dir: pristine, clock: manualClock(Date.UTC(2026, 0, 31, 12)) });
  const gk = signerOf(gatekeeper);
  await ledger.append([draft(0, "request.received", { name: "Zoë \"Z\" \\ O'Brien\n\t\u0001 😀 €" }), ...Array.from({ length: 256 }, (_, i) => draft(i + 1))], gk);
  await ledger.append([draft(300, "lease.issued", { ttl_seconds: 60, big: 9007199254740991 }), draft(301, "phase.soft.done")], signerOf(doer));
  await ledger.append([draft(302, "lease.revoked"), draft(303, "approval.recorded")], gk);
});

function recipe(dir: string, env: Record<string, string> = {}): { ok: boolean; out: string } {
  const run = spawnSync("bash", ["-c", script], { cwd: dir, env: { ...process.env, ...env }, encoding: "utf8" });
  return { ok: run.status === 0, out: `${run.stdout}${run.stderr}`.trim() };
}

async function copy(): Promise<string> {
  const dir = await dirs.make();
  runGit(dir, "clone", "-q", "--no-local", pristine, ".");
  runGit(dir, "branch", "-q", "ledger", "origin/ledger");
  return dir;
}

// Under CI the recipe must run (.ci/run installs jq, xxd and openssl); elsewhere it needs them on PATH.
describe.skipIf(missing.length > 0 && process.env.CI !== "true")(`SPEC.md recipe (needs ${tools.join(", ")})`, () => {
  it("passes on an intact ledger with the same root as the verifiers, also from a fresh clone's origin/ledger", async () => {
    const dir = await copy();
    const { root } = await verifyLedger({ dir });
    expect(recipe(dir)).toEqual({ ok: true, out: expect.stringMatching(new RegExp(`^OK: 263 events, root ${root}, checkpoint signed by ${gatekeeper.kid}$`)) });
    const clone = await dirs.make();
    execFileSync("git", ["clone", "-q", pristine, "."], { cwd: clone });
    expect(recipe(clone, { LEDGER_REF: "origin/ledger" }).ok).toBe(true);
  }, 60_000);

  it("names the event whose data was edited, in a segment and in the tail", async () => {
    const dir = await copy();
    await tamper(dir, (f) => editLine(f, 200, (l) => l.replace('"req-199"', '"req-198"')));
    expect(recipe(dir)).toEqual({ ok: false, out: "FAIL: event 200 (segments/000000000000.jsonl:201): hash mismatch" });
    const tail = await copy();
    await tamper(tail, (f) => editLine(f, 261, (l) => l.replace('"req-302"', '"req-303"')));
    expect(recipe(tail)).toEqual({ ok: false, out: "FAIL: event 261 (tail.jsonl:6): hash mismatch" });
  }, 60_000);

  it("names the event after one whose hash was recomputed, and one signed by a key of the wrong role", async () => {
    const dir = await copy();
    await tamper(dir, (f) => editLine(f, 259, (l) => {
      const r = JSON.parse(l) as LedgerRecord;
      r.event.data = { ...r.event.data, ttl_seconds: 86400 };
      r.hash = eventHash(r.event);
      return canonicalRecord(r);
    }));
    // The recipe checks the chain before the signatures: the next event's prev no longer matches.
    expect(recipe(dir)).toEqual({ ok: false, out: "FAIL: event 260 (tail.jsonl:5): broken chain" });
    expect(await verifyLedger({ dir })).toMatchObject({ firstBad: { seq: 259, code: "LEDGER_SIGNATURE_INVALID" } });
    const role = await copy();
    await tamper(role, (f) => editLine(f, 100, (l) => canonicalRecord(resign(JSON.parse(l) as LedgerRecord, signerOf(doer)))));
    expect(recipe(role)).toMatchObject({ ok: false, out: expect.stringMatching(/^FAIL: event 100 \(segments\/000000000000\.jsonl:101\): (hash mismatch|broken chain|a doer key may not sign policy\.decided)$/) });
  }, 60_000);

  it("catches a re-serialised line, a reordered tail, a truncated ledger and a merge commit", async () => {
    const pretty = await copy();
    await tamper(pretty, (f) => editLine(f, 259, (l) => JSON.stringify(JSON.parse(l), null, 1).replaceAll("\n", "")));
    expect(recipe(pretty)).toEqual({ ok: false, out: "FAIL: event 259 (tail.jsonl:4): not canonical" });
    const swapped = await copy();
    await tamper(swapped, (f) => {
      const lines = text(f.get("tail.jsonl")!).split("\n");
      [lines[1], lines[2]] = [lines[2]!, lines[1]!];
      f.set("tail.jsonl", bytesOf(lines.join("\n")));
    });
    expect(recipe(swapped)).toEqual({ ok: false, out: "FAIL: event 257 (tail.jsonl:2): wrong seq" });
    const truncated = await copy();
    await tamper(truncated, (f) => void f.set("tail.jsonl", bytesOf(text(f.get("tail.jsonl")!).split("\n").slice(0, -2).join("\n") + "\n")));
    expect(recipe(truncated)).toEqual({ ok: false, out: "FAIL: state.json: does not match the events" });
    const merged = await copy();
    await tamper(merged, () => undefined, { parents: [runGit(merged, "rev-parse", "ledger").trim(), runGit(merged, "rev-parse", "ledger~2").trim()] });
    expect(recipe(merged)).toEqual({ ok: false, out: "FAIL: merge commit on the ledger branch" });
  }, 60_000);
});
