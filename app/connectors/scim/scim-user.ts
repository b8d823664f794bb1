import { z } from "zod";
import { OffboardError } from "../../errors.js";

const multiValue = z.looseObject({
  value: z.string(),
  display: z.string().optional(),
  type: z.string().optional(),
});

/** Unix seconds from an integer or an RFC 3339 date-time (servers differ; we emit integers). */
const instant = z.union([
  z.number().int().nonnegative(),
  z.iso.datetime({ offset: true }).transform((s) => Math.floor(Date.parse(s) / 1000)),
]);

const extension = z.looseObject({
  sessions: z.number().int().nonnegative().optional(),
  productionOwner: z.boolean().optional(),
  escalations: z.array(instant).optional(),
});

/** Made once: building a zod schema costs more than parsing a User with it. */
const optionalExtension = extension.optional();

const scimUserSchema = z.looseObject({
  id: z.string().min(1),
  userName: z.string().min(1),
  userType: z.string().optional(),
  /** RFC 7643 makes `active` optional; a server that omits it is taken to mean active. */
  active: z.boolean().default(true),
  roles: z.array(multiValue).default([]),
  entitlements: z.array(multiValue).default([]),
  groups: z.array(multiValue).optional(),
});

export type ScimMultiValue = z.infer<typeof multiValue>;

/** The parts of a SCIM User the connector relies on, with the extension pulled out. */
export type ScimUser = z.infer<typeof scimUserSchema> & { ext: z.infer<typeof extension> | undefined };

/** Validates a User resource from the server; anything unusable is a connector failure, not a guess. */
export function parseScimUser(raw: unknown, extensionSchema: string, connector: string): ScimUser {
  const user = scimUserSchema.safeParse(raw);
  const ext = optionalExtension.safeParse((raw as Record<string, unknown> | null)?.[extensionSchema]);
  if (!user.success || !ext.success) {
    const issue = (user.error ?? ext.error)?.issues[0];
    throw new OffboardError(
      "CONNECTOR_FAILED",
      `${connector}: the server returned a User that does not match RFC 7643 at "${issue?.path.join(".") ?? ""}": ${issue?.message ?? ""}`,
      { connector, field: issue?.path.join(".") ?? "" },
    );
  }
  return { ...user.data, ext: ext.data };
}
