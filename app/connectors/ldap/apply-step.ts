import { z } from "zod";
import { OffboardError } from "../../errors.js";
import { stepDetail } from "../step-detail.js";
import type { PlannedStep, StepResult } from "../types.js";
import { isDnBelow } from "./dn.js";
import { assertPersonDn, readPerson } from "./read-person.js";
import { PERMANENT_LOCK, type LdapPerson } from "./ldap-person.js";
import type { LdapSession } from "./ldap-session.js";
import { isGroupMember } from "./person-groups.js";

const personDetail = z.object({ entryUUID: z.string().min(1) });
const groupDetail = personDetail.extend({ groupDn: z.string().min(1) });

const gone = (session: LdapSession, step: PlannedStep, reason: "gone" | "replaced") =>
  new OffboardError(
    "TARGET_NOT_FOUND",
    reason === "gone"
      ? `${session.config.name}: ${step.accountId} no longer exists; cannot ${step.action}`
      : `${session.config.name}: ${step.accountId} is now a different entry (entryUUID changed); refusing to ${step.action} it`,
    { connector: session.config.name, accountId: step.accountId, reason },
  );

/** The entry at the step's DN if it is still the planned person; null when absent; refuses a different entry. */
async function samePerson(session: LdapSession, step: PlannedStep, entryUUID: string): Promise<LdapPerson | null> {
  const person = await readPerson(session, step.accountId);
  if (person && person.entryUUID !== entryUUID) throw gone(session, step, "replaced");
  return person;
}

async function lock(session: LdapSession, step: PlannedStep): Promise<boolean> {
  const person = await samePerson(session, step, stepDetail(personDetail, step).entryUUID);
  if (!person) throw gone(session, step, "gone");
  if (person.lockedTime === PERMANENT_LOCK) return true;
  const outcome = await session.modify(person.dn, [{ operation: "replace", attribute: "pwdAccountLockedTime", values: [PERMANENT_LOCK] }]);
  if (outcome === "no_such_object") throw gone(session, step, "gone");
  return false;
}

/** Removes the person's DN from one group; a group that is gone or no longer lists them is done. */
async function leaveGroup(session: LdapSession, step: PlannedStep): Promise<boolean> {
  const { config } = session;
  const { entryUUID, groupDn } = stepDetail(groupDetail, step);
  if (!isDnBelow(groupDn, config.groupsBase)) {
    throw new OffboardError("CONNECTOR_FAILED", `${config.name}: group ${groupDn} is not below groupsBase ${config.groupsBase}; refusing to modify it`, {
      connector: config.name, groupDn, reason: "outside_groups_base",
    });
  }
  // A dangling reference to a deleted entry is still removed; a different entry at the DN is not touched.
  await samePerson(session, step, entryUUID);
  if (!(await isGroupMember(session, groupDn, step.accountId))) return true;
  const remove = { operation: "delete" as const, attribute: "member", values: [step.accountId] };
  let outcome = await session.modify(groupDn, [remove]);
  if (outcome === "object_class_violation" && config.emptyGroupMember) {
    outcome = await session.modify(groupDn, [remove, { operation: "add", attribute: "member", values: [config.emptyGroupMember] }]);
  }
  if (outcome === "object_class_violation") {
    throw new OffboardError(
      "CONNECTOR_FAILED",
      `${config.name}: ${step.accountId} is the last member of ${groupDn}, and groupOfNames needs one; set emptyGroupMember in the connector config (a placeholder DN the ACL lets the connector write) or add another member`,
      { connector: config.name, groupDn, reason: "last_member" },
    );
  }
  return outcome !== "done";
}

async function remove(session: LdapSession, step: PlannedStep): Promise<boolean> {
  const person = await samePerson(session, step, stepDetail(personDetail, step).entryUUID);
  if (!person) return true;
  return !(await session.delete(person.dn));
}

/** Applies one planned step idempotently: applying a done step succeeds with `alreadyDone: true`. */
export async function applyStep(session: LdapSession, step: PlannedStep): Promise<StepResult> {
  const { config } = session;
  if (step.connector !== config.name) {
    throw new OffboardError("CONNECTOR_FAILED", `Step for connector "${step.connector}" given to connector "${config.name}"`, {
      connector: config.name, stepConnector: step.connector,
    });
  }
  assertPersonDn(session, step.accountId);
  switch (step.action) {
    case "deactivate":
      return { step, alreadyDone: await lock(session, step) };
    case "remove_groups":
      return { step, alreadyDone: await leaveGroup(session, step) };
    case "delete":
      return { step, alreadyDone: await remove(session, step) };
    case "revoke_sessions":
    case "reclaim_licences":
      throw new OffboardError("CONNECTOR_FAILED", `${config.name}: LDAP has no ${step.action === "revoke_sessions" ? "sessions" : "licences"}; the connector never plans ${step.action}`, {
        connector: config.name, action: step.action,
      });
  }
}
