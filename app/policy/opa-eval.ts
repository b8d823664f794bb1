import { resolve } from "node:path";
import { OffboardError } from "../errors.js";
import { POLICY_TEST_PATTERN } from "./content-hash.js";
import { resolveOpa } from "./opa-binary.js";
import { runCommand, type CommandRunner } from "./run-command.js";
import type { PolicyInput } from "./types.js";

export interface OpaEvalOptions {
  policiesDir: string;
  env?: NodeJS.ProcessEnv;
  run?: CommandRunner;
}

// `input` is the whole batch; each element is evaluated on its own. Indices are carried along
// so that an input without a decision shows up as a gap instead of shifting the others.
const BATCH_QUERY = '[{"index": i, "decision": d} | some i, one in input; d := data.offboard.decision with input as one]';

/**
 * Evaluates `data.offboard.decision` for many inputs with ONE `opa eval` process (the
 * interpreter, not Wasm): the reference side of the differential test. Returns the decisions
 * as raw JSON values, index-aligned with `inputs`; `undefined` where the policy produced no
 * decision. Nothing is validated here, so a comparison sees exactly what OPA returned.
 */
export async function evaluateWithOpaEval(inputs: readonly PolicyInput[], options: OpaEvalOptions): Promise<unknown[]> {
  const env = options.env ?? process.env;
  const run = options.run ?? runCommand;
  const opa = await resolveOpa(env, { run });
  const policiesDir = resolve(options.policiesDir);
  const args = ["eval", "--format", "json", "--stdin-input", "--ignore", POLICY_TEST_PATTERN, "-d", policiesDir, BATCH_QUERY];
  const result = await run(opa.path, args, { env, input: JSON.stringify(inputs) });
  if (result.code !== 0) {
    const message = (result.stderr || result.stdout).trim();
    throw new OffboardError("POLICY_EVAL_FAILED", `opa eval failed for ${policiesDir}:\n${message}`, {
      policiesDir,
      exitCode: result.code,
      opaOutput: message,
    });
  }
  const rows = (JSON.parse(result.stdout) as { result?: { expressions?: { value?: unknown }[] }[] }).result?.[0]
    ?.expressions?.[0]?.value;
  if (!Array.isArray(rows)) {
    throw new OffboardError("POLICY_RESULT_INVALID", "opa eval returned no result for the batch query", {
      stdout: result.stdout.slice(0, 2000),
    });
  }
  const decisions: unknown[] = new Array<unknown>(inputs.length).fill(undefined);
  for (const row of rows as { index: number; decision: unknown }[]) decisions[row.index] = row.decision;
  return decisions;
}
