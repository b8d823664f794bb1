import canonicalize from "canonicalize";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startOpaServer, type OpaServer } from "../../app/policy/opa-server.js";
import { createWasmEvaluator } from "../../app/policy/wasm-evaluator.js";
import type { PolicyEvaluator } from "../../app/policy/types.js";
import { POLICIES_DIR, inputWith, scratchDir } from "./policy-fixtures.js";

describe("startOpaServer (smoke)", () => {
  let scratch: Awaited<ReturnType<typeof scratchDir>>;
  let server: OpaServer;
  let wasm: PolicyEvaluator;

  beforeAll(async () => {
    scratch = await scratchDir("opa-server");
    server = await startOpaServer({ policiesDir: POLICIES_DIR });
    wasm = await createWasmEvaluator({ policiesDir: POLICIES_DIR, cacheDir: scratch.dir });
  });
  afterAll(async () => {
    await server?.stop();
    await scratch.cleanup();
  });

  it("listens on loopback and answers like the Wasm evaluator", async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const inputs = [
      inputWith({}),
      inputWith({ target: { privileged: true }, hris: { found: false } }),
      inputWith({ target: { account_type: "service" } }),
      inputWith({ target: { resolved: false } }),
    ];
    for (const input of inputs) {
      expect(canonicalize(await server.evaluate(input))).toBe(canonicalize(wasm.evaluate(input).decision));
    }
  });

  it("is gone after stop(): evaluate fails closed", async () => {
    const other = await startOpaServer({ policiesDir: POLICIES_DIR });
    await other.stop();
    await expect(other.evaluate(inputWith({}))).rejects.toMatchObject({ code: "POLICY_EVAL_FAILED" });
  });
});
