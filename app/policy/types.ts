import { z } from "zod";

/**
 * The policy input document, version `offboard.input/v1`. Documented in docs/POLICY_INPUT.md.
 * All numbers are integers (times are Unix seconds, confidence is a percentage 0-100) so the
 * Wasm evaluator and `opa eval` can never disagree on float formatting.
 */
export const PolicyInputSchema = z
  .object({
    version: z.literal("offboard.input/v1"),
    /** Evaluation time, Unix seconds. The policy never reads the wall clock. */
    now: z.number().int(),
    tenant: z.string(),
    request: z.object({
      id: z.string(),
      kind: z.enum(["resignation", "termination", "contract_end", "retirement"]),
      requester: z.string(),
      /** Lower-cased email of the person to offboard; null when intake scrubbed it or none was given. */
      target_email: z.string().nullable(),
      /** Stable correlation key (sha256 of the normalised identity), kept even when the identity is scrubbed. */
      target_key: z.string(),
      effective_date: z.string(),
      /** Days from `now` to the effective date (negative: in the past). */
      days_until_effective: z.number().int(),
    }),
    intake: z.object({
      source: z.enum(["request_file", "issue_form", "free_text"]),
      /** Parse confidence, percent 0-100. Clamped below 40 when the injection filter fires. */
      confidence: z.number().int().min(0).max(100),
      prompt_injection_suspected: z.boolean(),
      finding_rules: z.array(z.string()),
    }),
    target: z.object({
      /** Whether the directory resolved the target to exactly one account. */
      resolved: z.boolean(),
      account_type: z.enum(["human", "service", "break_glass", "unknown"]),
      privileged: z.boolean(),
      production_owner: z.boolean(),
      roles: z.array(z.string()),
      group_count: z.number().int().min(0),
      /** Escalations of this account's privileges, Unix seconds. */
      escalations: z.array(z.number().int()),
    }),
    hris: z.object({
      found: z.boolean(),
      status: z.enum(["active", "terminating", "terminated", "unknown"]),
      /** HRIS agrees that this person is leaving (status terminating/terminated and matching dates). */
      agrees: z.boolean(),
    }),
    /** Other open (undecided or unexecuted) requests for the same target_key. */
    open_requests: z.array(z.object({ id: z.string(), target_key: z.string() })),
  })
  .strict();
export type PolicyInput = z.infer<typeof PolicyInputSchema>;

export const OUTCOMES = ["allow", "require_hitl", "deny", "block"] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** The result of `data.offboard.decision`. */
export const DecisionSchema = z
  .object({
    outcome: z.enum(OUTCOMES),
    reasons: z.array(z.object({ code: z.string(), message: z.string() }).strict()),
    risk: z.number().int().min(0),
    approvals: z.object({ required: z.number().int().min(0), teams: z.array(z.string()) }).strict(),
    phases: z
      .object({
        soft: z.boolean(),
        hard: z.object({ delay_seconds: z.number().int().min(0) }).strict(),
      })
      .strict(),
  })
  .strict()
  // A decision must be self-consistent; a policy bug that breaks this fails closed
  // (POLICY_RESULT_INVALID) instead of, say, a require_hitl that nobody has to approve.
  .superRefine((d, ctx) => {
    if (d.outcome === "require_hitl" && (d.approvals.required < 1 || d.approvals.teams.length === 0)) {
      ctx.addIssue({ code: "custom", path: ["approvals"], message: "require_hitl needs at least one approval from a named team" });
    }
    if (d.outcome !== "require_hitl" && d.approvals.required !== 0) {
      ctx.addIssue({ code: "custom", path: ["approvals", "required"], message: `${d.outcome} must not require approvals` });
    }
    if (d.outcome !== "allow" && d.reasons.length === 0) {
      ctx.addIssue({ code: "custom", path: ["reasons"], message: `${d.outcome} must carry at least one reason` });
    }
    if ((d.outcome === "deny" || d.outcome === "block") && d.phases.soft) {
      ctx.addIssue({ code: "custom", path: ["phases", "soft"], message: `${d.outcome} must not run the soft phase` });
    }
  });
export type Decision = z.infer<typeof DecisionSchema>;

/** Where a decision came from, so any past decision can be re-evaluated exactly. */
export interface PolicyProvenance {
  /** sha256 over the sorted (path, content) pairs of every file under policies/ (see content-hash.ts). */
  policy_hash: string;
  /** sha256 of the compiled policy.wasm. */
  wasm_sha256: string;
  /** git commit of the policy repo the policies were read from, when known. */
  policy_commit: string | null;
  opa_version: string;
}

export interface EvaluatedDecision {
  decision: Decision;
  provenance: PolicyProvenance;
}

/** Evaluates the policy for one input; implementations: Wasm in-process (default), `opa eval`, OPA server. */
export interface PolicyEvaluator {
  readonly provenance: PolicyProvenance;
  evaluate(input: PolicyInput): EvaluatedDecision;
}
