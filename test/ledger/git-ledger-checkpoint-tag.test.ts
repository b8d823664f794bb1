/**
 * `latestCheckpoint({ witnessed: true })` (what the executor asks before every packet) reads the
 * tag at the branch's size without listing every tag, and falls back to the listing when that
 * tag is not there (yet).
 */
import { afterAll, describe, expect, it, vi } from "vitest";
import { draft, makeRepo, newKey, runGit, signerOf, tempDirs, witnessOf } from "./helpers.js";

const listings = vi.hoisted(() => ({ count: 0 }));
vi.mock("isomorphic-git", async (importOriginal) => {
  const real = ((await importOriginal()) as { default: typeof import("isomorphic-git") }).default;
  const counted = { ...real, listTags: (...args: Parameters<typeof real.listTags>) => ((listings.count += 1), real.listTags(...args)) };
  return { ...counted, default: counted };
});

const { openGitLedger } = await import("../../app/ledger/git-ledger.js");
const { manualClock } = await import("../../app/util/clock.js");

const dirs = tempDirs();
afterAll(() => dirs.cleanup());
const T0 = Date.UTC(2026, 2, 1);
const gatekeeper = newKey("gatekeeper");
const doer = newKey("doer");
const witnessKey = newKey("witness");
const gk = signerOf(gatekeeper);

describe("the newest witnessed checkpoint", () => {
  it("is the tag at the tip's size, found without listing the tags; a missing one falls back to the newest listed", async () => {
    const dir = await makeRepo(await dirs.make(), [gatekeeper, doer, witnessKey]);
    const clock = manualClock(T0);
    const ledger = await openGitLedger({ dir, clock, witnesses: [witnessOf(witnessKey, await dirs.make(), [gatekeeper, doer], clock)] });
    await ledger.append([draft(0), draft(1)], gk);
    const older = await ledger.latestCheckpoint({ witnessed: true });
    await ledger.append([draft(2)], gk);
    listings.count = 0;
    const newest = await ledger.latestCheckpoint({ witnessed: true });
    expect(listings.count).toBe(0);
    expect(newest).not.toBe(older);
    expect(newest).toContain(`\n${await ledger.read().then((r) => r.length)}\n`);
    expect(newest).toContain(witnessKey.kid);
    // The commit landed but its witnessing did not (a crash between the two): the tag at the tip's
    // size is missing, so every tag is listed and the newest one that exists is returned.
    const tags = runGit(dir, "tag", "--list", "ledger-checkpoint/*").trim().split("\n").sort();
    runGit(dir, "tag", "-d", tags[tags.length - 1]!);
    expect(await ledger.latestCheckpoint({ witnessed: true })).toBe(older);
    expect(listings.count).toBe(1);
  });

  it("while this instance witnesses the commit it just landed, waits for that tag instead of listing", async () => {
    const dir = await makeRepo(await dirs.make(), [gatekeeper, doer, witnessKey]);
    const clock = manualClock(T0);
    const real = witnessOf(witnessKey, await dirs.make(), [gatekeeper, doer], clock);
    let open = (): void => undefined;
    let held = false;
    const slow = {
      kid: real.kid,
      publicKey: real.publicKey,
      addCheckpoint: async (request: Parameters<typeof real.addCheckpoint>[0]) => {
        if (held) await new Promise<void>((resolve) => (open = resolve));
        return real.addCheckpoint(request);
      },
    };
    const ledger = await openGitLedger({ dir, clock, witnesses: [slow] });
    await ledger.append([draft(0)], gk);
    held = true;
    const appended = ledger.append([draft(1)], gk);
    // The commit lands on the branch; its witnessing waits on `open`.
    while (!(await ledger.read()).some((r) => r.event.subject === draft(1).subject)) await new Promise((r) => setTimeout(r, 5));
    listings.count = 0;
    const newest = ledger.latestCheckpoint({ witnessed: true });
    await new Promise((r) => setTimeout(r, 20));
    held = false;
    open();
    await appended;
    const size = (await ledger.read()).length;
    expect(await newest).toContain(`\n${size}\n`);
    expect(listings.count).toBe(0);
  });
});
