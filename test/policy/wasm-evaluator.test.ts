import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPolicies } from "../../app/policy/content-hash.js";
import { createWasmEvaluator } from "../../app/policy/wasm-evaluator.js";
import type { PolicyEvaluator, PolicyInput } from "../../app/policy/types.js";
import { NOW, POLICIES_DIR, WINDOW, inputWith, scratchDir } from "./policy-fixtures.js";

const codes = (evaluator: PolicyEvaluator, input: PolicyInput) => evaluator.evaluate(input).decision.reasons.map((r) => r.code);

describe("createWasmEvaluator on the shipped policy", () => {
  let scratch: Awaited<ReturnType<typeof scratchDir>>;
  let evaluator: PolicyEvaluator;

  beforeAll(async () => {
    scratch = await scratchDir("wasm-eval");
    evaluator = await createWasmEvaluator({ policiesDir: POLICIES_DIR, cacheDir: scratch.dir, policyCommit: "c0ffee" });
  });
  afterAll(() => scratch.cleanup());

  it("records provenance: content hash, wasm sha256, commit, opa version", async () => {
    expect(evaluator.provenance).toEqual({
      policy_hash: await hashPolicies(POLICIES_DIR),
      wasm_sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      policy_commit: "c0ffee",
      opa_version: expect.stringMatching(/^1\.22\.\d+$/),
    });
    expect(evaluator.evaluate(inputWith({})).provenance).toBe(evaluator.provenance);
  });

  it("allows an ordinary agreed resignation", () => {
    expect(evaluator.evaluate(inputWith({})).decision).toEqual({
      outcome: "allow",
      reasons: [],
      risk: 0,
      approvals: { required: 0, teams: [] },
      phases: { soft: true, hard: { delay_seconds: 300 } },
    });
  });

  it("requires two approvals for a privileged account, with messages from the rule metadata", () => {
    const { decision } = evaluator.evaluate(inputWith({ target: { privileged: true } }));
    expect(decision).toMatchObject({ outcome: "require_hitl", risk: 40, approvals: { required: 2, teams: ["security"] } });
    expect(decision.reasons).toEqual([
      { code: "privileged_account", message: "The target account is privileged; a security approval is required." },
    ]);
  });

  it("routes a suspected injection (identity scrubbed, target resolved by key) to review, not block", () => {
    const input = inputWith({
      request: { target_email: null },
      intake: { source: "free_text", confidence: 35, prompt_injection_suspected: true, finding_rules: ["override.instructions"] },
    });
    expect(evaluator.evaluate(input).decision.outcome).toBe("require_hitl");
    expect(codes(evaluator, input)).toEqual(["low_parse_confidence", "prompt_injection_suspected", "risk_over_threshold"]);
  });

  it("counts an escalation exactly at the window edge, not one second older", () => {
    expect(codes(evaluator, inputWith({ target: { escalations: [NOW - WINDOW] } }))).toEqual(["recent_escalation"]);
    expect(evaluator.evaluate(inputWith({ target: { escalations: [NOW - WINDOW - 1] } })).decision.outcome).toBe("allow");
  });

  it("raises risk over the threshold from factors that are not triggers on their own", () => {
    const { decision } = evaluator.evaluate(
      inputWith({ request: { kind: "termination", days_until_effective: 1 }, target: { group_count: 25 } }),
    );
    expect(decision).toMatchObject({ outcome: "require_hitl", risk: 55, approvals: { required: 1 } });
    expect(decision.reasons.map((r) => r.code)).toEqual(["risk_over_threshold"]);
  });

  it("denies protected accounts and unknown requesters, without approvals or a soft phase", () => {
    const { decision } = evaluator.evaluate(inputWith({ target: { account_type: "break_glass", privileged: true } }));
    expect(decision).toMatchObject({ outcome: "deny", approvals: { required: 0, teams: [] }, phases: { soft: false } });
    expect(decision.reasons.map((r) => r.code)).toEqual(["protected_account_type"]);
    expect(codes(evaluator, inputWith({ request: { target_email: "break-glass@example.com" } }))).toEqual([
      "protected_account_listed",
    ]);
    expect(codes(evaluator, inputWith({ request: { requester: "mallory@evil.example" } }))).toEqual(["requester_not_allowed"]);
  });

  it("blocks an unresolved target and a conflicting open request, ahead of deny", () => {
    const input = inputWith({
      target: { resolved: false, account_type: "service" },
      open_requests: [{ id: "req-2", target_key: "key-dana" }],
    });
    expect(evaluator.evaluate(input).decision).toMatchObject({ outcome: "block", approvals: { required: 0 } });
    expect(codes(evaluator, input)).toEqual(["conflicting_open_request", "target_unresolved"]);
  });

  it("rejects an input that is not offboard.input/v1 before evaluating (POLICY_EVAL_FAILED)", () => {
    const bad = [
      { ...inputWith({}), extra: true },
      inputWith({ intake: { confidence: 101 } }),
      inputWith({ intake: { confidence: 70.5 } }),
      { ...inputWith({}), version: "offboard.input/v2" },
    ];
    for (const input of bad) {
      expect(() => evaluator.evaluate(input as PolicyInput)).toThrow(expect.objectContaining({ code: "POLICY_EVAL_FAILED" }));
    }
  });
});

describe("createWasmEvaluator fails closed on a broken policy", () => {
  let scratch: Awaited<ReturnType<typeof scratchDir>>;
  beforeAll(async () => {
    scratch = await scratchDir("wasm-broken");
  });
  afterAll(() => scratch.cleanup());

  /** A one-file policy in package offboard, compiled by the real opa. */
  async function evaluatorFor(name: string, rego: string): Promise<PolicyEvaluator> {
    const dir = join(scratch.dir, name, "policies", "offboard");
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, "offboard.rego"), `package offboard\n\n${rego}\n`);
    return createWasmEvaluator({ policiesDir: join(scratch.dir, name, "policies"), cacheDir: join(scratch.dir, "cache") });
  }

  it("POLICY_RESULT_INVALID when the decision lacks fields", async () => {
    const evaluator = await evaluatorFor("partial", 'decision := {"outcome": "allow", "reasons": []}');
    expect(() => evaluator.evaluate(inputWith({}))).toThrow(expect.objectContaining({ code: "POLICY_RESULT_INVALID" }));
  });

  it("POLICY_RESULT_INVALID when the decision is undefined for the input", async () => {
    const evaluator = await evaluatorFor("undefined", 'decision := {"outcome": "allow"} if input.never_set');
    expect(() => evaluator.evaluate(inputWith({}))).toThrow(expect.objectContaining({ code: "POLICY_RESULT_INVALID" }));
  });

  it("POLICY_RESULT_INVALID for a require_hitl that nobody has to approve", async () => {
    const evaluator = await evaluatorFor(
      "no-approvers",
      `decision := {
	"outcome": "require_hitl",
	"reasons": [{"code": "x", "message": "x"}],
	"risk": 0,
	"approvals": {"required": 0, "teams": []},
	"phases": {"soft": true, "hard": {"delay_seconds": 300}},
}`,
    );
    expect(() => evaluator.evaluate(inputWith({}))).toThrow(expect.objectContaining({ code: "POLICY_RESULT_INVALID" }));
  });

  it("POLICY_EVAL_FAILED when evaluation itself errors (conflicting complete rule)", async () => {
    const evaluator = await evaluatorFor("conflict", 'decision := "a" if input.now > 0\n\ndecision := "b" if input.now > 0');
    expect(() => evaluator.evaluate(inputWith({}))).toThrow(expect.objectContaining({ code: "POLICY_EVAL_FAILED" }));
  });

  it("POLICY_BUILD_FAILED when the Rego does not compile", async () => {
    await expect(evaluatorFor("syntax", "decision := {")).rejects.toMatchObject({ code: "POLICY_BUILD_FAILED" });
  });
});
