/**
 * The only file that touches SCIMMY's process-wide registries.
 *
 * SCIMMY keeps its configuration, declared schemas, declared resource types, their
 * ingress/egress/degress handlers and each resource's `basepath` in static class fields: one set
 * per process. This project keeps no per-server data there. The handlers installed here are
 * stateless dispatchers that take the store, clock and tenant from the per-request context
 * (`request-context.ts`), which each embedded directory's router builds for itself. So several
 * directories can run in one process (the tests do), under two conditions that this file and
 * `start-embedded-directory.ts` guarantee:
 *   - the declarations are identical for every directory (declared once, re-installing the same
 *     dispatchers is a no-op in effect);
 *   - every directory mounts SCIM at the same path (`SCIM_MOUNT_PATH`) and uses relative resource
 *     locations, because scimmy-routers rewrites the global `basepath` on every request.
 * `SCIMMY.Config` (patch/filter/sort/bulk supported, bearer auth) is likewise global and is set
 * to the same value by every `SCIMMYRouters` instance.
 */
import SCIMMY from "scimmy";
import { CachedUserResource } from "./cached-user-resource.js";
import { groupHandlers } from "./group-handlers.js";
import { OFFBOARD_USER_EXTENSION } from "./state.js";
import { userHandlers } from "./user-handlers.js";

/** Where the SCIM root is mounted on every embedded directory. */
export const SCIM_MOUNT_PATH = "/scim/v2";

function offboardUserExtension(): SCIMMY.Types.SchemaDefinition {
  const { Attribute, SchemaDefinition } = SCIMMY.Types;
  return new SchemaDefinition("OffboardUser", OFFBOARD_USER_EXTENSION, "Offboarding facts about a user", [
    new Attribute("integer", "sessions", {
      description: "Number of live sessions. Clients may only set it to 0, which revokes them all.",
    }),
    new Attribute("boolean", "productionOwner", { description: "The user owns a production system." }),
    new Attribute("integer", "escalations", {
      multiValued: true,
      description: "Times of privilege escalations, as Unix seconds (integers).",
    }),
  ]);
}

/** Declares User (with the offboard extension) and Group to SCIMMY, once per process. */
export function declareScimmyResources(): void {
  const { Resources, Schemas } = SCIMMY;
  const extended = Schemas.User.definition.attributes.some(
    (a) => a instanceof SCIMMY.Types.SchemaDefinition && a.id === OFFBOARD_USER_EXTENSION,
  );
  if (!extended) Resources.User.extend(offboardUserExtension() as never, false);
  Resources.User.ingress(userHandlers.ingress as never).egress(userHandlers.egress as never).degress(userHandlers.degress as never);
  Resources.Group.ingress(groupHandlers.ingress as never).egress(groupHandlers.egress as never).degress(groupHandlers.degress as never);
  // Declared as "User": SCIMMY's User, with plain GETs rendered through the directory's cache.
  if (!Resources.declared(CachedUserResource as never)) Resources.declare(CachedUserResource as never, "User");
  if (!Resources.declared(Resources.Group)) Resources.declare(Resources.Group);
}
