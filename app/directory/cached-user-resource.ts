import SCIMMY from "scimmy";
import { FALL_BACK, patchUserFast } from "./fast-user-patch.js";
import { isDirectoryContext, requireDirectoryContext } from "./request-context.js";
import { planSimpleUserPatch } from "./simple-user-patch.js";
import { userHandlers, type ScimResourceRequest } from "./user-handlers.js";

type UserRequest = ScimResourceRequest & { attributes?: unknown; constraints?: { sortBy?: string } };

/**
 * SCIMMY's User resource with plain GET reads answered from the directory's remembered renderings
 * (rendered-users.ts) and simple PATCHes answered without SCIMMY's PatchOp (fast-user-patch.ts).
 *
 * `read` is SCIMMY 1.3.5's `User#read` (dist/lib/resources.js) step for step, same egress handler,
 * same list response, same errors, except that each user is rendered through the cache. It applies
 * only when the request's context carries the cache (plain GETs: the directory's router puts it
 * there) and the read asks for neither `attributes`/`excludedAttributes` nor `sortBy` (where SCIMMY
 * works on its schema instances). Everything else is SCIMMY's own `read`, including the read inside
 * SCIMMY's PATCH, which must be a schema instance.
 *
 * `patch` takes the fast path when the context allows it, the request asks for no
 * `attributes`/`excludedAttributes`, and the message is simple (simple-user-patch.ts); whatever
 * the fast path declines, and every other message, is SCIMMY's own `User#patch`.
 */
export class CachedUserResource extends SCIMMY.Resources.User {
  override async read(ctx?: unknown): Promise<never> {
    const directory = requireDirectoryContext(ctx);
    const self = this as unknown as UserRequest;
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

  override async patch(message: unknown, ctx?: unknown): Promise<never> {
    const self = this as unknown as UserRequest;
    const renders = isDirectoryContext(ctx) ? ctx.patchRenders : null;
    const ops = renders !== null && self.id !== undefined && self.attributes === undefined ? planSimpleUserPatch(message) : null;
    if (ops !== null) {
      const basepath = SCIMMY.Resources.User.basepath() as unknown as string;
      const answer = patchUserFast(self.id!, ops, ctx as never, renders!, basepath);
      if (answer !== FALL_BACK) return answer as never;
    }
    return super.patch(message as never, ctx) as Promise<never>;
  }
}
