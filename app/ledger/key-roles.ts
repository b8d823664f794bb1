import { KID_PATTERN } from "./key-id.js";
import type { EventType } from "./types.js";

/**
 * Which key may sign what (ledger/SPEC.md §8). A key's role is the name part of its kid
 * (`gatekeeper-…`, `doer-…`, `witness-…`), fixed when the public key passes review on the default
 * branch. Writers sign events and checkpoints; witnesses only cosign checkpoints.
 */
export const WRITER_ROLES = ["gatekeeper", "doer"] as const;
export type WriterRole = (typeof WRITER_ROLES)[number];
export const WITNESS_ROLE = "witness";

const KEY_EVENTS: EventType[] = ["ledger.genesis", "key.added", "key.revoked"];
const LEASES: EventType[] = ["lease.issued", "lease.revoked"];

/** Event types each writer role may sign: the doer can never write a decision, the gatekeeper never an execution. */
export const ROLE_EVENT_TYPES: Readonly<Record<WriterRole, ReadonlySet<EventType>>> = {
  gatekeeper: new Set<EventType>([...KEY_EVENTS, ...LEASES, "request.received", "intake.flagged", "policy.decided", "approval.recorded", "approval.rejected", "packet.signed", "policy.merged"]),
  doer: new Set<EventType>([
    ...KEY_EVENTS,
    ...LEASES,
    "doer.signature_rejected",
    "phase.soft.accepted",
    "phase.soft.snapshot",
    "phase.soft.done",
    "phase.hard.scheduled",
    "phase.hard.done",
    "phase.failed",
    "phase.refused",
    "reinstate.started",
    "reinstate.done",
  ]),
};

/** The role of `kid` (its name part), or null when it is not a kid. */
export function roleOf(kid: string): string | null {
  return KID_PATTERN.exec(kid)?.[1] ?? null;
}

export function isWriterRole(role: string | null): role is WriterRole {
  return role === "gatekeeper" || role === "doer";
}

/** Null when a key of `role` may sign `type`, else why not. */
export function roleRefusal(kid: string, type: EventType): string | null {
  const role = roleOf(kid);
  if (!isWriterRole(role)) return `key ${kid} has role ${role ?? "none"}, which signs no events (writers are ${WRITER_ROLES.join(", ")})`;
  if (!ROLE_EVENT_TYPES[role].has(type)) return `a ${role} key may not sign ${type} (key ${kid})`;
  return null;
}
