import type { Finding } from "./finding.js";
import type { LlmOutput } from "./llm-extract.js";
import { scanInjection } from "./scan-injection.js";

const EMAIL = /[^\s@<>()"',;]{1,64}@[^\s@<>()"',;]{1,253}/g;

/**
 * The checks on what a model returned, so a model that obeyed an injection is caught: the
 * injection filter again on every string it returned, any address (or employee id) it names that
 * the deterministic extraction did not find in the text (`llm.identity_not_in_text`), and a
 * target different from the one the deterministic parser found (`llm.target_mismatch`).
 * Findings point at the model's output (span [0, 0], via "model_output.<field>").
 */
export function crossCheckLlm(raw: string, output: LlmOutput, candidates: readonly string[], deterministicTarget: string | null, allowed: readonly string[]): Finding[] {
  const out: Finding[] = [];
  const known = new Set([...candidates, ...allowed].map((c) => c.toLowerCase()));
  const push = (rule: string, technique: Finding["technique"], field: string, excerpt: string, reason: string) =>
    out.push({ rule, technique, severity: "high", span: [0, 0], line: 1, column: 1, excerpt: excerpt.slice(0, 120), reason, via: `model_output.${field}` });
  for (const [field, value] of Object.entries(output)) {
    if (typeof value !== "string" || value === "") continue;
    for (const f of scanInjection(value, { allowedIdentities: [...known], source: "model_output" })) push(f.rule, f.technique, field, f.excerpt, `the model's output ${f.reason}`);
    for (const m of value.matchAll(EMAIL)) {
      const email = m[0].normalize("NFKC").toLowerCase().replace(/[.]+$/, "");
      if (!known.has(email)) push("llm.identity_not_in_text", "additional or swapped target identity", field, email, "the model returned an identity that is not in the request text (it followed an instruction, or invented it)");
    }
  }
  const target = output.target_email?.trim().toLowerCase() ?? null;
  if (target !== null && known.has(target) && deterministicTarget !== null && target !== deterministicTarget) {
    push("llm.target_mismatch", "additional or swapped target identity", "target_email", target, `the model chose a different target than the deterministic parser (${deterministicTarget})`);
  }
  if (output.employee_id && !raw.toLowerCase().includes(output.employee_id.toLowerCase())) {
    push("llm.identity_not_in_text", "additional or swapped target identity", "employee_id", output.employee_id, "the model returned an employee id that is not in the request text");
  }
  return out;
}
