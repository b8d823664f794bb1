import SCIMMY from "scimmy";
import { requireDirectoryContext } from "./request-context.js";
import { userHandlers, type ScimResourceRequest } from "./user-handlers.js";

/**
 * SCIMMY's User resource with plain GET reads answered from the directory's remembered renderings
 * (rendered-users.ts). `read` is SCIMMY 1.3.5's `User#read` (dist/lib/resources.js) step for step,
 * same egress handler, same list response, same errors, except that each user is rendered through
 * the cache. It applies only when the request's context carries the cache (plain GETs: the
 * directory's router puts it there) and the read asks for neither `attributes`/`excludedAttributes`
 * nor `sortBy` (where SCIMMY works on its schema instances). Everything else, PATCH included
 * (whose read must be a schema instance), is SCIMMY's own `read`.
 */
export class CachedUserResource extends SCIMMY.Resources.User {
  override async read(ctx?: unknown): Promise<never> {
    const directory = requireDirectoryContext(ctx);
    const self = this as unknown as ScimResourceRequest & { attributes?: unknown; constraints?: { sortBy?: string } };
    if (directory.renders === null || self.attributes !== undefined || self.constraints?.sortBy !== undefined) return super.read(ctx) as Promise<never>;
    const basepath = SCIMMY.Resources.User.basepath() as unknown as string;
    try {
      const source = userHandlers.egress(self, ctx);
      const target = self.id ? [source].flat().shift() : source;
      if (!self.id && Array.isArray(target)) return new SCIMMY.Messages.ListResponse(target.map((u) => directory.renders!.render(u, basepath)) as never, self.constraints as never) as never;
      else if (target instanceof Object) return directory.renders.render(target as Record<string, unknown>, basepath) as never;
      else throw new SCIMMY.Types.Error(500, null!, `Unexpected ${target === undefined ? "empty" : "invalid"} value returned by egress handler`);
    } catch (ex) {
      if (ex instanceof SCIMMY.Types.Error) throw ex;
      else if (ex instanceof TypeError) throw new SCIMMY.Types.Error(400, "invalidValue", ex.message);
      else throw new SCIMMY.Types.Error(404, null!, `Resource ${self.id} not found`);
    }
  }
}
