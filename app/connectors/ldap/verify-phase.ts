import { OffboardError } from "../../errors.js";
import type { Json } from "../../util/json.js";
import type { Evidence, Phase, Snapshot, TargetRef } from "../types.js";
import { normalizeDn } from "./dn.js";
import { findPersonByEntryUUID } from "./find-person-by-uuid.js";
import { findPersonByMail } from "./find-person.js";
import { readPerson } from "./read-person.js";
import { PERMANENT_LOCK, type LdapPerson } from "./ldap-person.js";
import type { LdapSession } from "./ldap-session.js";
import { listPersonGroups } from "./person-groups.js";
import { readSnapshotData } from "./snapshot-data.js";

const sorted = (values: string[]) => [...new Set(values)].sort();

/**
 * Re-reads the directory after a phase and says whether the phase holds:
 *   soft:      the entry exists, is permanently locked (ppolicy), and no group lists it;
 *   hard:      the mail resolves to no entry, and with a snapshot: nothing at its DN, no entry
 *              with its entryUUID anywhere under peopleBase, no group listing its DN;
 *   reinstate: the lock state and the groups equal the snapshot's (snapshot required).
 * With a snapshot, the entry is addressed by its DN and must still carry the snapshot's entryUUID.
 */
export async function verifyPhase(session: LdapSession, phase: Phase | "reinstate", target: TargetRef, snapshot?: Snapshot): Promise<Evidence> {
  const { config } = session;
  const expected = snapshot ? readSnapshotData(snapshot, config.name) : undefined;
  if (phase === "reinstate" && !expected) {
    throw new OffboardError("REINSTATE_NOTHING_TO_RESTORE", `${config.name}: verifying a reinstate needs the snapshot it restored`, { connector: config.name });
  }
  const byMail = await findPersonByMail(session, target.email);
  const atDn = snapshot ? await readPerson(session, snapshot.accountId) : byMail;
  const person: LdapPerson | null = atDn && (!expected || atDn.entryUUID === expected.entryUUID) ? atDn : null;
  const accountId = snapshot?.accountId ?? byMail?.dn ?? null;
  const evidence = (checks: Record<string, Json>, ok: boolean): Evidence => ({ connector: config.name, accountId, checks, ok });

  if (phase === "hard") {
    const byUuid = expected ? await findPersonByEntryUUID(session, expected.entryUUID) : null;
    const references = accountId ? (await listPersonGroups(session, accountId)).map((g) => g.cn) : [];
    return evidence(
      { mailResolves: byMail !== null, accountExists: atDn !== null, entryUUIDExists: byUuid !== null, groupReferences: sorted(references) },
      byMail === null && atDn === null && byUuid === null && references.length === 0,
    );
  }
  if (!person) return evidence({ accountExists: false, ...(atDn ? { replaced: true } : {}) }, false);
  const groups = await listPersonGroups(session, person.dn);
  const names = sorted(groups.map((g) => g.cn));

  if (phase === "soft") {
    return evidence(
      { accountExists: true, locked: person.lockedTime, sessions: "none: LDAP keeps no sessions; a locked account cannot bind", groups: names },
      person.lockedTime === PERMANENT_LOCK && groups.length === 0,
    );
  }
  const want = expected as NonNullable<typeof expected>;
  const groupsMatch = JSON.stringify(sorted(groups.map((g) => normalizeDn(g.dn)))) === JSON.stringify(sorted(want.groups.map((g) => normalizeDn(g.dn))));
  return evidence(
    { accountExists: true, locked: person.lockedTime, expectedLocked: want.lockedTime, groups: names, expectedGroups: sorted(want.groups.map((g) => g.cn)) },
    person.lockedTime === want.lockedTime && groupsMatch,
  );
}
