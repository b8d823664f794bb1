import type { DirectoryState, GroupRecord, UserRecord } from "./state.js";

/** One mutation, as the store applied it: what the journal records and replays (state-journal.ts). */
export type DirectoryChange =
  | { op: "putUser"; record: UserRecord }
  | { op: "deleteUser"; id: string }
  | { op: "putGroup"; record: GroupRecord }
  | { op: "deleteGroup"; id: string };

/**
 * The directory's records for one server instance. Every read returns a copy, every mutation
 * calls `onChange` with the change (the server journals it there), so callers can never change
 * stored data behind the store's back. Users are indexed by userName: a look-up by login costs
 * the same with ten users or ten thousand.
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
  onChange: (change: DirectoryChange) => void = () => {},
): DirectoryStore {
  const users = new Map(initial.users.map((u) => [u.id, structuredClone(u)]));
  const groups = new Map(initial.groups.map((g) => [g.id, structuredClone(g)]));
  const byName = new Map<string, string>();
  for (const u of users.values()) if (!byName.has(u.userName)) byName.set(u.userName, u.id);

  const snapshot = (): DirectoryState => ({
    version: 1,
    users: [...users.values()].map((u) => structuredClone(u)),
    groups: [...groups.values()].map((g) => structuredClone(g)),
  });
  const copy = <T>(v: T | undefined) => (v === undefined ? undefined : structuredClone(v));

  return {
    users: () => [...users.values()].map((u) => structuredClone(u)),
    user: (id) => copy(users.get(id)),
    userByName(userName) {
      const id = byName.get(userName.toLowerCase());
      return id === undefined ? undefined : copy(users.get(id));
    },
    putUser(record) {
      const old = users.get(record.id);
      if (old && byName.get(old.userName) === old.id) byName.delete(old.userName);
      users.set(record.id, structuredClone(record));
      byName.set(record.userName, record.id);
      onChange({ op: "putUser", record: structuredClone(record) });
    },
    deleteUser(id) {
      const old = users.get(id);
      if (!old) return false;
      users.delete(id);
      if (byName.get(old.userName) === id) byName.delete(old.userName);
      for (const g of groups.values()) {
        if (g.members.includes(id)) g.members = g.members.filter((m) => m !== id);
      }
      onChange({ op: "deleteUser", id });
      return true;
    },
    groups: () => [...groups.values()].map((g) => structuredClone(g)),
    group: (id) => copy(groups.get(id)),
    groupsOf: (userId) => [...groups.values()].filter((g) => g.members.includes(userId)).map((g) => structuredClone(g)),
    putGroup(record) {
      groups.set(record.id, structuredClone(record));
      onChange({ op: "putGroup", record: structuredClone(record) });
    },
    deleteGroup(id) {
      if (!groups.delete(id)) return false;
      onChange({ op: "deleteGroup", id });
      return true;
    },
    snapshot,
  };
}
