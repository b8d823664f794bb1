import SCIMMY from "scimmy";
import { hasChanges } from "./has-changes.js";
import { asPatchAnswer } from "./patch-answer.js";
import type { RenderedUsers } from "./rendered-users.js";
import type { DirectoryRequestContext } from "./request-context.js";
import { rerenderUser } from "./rerender-user.js";
import { toScimUser } from "./scim-user-mapping.js";
import type { SimpleUserOp } from "./simple-user-patch.js";
import { OFFBOARD_USER_EXTENSION, type UserRecord } from "./state.js";
import { writeUser } from "./write-user.js";

/** The fast path declines: SCIMMY's own PATCH answers the request (and gives any error). */
export const FALL_BACK = Symbol("fall back to SCIMMY's PATCH");

type Json = Record<string, unknown>;

/**
 * The ingress instance SCIMMY's PatchOp would hand the User ingress, built from the user as
 * SCIMMY's PATCH reads it (its rendering, as a PATCH shows it) with the simple operations applied
 * in order. Its inbound coercion only drops what the ingress ignores (id, meta, groups), so the
 * ingress sees the same values either way. `before` is left as it was.
 */
function patchedInstance(before: Json, ops: SimpleUserOp[]): Json {
  const instance: Json = { ...before };
  let extension = instance[OFFBOARD_USER_EXTENSION] as Json | undefined;
  for (const { target, value } of ops) {
    if (target.where === "core") {
      if (value === undefined) delete instance[target.name];
      else instance[target.name] = value;
      continue;
    }
    extension = { ...extension };
    if (value === undefined) delete extension[target.name];
    else extension[target.name] = value;
    instance[OFFBOARD_USER_EXTENSION] = extension;
  }
  return instance;
}

/** SCIMMY's User#write turns a failed outbound coercion of the stored result into these. */
function asWriteError(ex: unknown, id: string): Error {
  if (ex instanceof SCIMMY.Types.Error) return ex;
  if (ex instanceof TypeError) return new SCIMMY.Types.Error(400, "invalidValue", ex.message);
  return new SCIMMY.Types.Error(404, null!, `Resource ${id} not found`);
}

/**
 * The rendering of the user as stored by the PATCH: computed directly when render-user.ts can
 * (nothing to remember), else derived from the one before when that is exact (rerender-user.ts),
 * else SCIMMY's; remembered in the last two cases, for the reads that follow.
 */
function renderWritten(renders: RenderedUsers, basepath: string, source: Json, rendered: Json, written: Json, id: string): Json {
  const direct = renders.direct(written, basepath);
  if (direct !== null) return direct;
  const derived = rerenderUser(source, written, rendered);
  if (derived !== null) {
    renders.remember(written, basepath, derived);
    return derived;
  }
  try {
    return renders.render(written, basepath);
  } catch (e) {
    throw asWriteError(e, id);
  }
}

const withoutMeta = (user: Json): Json => ({ ...user, meta: undefined });

/**
 * PATCH /Users/{id} for simple operations (simple-user-patch.ts) without SCIMMY's PatchOp and its
 * six schema coercions: read the stored user's rendering (remembered: the connector has just read
 * it), apply the operations to it, write through the same ingress code, render the result (and
 * remember it for the next read). Answers as SCIMMY 1.3.5's `User#patch` does: the user as a
 * PATCH shows it when anything but `meta` changed (200), undefined otherwise (204), after the same
 * single store write.
 *
 * Returns FALL_BACK, having changed nothing, when SCIMMY must answer: the user does not exist
 * (404), its stored form does not render, or the ingress refuses the result (a sessions count
 * other than 0, a bad userType, a userName clash). Synchronous from read to write, as store.ts
 * requires.
 */
export function patchUserFast(id: string, ops: SimpleUserOp[], directory: DirectoryRequestContext, renders: RenderedUsers, basepath: string): Json | undefined | typeof FALL_BACK {
  const { store, clock } = directory;
  const existing = store.user(id);
  if (!existing) return FALL_BACK;
  const source = toScimUser(existing, store.groupsOf(id));
  let rendered: Json;
  try {
    rendered = renders.render(source, basepath);
  } catch {
    return FALL_BACK;
  }
  const before = asPatchAnswer(rendered);
  let written: UserRecord;
  try {
    // Everything the ingress refuses, it refuses before storing anything (write-user.ts).
    written = writeUser(store, existing, patchedInstance(before, ops), new Date(clock()).toISOString());
  } catch {
    return FALL_BACK;
  }
  const after = asPatchAnswer(renderWritten(renders, basepath, source, rendered, toScimUser(written, store.groupsOf(id)), id));
  return hasChanges(withoutMeta(before), withoutMeta(after)) ? after : undefined;
}
