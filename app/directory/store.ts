import { copyGroup, copyUser } from "./copy-records.js";
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
  const users = new Map(initial.users.map((u) => [u.id, copyUser(u)]));
  const groups = new Map(initial.groups.map((g) => [g.id, copyGroup(g)]));
  const byName = new Map<string, string>();
  for (const u of users.values()) if (!byName.has(u.userName)) byName.set(u.userName, u.id);

  const snapshot = (): DirectoryState => ({
    version: 1,
    users: [...users.values()].map(copyUser),
    groups: [...groups.values()].map(copyGroup),
  });

  return {
    users: () => [...users.values()].map(copyUser),
    user(id) {
      const user = users.get(id);
      return user === undefined ? undefined : copyUser(user);
    },
    userByName(userName) {
      const id = byName.get(userName.toLowerCase());
      const user = id === undefined ? undefined : users.get(id);
      return user === undefined ? undefined : copyUser(user);
    },
    putUser(record) {
      const old = users.get(record.id);
      if (old && byName.get(old.userName) === old.id) byName.delete(old.userName);
      users.set(record.id, copyUser(record));
      byName.set(record.userName, record.id);
      onChange({ op: "putUser", record: copyUser(record) });
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
    groups: () => [...groups.values()].map(copyGroup),
    group(id) {
      const group = groups.get(id);
      return group === undefined ? undefined : copyGroup(group);
    },
    groupsOf: (userId) => [...groups.values()].filter((g) => g.members.includes(userId)).map(copyGroup),
    putGroup(record) {
      groups.set(record.id, copyGroup(record));
      onChange({ op: "putGroup", record: copyGroup(record) });
    },
    deleteGroup(id) {
      if (!groups.delete(id)) return false;
      onChange({ op: "deleteGroup", id });
      return true;
    },
    snapshot,
  };
}
