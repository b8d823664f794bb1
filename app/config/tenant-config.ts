import { z } from "zod";

const email = z.string().regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, "must be an email address");

/**
 * `.github/offboard.yml`, read from the default branch. Unknown keys are errors. Secrets never live
 * here: keys come from the keys directory (local mode) or the environment (service mode).
 */
export const TenantConfigSchema = z
  .object({
    tenant: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, "must be a lower-case tenant id (a-z, 0-9, '-')"),
    security_team: z
      .object({
        /** GitHub team slug whose members may approve (GitHub mode). */
        slug: z.string().min(1),
        /** Members, for local mode where no team membership API exists. */
        members: z.array(email).min(1),
      })
      .strict(),
    connectors: z
      .array(
        z
          .object({
            /** The connector plugin, as registered (scim, ldap). */
            name: z.string().min(1),
            /** SCIM: `embedded` starts the embedded SCIM directory; otherwise the SCIM base URL. */
            base_url: z.string().min(1).optional(),
            /** The plugin's own settings, validated by the plugin (docs/CONNECTORS.md). */
            options: z.record(z.string(), z.unknown()).optional(),
            /**
             * Where the connector's credential comes from in local mode: an environment variable or
             * a file (the secret itself never lives here). Without it, the lease's own short-lived
             * token is the credential (the embedded directory). Vault mode ignores this and reads the
             * tenant's Vault path instead.
             */
            secret: z.union([z.object({ env: z.string().regex(/^[A-Z_][A-Z0-9_]*$/, "must be an environment variable name") }).strict(), z.object({ file: z.string().min(1) }).strict()]).optional(),
          })
          .strict()
          .refine((c) => c.name !== "scim" || c.base_url !== undefined || typeof c.options?.baseUrl === "string", { message: "the scim connector needs base_url (a SCIM base URL or `embedded`)", path: ["base_url"] }),
      )
      .min(1),
    /**
     * Where HR's system of record is read (the "HRIS disagreement" signal): `embedded` (the demo's),
     * an export file (CSV with a header row, or JSON), or a BambooHR-style API whose key comes from
     * an environment variable.
     */
    hris: z
      .union([
        z.literal("embedded"),
        z.object({ kind: z.literal("file"), path: z.string().min(1) }).strict(),
        z.object({ kind: z.literal("bamboohr"), base_url: z.string().url(), company: z.string().regex(/^[A-Za-z0-9-]{1,64}$/), api_key: z.object({ env: z.string().regex(/^[A-Z_][A-Z0-9_]*$/, "must be an environment variable name") }).strict() }).strict(),
      ])
      .default("embedded"),
    packet: z
      .object({
        alg: z.enum(["EdDSA", "HS256"]).default("EdDSA"),
        kid: z.string().min(1),
        audience: z.string().min(1).default("offboard-doer"),
        ttl_seconds: z.number().int().min(30).max(900).default(300),
      })
      .strict(),
    /**
     * Who is who across channels: a GitHub login or Slack user id maps to exactly one email, and
     * only through this list (never by matching emails). An approval from an account not listed
     * here does not count: without the mapping it cannot be shown not to be the target's.
     */
    people: z
      .array(
        z
          .object({
            email,
            github: z.string().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, "must be a GitHub login").optional(),
            slack: z.string().regex(/^[UW][A-Z0-9]{2,20}$/, "must be a Slack user id (U… or W…)").optional(),
          })
          .strict(),
      )
      .default([])
      .superRefine((people, ctx) => {
        for (const key of ["email", "github", "slack"] as const) {
          const seen = new Set<string>();
          people.forEach((p, i) => {
            const v = p[key]?.toLowerCase();
            if (v === undefined) return;
            if (seen.has(v)) ctx.addIssue({ code: "custom", message: `${key} ${p[key]} is listed twice`, path: [i, key] });
            seen.add(v);
          });
        }
      }),
    /**
     * Slack approvals (docs/SLACK_SETUP.md): the channel where requests that need approval are
     * posted with one-time Approve / Reject buttons, and how long a link lives.
     */
    slack: z
      .object({
        channel: z.string().regex(/^[CG][A-Z0-9]{2,20}$/, "must be a Slack channel id (C… or G…)"),
        link_ttl_seconds: z.number().int().min(60).max(3_600).default(900),
      })
      .strict()
      .optional(),
    executor: z
      .object({ url: z.string().min(1).default("in-process") })
      .strict()
      .default({ url: "in-process" }),
  })
  .strict();

export type TenantConfig = z.infer<typeof TenantConfigSchema>;
