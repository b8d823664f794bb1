/**
 * Keys and their rotation are recorded on the ledger itself (ledger/SPEC.md §8): a key signs only
 * from its key.added on and up to its key.revoked, by ledger position, never by wall clock.
 */
import { spawnSync } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildRecords } from "../../app/ledger/build-records.js";
import { canonicalRecord } from "../../app/ledger/check-record-line.js";
import type { LedgerKeyPair } from "../../app/ledger/generate-ledger-key.js";
import { openGitLedger } from "../../app/ledger/git-ledger.js";
import type { LedgerRecord } from "../../app/ledger/types.js";
import { verifyLedger } from "../../app/ledger/verify-ledger.js";
import { manualClock } from "../../app/util/clock.js";
import { draft, editLine, layOut, makeRepo, newKey, recordsIn, resign, runGit, signerOf, tamper, tempDirs, witnessOf } from "./helpers.js";

const dirs = tempDirs();
afterAll(() => dirs.cleanup());
const MJS = join(import.meta.dirname, "..", "..", "ledger", "verify.mjs");
const T0 = Date.UTC(2026, 5, 1);

const g1 = newKey("gatekeeper");
const g2 = newKey("gatekeeper");
const doer = newKey("doer");

async function trust(dir: string, ...keys: LedgerKeyPair[]): Promise<void> {
  for (const k of keys) await writeFile(join(dir, "ledger", "keys", `${k.kid}.pem`), k.publicKeyPem);
  runGit(dir, "add", "-A");
  runGit(dir, "commit", "-q", "-m", "trust new keys");
}

function mjs(dir: string): { status: number | null; firstBad?: { seq: number | null; code: string } } {
  const run = spawnSync(process.execPath, [MJS, "--repo", dir, "--json"], { encoding: "utf8" });
  return { status: run.status, ...(JSON.parse(run.stdout) as { firstBad?: { seq: number | null; code: string } }) };
}

describe("rotating a writer key", () => {
  it("the new key introduces itself, revokes the old one; the old key is refused from then on, its old events still verify", async () => {
    const dir = await makeRepo(await dirs.make(), [g1, doer]);
    const clock = manualClock(T0);
    const ledger = await openGitLedger({ dir, clock });
    await ledger.append([draft(0), draft(1)], signerOf(g1));
    await trust(dir, g2); // reviewed on the default branch first
    await ledger.append([draft(2)], signerOf(g2));
    await ledger.append([{ type: "key.revoked", tenant: "ledger", actor: "gatekeeper", subject: g1.kid, data: { kid: g1.kid, reason: "rotated" } }], signerOf(g2));
    await expect(ledger.append([draft(3)], signerOf(g1))).rejects.toMatchObject({ code: "LEDGER_KEY_NOT_VALID" });
    await ledger.append([draft(4)], signerOf(g2));
    const records = await ledger.read();
    expect(records.map((r) => [r.event.type, r.sig.kid === g1.kid ? "g1" : "g2"])).toEqual([
      ["ledger.genesis", "g1"], ["policy.decided", "g1"], ["policy.decided", "g1"],
      ["key.added", "g2"], ["policy.decided", "g2"], ["key.revoked", "g2"], ["policy.decided", "g2"],
    ]);
    const state = JSON.parse(runGit(dir, "show", "refs/heads/ledger:state.json")) as { keys: unknown[] };
    expect(state.keys).toEqual([
      { kid: g1.kid, role: "gatekeeper", added: 0, revoked: 5 },
      { kid: g2.kid, role: "gatekeeper", added: 3, revoked: null },
    ]);
    expect(await verifyLedger({ dir })).toMatchObject({ ok: true, size: 7 });
    expect(mjs(dir).status).toBe(0);
  });

  it("an event signed by the revoked key after its revocation fails, even with a time before it (position, not clock)", async () => {
    const dir = await makeRepo(await dirs.make(), [g1, g2, doer]);
    const ledger = await openGitLedger({ dir, clock: manualClock(T0) });
    await ledger.append([draft(0)], signerOf(g1));
    await ledger.append([draft(1)], signerOf(g2));
    await ledger.append([{ type: "key.revoked", tenant: "ledger", actor: "gatekeeper", subject: g1.kid, data: { kid: g1.kid, reason: "leaked" } }], signerOf(g2));
    await tamper(dir, (f) => {
      const records = recordsIn(f);
      const [late] = buildRecords([draft(9)], { seq: records.length, prev: records.at(-1)!.hash, time: "2020-01-01T00:00:00.000Z" }, signerOf(g1));
      layOut(f, [...records, late!], signerOf(g2));
    });
    expect(await verifyLedger({ dir })).toMatchObject({ ok: false, firstBad: { seq: 5, path: "tail.jsonl:6", code: "LEDGER_KEY_NOT_VALID" } });
    expect(mjs(dir)).toMatchObject({ status: 1, firstBad: { seq: 5, code: "LEDGER_KEY_NOT_VALID" } });
  });

  it("a trusted key that signs before its key.added fails", async () => {
    const dir = await makeRepo(await dirs.make(), [g1, g2]);
    const ledger = await openGitLedger({ dir, clock: manualClock(T0) });
    await ledger.append([draft(0), draft(1)], signerOf(g1));
    await tamper(dir, (f) => editLine(f, 1, (l) => canonicalRecord(resign(JSON.parse(l) as LedgerRecord, signerOf(g2)))));
    expect(await verifyLedger({ dir })).toMatchObject({ ok: false, firstBad: { seq: 1, code: "LEDGER_KEY_NOT_VALID" } });
    expect(mjs(dir)).toMatchObject({ status: 1, firstBad: { seq: 1, code: "LEDGER_KEY_NOT_VALID" } });
  });

  it("a key that is not a trust root on the default branch fails at its key.added", async () => {
    const dir = await makeRepo(await dirs.make(), [g1]);
    const ledger = await openGitLedger({ dir, clock: manualClock(T0) });
    await ledger.append([draft(0)], signerOf(g1));
    await ledger.append([draft(1, "lease.issued")], signerOf(doer)); // the writer cannot know; the auditor does
    expect(await verifyLedger({ dir })).toMatchObject({ ok: false, firstBad: { seq: 2, path: "tail.jsonl:3", code: "LEDGER_KEY_UNKNOWN" } });
    expect(mjs(dir)).toMatchObject({ status: 1, firstBad: { seq: 2, code: "LEDGER_KEY_UNKNOWN" } });
  });

  it("refuses a revocation by the wrong role, a second revocation, and re-adding a revoked key", async () => {
    const dir = await makeRepo(await dirs.make(), [g1, g2, doer]);
    const ledger = await openGitLedger({ dir, clock: manualClock(T0) });
    await ledger.append([draft(0)], signerOf(g1));
    const revoke = (kid: string) => [{ type: "key.revoked" as const, tenant: "ledger", actor: "x", subject: kid, data: { kid, reason: "test" } }];
    await expect(ledger.append(revoke(g1.kid), signerOf(doer))).rejects.toMatchObject({ code: "LEDGER_KEY_NOT_VALID" });
    await ledger.append(revoke(g1.kid), signerOf(g2));
    await expect(ledger.append(revoke(g1.kid), signerOf(g2))).rejects.toMatchObject({ code: "LEDGER_KEY_NOT_VALID" });
    await expect(ledger.append([draft(5)], signerOf(g1))).rejects.toMatchObject({ code: "LEDGER_KEY_NOT_VALID" });
    expect(await verifyLedger({ dir })).toMatchObject({ ok: true });
  });

  it("a forged key.revoked of the gatekeeper key by the doer fails verification", async () => {
    const dir = await makeRepo(await dirs.make(), [g1, doer]);
    const ledger = await openGitLedger({ dir, clock: manualClock(T0) });
    await ledger.append([draft(0)], signerOf(g1));
    await ledger.append([draft(1, "lease.issued")], signerOf(doer));
    await tamper(dir, (f) => {
      const records = recordsIn(f);
      const [forged] = buildRecords([{ type: "key.revoked", tenant: "ledger", actor: "doer", subject: g1.kid, data: { kid: g1.kid, reason: "mine now" } }], { seq: records.length, prev: records.at(-1)!.hash, time: "2026-06-01T00:00:00.000Z" }, signerOf(doer));
      layOut(f, [...records, forged!], signerOf(doer));
    });
    expect(await verifyLedger({ dir })).toMatchObject({ ok: false, firstBad: { seq: 4, code: "LEDGER_KEY_NOT_VALID" } });
    expect(mjs(dir)).toMatchObject({ status: 1, firstBad: { seq: 4, code: "LEDGER_KEY_NOT_VALID" } });
  });
});

describe("rotating a witness key", () => {
  it("a second witness is introduced, the first revoked by the gatekeeper; old checkpoints keep their old cosignatures", async () => {
    const w1 = newKey("witness");
    const w2 = newKey("witness");
    const dir = await makeRepo(await dirs.make(), [g1, w1]);
    const clock = manualClock(T0);
    const witness1 = witnessOf(w1, await dirs.make(), [g1], clock);
    await (await openGitLedger({ dir, clock, witnesses: [witness1] })).append([draft(0)], signerOf(g1));
    await trust(dir, w2);
    const witness2 = witnessOf(w2, await dirs.make(), [g1], clock);
    const both = await openGitLedger({ dir, clock, witnesses: [witness1, witness2] });
    await both.append([draft(1)], signerOf(g1));
    await both.append([{ type: "key.revoked", tenant: "ledger", actor: "gatekeeper", subject: w1.kid, data: { kid: w1.kid, reason: "retired" } }], signerOf(g1));
    await both.append([draft(2)], signerOf(g1));
    const tags = runGit(dir, "tag", "-l", "ledger-checkpoint/*").trim().split("\n");
    const cosigners = (tag: string) => runGit(dir, "cat-file", "tag", tag).split("\n").filter((l) => l.startsWith("— witness-")).map((l) => l.split(" ")[1]);
    expect(tags.map(cosigners)).toEqual([[w1.kid], [w1.kid, w2.kid], [w2.kid], [w2.kid]]);
    const result = await verifyLedger({ dir });
    expect(result).toMatchObject({ ok: true, size: 7, witnessed: { size: 7, cosigners: [w2.kid] } });
    expect(mjs(dir).status).toBe(0);
    // The revoked witness can still sign, but its cosignature on a later checkpoint does not count.
    const tip = (await both.latestCheckpoint())!;
    const late = await witness1.addCheckpoint({ oldSize: 5, proof: await both.consistencyProof(5, 7), checkpoint: tip });
    runGit(dir, "tag", "-f", "-a", "-m", (tip + late).trimEnd(), tags.at(-1)!, "refs/heads/ledger");
    expect(await verifyLedger({ dir })).toMatchObject({ ok: false, firstBad: { path: `refs/tags/${tags.at(-1)}`, code: "LEDGER_UNWITNESSED" } });
    expect(mjs(dir)).toMatchObject({ status: 1, firstBad: { code: "LEDGER_UNWITNESSED" } });
  });
});
