import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { DirectoryStore } from "./store.js";
import { DirectoryInputError } from "./scim-user-mapping.js";
import type { GroupRecord } from "./state.js";

/** A stored group as SCIMMY's egress handler returns it. */
export function toScimGroup(group: GroupRecord, store: DirectoryStore): Record<string, unknown> {
  return {
    id: group.id,
    displayName: group.displayName,
    members: group.members.map((id) => ({ value: id, display: store.user(id)?.displayName ?? id, type: "User" })),
    meta: { created: group.created, lastModified: group.lastModified },
  };
}

const incomingGroup = z.object({
  displayName: z.string().min(1),
  members: z.array(z.object({ value: z.string().min(1), type: z.string().optional() })).optional(),
});

/** Turns a client's group (or SCIMMY's patched group) into a record; every member must be a known user. */
export function fromScimGroup(instance: unknown, existing: GroupRecord | undefined, store: DirectoryStore, nowIso: string): GroupRecord {
  const parsed = incomingGroup.safeParse(JSON.parse(JSON.stringify(instance)));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DirectoryInputError(400, "invalidValue", `Invalid Group attribute "${issue?.path.join(".") ?? ""}": ${issue?.message ?? ""}`);
  }
  const members = [...new Set((parsed.data.members ?? []).map((m) => m.value))];
  const unknown = members.filter((id) => store.user(id) === undefined);
  if (unknown.length > 0) {
    throw new DirectoryInputError(400, "invalidValue", `Group members reference unknown users: ${unknown.join(", ")}`);
  }
  return {
    id: existing?.id ?? randomUUID(),
    displayName: parsed.data.displayName,
    members,
    created: existing?.created ?? nowIso,
    lastModified: nowIso,
  };
}
