import type SCIMMY from "scimmy";
import { caseInsensitiveFilter, exactUserName } from "./case-insensitive-filter.js";
import { requireDirectoryContext } from "./request-context.js";
import { scimError } from "./scim-error.js";
import { DirectoryInputError, toScimUser } from "./scim-user-mapping.js";
import { writeUser } from "./write-user.js";

/** The parts of a SCIMMY resource instance the handlers read. */
export interface ScimResourceRequest {
  id?: string;
  filter?: SCIMMY.Types.Filter;
}

/** SCIMMY User handlers; every value they touch comes from the request's directory context. */
export const userHandlers = {
  egress(resource: ScimResourceRequest, ctx: unknown): Record<string, unknown> | Record<string, unknown>[] {
    const { store } = requireDirectoryContext(ctx);
    if (resource.id !== undefined) {
      const user = store.user(resource.id);
      if (!user) throw scimError(404, null, `Resource ${resource.id} not found`);
      return toScimUser(user, store.groupsOf(user.id));
    }
    // `userName eq "x"` (how connectors find a person) is answered from the userName index.
    // SCIMMY's Filter#match decides that expression by `userName === x` on the lower-cased operand
    // (case-insensitive-filter.ts): the same test as here, without parsing the filter again.
    const name = resource.filter ? exactUserName(resource.filter) : null;
    if (name !== null) {
      const user = store.userByName(name);
      return user?.userName === name ? [toScimUser(user, store.groupsOf(user.id))] : [];
    }
    const all = store.users().map((u) => toScimUser(u, store.groupsOf(u.id)));
    return resource.filter ? caseInsensitiveFilter(resource.filter).match(all) : all;
  },

  ingress(resource: ScimResourceRequest, instance: unknown, ctx: unknown): Record<string, unknown> {
    const { store, clock } = requireDirectoryContext(ctx);
    const existing = resource.id !== undefined ? store.user(resource.id) : undefined;
    if (resource.id !== undefined && !existing) throw scimError(404, null, `Resource ${resource.id} not found`);
    try {
      const record = writeUser(store, existing, instance, new Date(clock()).toISOString());
      return toScimUser(record, store.groupsOf(record.id));
    } catch (e) {
      if (e instanceof DirectoryInputError) throw scimError(e.status, e.scimType, e.message);
      throw e;
    }
  },

  degress(resource: ScimResourceRequest, ctx: unknown): void {
    const { store } = requireDirectoryContext(ctx);
    if (resource.id === undefined || !store.deleteUser(resource.id)) {
      throw scimError(404, null, `Resource ${resource.id ?? ""} not found`);
    }
  },
};
