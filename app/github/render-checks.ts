import type { DecideResult } from "../gatekeeper/decide-request.js";
import type { ConnectorPlan } from "../gatekeeper/deps.js";
import type { Annotation, CheckConclusion, CheckRunOutput } from "./github-port.js";

export const CHECK_INTAKE = "offboard/intake";
export const CHECK_POLICY = "offboard/policy";
export const CHECK_APPROVAL = "offboard/approval";
export const CHECK_PROTECTION = "offboard/protection";

/** offboard/protection: warns (neutral) when the default branch does not require the three offboard checks. */
export function protectionCheck(branch: string, protection: { requiredChecks: string[]; enforceAdmins: boolean } | null): CheckResult {
  const needed = [CHECK_INTAKE, CHECK_POLICY, CHECK_APPROVAL];
  const missing = protection === null ? needed : needed.filter((c) => !protection.requiredChecks.includes(c));
  const problems = [
    ...(protection === null ? [`${branch} has no branch protection: anyone with write access can merge a request without its approvals.`] : []),
    ...(protection !== null && missing.length > 0 ? [`${branch} does not require ${missing.map((m) => `\`${m}\``).join(", ")}.`] : []),
    ...(protection !== null && !protection.enforceAdmins ? ["Administrators can bypass the protection (enable \"Do not allow bypassing the above settings\")."] : []),
  ];
  if (problems.length === 0) return { conclusion: "success", output: { title: `${branch} requires the offboard checks`, summary: `Branch protection of ${branch} requires ${needed.join(", ")}.` } };
  return {
    conclusion: "neutral",
    output: {
      title: `${branch} is not protected as offboard needs`,
      summary: [...problems.map((p) => `- ${p}`), "", `Set it in Settings → Branches: require a pull request, require status checks ${needed.join(", ")}, and do not allow bypassing. A merge without approvals still executes nothing (the app re-checks approvals on merge), but it records a refusal instead of stopping the merge.`].join("\n"),
    },
  };
}

export interface CheckResult {
  conclusion: CheckConclusion;
  output: CheckRunOutput;
}

/** offboard/intake: success when clean; neutral with one annotation per finding (the approval check is the gate). */
export function intakeCheck(d: DecideResult, file: string): CheckResult {
  const { intake } = d;
  if (!intake.injectionSuspected) {
    return { conclusion: "success", output: { title: `No injection markers; confidence ${intake.confidence}%`, summary: intake.confidenceBasis.map((b) => `- ${b}`).join("\n") } };
  }
  const annotations: Annotation[] = intake.findings
    .filter((f) => f.origin === undefined)
    .map((f) => ({ path: file, start_line: f.line, end_line: f.line, annotation_level: f.severity === "high" ? "failure" : "warning", title: `${f.rule} (${f.technique})`, message: f.reason }));
  const summary = [
    `**Suspected prompt injection** (${intake.findings.length} finding${intake.findings.length === 1 ? "" : "s"}): confidence clamped to ${intake.confidence}%, the target is scrubbed from the packet (kept as hash \`${intake.targetKey.slice(0, 16)}…\`) and a security reviewer must confirm it (\`confirm-target: EMAIL\` in the approving review).`,
    "",
    ...intake.explanation.map((e) => `- ${e}`),
  ].join("\n");
  return { conclusion: "neutral", output: { title: `Injection suspected: ${intake.findings.length} finding(s); human review required`, summary, annotations } };
}

/** offboard/policy: the outcome, reasons, risk, provenance and the dry-run plan of every connector. */
export function policyCheck(d: DecideResult, plans: ConnectorPlan[] | null): CheckResult {
  const { decision, provenance } = d.evaluated;
  const ok = decision.outcome === "allow" || decision.outcome === "require_hitl";
  const lines = [
    `**Outcome:** \`${decision.outcome}\` · **risk** ${decision.risk}${decision.approvals.required > 0 ? ` · needs ${decision.approvals.required} approval(s) from ${decision.approvals.teams.join(", ")}` : ""}`,
    "",
    ...decision.reasons.map((r) => `- \`${r.code}\`: ${r.message}`),
    "",
    `Phases: soft now; hard after ${decision.phases.hard.delay_seconds} s (a reinstate inside that window restores the account).`,
    `Policy ${provenance.policy_hash.slice(0, 12)} (commit ${provenance.policy_commit?.slice(0, 12) ?? "unknown"}), Wasm ${provenance.wasm_sha256.slice(0, 12)}, opa ${provenance.opa_version}. Policies are read from the base branch only.`,
  ];
  const text = plans === null
    ? "### Dry-run plan\nWithheld: intake scrubbed the target, so nothing is looked up until a reviewer confirms who is meant."
    : ["### Dry-run plan (what merge will do)", ...plans.flatMap((p) => [
        `**${p.connector}**${p.error ? `: cannot plan: ${p.error}` : ""}`,
        ...p.steps.map((s) => `- ${s.phase}: ${s.action} ${s.accountId}${Object.keys(s.detail).length ? ` ${JSON.stringify(s.detail)}` : ""}`),
      ])].join("\n");
  return { conclusion: ok ? "success" : "failure", output: { title: `${decision.outcome} (risk ${decision.risk})`, summary: lines.join("\n"), text } };
}

export function refusedChecks(reason: string): Record<string, CheckResult> {
  const r: CheckResult = { conclusion: "failure", output: { title: "Refused", summary: reason } };
  return { [CHECK_INTAKE]: r, [CHECK_POLICY]: r, [CHECK_APPROVAL]: r };
}
