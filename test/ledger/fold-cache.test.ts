import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { openGitLedger } from "../../app/ledger/git-ledger.js";
import type { LedgerFolder, LedgerRecord } from "../../app/ledger/types.js";
import { manualClock } from "../../app/util/clock.js";
import { draft, makeRepo, newKey, runGit, signerOf, tempDirs } from "./helpers.js";

const dirs = tempDirs();
afterAll(() => dirs.cleanup());

const T0 = Date.UTC(2026, 0, 31, 12, 0, 0, 123);
const gatekeeper = newKey("gatekeeper");
const signer = signerOf(gatekeeper);

/** Remembers the hashes it was given, and counts its steps (a fold that re-reads the ledger would count more). */
function recorder(): LedgerFolder<{ hashes: string[] }> & { steps: number } {
  const folder = {
    steps: 0,
    init: () => ({ hashes: [] as string[] }),
    step(state: { hashes: string[] }, record: LedgerRecord) {
      folder.steps++;
      state.hashes.push(record.hash);
    },
  };
  return folder;
}

let dir: string;
beforeEach(async () => {
  dir = await makeRepo(await dirs.make(), [gatekeeper]);
});

describe("ledger.readFrom and ledger.fold", () => {
  it("readFrom(seq) is read() from seq on, inside the tail and across sealed segments", async () => {
    const ledger = await openGitLedger({ dir, clock: manualClock(T0) });
    for (let batch = 0; batch < 3; batch++) await ledger.append(Array.from({ length: 200 }, (_, i) => draft(batch * 200 + i)), signer);
    const all = await ledger.read();
    expect(all.length).toBeGreaterThan(512);
    for (const seq of [0, 1, 255, 256, 257, 300, 511, 512, all.length - 1, all.length, all.length + 5]) {
      expect((await ledger.readFrom(seq)).map((r) => r.event.seq)).toEqual(all.slice(seq).map((r) => r.event.seq));
    }
  });

  it("folds every record once: later calls apply only what was appended since", async () => {
    const ledger = await openGitLedger({ dir, clock: manualClock(T0) });
    const folder = recorder();
    await ledger.append(Array.from({ length: 300 }, (_, i) => draft(i)), signer);
    expect((await ledger.fold(folder)).hashes).toEqual((await ledger.read()).map((r) => r.hash));
    await ledger.fold(folder);
    await ledger.append([draft(300), draft(301)], signer);
    const state = await ledger.fold(folder);
    const all = await ledger.read();
    expect(state.hashes).toEqual(all.map((r) => r.hash));
    expect(folder.steps).toBe(all.length);
  });

  it("with appends and folds interleaved, a fold always holds every append that resolved before it was called", async () => {
    const ledger = await openGitLedger({ dir, clock: manualClock(T0) });
    const folder = recorder();
    await Promise.all(
      Array.from({ length: 40 }, async (_, i) => {
        const [record] = await ledger.append([draft(i)], signer);
        const state = await ledger.fold(folder);
        expect(state.hashes[record!.event.seq]).toBe(record!.hash);
      }),
    );
    expect((await ledger.fold(folder)).hashes).toEqual((await ledger.read()).map((r) => r.hash));
  });

  it("a branch moved to a history that does not extend what was folded is folded again from the start", async () => {
    const ledger = await openGitLedger({ dir, clock: manualClock(T0) });
    const folder = recorder();
    await ledger.append([draft(0), draft(1)], signer);
    const before = runGit(dir, "rev-parse", "refs/heads/ledger").trim();
    await ledger.append([draft(2), draft(3)], signer);
    await ledger.fold(folder);
    runGit(dir, "update-ref", "refs/heads/ledger", before);
    await ledger.append([draft(7)], signer);
    const state = await ledger.fold(folder);
    expect(state.hashes).toEqual((await ledger.read()).map((r) => r.hash));
  });
});
