import { z } from "zod";

/** The body of a decision packet (claim `pkt`), what the executor is allowed to do and why. */
export const PacketBodySchema = z
  .object({
    v: z.literal(1),
    request_id: z.string(),
    /** sha256 of the request file the decision and approvals were bound to. */
    request_digest: z.string().regex(/^[0-9a-f]{64}$/),
    /** Hash of the `policy.decided` ledger event this packet carries out (log before acting). */
    decision_event: z.string().regex(/^[0-9a-f]{64}$/),
    /**
     * Its seq (leaf index): the doer proves its inclusion in a signed, witnessed checkpoint before
     * acting, and refuses a packet without it (PACKET_NOT_LOGGED); optional here only so such a
     * packet is refused and recorded as unlogged rather than as malformed.
     */
    decision_seq: z.number().int().min(0).max(999_999_999_999).optional(),
    outcome: z.enum(["allow", "require_hitl"]),
    target: z
      .object({
        email: z.string(),
        key: z.string().regex(/^[0-9a-f]{64}$/),
        /** `request`: from the request as filed; `approver_confirmed`: intake scrubbed it, an approver supplied it. */
        source: z.enum(["request", "approver_confirmed"]),
      })
      .strict(),
    phases: z.object({ soft: z.boolean(), hard: z.object({ delay_seconds: z.number().int().min(0) }).strict() }).strict(),
    approvals: z.array(z.object({ approver: z.string(), event: z.string() }).strict()),
    policy: z
      .object({ policy_hash: z.string(), wasm_sha256: z.string(), policy_commit: z.string().nullable(), opa_version: z.string() })
      .strict(),
  })
  .strict();
export type PacketBody = z.infer<typeof PacketBodySchema>;

/** JWS `typ` of packets: explicit typing stops other JWTs signed by the same key being accepted. */
export const PACKET_TYP = "offboard-packet+jwt";
export const PACKET_ISSUER = "offboard-gatekeeper";
