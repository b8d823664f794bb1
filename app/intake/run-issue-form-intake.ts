import type { Finding } from "./finding.js";
import { finalizeIntake } from "./finalize-intake.js";
import type { IntakeOutcome } from "./intake-outcome.js";
import type { IssueFormDefinition } from "./load-issue-form.js";
import { readIssueForm, toIssueFormRequest, type IssueFormRequest } from "./parse-issue-form.js";
import { scanInjection } from "./scan-injection.js";

export interface IssueFormInput {
  body: string;
  /** The issue title; scanned too (it is line 1 of the scanned text, the body starts on line 3). */
  title?: string;
  /** Who filed the issue, when known: an identity the text may name. */
  requester?: string | null;
  /** Shown in explanations, e.g. "issue #42". */
  where?: string;
}

export interface IssueFormIntake extends IntakeOutcome {
  source: "issue_form";
  request: IssueFormRequest;
}

/**
 * Intake for an issue-form body: read the sections by the form's field ids, validate them
 * (ISSUE_FORM_INVALID names field and line), scan the raw title and body, apply the effects. A
 * field heading repeated inside an answer is a finding (schema.duplicate_form_field).
 */
export function runIssueFormIntake(input: IssueFormInput, form: IssueFormDefinition): IssueFormIntake {
  const where = input.where ?? "issue";
  const answers = readIssueForm(input.body, form);
  const request = toIssueFormRequest(answers, where);
  const raw = input.title === undefined ? input.body : `${input.title}\n\n${input.body}`;
  const shift = input.title === undefined ? 0 : 2;
  const findings = scanInjection(raw, { allowedIdentities: [request.target_email, input.requester ?? ""], target: request.target_email, source: "issue_form" });
  for (const d of answers.duplicates) findings.push(duplicateFinding(raw, d.id, d.line + shift));
  findings.sort((a, b) => a.span[0] - b.span[0] || a.rule.localeCompare(b.rule));
  const outcome = finalizeIntake({
    source: "issue_form",
    raw,
    where,
    confidence: 100,
    confidenceBasis: ["issue form answers valid (target email, reason, effective date): 100"],
    findings,
    fields: { target_email: request.target_email, employee_id: request.employee_id, name: null, kind: request.reason, effective_date: request.effective_date, notes: request.notes },
    llm: null,
  });
  return { ...outcome, source: "issue_form", request };
}

function duplicateFinding(raw: string, id: string, line: number): Finding {
  const lines = raw.split("\n");
  const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
  const text = lines[line - 1] ?? "";
  return {
    rule: "schema.duplicate_form_field",
    technique: "schema-shaped payload",
    severity: "high",
    span: [start, start + text.length],
    line,
    column: 1,
    excerpt: text.slice(0, 120),
    reason: `repeats the heading of form field "${id}" inside an answer (a second value for a field the form asks once)`,
  };
}
