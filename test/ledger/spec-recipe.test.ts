import { execFileSync, spawnSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventHash } from "../../app/ledger/event-hash.js";
import { openGitLedger } from "../../app/ledger/git-ledger.js";
import { ledgerFileBytes } from "../../app/ledger/layout.js";
import { createLedgerSigner } from "../../app/ledger/signer.js";
import type { LedgerRecord } from "../../app/ledger/types.js";
import { manualClock } from "../../app/util/clock.js";
import { bytesOf, draft, makeRepo, newKey, runGit, tamper, tempDirs, text } from "./helpers.js";

/** The auditor's recipe in ledger/SPEC.md, run as printed against ledgers written by our code. */
const tools = ["git", "jq", "sha256sum", "xxd", "base64", "openssl"];
const missing = tools.filter((t) => spawnSync("sh", ["-c", `command -v ${t}`]).status !== 0);

const dirs = tempDirs();
afterAll(() => dirs.cleanup());
const gatekeeper = newKey("gatekeeper");
const doer = newKey("doer");
let script: string;
let pristine: string;

beforeAll(async () => {
  const spec = await readFile(join(import.meta.dirname, "..", "..", "ledger", "SPEC.md"), "utf8");
  const match = /<!-- recipe:begin -->\n```bash\n([\s\S]*?)```\n<!-- recipe:end -->/.exec(spec);
  if (!match?.[1]) throw new Error("ledger/SPEC.md: recipe block not found");
  script = match[1];
  pristine = await makeRepo(await dirs.make(), [gatekeeper, doer]);
  const ledger = await openGitLedger({ dir: pristine, clock: manualClock(Date.UTC(2026, 0, 31, 12)) });
  const gk = createLedgerSigner(gatekeeper.privateKeyPem, gatekeeper.kid);
  await ledger.append([draft(0, "request.received", { name: "Zoë \"Z\" \\ O'Brien\n\t\u0001 😀 €" }), draft(1)], gk);
  await ledger.append([draft(2, "lease.issued", { ttl_seconds: 60, big: 9007199254740991 })], createLedgerSigner(doer.privateKeyPem, doer.kid));
  await ledger.append([draft(3, "lease.revoked"), draft(4, "phase.soft.done")], gk);
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

const ev = (seq: number) => `events/${String(seq).padStart(12, "0")}.json`;

// Under CI the recipe must run (.ci/run installs jq, xxd and openssl); elsewhere it needs them on PATH.
describe.skipIf(missing.length > 0 && process.env.CI !== "true")(`SPEC.md recipe (needs ${tools.join(", ")})`, () => {
  it("passes on an intact ledger, also from a fresh clone's origin/ledger", async () => {
    expect(recipe(await copy())).toEqual({ ok: true, out: expect.stringMatching(/^OK: 5 events, head [0-9a-f]{64}$/) });
    const clone = await dirs.make();
    execFileSync("git", ["clone", "-q", pristine, "."], { cwd: clone });
    expect(recipe(clone, { LEDGER_REF: "origin/ledger" }).ok).toBe(true);
  });

  it("names the event whose data was edited", async () => {
    const dir = await copy();
    await tamper(dir, (f) => void f.set(ev(3), bytesOf(text(f.get(ev(3))!).replace('"req-3"', '"req-8"'))));
    expect(recipe(dir)).toEqual({ ok: false, out: "FAIL: event 3 (events/000000000003.json): hash mismatch" });
  });

  it("names the event whose hash was recomputed (signature)", async () => {
    const dir = await copy();
    await tamper(dir, (f) => {
      const record = JSON.parse(text(f.get(ev(2))!)) as LedgerRecord;
      record.event.data = { ...record.event.data, ttl_seconds: 86400 };
      record.hash = eventHash(record.event);
      f.set(ev(2), ledgerFileBytes(record));
    });
    expect(recipe(dir)).toEqual({ ok: false, out: "FAIL: event 2 (events/000000000002.json): bad signature" });
  });

  it("catches a re-serialised file, a deleted event and a truncated ledger", async () => {
    const pretty = await copy();
    await tamper(pretty, (f) => void f.set(ev(1), bytesOf(`${JSON.stringify(JSON.parse(text(f.get(ev(1))!)), null, 1)}\n`)));
    expect(recipe(pretty)).toEqual({ ok: false, out: "FAIL: event 1 (events/000000000001.json): not canonical" });
    const gap = await copy();
    await tamper(gap, (f) => void f.delete(ev(2)));
    expect(recipe(gap)).toMatchObject({ ok: false, out: expect.stringMatching(/^FAIL: event files are not exactly/) });
    const truncated = await copy();
    await tamper(truncated, (f) => void f.delete(ev(4)));
    expect(recipe(truncated)).toEqual({ ok: false, out: "FAIL: checkpoint: size is not 4" });
  });
});
