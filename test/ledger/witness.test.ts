/**
 * Witnesses (c2sp.org/tlog-witness semantics, ledger/SPEC.md §9): a witness cosigns only consistent
 * extensions of what it cosigned before, so a rolled-back or forked branch never collects its
 * cosignature, whoever holds the writer keys.
 */
import { cp } from "node:fs/promises";
import { afterAll, describe, expect, it } from "vitest";
import { openGitLedger } from "../../app/ledger/git-ledger.js";
import { manualClock } from "../../app/util/clock.js";
import { verifyLedger } from "../../app/ledger/verify-ledger.js";
import { draft, makeRepo, newKey, rewriteFrom, runGit, signerOf, tamper, tempDirs, witnessOf } from "./helpers.js";

const dirs = tempDirs();
afterAll(() => dirs.cleanup());
const T0 = Date.UTC(2026, 2, 1);
const gatekeeper = newKey("gatekeeper");
const doer = newKey("doer");
const witnessKey = newKey("witness");
const gk = signerOf(gatekeeper);

async function witnessed(): Promise<{ dir: string; state: string }> {
  const dir = await makeRepo(await dirs.make(), [gatekeeper, doer, witnessKey]);
  const state = await dirs.make();
  const clock = manualClock(T0);
  const ledger = await openGitLedger({ dir, clock, witnesses: [witnessOf(witnessKey, state, [gatekeeper, doer], clock)] });
  await ledger.append([draft(0), draft(1)], gk);
  await ledger.append([draft(2)], gk);
  return { dir, state };
}

describe("the local witness", () => {
  it("cosigns the first checkpoint, then only with the right old size and a valid consistency proof", async () => {
    const { dir, state } = await witnessed();
    const w = witnessOf(witnessKey, state, [gatekeeper, doer], manualClock(T0));
    const ledger = await openGitLedger({ dir, clock: manualClock(T0) });
    const note = (await ledger.latestCheckpoint())!; // size 5: genesis, witness key.added, 3 decisions
    await expect(w.addCheckpoint({ oldSize: 0, proof: [], checkpoint: note })).rejects.toMatchObject({ code: "WITNESS_CONFLICT", details: { size: 5 } });
    await expect(w.addCheckpoint({ oldSize: 6, proof: [], checkpoint: note })).rejects.toMatchObject({ code: "WITNESS_REFUSED", details: { status: 400 } });
    expect(await w.addCheckpoint({ oldSize: 5, proof: [], checkpoint: note })).toMatch(new RegExp(`^— ${witnessKey.kid} [A-Za-z0-9+/]+={0,2}\\n$`));
    await ledger.append([draft(3)], gk);
    const next = (await ledger.latestCheckpoint())!;
    await expect(w.addCheckpoint({ oldSize: 5, proof: ["00".repeat(32)], checkpoint: next })).rejects.toMatchObject({ code: "WITNESS_REFUSED", details: { status: 422 } });
    expect(await w.addCheckpoint({ oldSize: 5, proof: await ledger.consistencyProof(5, 6), checkpoint: next })).toContain(witnessKey.kid);
  });

  it("refuses checkpoints not signed by a log key it knows (403) and malformed ones (400)", async () => {
    const { dir } = await witnessed();
    const stranger = witnessOf(witnessKey, await dirs.make(), [doer], manualClock(T0));
    const note = (await (await openGitLedger({ dir, clock: manualClock(T0) })).latestCheckpoint())!;
    await expect(stranger.addCheckpoint({ oldSize: 0, proof: [], checkpoint: note })).rejects.toMatchObject({ code: "WITNESS_REFUSED", details: { status: 403 } });
    await expect(stranger.addCheckpoint({ oldSize: 0, proof: [], checkpoint: "hello\n" })).rejects.toMatchObject({ code: "WITNESS_REFUSED", details: { status: 400 } });
  });

  it("a fork by an insider holding every writer key cannot get cosigned (LEDGER_WITNESS_FAILED), nor a rollback", async () => {
    const { dir, state } = await witnessed();
    const w = witnessOf(witnessKey, state, [gatekeeper, doer], manualClock(T0));
    // Fork: history rewritten from event 2 and force-pushed, then extended.
    await tamper(dir, (f) => void rewriteFrom(f, 2, (d) => ({ ...d, subject: "req-forged" }), new Map([[gatekeeper.kid, gk]])), { force: "orphan" });
    const forked = await openGitLedger({ dir, clock: manualClock(T0), witnesses: [w] });
    await expect(forked.append([draft(9)], gk)).rejects.toMatchObject({ code: "LEDGER_WITNESS_FAILED" });
    // Rollback to the first commit, then extended past the witnessed size.
    const back = await witnessed();
    const w2 = witnessOf(witnessKey, back.state, [gatekeeper, doer], manualClock(T0));
    runGit(back.dir, "update-ref", "refs/heads/ledger", "refs/heads/ledger~1");
    const rolled = await openGitLedger({ dir: back.dir, clock: manualClock(T0), witnesses: [w2] });
    await expect(rolled.append([draft(9), draft(10), draft(11)], gk)).rejects.toMatchObject({ code: "LEDGER_WITNESS_FAILED" });
  });

  it("two writers witnessed concurrently by one witness: every published checkpoint is cosigned and consistent", async () => {
    const dir = await makeRepo(await dirs.make(), [gatekeeper, doer, witnessKey]);
    const state = await dirs.make();
    const clock = manualClock(T0);
    const a = await openGitLedger({ dir, clock, witnesses: [witnessOf(witnessKey, state, [gatekeeper, doer], clock)] });
    const b = await openGitLedger({ dir, clock, witnesses: [witnessOf(witnessKey, state, [gatekeeper, doer], clock)] });
    await Promise.all([
      ...Array.from({ length: 20 }, (_, i) => a.append([draft(i)], gk)),
      ...Array.from({ length: 20 }, (_, i) => b.append([draft(i, "lease.issued")], signerOf(doer))),
    ]);
    const result = await verifyLedger({ dir });
    expect(result).toMatchObject({ ok: true, size: 43, witnessed: { size: 43, cosigners: [witnessKey.kid] } });
  });

  it("the witness state survives a restart (a new instance on the same directory)", async () => {
    const { dir, state } = await witnessed();
    const copy = await dirs.make();
    await cp(state, copy, { recursive: true });
    const again = witnessOf(witnessKey, copy, [gatekeeper, doer], manualClock(T0));
    const note = (await (await openGitLedger({ dir, clock: manualClock(T0) })).latestCheckpoint())!;
    await expect(again.addCheckpoint({ oldSize: 0, proof: [], checkpoint: note })).rejects.toMatchObject({ code: "WITNESS_CONFLICT", details: { size: 5 } });
  });
});
