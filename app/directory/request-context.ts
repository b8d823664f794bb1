import type { Clock } from "../util/clock.js";
import type { RenderedUsers } from "./rendered-users.js";
import { scimError } from "./scim-error.js";
import type { DirectoryStore } from "./store.js";

/**
 * What each SCIM request carries into the resource handlers. SCIMMY's handlers are process-wide,
 * so every per-server value (the store, the clock, the caller's tenant) travels here instead.
 */
export interface DirectoryRequestContext {
  readonly kind: "offboard-directory";
  readonly store: DirectoryStore;
  readonly clock: Clock;
  readonly tenant: string;
  /** Remembered User renderings, for plain GET reads only (cached-user-resource.ts); null otherwise. */
  readonly renders: RenderedUsers | null;
  /**
   * Remembered User renderings for PATCHes answered without SCIMMY's PatchOp (fast-user-patch.ts);
   * null sends every PATCH through SCIMMY (the differential test's reference directory).
   */
  readonly patchRenders: RenderedUsers | null;
}

export function isDirectoryContext(ctx: unknown): ctx is DirectoryRequestContext {
  return typeof ctx === "object" && ctx !== null && (ctx as { kind?: unknown }).kind === "offboard-directory";
}

export function requireDirectoryContext(ctx: unknown): DirectoryRequestContext {
  if (isDirectoryContext(ctx)) return ctx;
  // A SCIMMY resource used outside an embedded directory's router: refuse rather than guess a store.
  throw scimError(500, null, "SCIM handler called without a directory context");
}
