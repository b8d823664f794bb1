import { loadPolicy } from "@open-policy-agent/opa-wasm";
import type { z } from "zod";
import { OffboardError } from "../errors.js";
import { compileWasm, DECISION_ENTRYPOINT } from "./compile-wasm.js";
import type { CommandRunner } from "./run-command.js";
import {
  DecisionSchema,
  PolicyInputSchema,
  type EvaluatedDecision,
  type PolicyEvaluator,
  type PolicyInput,
  type PolicyProvenance,
} from "./types.js";

export interface WasmEvaluatorOptions {
  policiesDir: string;
  /** Where compiled bundles are cached (see compile-wasm.ts). */
  cacheDir: string;
  /** The git commit the policies were read from, recorded in the provenance. */
  policyCommit?: string | null;
  env?: NodeJS.ProcessEnv;
  run?: CommandRunner;
}

/**
 * The default evaluator: the policy compiled by the real `opa build -t wasm`, evaluated
 * in-process with @open-policy-agent/opa-wasm. `evaluate` is synchronous and fails closed: an
 * invalid input or a throwing policy is POLICY_EVAL_FAILED; no decision or one that is not a
 * valid DecisionSchema is POLICY_RESULT_INVALID. There is no default allow.
 */
export async function createWasmEvaluator(options: WasmEvaluatorOptions): Promise<PolicyEvaluator> {
  const compiled = await compileWasm(options);
  const policy = await loadPolicy(compiled.wasm).catch((cause: unknown) => {
    throw new OffboardError("POLICY_BUILD_FAILED", `cannot load the compiled policy (${compiled.policyHash})`, {}, { cause });
  });
  policy.setData(compiled.data);
  const entrypoint: unknown = policy.entrypoints[DECISION_ENTRYPOINT];
  if (typeof entrypoint !== "number") {
    throw new OffboardError("POLICY_BUILD_FAILED", `the compiled policy has no ${DECISION_ENTRYPOINT} entrypoint`, {
      entrypoints: Object.keys(policy.entrypoints as object),
    });
  }
  const provenance: PolicyProvenance = Object.freeze({
    policy_hash: compiled.policyHash,
    wasm_sha256: compiled.wasmSha256,
    policy_commit: options.policyCommit ?? null,
    opa_version: compiled.opaVersion,
  });

  return {
    provenance,
    evaluate(input: PolicyInput): EvaluatedDecision {
      const parsed = PolicyInputSchema.safeParse(input);
      if (!parsed.success) {
        throw new OffboardError("POLICY_EVAL_FAILED", `policy input is invalid: ${describe(parsed.error)}`, {
          issues: parsed.error.issues,
        });
      }
      let resultSet: unknown;
      try {
        resultSet = policy.evaluate(parsed.data, entrypoint);
      } catch (cause) {
        // opa-wasm throws strings as well as Errors.
        throw new OffboardError("POLICY_EVAL_FAILED", `policy evaluation failed: ${String(cause)}`, {}, { cause });
      }
      return { decision: checkResult(resultSet), provenance };
    },
  };
}

function checkResult(resultSet: unknown) {
  if (!Array.isArray(resultSet) || resultSet.length !== 1) {
    throw new OffboardError(
      "POLICY_RESULT_INVALID",
      `data.offboard.decision is undefined for this input (result set of ${Array.isArray(resultSet) ? resultSet.length : typeof resultSet})`,
    );
  }
  const result: unknown = (resultSet[0] as { result?: unknown } | null)?.result;
  const decision = DecisionSchema.safeParse(result);
  if (!decision.success) {
    throw new OffboardError("POLICY_RESULT_INVALID", `data.offboard.decision is malformed: ${describe(decision.error)}`, {
      issues: decision.error.issues,
    });
  }
  return decision.data;
}

function describe(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`)
    .join("; ");
}
