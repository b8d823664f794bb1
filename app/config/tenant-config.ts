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
            name: z.string().min(1),
            /** `embedded` starts the embedded SCIM directory; otherwise the SCIM base URL. */
            base_url: z.string().min(1),
          })
          .strict(),
      )
      .min(1),
    hris: z.literal("embedded").default("embedded"),
    packet: z
      .object({
        alg: z.enum(["EdDSA", "HS256"]).default("EdDSA"),
        kid: z.string().min(1),
        audience: z.string().min(1).default("offboard-doer"),
        ttl_seconds: z.number().int().min(30).max(900).default(300),
      })
      .strict(),
    executor: z
      .object({ url: z.string().min(1).default("in-process") })
      .strict()
      .default({ url: "in-process" }),
  })
  .strict();

export type TenantConfig = z.infer<typeof TenantConfigSchema>;
