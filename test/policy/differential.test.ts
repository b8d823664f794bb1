import canonicalize from "canonicalize";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isOffboardError } from "../../app/errors.js";
import { evaluateWithOpaEval } from "../../app/policy/opa-eval.js";
import type { Outcome, PolicyEvaluator } from "../../app/policy/types.js";
import { createWasmEvaluator } from "../../app/policy/wasm-evaluator.js";
import { policyInputArbitrary } from "./policy-input-arbitrary.js";
import { POLICIES_DIR, scratchDir } from "./policy-fixtures.js";

// Fixed by default so a run is reproducible; set FC_SEED to explore other samples.
const SEED = Number(process.env.FC_SEED ?? 20250615);
const RUNS = Number(process.env.FC_RUNS ?? 400);

/** The Wasm side, as canonical JSON (RFC 8785) or the error code it failed closed with. */
function wasmSide(evaluator: PolicyEvaluator, input: Parameters<PolicyEvaluator["evaluate"]>[0]): string {
  try {
    return canonicalize(evaluator.evaluate(input).decision) ?? "undefined";
  } catch (error) {
    if (isOffboardError(error)) return `error:${error.code}`;
    throw error;
  }
}

describe("differential: in-process Wasm vs. opa eval (interpreter)", () => {
  let scratch: Awaited<ReturnType<typeof scratchDir>>;
  let evaluator: PolicyEvaluator;

  beforeAll(async () => {
    scratch = await scratchDir("differential");
    evaluator = await createWasmEvaluator({ policiesDir: POLICIES_DIR, cacheDir: scratch.dir });
  });
  afterAll(() => scratch.cleanup());

  it(`gives identical decisions for ${RUNS} generated inputs (seed ${SEED})`, async () => {
    const inputs = fc.sample(policyInputArbitrary, { numRuns: RUNS, seed: SEED });
    const reference = await evaluateWithOpaEval(inputs, { policiesDir: POLICIES_DIR });
    expect(reference).toHaveLength(inputs.length);

    const mismatches: { index: number; input: unknown; wasm: string; opa: string }[] = [];
    const outcomes = new Map<Outcome, number>();
    inputs.forEach((input, index) => {
      const opa = reference[index] === undefined ? "error:POLICY_RESULT_INVALID" : (canonicalize(reference[index]) ?? "");
      const wasm = wasmSide(evaluator, input);
      if (wasm !== opa) mismatches.push({ index, input, wasm, opa });
      const outcome = (reference[index] as { outcome?: Outcome } | undefined)?.outcome;
      if (outcome) outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    });

    expect(mismatches.slice(0, 3), `first mismatches (seed ${SEED})`).toEqual([]);
    // The sample must exercise every outcome, or the comparison proves little.
    for (const outcome of ["allow", "require_hitl", "deny", "block"] as const) {
      expect(outcomes.get(outcome) ?? 0, `${outcome} decisions in the sample`).toBeGreaterThanOrEqual(RUNS / 40);
    }
  });
});
