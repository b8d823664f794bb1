import type { ScimUser } from "./scim-user.js";

/** Reads of one lease's scope that are still valid: no change was made under it since. */
interface ScopeReads {
  byUserName: Map<string, Promise<ScimUser | null>>;
  /** Accounts as the server returned them in answer to this scope's last change. */
  byId: Map<string, ScimUser>;
}

/**
 * Reads of the target shared under one lease (`ConnectorCredentials.readScope`) until the
 * connector changes something under it: describe, snapshot, plan and the admin-floor check then
 * see the same state of the account and cost one request together. Every change forgets the
 * scope's reads before it is sent (a write that fails half-way leaves nothing stale behind); the
 * account the server returns in answer to a PATCH is the next read of that account.
 * Without a scope every call reads.
 */
export interface SharedReads {
  /** The user named `email` (lower-cased key), read by `read` once per scope and change. */
  byUserName(email: string, read: () => Promise<ScimUser | null>): Promise<ScimUser | null>;
  /** The user with this id: answered from a shared read by userName of the same account, else by `read`. */
  byId(id: string, read: () => Promise<ScimUser | null>): Promise<ScimUser | null>;
  /** Called before every change: later reads under this scope go to the server. */
  changed(): void;
  /** The account as the server returned it in answer to a change (RFC 7644 §3.5.2: the entire resource after it). */
  remember(user: ScimUser): void;
}

/** `cache` belongs to one connector instance; keyed by scope object, so a lease's reads go when the lease does. */
export function sharedReads(cache: WeakMap<object, ScopeReads>, scope: object | undefined): SharedReads {
  if (scope === undefined) return { byUserName: (_e, read) => read(), byId: (_i, read) => read(), changed: () => {}, remember: () => {} };
  const current = (): ScopeReads => {
    let r = cache.get(scope);
    if (!r) cache.set(scope, (r = { byUserName: new Map(), byId: new Map() }));
    return r;
  };
  return {
    byUserName(email, read) {
      const key = email.toLowerCase();
      const r = current();
      const known = r.byUserName.get(key);
      if (known) return known;
      const pending = read();
      r.byUserName.set(key, pending);
      // A failed read is not remembered: the next call asks again.
      pending.catch(() => r.byUserName.get(key) === pending && r.byUserName.delete(key));
      return pending;
    },
    async byId(id, read) {
      const r = cache.get(scope);
      const answered = r?.byId.get(id);
      if (answered) return answered;
      for (const pending of r?.byUserName.values() ?? []) {
        const user = await pending.catch(() => null);
        // Only while no change was made meanwhile (the await may have let one through).
        if (user?.id === id && cache.get(scope) === r) return user;
      }
      return read();
    },
    changed() {
      cache.delete(scope);
    },
    remember(user) {
      current().byId.set(user.id, user);
    },
  };
}

export type { ScopeReads };
