import { z } from "zod";
import { OffboardError } from "../../errors.js";

/** The embedded directory's extension; other servers may expose the same attributes under another URN. */
export const DEFAULT_EXTENSION_SCHEMA = "urn:ietf:params:scim:schemas:extension:offboard:2.0:User";

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

export const scimConnectorConfigSchema = z
  .object({
    /** SCIM root, e.g. `https://idp.example.com/scim/v2`. Plain http only to a loopback host. */
    baseUrl: z
      .url()
      .refine((u) => {
        const url = new URL(u);
        return url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK.has(url.hostname));
      }, "must be https (plain http is accepted only for 127.0.0.1, localhost or [::1])"),
    /** Name recorded in plans and evidence; lets a tenant run two SCIM directories side by side. */
    name: z.string().regex(/^[a-z][a-z0-9-]{0,31}$/).default("scim"),
    /** Roles that make an account privileged. */
    privilegedRoles: z.array(z.string().min(1)).default(["admin"]),
    /** Group display names that make an account privileged. */
    privilegedGroups: z.array(z.string().min(1)).default(["prod-admins"]),
    /**
     * How sessions are revoked. "extension": PATCH `<extensionSchema>:sessions` to 0 and verify it
     * reads 0 (the embedded directory). "deactivation": the IdP ends sessions when an account is
     * deactivated (Okta, Entra ID), so no separate step is planned and evidence says so.
     */
    sessions: z.enum(["extension", "deactivation"]).default("extension"),
    /** URN of the User extension holding sessions, productionOwner and escalations. */
    extensionSchema: z.string().startsWith("urn:").default(DEFAULT_EXTENSION_SCHEMA),
    /** Per-request timeout. */
    timeoutMs: z.number().int().min(100).max(120_000).default(10_000),
  })
  .strict();

export type ScimConnectorConfig = z.infer<typeof scimConnectorConfigSchema>;

/** Validates a tenant's SCIM connector config; errors name the field. */
export function parseScimConnectorConfig(config: unknown): ScimConnectorConfig {
  const parsed = scimConnectorConfigSchema.safeParse(config);
  if (parsed.success) return { ...parsed.data, baseUrl: parsed.data.baseUrl.replace(/\/+$/, "") };
  const issue = parsed.error.issues[0];
  const field = issue?.path.join(".") ?? "";
  throw new OffboardError("CONFIG_INVALID", `SCIM connector config: "${field}" ${issue?.message ?? "is invalid"}`, { field });
}
