import { randomUUID } from "node:crypto";
import { z } from "zod";
import { OFFBOARD_USER_EXTENSION, USER_TYPES, type GroupRecord, type UserRecord } from "./state.js";

/** Thrown by the mapping for input the directory refuses; the handlers turn it into a SCIM 400/409. */
export class DirectoryInputError extends Error {
  constructor(
    readonly status: 400 | 409,
    readonly scimType: "invalidValue" | "uniqueness" | "mutability",
    message: string,
  ) {
    super(message);
  }
}

/** A stored user as SCIMMY's egress handler returns it (SCIMMY then coerces it to the User schema). */
export function toScimUser(user: UserRecord, groups: GroupRecord[]): Record<string, unknown> {
  return {
    id: user.id,
    userName: user.userName,
    name: user.name,
    displayName: user.displayName,
    ...(user.title !== undefined ? { title: user.title } : {}),
    userType: user.userType,
    active: user.active,
    emails: user.emails,
    roles: user.roles,
    entitlements: user.entitlements,
    groups: groups.map((g) => ({ value: g.id, display: g.displayName, type: "direct" })),
    [OFFBOARD_USER_EXTENSION]: {
      sessions: user.sessions,
      productionOwner: user.productionOwner,
      escalations: user.escalations,
    },
    meta: { created: user.created, lastModified: user.lastModified },
  };
}

const multiValue = z.object({
  value: z.string().min(1),
  display: z.string().optional(),
  type: z.string().optional(),
  primary: z.boolean().optional(),
});

const incomingUser = z.object({
  userName: z.string().min(3),
  name: z.object({ givenName: z.string().optional(), familyName: z.string().optional(), formatted: z.string().optional() }).optional(),
  displayName: z.string().optional(),
  title: z.string().optional(),
  userType: z.enum(USER_TYPES).optional(),
  active: z.boolean().optional(),
  emails: z.array(multiValue).optional(),
  roles: z.array(multiValue).optional(),
  entitlements: z.array(multiValue).optional(),
  [OFFBOARD_USER_EXTENSION]: z
    .object({
      sessions: z.number().int().nonnegative().optional(),
      productionOwner: z.boolean().optional(),
      escalations: z.array(z.number().int().nonnegative()).optional(),
    })
    .optional(),
});

/**
 * Turns what a client sent (POST/PUT, or the patched resource SCIMMY hands back on PATCH) into a
 * record. Replace semantics for core attributes; the extension keeps stored values for anything
 * the client left out, and `sessions` can only go to 0: a client can revoke sessions, never mint them.
 */
export function fromScimUser(instance: unknown, existing: UserRecord | undefined, nowIso: string): UserRecord {
  const parsed = incomingUser.safeParse(JSON.parse(JSON.stringify(instance)));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DirectoryInputError(400, "invalidValue", `Invalid User attribute "${issue?.path.join(".") ?? ""}": ${issue?.message ?? ""}`);
  }
  const u = parsed.data;
  const ext = u[OFFBOARD_USER_EXTENSION] ?? {};
  const userName = u.userName.toLowerCase();
  const sessions = ext.sessions ?? existing?.sessions ?? 0;
  if (existing && sessions !== existing.sessions && sessions !== 0) {
    throw new DirectoryInputError(400, "mutability", `${OFFBOARD_USER_EXTENSION}:sessions can only be set to 0 (revoke all sessions)`);
  }
  const givenName = u.name?.givenName ?? existing?.name.givenName ?? "";
  const familyName = u.name?.familyName ?? existing?.name.familyName ?? "";
  const formatted = u.name?.formatted ?? (`${givenName} ${familyName}`.trim() || userName);
  return {
    id: existing?.id ?? randomUUID(),
    userName,
    name: { givenName, familyName, formatted },
    displayName: u.displayName ?? formatted,
    ...(u.title !== undefined ? { title: u.title } : {}),
    userType: u.userType ?? existing?.userType ?? "Employee",
    active: u.active ?? true,
    emails: u.emails ?? [{ value: userName, type: "work", primary: true }],
    roles: u.roles ?? [],
    entitlements: u.entitlements ?? [],
    sessions,
    productionOwner: ext.productionOwner ?? existing?.productionOwner ?? false,
    escalations: ext.escalations ?? existing?.escalations ?? [],
    created: existing?.created ?? nowIso,
    lastModified: nowIso,
  };
}
