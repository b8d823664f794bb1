import type { DirectoryState, GroupRecord, UserRecord } from "./state.js";

/**
 * The directory's records for one server instance. Every read returns a copy, every mutation
 * calls `onChange` with the new state (the server persists it there), so callers can never
 * change stored data behind the store's back.
 *
 * Every method is synchronous on purpose: SCIMMY's PATCH is read (egress), apply, write
 * (ingress), and with synchronous handlers that sequence never yields to another request, so
 * concurrent PATCHes of one group cannot lose updates. Keep it so, or add a per-server lock
 * (the "concurrent PATCHes" test guards this).
 */
export interface DirectoryStore {
  users(): UserRecord[];
  user(id: string): UserRecord | undefined;
  userByName(userName: string): UserRecord | undefined;
  /** Inserts or replaces by id. */
  putUser(record: UserRecord): void;
  /** Deletes the user and removes it from every group; false when there was no such user. */
  deleteUser(id: string): boolean;
  groups(): GroupRecord[];
  group(id: string): GroupRecord | undefined;
  groupsOf(userId: string): GroupRecord[];
  putGroup(record: GroupRecord): void;
  deleteGroup(id: string): boolean;
  snapshot(): DirectoryState;
}

export function createDirectoryStore(
  initial: DirectoryState,
  onChange: (state: DirectoryState) => void = () => {},
): DirectoryStore {
  const users = new Map(initial.users.map((u) => [u.id, structuredClone(u)]));
  const groups = new Map(initial.groups.map((g) => [g.id, structuredClone(g)]));

  const snapshot = (): DirectoryState => ({
    version: 1,
    users: [...users.values()].map((u) => structuredClone(u)),
    groups: [...groups.values()].map((g) => structuredClone(g)),
  });
  const changed = () => onChange(snapshot());
  const copy = <T>(v: T | undefined) => (v === undefined ? undefined : structuredClone(v));

  return {
    users: () => [...users.values()].map((u) => structuredClone(u)),
    user: (id) => copy(users.get(id)),
    userByName: (userName) => copy([...users.values()].find((u) => u.userName === userName.toLowerCase())),
    putUser(record) {
      users.set(record.id, structuredClone(record));
      changed();
    },
    deleteUser(id) {
      if (!users.delete(id)) return false;
      for (const g of groups.values()) {
        if (g.members.includes(id)) g.members = g.members.filter((m) => m !== id);
      }
      changed();
      return true;
    },
    groups: () => [...groups.values()].map((g) => structuredClone(g)),
    group: (id) => copy(groups.get(id)),
    groupsOf: (userId) => [...groups.values()].filter((g) => g.members.includes(userId)).map((g) => structuredClone(g)),
    putGroup(record) {
      groups.set(record.id, structuredClone(record));
      changed();
    },
    deleteGroup(id) {
      if (!groups.delete(id)) return false;
      changed();
      return true;
    },
    snapshot,
  };
}
