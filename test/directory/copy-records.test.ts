import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { copyGroup, copyUser } from "../../app/directory/copy-records.js";
import { seedDirectoryState } from "../../app/directory/seed.js";
import { NOW } from "./embedded-directory-harness.js";
import { userRecord } from "./user-record-arbitrary.js";

/** Every object and array inside `value`, the value itself included. */
function containers(value: unknown): object[] {
  if (typeof value !== "object" || value === null) return [];
  return [value, ...Object.values(value).flatMap(containers)];
}

describe("record copies", () => {
  it("a user's copy is what structuredClone gives (same keys, order, values) and shares no object with it", () => {
    fc.assert(
      fc.property(userRecord, (user) => {
        const copy = copyUser(user);
        expect(JSON.stringify(copy)).toBe(JSON.stringify(structuredClone(user)));
        expect(copy).toStrictEqual(structuredClone(user));
        const originals = new Set(containers(user));
        expect(containers(copy).filter((c) => originals.has(c))).toEqual([]);
      }),
      { seed: 20261128, numRuns: 500 },
    );
  });

  it("a group's copy likewise", () => {
    for (const group of seedDirectoryState(NOW).groups) {
      const copy = copyGroup(group);
      expect(copy).toStrictEqual(structuredClone(group));
      expect(copy.members).not.toBe(group.members);
    }
  });
});
