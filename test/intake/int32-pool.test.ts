import { describe, expect, it } from "vitest";
import { pooledInt32Array } from "../../app/intake/int32-pool.js";

describe("pooled Int32Arrays (app/intake/int32-pool.ts)", () => {
  it("are zeroed, of the length asked, and never share an entry", () => {
    const arrays = Array.from({ length: 5000 }, (_, i) => pooledInt32Array(1 + (i % 97)));
    arrays.forEach((a, i) => {
      expect(a.length).toBe(1 + (i % 97));
      expect(a.every((v) => v === 0)).toBe(true);
      a.fill(i + 1);
    });
    arrays.forEach((a, i) => expect(a.every((v) => v === i + 1)).toBe(true));
  });

  it("give a long array a buffer of its own", () => {
    const long = pooledInt32Array(100_000);
    expect(long.length).toBe(100_000);
    expect(long.byteOffset).toBe(0);
    expect(long.buffer.byteLength).toBe(400_000);
  });
});
