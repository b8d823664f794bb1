import type { DecideResult } from "../../gatekeeper/decide-request.js";
import type { Output } from "../output.js";

const OUTCOME_COLOR = { allow: "green", require_hitl: "yellow", deny: "red", block: "red" } as const;

/** Human-readable lines for one decision: outcome, risk, reasons, intake findings, provenance. */
export function describeDecision(result: DecideResult, out: Output): string[] {
  const { decision, provenance } = result.evaluated;
  const id = result.intake.request.metadata.id;
  const lines = [
    `${out.color("bold", id)}: ${out.color(OUTCOME_COLOR[decision.outcome], decision.outcome)} (risk ${decision.risk}${decision.approvals.required > 0 ? `, needs ${decision.approvals.required} approval(s) from ${decision.approvals.teams.join(", ")}` : ""})`,
  ];
  for (const r of decision.reasons) lines.push(`  - ${r.code}: ${r.message}`);
  if (result.intake.injectionSuspected) {
    lines.push(`  ${out.color("red", "injection suspected")}: confidence clamped to ${result.intake.confidence}%, target scrubbed (kept as hash ${result.intake.targetKey.slice(0, 12)}…)`);
    for (const e of result.intake.explanation) lines.push(`    ${e}`);
  }
  lines.push(out.color("dim", `  policy ${provenance.policy_hash.slice(0, 12)} wasm ${provenance.wasm_sha256.slice(0, 12)} opa ${provenance.opa_version}`));
  return lines;
}
