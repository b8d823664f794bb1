import { join } from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { gitFs } from "../../app/ledger/git-fs.js";
import { openGitLedger } from "../../app/ledger/git-ledger.js";
import { manualClock } from "../../app/util/clock.js";
import { draft, makeRepo, newKey, signerOf, tempDirs, witnessOf } from "./helpers.js";

const dirs = tempDirs();
afterAll(() => dirs.cleanup());

const T0 = Date.UTC(2026, 0, 31, 12, 0, 0);
const gatekeeper = newKey("gatekeeper");
const signer = signerOf(gatekeeper);

let dir: string;
beforeEach(async () => {
  dir = await makeRepo(await dirs.make(), [gatekeeper]);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe("the ledger's own commits are not read back from git", () => {
  it("reads racing a stream of group commits never re-read a tip this instance wrote (objects read: none)", async () => {
    const ledger = await openGitLedger({ dir, clock: manualClock(T0) });
    await ledger.append([draft(0)], signer);
    const objectReads: string[] = [];
    const readFile = gitFs.promises.readFile;
    vi.spyOn(gitFs.promises, "readFile").mockImplementation(((path: unknown, options?: unknown) => {
      if (typeof path === "string" && path.includes(`${join(".git", "objects")}`)) objectReads.push(path);
      return (readFile as (p: unknown, o?: unknown) => Promise<unknown>)(path, options);
    }) as typeof readFile);
    // Appends in flight while readers keep asking for the tip: most reads race a commit landing.
    const readers = async () => {
      for (let i = 0; i < 40; i++) await Promise.all([ledger.recordAt(1), ledger.latestCheckpoint(), ledger.readFrom(1)]);
    };
    const writers = Promise.all(Array.from({ length: 40 }, (_, i) => ledger.append([draft(i + 1)], signer)));
    await Promise.all([writers, readers(), readers(), readers()]);
    expect((await ledger.read()).length).toBe(42);
    expect(objectReads).toEqual([]);
  });

  it("still reads a tip another writer landed (the remembered tips are keyed by commit)", async () => {
    const clock = manualClock(T0);
    const mine = await openGitLedger({ dir, clock });
    const other = await openGitLedger({ dir, clock });
    await mine.append([draft(0)], signer);
    await other.append([draft(1)], signer);
    expect((await mine.read()).map((r) => r.event.seq)).toEqual([0, 1, 2]);
    await mine.append([draft(2)], signer);
    expect((await other.read()).map((r) => r.event.seq)).toEqual([0, 1, 2, 3]);
    expect(await mine.recordAt(3)).toEqual((await other.read())[3]);
  });
});

describe("witnessed checkpoints", () => {
  /** A ledger with one local witness, after its first witnessed commit. */
  const witnessedLedger = async () => {
    const witnessKey = newKey("witness");
    const clock = manualClock(T0);
    const ledger = await openGitLedger({ dir, clock, witnesses: [witnessOf(witnessKey, await dirs.make("witness-"), [gatekeeper], clock)] });
    await ledger.append([draft(0)], signer);
    return { ledger, witnessKey };
  };
  /** The paths the ledger's fs is asked to `method` from now on, those containing `fragment`. */
  const pathsAsked = (method: "readFile" | "readdir", fragment: string): string[] => {
    const asked: string[] = [];
    const real = gitFs.promises[method] as (p: unknown, o?: unknown) => Promise<unknown>;
    vi.spyOn(gitFs.promises, method).mockImplementation(((path: unknown, options?: unknown) => {
      if (typeof path === "string" && path.includes(fragment)) asked.push(path);
      return real(path, options);
    }) as never);
    return asked;
  };

  it("the tag object for a size is read once, then remembered by oid (its ref is read each time); a newer size is read again", async () => {
    const { ledger } = await witnessedLedger();
    // Tags are read through the ledger's fs (checkpoint-tags.ts).
    const tagReads = pathsAsked("readFile", join(".git", "objects"));
    const first = await ledger.latestCheckpoint({ witnessed: true });
    expect(first).not.toBeNull();
    for (let i = 0; i < 5; i++) expect(await ledger.latestCheckpoint({ witnessed: true })).toBe(first);
    expect(tagReads).toHaveLength(1);
    await ledger.append([draft(1)], signer);
    const second = await ledger.latestCheckpoint({ witnessed: true });
    expect(second).not.toBe(first);
    expect(tagReads).toHaveLength(2);
  });

  it("readers racing commits wait for the tag of the tip instead of listing every tag, and each gets a witnessed checkpoint", async () => {
    const { ledger, witnessKey } = await witnessedLedger();
    const listings = pathsAsked("readdir", join("refs", "tags"));
    const notes: (string | null)[] = [];
    // Readers ask at every turn of the event loop, so some ask in the moment between a commit
    // landing and its witnessing starting.
    let writing = true;
    const reader = async () => {
      while (writing) {
        notes.push(await ledger.latestCheckpoint({ witnessed: true }));
        await new Promise((resolve) => setImmediate(resolve));
      }
    };
    const readers = Array.from({ length: 8 }, reader);
    for (let i = 0; i < 30; i++) await Promise.all([ledger.append([draft(2 * i + 1)], signer), ledger.append([draft(2 * i + 2)], signer)]);
    writing = false;
    await Promise.all(readers);
    expect(listings).toEqual([]);
    expect(notes.every((n) => n !== null && n.includes(`— ${witnessKey.kid} `))).toBe(true);
  });
});

describe("the tail checked as it grows", () => {
  it("a tail that extends the one read before has its new lines checked: a broken chain at the boundary is LEDGER_CORRUPT, named as a fresh reader names it", async () => {
    const { buildRecords } = await import("../../app/ledger/build-records.js");
    const { layOut, recordsIn, tamper } = await import("./helpers.js");
    const clock = manualClock(T0);
    const ledger = await openGitLedger({ dir, clock });
    await ledger.append([draft(0), draft(1)], signer);
    await ledger.append([draft(2)], signer);
    expect(await ledger.read()).toHaveLength(4);
    // A valid extension reads as usual (through the incremental check).
    await ledger.append([draft(3), draft(4)], signer);
    expect((await ledger.read()).map((r) => r.event.seq)).toEqual([0, 1, 2, 3, 4, 5]);
    // An insider lays out the branch again with one more event whose prev skips its predecessor:
    // state.json, the checkpoint and the last line all agree, only the chain is broken.
    await tamper(dir, (files) => {
      const records = recordsIn(files);
      const [bad] = buildRecords([draft(5)], { seq: records.length, prev: records.at(-2)!.hash, time: records.at(-1)!.event.time }, signer);
      layOut(files, [...records, bad!], signer);
    });
    const fault = { code: "LEDGER_CORRUPT", details: { seq: 6, path: "tail.jsonl:7" } };
    await expect(ledger.read()).rejects.toMatchObject(fault);
    await expect((await openGitLedger({ dir, clock })).read()).rejects.toMatchObject(fault);
  });
});
