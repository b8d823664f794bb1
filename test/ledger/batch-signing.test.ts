import { afterAll, describe, expect, it } from "vitest";
import { openGitLedger } from "../../app/ledger/git-ledger.js";
import type { LedgerSigner } from "../../app/ledger/types.js";
import { verifyLedger } from "../../app/ledger/verify-ledger.js";
import { manualClock } from "../../app/util/clock.js";
import { draft, makeRepo, newKey, signerOf, tempDirs } from "./helpers.js";

const dirs = tempDirs();
afterAll(() => dirs.cleanup());

const T0 = Date.UTC(2026, 0, 31, 12, 0, 0, 0);
const gatekeeper = newKey("gatekeeper");
const doer = newKey("doer");

/** `signer` with a signHashes of its own, made from sign() (the node:crypto backend has none), counting batches and hashes. */
function batching(signer: LedgerSigner, mangle: (out: Buffer) => Buffer = (b) => b): LedgerSigner & { batches: number[] } {
  const batches: number[] = [];
  const { signHashes: _native, ...rest } = signer;
  return {
    ...rest,
    batches,
    async signHashes(hashes: Uint8Array) {
      batches.push(hashes.length / 32);
      const out: Buffer[] = [];
      for (let i = 0; i < hashes.length; i += 32) out.push(Buffer.from(signer.sign(hashes.subarray(i, i + 32))));
      return mangle(Buffer.concat(out));
    },
  };
}

describe("group commits sign their events in one batch per signer", () => {
  it("appends from two writers waiting for one commit: one batch each, every signature verifies, records as one by one", async () => {
    const dir = await makeRepo(await dirs.make(), [gatekeeper, doer]);
    const gk = batching(signerOf(gatekeeper));
    const dr = batching(signerOf(doer));
    const ledger = await openGitLedger({ dir, clock: manualClock(T0) });
    await ledger.append([draft(0)], gk); // genesis and the first commit
    gk.batches.length = 0;
    const appends = await Promise.all([
      ledger.append([draft(1), draft(2)], gk),
      ledger.append([draft(3, "phase.soft.done")], dr),
      ledger.append([draft(4)], gk),
      ledger.append([draft(5, "phase.hard.scheduled")], dr),
    ]);
    // The first append commits alone (nothing was waiting), the other three in the next commit.
    expect(gk.batches).toEqual([2, 1]);
    expect(dr.batches).toEqual([1 + 2]); // the doer's key.added (its first write) and its two events
    const records = await ledger.read();
    expect(appends.flat().map((r) => r.event.subject)).toEqual(["req-1", "req-2", "req-3", "req-4", "req-5"]);
    expect(records.slice(-6).map((r) => [r.event.type, r.sig.kid])).toEqual([
      ["policy.decided", gatekeeper.kid],
      ["policy.decided", gatekeeper.kid],
      ["key.added", doer.kid],
      ["phase.soft.done", doer.kid],
      ["policy.decided", gatekeeper.kid],
      ["phase.hard.scheduled", doer.kid],
    ]);
    expect(await verifyLedger({ dir })).toMatchObject({ ok: true, size: records.length });
  });

  it("a batch that returns the wrong number of bytes is refused with KEY_INVALID, and nothing is written", async () => {
    const dir = await makeRepo(await dirs.make(), [gatekeeper]);
    const short = batching(signerOf(gatekeeper), (b) => b.subarray(0, b.length - 1));
    const ledger = await openGitLedger({ dir, clock: manualClock(T0) });
    await expect(ledger.append([draft(0)], short)).rejects.toMatchObject({ code: "KEY_INVALID" });
    expect(await ledger.read()).toEqual([]);
  });

  it("a batch whose signature is not the key's is caught by the verifier (the ledger stores what the signer returned)", async () => {
    const dir = await makeRepo(await dirs.make(), [gatekeeper]);
    const wrong = batching(signerOf(gatekeeper), (b) => Buffer.from(b.map((x, i) => (i === b.length - 1 ? x ^ 1 : x))));
    const ledger = await openGitLedger({ dir, clock: manualClock(T0) });
    await ledger.append([draft(0)], wrong);
    expect(await verifyLedger({ dir })).toMatchObject({ ok: false });
  });
});
