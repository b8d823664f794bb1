import fc from "fast-check";
import SCIMMY from "scimmy";
import { beforeAll, describe, expect, it } from "vitest";
import { renderUserFast } from "../../app/directory/render-user.js";
import { toScimUser } from "../../app/directory/scim-user-mapping.js";
import { declareScimmyResources, SCIM_MOUNT_PATH } from "../../app/directory/scimmy-globals.js";
import { seedDirectoryState } from "../../app/directory/seed.js";
import { OFFBOARD_USER_EXTENSION as EXT, type GroupRecord } from "../../app/directory/state.js";
import { edgeUsers } from "./directory-pair.js";
import { NOW } from "./embedded-directory-harness.js";
import { RECORD_ID as ID, userRecord } from "./user-record-arbitrary.js";

const SEED = Number(process.env.FC_SEED ?? 20261128);
const RUNS = Number(process.env.FC_RUNS ?? 2000);
const BASEPATH = `${SCIM_MOUNT_PATH}/Users`;

beforeAll(() => declareScimmyResources());

type Json = Record<string, unknown>;

/** SCIMMY's rendering as the directory serves it (JSON text), or "refused" when SCIMMY throws. */
function scimmy(user: Json): string {
  try {
    return JSON.stringify(new SCIMMY.Schemas.User(user, "out", BASEPATH));
  } catch {
    return "refused";
  }
}

const groups: fc.Arbitrary<GroupRecord[]> = fc.array(
  fc.record({ id: fc.uuid(), displayName: fc.string({ minLength: 1, maxLength: 6 }), members: fc.constant([ID]), created: fc.constant("2020-01-01T00:00:00.000Z"), lastModified: fc.constant("2020-01-01T00:00:00.000Z") }),
  { maxLength: 3 },
);

/** A key of `o` (at any depth) picked by `pick`, with its value. */
function paths(o: unknown, prefix: string[] = []): string[][] {
  if (typeof o !== "object" || o === null) return [];
  return Object.entries(o).flatMap(([k, v]) => [[...prefix, k], ...paths(v, [...prefix, k])]);
}
const ODD_VALUES = [null, undefined, "", "x", 0, -0, 1.5, 2 ** 53, 1e21, true, false, [], {}, ["a"], [1], "2025-01-01", "not a date", "2025-01-01T10:00:00Z", "Work", "work", "direct"];

/**
 * What an egress handler other than toScimUser could hand over, or a store could hold after a
 * change: one edit at any depth (a value of another type, a key removed, renamed to another case
 * or unknown, an object's keys reversed).
 */
const mangle = (user: Json) =>
  fc.record({ path: fc.constantFrom(...paths(user)), edit: fc.constantFrom("value", "remove", "upper", "unknown", "reverse"), value: fc.constantFrom(...ODD_VALUES) }).map(({ path, edit, value }) => {
    const copy = structuredClone(user) as Json;
    let parent = copy as Record<string, unknown>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
    const key = path[path.length - 1]!;
    if (edit === "value") parent[key] = value;
    else if (edit === "remove") delete parent[key];
    else if (edit === "upper" || edit === "unknown") {
      const v = parent[key];
      delete parent[key];
      parent[edit === "upper" ? key.toUpperCase() : `${key}X`] = v;
    } else if (typeof parent[key] === "object" && parent[key] !== null && !Array.isArray(parent[key])) {
      const o = parent[key] as Json;
      parent[key] = Object.fromEntries(Object.entries(o).reverse());
    }
    return copy;
  });

describe("renderUserFast: SCIMMY's outbound User rendering, computed directly", () => {
  it("renders every seeded and edge user as SCIMMY does, declining only those SCIMMY refuses", () => {
    const state = seedDirectoryState(NOW);
    const users = [...state.users, ...edgeUsers(NOW)];
    const declined: string[] = [];
    for (const u of users) {
      const source = toScimUser(u, state.groups.filter((g) => g.members.includes(u.id)));
      const fast = renderUserFast(source, BASEPATH);
      if (fast === null) declined.push(u.userName);
      else expect(JSON.stringify(fast), u.userName).toBe(scimmy(source));
    }
    // A typed role and a non-canonical email type: SCIMMY cannot render those users at all.
    expect(declined.sort()).toEqual(["edge.odd-email@example.com", "edge.typed-role@example.com"]);
    for (const userName of declined) {
      const u = users.find((x) => x.userName === userName)!;
      expect(scimmy(toScimUser(u, []))).toBe("refused");
    }
  });

  it(`gives SCIMMY's bytes for generated stored users, and declines every user SCIMMY refuses (seed ${SEED})`, () => {
    let rendered = 0;
    fc.assert(
      fc.property(userRecord, groups, (user, memberOf) => {
        const source = toScimUser(user, memberOf);
        const expected = scimmy(source);
        const fast = renderUserFast(source, BASEPATH);
        if (fast === null) return;
        rendered++;
        expect(JSON.stringify(fast)).toBe(expected);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // The sample must mostly be rendered here, or the comparison proves little.
    expect(rendered, "users rendered without SCIMMY").toBeGreaterThanOrEqual(RUNS / 2);
  });

  it(`gives SCIMMY's bytes or declines, for generated users with one odd edit anywhere (seed ${SEED})`, () => {
    let rendered = 0;
    let declined = 0;
    fc.assert(
      fc.property(
        fc.tuple(userRecord, groups).chain(([user, memberOf]) => mangle(toScimUser(user, memberOf))),
        (source) => {
          const fast = renderUserFast(source, BASEPATH);
          if (fast === null) return void declined++;
          rendered++;
          expect(JSON.stringify(fast)).toBe(scimmy(source));
        },
      ),
      { seed: SEED + 1, numRuns: RUNS },
    );
    expect(rendered, "edited users rendered without SCIMMY").toBeGreaterThanOrEqual(RUNS / 10);
    expect(declined, "edited users declined").toBeGreaterThanOrEqual(RUNS / 10);
  });

  it("returns a fresh object each time (callers may change it)", () => {
    const u = seedDirectoryState(NOW).users[0]!;
    const a = renderUserFast(toScimUser(u, []), BASEPATH)!;
    const b = renderUserFast(toScimUser(u, []), BASEPATH)!;
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
    expect(a[EXT]).not.toBe(b[EXT]);
  });
});
