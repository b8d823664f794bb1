import { describe, expect, it } from "vitest";
import { freshRead } from "../../app/ledger/fresh-read.js";

/** A read whose answers the test releases one at a time; each answer is the read's start number. */
function controlled() {
  const releases: ((v: number) => void)[] = [];
  let started = 0;
  const read = () =>
    new Promise<number>((resolve, reject) => {
      const n = ++started;
      releases.push((v) => (v < 0 ? reject(new Error(`read ${n} failed`)) : resolve(n)));
    });
  return { read, started: () => started, release: (ok = true) => releases.shift()!(ok ? 0 : -1) };
}

const tick = () => new Promise((r) => setImmediate(r));

describe("freshRead", () => {
  it("never answers a call with a read that started before it; calls made meanwhile share the next read", async () => {
    const c = controlled();
    const shared = freshRead(c.read);
    const a = shared(); // starts read 1
    const b = shared(); // read 1 is running: waits for read 2
    const d = shared(); // shares read 2
    expect(c.started()).toBe(1);
    c.release();
    expect(await a).toBe(1);
    await tick();
    expect(c.started()).toBe(2);
    const e = shared(); // read 2 is running: waits for read 3
    c.release();
    expect(await b).toBe(2);
    expect(await d).toBe(2);
    await tick();
    c.release();
    expect(await e).toBe(3);
    expect(c.started()).toBe(3);
    // Idle again: the next call starts a read at once.
    const f = shared();
    expect(c.started()).toBe(4);
    c.release();
    expect(await f).toBe(4);
  });

  it("a failed read rejects the calls it serves only; the next calls read again", async () => {
    const c = controlled();
    const shared = freshRead(c.read);
    const a = shared();
    const b = shared();
    c.release(false);
    await expect(a).rejects.toThrow("read 1 failed");
    await tick();
    c.release();
    expect(await b).toBe(2);
  });
});
