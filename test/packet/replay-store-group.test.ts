import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";

// Counts the file opens of the store's writes (each open is one append and one fsync).
const opens = vi.hoisted(() => ({ count: 0 }));
vi.mock("node:fs", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs")>();
  return { ...real, openSync: (...args: Parameters<typeof real.openSync>) => ((opens.count += 1), real.openSync(...args)) };
});

const { openReplayStore } = await import("../../app/packet/replay-store.js");
const { manualClock } = await import("../../app/util/clock.js");

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);
const exp = Math.floor(T0 / 1000) + 300;

describe("file replay store: grouped durable claims", () => {
  it("claims made together share writes, and each is on disk when it resolves", async () => {
    const clock = manualClock(T0);
    const path = join(mkdtempSync(join(tmpdir(), "replay-")), "replay.jsonl");
    const store = openReplayStore(path, clock);
    opens.count = 0;
    const ids = Array.from({ length: 50 }, (_, i) => `jti-${i}`);
    const results = await Promise.all(ids.map((id) => store.claim(id, exp)));
    expect(results.every((r) => r === true)).toBe(true);
    // The first claim's write, then one write for the 49 that queued behind it.
    expect(opens.count).toBe(2);
    expect(readFileSync(path, "utf8").trim().split("\n")).toHaveLength(50);
    const restarted = openReplayStore(path, clock);
    for (const id of ids) expect(await restarted.claim(id, exp)).toBe(false);
  });

  it("a second claim of an id whose write is still in flight is a replay", async () => {
    const clock = manualClock(T0);
    const path = join(mkdtempSync(join(tmpdir(), "replay-")), "replay.jsonl");
    const store = openReplayStore(path, clock);
    const [first, second] = await Promise.all([store.claim("same", exp), store.claim("same", exp)]);
    expect([first, second]).toEqual([true, false]);
  });

  it("a write that fails rejects the claim and keeps the id taken (fail closed)", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "replay-")), "replay.jsonl");
    const store = openReplayStore(path, manualClock(T0));
    // A directory where the file should be: the append fails.
    mkdirSync(path);
    await expect(store.claim("x", exp)).rejects.toMatchObject({ code: "EISDIR" });
    expect(await store.claim("x", exp)).toBe(false);
  });
});
