import { z } from "zod";

/** Request kinds; they map to `input.request.kind` in the policy. */
export const REQUEST_KINDS = ["resignation", "termination", "contract_end", "retirement"] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD");
const email = z
  .string()
  .max(254)
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, "must be one email address");

/**
 * `requests/<id>.yaml`, apiVersion `offboard/v1`. Unknown fields are errors (a typo must not be
 * silently ignored in a security request). The JSON Schema in requests/request.schema.json is
 * generated from this (npm run schema).
 */
export const RequestFileSchema = z
  .object({
    apiVersion: z.literal("offboard/v1"),
    kind: z.literal("OffboardRequest"),
    metadata: z
      .object({
        id: z
          .string()
          .regex(/^[a-z0-9][a-z0-9-]{2,63}$/, "must be 3-64 characters of a-z, 0-9 and '-' (it names the file)"),
        requester: email.describe("email of the person filing the request"),
        created: isoDate.optional(),
      })
      .strict(),
    spec: z
      .object({
        target: z
          .object({
            email: email.describe("work email of the person to offboard"),
            employee_id: z.string().max(64).optional(),
            name: z.string().max(200).optional(),
          })
          .strict(),
        reason: z.enum(REQUEST_KINDS),
        effective_date: isoDate,
        notes: z.string().max(10_000).optional(),
      })
      .strict(),
  })
  .strict();

export type RequestFile = z.infer<typeof RequestFileSchema>;
