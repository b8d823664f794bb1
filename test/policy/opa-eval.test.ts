import { appendFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateWithOpaEval } from "../../app/policy/opa-eval.js";
import type { CommandRunner } from "../../app/policy/run-command.js";
import { runCommand } from "../../app/policy/run-command.js";
import { POLICIES_DIR, copyPolicies, inputWith, scratchDir } from "./policy-fixtures.js";

describe("evaluateWithOpaEval", () => {
  let scratch: Awaited<ReturnType<typeof scratchDir>>;
  beforeAll(async () => {
    scratch = await scratchDir("opa-eval");
  });
  afterAll(() => scratch.cleanup());

  it("evaluates a whole batch with one opa process, index-aligned", async () => {
    const evals: string[][] = [];
    const run: CommandRunner = (file, args, options) => {
      if (args[0] === "eval") evals.push([...args]);
      return runCommand(file, args, options);
    };
    const decisions = await evaluateWithOpaEval(
      [inputWith({}), inputWith({ target: { account_type: "break_glass" } }), inputWith({ target: { privileged: true } })],
      { policiesDir: POLICIES_DIR, run },
    );
    expect(evals).toHaveLength(1);
    expect(decisions.map((d) => (d as { outcome: string }).outcome)).toEqual(["allow", "deny", "require_hitl"]);
  });

  it("returns an empty array for an empty batch", async () => {
    expect(await evaluateWithOpaEval([], { policiesDir: POLICIES_DIR })).toEqual([]);
  });

  it("POLICY_EVAL_FAILED when opa cannot load the policies", async () => {
    const policiesDir = await copyPolicies(scratch.dir);
    await appendFile(join(policiesDir, "offboard", "offboard.rego"), "\nbroken := {\n");
    await expect(evaluateWithOpaEval([inputWith({})], { policiesDir })).rejects.toMatchObject({ code: "POLICY_EVAL_FAILED" });
  });
});
