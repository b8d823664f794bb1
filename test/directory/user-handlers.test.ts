import SCIMMY from "scimmy";
import { describe, expect, it } from "vitest";
import { caseInsensitiveFilter } from "../../app/directory/case-insensitive-filter.js";
import type { DirectoryRequestContext } from "../../app/directory/request-context.js";
import { toScimUser } from "../../app/directory/scim-user-mapping.js";
import { seedDirectoryState } from "../../app/directory/seed.js";
import { createDirectoryStore } from "../../app/directory/store.js";
import { userHandlers } from "../../app/directory/user-handlers.js";
import { edgeUsers } from "./directory-pair.js";
import { NOW } from "./embedded-directory-harness.js";

describe("User egress for userName filters", () => {
  it("answers `userName eq` from the index exactly as SCIMMY's Filter#match over every user", () => {
    const state = seedDirectoryState(NOW);
    const store = createDirectoryStore({ ...state, users: [...state.users, ...edgeUsers(NOW)] });
    const ctx: DirectoryRequestContext = { kind: "offboard-directory", store, clock: () => NOW, tenant: "acme", renders: null, patchRenders: null };
    const everyone = store.users().map((u) => toScimUser(u, store.groupsOf(u.id)));
    const names = [
      ...store.users().map((u) => u.userName),
      ...store.users().map((u) => u.userName.toUpperCase()),
      "Dana.Reyes@Example.COM", "nobody@example.com", "edge.mixed@example.com", "",
    ];
    const filters = names.flatMap((n) => [`userName eq "${n}"`, `USERNAME eq "${n}"`, `userName EQ "${n}"`, `userName eq "${n}" or userName eq "ceo@example.com"`]);
    let matched = 0;
    for (const text of filters) {
      const filter = new SCIMMY.Types.Filter(text);
      const mine = userHandlers.egress({ filter }, ctx) as unknown[];
      expect(mine, text).toEqual(caseInsensitiveFilter(filter).match(everyone));
      matched += mine.length;
    }
    expect(matched).toBeGreaterThan(names.length);
  });
});
