import SCIMMY from "scimmy";
import { beforeAll, describe, expect, it } from "vitest";
import { CachedUserResource } from "../../app/directory/cached-user-resource.js";
import { createRenderedUsers } from "../../app/directory/rendered-users.js";
import type { DirectoryRequestContext } from "../../app/directory/request-context.js";
import { declareScimmyResources, SCIM_MOUNT_PATH } from "../../app/directory/scimmy-globals.js";
import { seedDirectoryState } from "../../app/directory/seed.js";
import { createDirectoryStore } from "../../app/directory/store.js";
import { NOW } from "./embedded-directory-harness.js";

beforeAll(() => {
  declareScimmyResources();
  SCIMMY.Resources.User.basepath(`http://127.0.0.1:1${SCIM_MOUNT_PATH}`);
});

function contexts() {
  const store = createDirectoryStore(seedDirectoryState(NOW));
  const base = { kind: "offboard-directory" as const, store, clock: () => NOW, tenant: "acme", patchRenders: null };
  const cached: DirectoryRequestContext = { ...base, renders: createRenderedUsers() };
  const uncached: DirectoryRequestContext = { ...base, renders: null };
  return { store, cached, uncached };
}

/** The JSON a router would send for a read (or the SCIM error it would answer). */
async function answer(read: () => Promise<unknown>): Promise<string> {
  try {
    return JSON.stringify(await read());
  } catch (e) {
    return `error ${JSON.stringify(new SCIMMY.Messages.Error(e as never))}`;
  }
}

const QUERIES: Record<string, unknown>[] = [
  {},
  { filter: 'userName eq "dana.reyes@example.com"', count: 10 },
  { filter: 'userName eq "DANA.REYES@example.com"' },
  { filter: 'userName eq "nobody@example.com"' },
  { filter: "active eq true", startIndex: 3, count: 4 },
  { filter: 'userName sw "s" or userType eq "Service"' },
  { filter: 'emails[type eq "work"]' },
  { count: 0 },
];

describe("User reads answered from remembered renderings", () => {
  it("answer exactly as SCIMMY's own read, for every user by id, for lists and filters, and for errors", async () => {
    const { store, cached, uncached } = contexts();
    for (const id of [...store.users().map((u) => u.id), "no-such-id"]) {
      const mine = await answer(() => new CachedUserResource(id).read(cached));
      expect(mine).toBe(await answer(() => new CachedUserResource(id).read(uncached)));
      // A second read is answered from the remembered rendering: still the same.
      expect(await answer(() => new CachedUserResource(id).read(cached))).toBe(mine);
    }
    for (const query of QUERIES) {
      const mine = await answer(() => new CachedUserResource(query as never).read(cached));
      expect(mine, JSON.stringify(query)).toBe(await answer(() => new CachedUserResource(query as never).read(uncached)));
      expect(await answer(() => new CachedUserResource(query as never).read(cached))).toBe(mine);
    }
  });

  it("a changed account is rendered afresh: the read after a change shows it", async () => {
    const { store, cached } = contexts();
    const dana = store.userByName("dana.reyes@example.com")!;
    const before = (await new CachedUserResource(dana.id).read(cached)) as unknown as { active: boolean; meta: { lastModified: string } };
    expect(before.active).toBe(true);
    store.putUser({ ...dana, active: false, lastModified: new Date(NOW + 1000).toISOString() });
    const after = (await new CachedUserResource(dana.id).read(cached)) as unknown as { active: boolean; meta: { lastModified: string } };
    expect(after.active).toBe(false);
    expect(after.meta.lastModified).toBe(new Date(NOW + 1000).toISOString());
    const listed = (await new CachedUserResource({ filter: 'userName eq "dana.reyes@example.com"' } as never).read(cached)) as unknown as { Resources: { active: boolean }[] };
    expect(listed.Resources[0]!.active).toBe(false);
  });

  it("every read gets its own copy: changing an answer changes no later one", async () => {
    const { store, cached } = contexts();
    const id = store.users()[0]!.id;
    const first = (await new CachedUserResource(id).read(cached)) as unknown as Record<string, unknown>;
    first.userName = "changed";
    expect(((await new CachedUserResource(id).read(cached)) as unknown as Record<string, unknown>).userName).not.toBe("changed");
  });

  it("reads with attributes, excludedAttributes or sortBy, and reads without the cache, are SCIMMY's own (schema instances)", async () => {
    const { store, cached, uncached } = contexts();
    const id = store.users()[0]!.id;
    expect(await new CachedUserResource(id, { attributes: "userName" } as never).read(cached)).toBeInstanceOf(SCIMMY.Types.Schema);
    expect(await new CachedUserResource(id, { excludedAttributes: "emails" } as never).read(cached)).toBeInstanceOf(SCIMMY.Types.Schema);
    expect(await new CachedUserResource(id).read(uncached)).toBeInstanceOf(SCIMMY.Types.Schema);
    const sorted = (await new CachedUserResource({ sortBy: "username" } as never).read(cached)) as unknown as { Resources: unknown[] };
    expect(sorted.Resources[0]).toBeInstanceOf(SCIMMY.Types.Schema);
  });
});

describe("the directory's endpoints around the caching User resource", () => {
  it("GET /Me answers as before the cache was declared: the lease's tenant is no User (404), and an unauthenticated /Me is 401", async () => {
    const { startHarness } = await import("./embedded-directory-harness.js");
    const { scim } = await import("./embedded-directory-harness.js");
    const h = await startHarness();
    try {
      const token = (await h.creds()).bearerToken;
      const me = await scim(h.directory, "GET", "/Me", { token });
      expect(me.status).toBe(404);
      expect(me.body).toEqual({ schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"], status: "404", detail: "Resource acme not found" });
      expect(me.headers.get("content-type")).toBe("application/scim+json; charset=utf-8");
      expect((await scim(h.directory, "GET", "/Me")).status).toBe(401);
      // /ResourceTypes still names the resource "User" at /Users.
      const types = await scim(h.directory, "GET", "/ResourceTypes/User", { token });
      expect(types.body).toMatchObject({ id: "User", name: "User", endpoint: "/Users" });
    } finally {
      await h.stop();
    }
  });
});
