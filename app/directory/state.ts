import { z } from "zod";

/**
 * The embedded directory's data model: what it persists to `statePath` and what `snapshotState()`
 * returns. SCIM shapes are produced from it by `scim-user-mapping.ts` and `scim-group-mapping.ts`;
 * a user's `groups` is never stored, it is derived from the groups' `members`.
 */

/** URN of the directory's own User extension (sessions, production ownership, escalations). */
export const OFFBOARD_USER_EXTENSION = "urn:ietf:params:scim:schemas:extension:offboard:2.0:User";

export const USER_TYPES = ["Employee", "Contractor", "Service", "BreakGlass"] as const;

const multiValue = z.object({
  value: z.string().min(1),
  display: z.string().optional(),
  type: z.string().optional(),
  primary: z.boolean().optional(),
});

export const userRecordSchema = z.object({
  id: z.string().min(1),
  /** The login, always the lower-cased work email. */
  userName: z.string().min(3),
  name: z.object({ givenName: z.string(), familyName: z.string(), formatted: z.string() }),
  displayName: z.string(),
  title: z.string().optional(),
  userType: z.enum(USER_TYPES),
  active: z.boolean(),
  emails: z.array(multiValue),
  roles: z.array(multiValue),
  /** Licences: one entitlement per seat (`type: "licence"`). */
  entitlements: z.array(multiValue),
  /** Extension: number of live sessions. Clients may only set it to 0 (revoke all). */
  sessions: z.number().int().nonnegative(),
  /** Extension: owns a production system. */
  productionOwner: z.boolean(),
  /** Extension: privilege escalations as Unix seconds (integers), oldest first. */
  escalations: z.array(z.number().int().nonnegative()),
  created: z.string(),
  lastModified: z.string(),
});
export type UserRecord = z.infer<typeof userRecordSchema>;

export const groupRecordSchema = z.object({
  id: z.string().min(1),
  displayName: z.string().min(1),
  /** Member user ids (the directory has no nested groups). */
  members: z.array(z.string().min(1)),
  created: z.string(),
  lastModified: z.string(),
});
export type GroupRecord = z.infer<typeof groupRecordSchema>;

export const directoryStateSchema = z.object({
  version: z.literal(1),
  users: z.array(userRecordSchema),
  groups: z.array(groupRecordSchema),
});
export type DirectoryState = z.infer<typeof directoryStateSchema>;
