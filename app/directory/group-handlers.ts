import { requireDirectoryContext } from "./request-context.js";
import { scimError } from "./scim-error.js";
import { fromScimGroup, toScimGroup } from "./scim-group-mapping.js";
import { DirectoryInputError } from "./scim-user-mapping.js";
import type { ScimResourceRequest } from "./user-handlers.js";

/** SCIMMY Group handlers; every value they touch comes from the request's directory context. */
export const groupHandlers = {
  egress(resource: ScimResourceRequest, ctx: unknown): Record<string, unknown> | Record<string, unknown>[] {
    const { store } = requireDirectoryContext(ctx);
    if (resource.id !== undefined) {
      const group = store.group(resource.id);
      if (!group) throw scimError(404, null, `Resource ${resource.id} not found`);
      return toScimGroup(group, store);
    }
    const all = store.groups().map((g) => toScimGroup(g, store));
    return resource.filter ? resource.filter.match(all) : all;
  },

  ingress(resource: ScimResourceRequest, instance: unknown, ctx: unknown): Record<string, unknown> {
    const { store, clock } = requireDirectoryContext(ctx);
    const existing = resource.id !== undefined ? store.group(resource.id) : undefined;
    if (resource.id !== undefined && !existing) throw scimError(404, null, `Resource ${resource.id} not found`);
    try {
      const record = fromScimGroup(instance, existing, store, new Date(clock()).toISOString());
      const clash = store.groups().find((g) => g.displayName === record.displayName && g.id !== record.id);
      if (clash) throw new DirectoryInputError(409, "uniqueness", `Group ${record.displayName} already exists`);
      store.putGroup(record);
      return toScimGroup(record, store);
    } catch (e) {
      if (e instanceof DirectoryInputError) throw scimError(e.status, e.scimType, e.message);
      throw e;
    }
  },

  degress(resource: ScimResourceRequest, ctx: unknown): void {
    const { store } = requireDirectoryContext(ctx);
    if (resource.id === undefined || !store.deleteGroup(resource.id)) {
      throw scimError(404, null, `Resource ${resource.id ?? ""} not found`);
    }
  },
};
