import fc from "fast-check";
import SCIMMY from "scimmy";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { CachedUserResource } from "../../app/directory/cached-user-resource.js";
import { asPatchAnswer } from "../../app/directory/patch-answer.js";
import { createRenderedUsers } from "../../app/directory/rendered-users.js";
import type { DirectoryRequestContext } from "../../app/directory/request-context.js";
import { toScimUser } from "../../app/directory/scim-user-mapping.js";
import { declareScimmyResources, SCIM_MOUNT_PATH } from "../../app/directory/scimmy-globals.js";
import { OFFBOARD_USER_EXTENSION as EXT, USER_TYPES, type DirectoryState, type GroupRecord } from "../../app/directory/state.js";
import { createDirectoryStore, type DirectoryChange } from "../../app/directory/store.js";
import { NOW } from "./embedded-directory-harness.js";
import { RECORD_ID as ID, text, userRecord as record } from "./user-record-arbitrary.js";

const SEED = Number(process.env.FC_SEED ?? 20261127);
const RUNS = Number(process.env.FC_RUNS ?? 300);
const PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
const BASEPATH = `${SCIM_MOUNT_PATH}/Users`;

beforeAll(() => {
  declareScimmyResources();
  SCIMMY.Resources.User.basepath(SCIM_MOUNT_PATH);
});

const groups: fc.Arbitrary<GroupRecord[]> = fc.array(
  fc.record({ id: fc.uuid(), displayName: fc.string({ minLength: 1, maxLength: 6 }), members: fc.constant([ID]), created: fc.constant("2020-01-01T00:00:00.000Z"), lastModified: fc.constant("2020-01-01T00:00:00.000Z") }),
  { maxLength: 2 },
);

const PATHS: Array<[string, fc.Arbitrary<unknown>]> = [
  ["active", fc.boolean()], ["displayName", text], ["displayname", text], ["title", text], ["userType", fc.constantFrom(...USER_TYPES, "Intern")],
  [`${EXT}:sessions`, fc.oneof(fc.constant(0), fc.integer({ min: -1, max: 9 }))], [`${EXT}:sessions`.toLowerCase(), fc.constant(0)],
  [`${EXT}:productionOwner`, fc.boolean()], [`${EXT}:productionOwner`.toLowerCase(), fc.boolean()], ["Active", fc.boolean()],
];
const operation = fc.constantFrom(...PATHS).chain(([path, value]) =>
  fc.oneof(fc.record({ op: fc.constantFrom("replace", "add", "Replace"), path: fc.constant(path), value }), fc.constant({ op: "remove", path })),
);
const message = fc.array(operation, { minLength: 1, maxLength: 3 }).map((Operations) => ({ schemas: [PATCH_OP], Operations }));

/**
 * One side: a store holding `user` and `groups`, what SCIMMY's router would send for the PATCH,
 * and how a read renders the user afterwards (the fast side from the renderings it remembered,
 * some derived without SCIMMY; the reference side SCIMMY's rendering, afresh).
 */
async function side(state: DirectoryState, body: unknown, fast: boolean, direct = false) {
  const changes: DirectoryChange[] = [];
  const store = createDirectoryStore(state, (c) => changes.push(c));
  const renders = createRenderedUsers(undefined, { direct: fast && direct });
  const ctx: DirectoryRequestContext = { kind: "offboard-directory", store, clock: () => NOW, tenant: "acme", renders: null, patchRenders: fast ? renders : null };
  let answer: string;
  try {
    const value = await new CachedUserResource(ID).patch(body as never, ctx);
    answer = value === undefined ? "204" : `200 ${JSON.stringify(value)}`;
  } catch (e) {
    answer = `error ${JSON.stringify(new SCIMMY.Messages.Error(e as never))}`;
  }
  let read: string;
  try {
    read = JSON.stringify((fast ? renders : createRenderedUsers()).render(toScimUser(store.user(ID)!, store.groupsOf(ID)), BASEPATH));
  } catch (e) {
    read = `error ${(e as Error).message}`;
  }
  return { answer, changes: JSON.stringify(changes), state: JSON.stringify(store.snapshot()), read };
}

describe("the fast User PATCH path vs SCIMMY's, on the real handlers, over generated users", () => {
  it(`a PATCH answer is the user's rendering less its empty extension values, as SCIMMY's chain gives it (seed ${SEED})`, () => {
    fc.assert(
      fc.property(record, groups, (user, memberOf) => {
        let rendering: Record<string, unknown>;
        try {
          rendering = JSON.parse(JSON.stringify(new SCIMMY.Schemas.User(toScimUser(user, memberOf), "out", BASEPATH))) as Record<string, unknown>;
        } catch {
          return; // SCIMMY cannot render it: the fast path falls back before answering anything
        }
        // SCIMMY 1.3.5 User#patch: the read is coerced into the patch target, and the answer out again.
        const twice = new SCIMMY.Schemas.User(new SCIMMY.Schemas.User(new SCIMMY.Schemas.User(toScimUser(user, memberOf), "out", BASEPATH)), "out", BASEPATH);
        expect(JSON.stringify(asPatchAnswer(rendering))).toBe(JSON.stringify(twice));
      }),
      { seed: SEED, numRuns: RUNS * 3 },
    );
  });

  // direct: the fast side renders users render-user.ts can render without SCIMMY (as the directory does by default).
  it.each([false, true])(`gives SCIMMY's answer, store changes and state for generated users and simple messages (direct rendering %s, seed ${SEED})`, async (direct) => {
    // A pass-through spy (it changes nothing): counts the PATCHes the fast side handed to SCIMMY.
    const scimmyPatch = vi.spyOn(SCIMMY.Resources.User.prototype, "patch");
    let served = 0;
    try {
      await fc.assert(
        fc.asyncProperty(record, groups, message, async (user, memberOf, body) => {
          const state: DirectoryState = { version: 1, users: [user], groups: memberOf };
          const reference = await side(state, body, false);
          const before = scimmyPatch.mock.calls.length;
          const fast = await side(state, body, true, direct);
          expect(fast).toEqual(reference);
          if (scimmyPatch.mock.calls.length === before) served++;
        }),
        { seed: SEED, numRuns: RUNS },
      );
    } finally {
      scimmyPatch.mockRestore();
    }
    // The sample must exercise the fast path, or the comparison proves little.
    expect(served, "PATCHes the fast path served").toBeGreaterThanOrEqual(RUNS / 3);
  });
});
