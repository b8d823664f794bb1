import { OffboardError } from "../../errors.js";
import type { Snapshot } from "../types.js";
import { normalizeDn } from "./dn.js";
import { readPerson } from "./read-person.js";
import type { ChangeSpec, LdapSession } from "./ldap-session.js";
import { isGroupMember, listPersonGroups } from "./person-groups.js";
import { readSnapshotData } from "./snapshot-data.js";

/**
 * Puts the entry back as the snapshot recorded it, idempotently: the lock state (normally: remove
 * `pwdAccountLockedTime`, so binds work again), then each missing group membership (`add member`,
 * taking out the `emptyGroupMember` placeholder if the soft phase left one). Nothing the snapshot
 * did not record is removed. An entry that no longer exists (the hard phase ran) or that is a
 * different entry at the same DN (entryUUID differs) is TARGET_NOT_FOUND.
 */
export async function restoreSnapshot(session: LdapSession, snapshot: Snapshot): Promise<void> {
  const { config } = session;
  const data = readSnapshotData(snapshot, config.name);
  const dn = snapshot.accountId;
  const person = await readPerson(session, dn);
  if (!person || person.entryUUID !== data.entryUUID) {
    const reason = person ? "replaced" : "gone";
    throw new OffboardError("TARGET_NOT_FOUND", `${config.name}: ${dn} (${data.mail}) ${person ? "is now a different entry" : "no longer exists"}; it cannot be reinstated`, {
      connector: config.name, accountId: dn, reason,
    });
  }
  if (person.lockedTime !== data.lockedTime) {
    const change: ChangeSpec = data.lockedTime === null
      ? { operation: "delete", attribute: "pwdAccountLockedTime", values: [] }
      : { operation: "replace", attribute: "pwdAccountLockedTime", values: [data.lockedTime] };
    if ((await session.modify(dn, [change])) === "no_such_object") {
      throw new OffboardError("TARGET_NOT_FOUND", `${config.name}: ${dn} disappeared during reinstate`, { connector: config.name, accountId: dn, reason: "gone" });
    }
  }
  const current = new Set((await listPersonGroups(session, dn)).map((g) => normalizeDn(g.dn)));
  for (const group of data.groups.filter((g) => !current.has(normalizeDn(g.dn)))) {
    const changes: ChangeSpec[] = [{ operation: "add", attribute: "member", values: [dn] }];
    if (config.emptyGroupMember && (await isGroupMember(session, group.dn, config.emptyGroupMember))) {
      changes.push({ operation: "delete", attribute: "member", values: [config.emptyGroupMember] });
    }
    let outcome = await session.modify(group.dn, changes);
    // The placeholder went away meanwhile: the atomic modify failed as a whole, so add alone.
    if (outcome === "no_such_attribute") outcome = await session.modify(group.dn, changes.slice(0, 1));
    if (outcome === "no_such_object") {
      throw new OffboardError("CONNECTOR_FAILED", `${config.name}: group ${group.cn} (${group.dn}) no longer exists; membership cannot be restored`, {
        connector: config.name, groupDn: group.dn, reason: "group_gone",
      });
    }
  }
}
