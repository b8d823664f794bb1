import type { DirectoryStore } from "./store.js";
import { DirectoryInputError, fromScimUser } from "./scim-user-mapping.js";
import type { UserRecord } from "./state.js";

/**
 * What the User ingress does to the store: turn the client's (or the patched) instance into a
 * record, refuse a userName another user holds, store it. Everything before `putUser` is pure, so
 * a DirectoryInputError leaves the store as it was (the fast PATCH path relies on that to fall
 * back to SCIMMY's).
 *
 * @throws DirectoryInputError (400 invalidValue/mutability, 409 uniqueness) before any change.
 */
export function writeUser(store: DirectoryStore, existing: UserRecord | undefined, instance: unknown, nowIso: string): UserRecord {
  const record = fromScimUser(instance, existing, nowIso);
  const clash = store.userByName(record.userName);
  if (clash && clash.id !== record.id) throw new DirectoryInputError(409, "uniqueness", `userName ${record.userName} is already taken`);
  store.putUser(record);
  return record;
}
