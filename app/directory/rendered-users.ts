import SCIMMY from "scimmy";
import { renderUserFast } from "./render-user.js";

/** How many renderings one directory keeps (a few MB; a layoff reads each account a few times, close together). */
const KEPT = 4096;

/**
 * SCIMMY's outbound rendering of a User (`new SCIMMY.Schemas.User(user, "out", basepath)`, the
 * schema coercion that is most of the cost of a SCIM read), remembered by the exact input: the
 * rendering is a function of the stored user as the egress handler hands it over (plain JSON,
 * canonical here through JSON.stringify), the basepath and the declared schema (fixed once declared,
 * scimmy-globals.ts). Connectors read an account several times between changes (describe, plan,
 * snapshot); each reading after the first costs a JSON parse instead of a coercion. A changed
 * account is a different input: it is rendered afresh, unless the fast PATCH path that changed it
 * derived its rendering exactly and remembered it (fast-user-patch.ts). Errors are not remembered
 * (they are thrown each time, as before). Belongs to one embedded directory.
 *
 * With `direct` (the embedded directory's default, `fastRender`), users of the shapes
 * render-user.ts renders exactly are rendered there each time instead (cheaper than the cache's
 * key and copy), and only the others go through SCIMMY and the cache.
 */
export interface RenderedUsers {
  /** A fresh copy of the rendering of `user` at `basepath`. */
  render(user: Record<string, unknown>, basepath: string): Record<string, unknown>;
  /** The rendering computed without SCIMMY (render-user.ts), or null when `direct` is off or that renderer declines `user`. */
  direct(user: Record<string, unknown>, basepath: string): Record<string, unknown> | null;
  /**
   * Remembers `rendering` as SCIMMY's rendering of `user` at `basepath`, for a caller that derived
   * it exactly without SCIMMY (rerender-user.ts, after a fast PATCH).
   */
  remember(user: Record<string, unknown>, basepath: string, rendering: Record<string, unknown>): void;
}

export function createRenderedUsers(kept = KEPT, options: { direct?: boolean } = {}): RenderedUsers {
  const direct = options.direct ?? false;
  const byInput = new Map<string, string>();
  const keep = (key: string, json: string) => {
    byInput.set(key, json);
    if (byInput.size > kept) byInput.delete(byInput.keys().next().value!);
  };
  return {
    render(user, basepath) {
      const fast = direct ? renderUserFast(user, basepath) : null;
      if (fast !== null) return fast;
      const key = `${basepath}\n${JSON.stringify(user)}`;
      let json = byInput.get(key);
      if (json === undefined) {
        json = JSON.stringify(new SCIMMY.Schemas.User(user, "out", basepath));
        keep(key, json);
      }
      return JSON.parse(json) as Record<string, unknown>;
    },
    direct(user, basepath) {
      return direct ? renderUserFast(user, basepath) : null;
    },
    remember(user, basepath, rendering) {
      keep(`${basepath}\n${JSON.stringify(user)}`, JSON.stringify(rendering));
    },
  };
}
