import { OffboardError } from "../../errors.js";
import type { Phase, PlannedStep, TargetRef } from "../types.js";
import { findPersonByMail } from "./find-person.js";
import { PERMANENT_LOCK } from "./ldap-person.js";
import type { LdapSession } from "./ldap-session.js";
import { listPersonGroups } from "./person-groups.js";

/** Said in the plan, because the SCIM plan has a revoke_sessions step and this one does not. */
const NO_SESSIONS =
  "LDAP has no sessions to revoke: the lock refuses every new bind; connections already bound stay open until they close";

/**
 * The steps of one phase, in execution order. Every step carries the person's entryUUID so that
 * `apply` refuses to act on a different entry that took the same DN meanwhile.
 *
 * soft (reversible, now): `deactivate` (ppolicy lock: `pwdAccountLockedTime: 000001010000Z`, so
 *   every bind fails), then one `remove_groups` per groupOfNames listing the person.
 * hard (after the window): `remove_groups` for any group that lists the person again (so no
 *   dangling `member` is left, with or without the refint overlay), then `delete` the entry.
 *
 * Soft on an unknown target is TARGET_NOT_FOUND. Hard on an unknown target plans nothing: the
 * entry is already gone (a hard phase resumed after its delete).
 */
export async function planPhase(session: LdapSession, phase: Phase, target: TargetRef): Promise<PlannedStep[]> {
  const { config } = session;
  const person = await findPersonByMail(session, target.email);
  if (!person) {
    if (phase === "hard") return [];
    throw new OffboardError("TARGET_NOT_FOUND", `${config.name}: no entry with ${config.mailAttribute}=${target.email} under ${config.peopleBase}`, {
      connector: config.name, reason: "not_found",
    });
  }
  const step = (action: PlannedStep["action"], detail: PlannedStep["detail"] = {}): PlannedStep => ({
    connector: config.name, phase, action, accountId: person.dn, detail: { mail: target.email.toLowerCase(), entryUUID: person.entryUUID, ...detail },
  });
  const groups = (await listPersonGroups(session, person.dn)).map((g) => step("remove_groups", { groupDn: g.dn, group: g.cn }));
  if (phase === "soft") {
    return [step("deactivate", { method: "ppolicy", attribute: "pwdAccountLockedTime", value: PERMANENT_LOCK, sessions: NO_SESSIONS }), ...groups];
  }
  return [...groups, step("delete")];
}
