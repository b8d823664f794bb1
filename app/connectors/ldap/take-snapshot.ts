import { OffboardError } from "../../errors.js";
import type { JsonObject } from "../../util/json.js";
import type { Snapshot, TargetRef } from "../types.js";
import { findPersonByMail } from "./find-person.js";
import type { LdapSession } from "./ldap-session.js";
import { listPersonGroups } from "./person-groups.js";
import type { SnapshotData } from "./snapshot-data.js";

/** Records what a reinstate must put back (lock state, group memberships, identity); taken before the soft phase. */
export async function takeSnapshot(session: LdapSession, target: TargetRef): Promise<Snapshot> {
  const { config } = session;
  const person = await findPersonByMail(session, target.email);
  if (!person) {
    throw new OffboardError("TARGET_NOT_FOUND", `${config.name}: no entry with ${config.mailAttribute}=${target.email} to snapshot`, {
      connector: config.name, reason: "not_found",
    });
  }
  const groups = await listPersonGroups(session, person.dn);
  const data: SnapshotData = {
    format: 1,
    mail: target.email.toLowerCase(),
    entryUUID: person.entryUUID,
    lockedTime: person.lockedTime,
    groups: groups.map((g) => ({ dn: g.dn, cn: g.cn })),
  };
  return { connector: config.name, accountId: person.dn, data: data as unknown as JsonObject };
}
