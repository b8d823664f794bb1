import { z } from "zod";
import { OffboardError } from "../errors.js";
import type { IssueFormDefinition } from "./load-issue-form.js";
import { REQUEST_KINDS } from "./request-schema.js";

/** The answers of an issue form, by field id; null for "_No response_" or an absent field. */
export interface IssueFormAnswers {
  values: Record<string, string | null>;
  /** 1-based line of each field's heading in the body. */
  lines: Record<string, number>;
  /** A heading of a known field seen again later (only user text can do that): [id, line]. */
  duplicates: { id: string; line: number }[];
}

export interface IssueFormRequest {
  target_email: string;
  employee_id: string | null;
  reason: (typeof REQUEST_KINDS)[number];
  effective_date: string;
  notes: string | null;
}

const NO_RESPONSE = "_No response_";
const HEADING = /^###[ \t]+(.+?)[ \t]*$/;

/**
 * Reads an issue-form body as GitHub renders it (`### Label`, blank line, answer), matching
 * sections to the form's fields by label and returning them by the form's stable field ids.
 * A heading that is no field's label is text of the current answer. The first heading of a field
 * wins; a second one is reported in `duplicates` (a textarea smuggling a second target).
 */
export function readIssueForm(body: string, form: IssueFormDefinition): IssueFormAnswers {
  const byLabel = new Map(form.fields.map((f) => [f.label.toLowerCase(), f.id]));
  const values: Record<string, string | null> = Object.fromEntries(form.fields.map((f) => [f.id, null]));
  const lines: Record<string, number> = {};
  const duplicates: { id: string; line: number }[] = [];
  let current: string | null = null;
  let buffer: string[] = [];
  const flush = () => {
    if (current === null) return;
    const text = buffer.join("\n").trim();
    values[current] = text === "" || text === NO_RESPONSE ? null : text;
  };
  body.split(/\r?\n/).forEach((line, i) => {
    const id = byLabel.get(HEADING.exec(line)?.[1]?.toLowerCase() ?? "");
    if (id === undefined) {
      if (current !== null) buffer.push(line);
      return;
    }
    if (lines[id] !== undefined) {
      duplicates.push({ id, line: i + 1 });
      if (current !== null) buffer.push(line);
      return;
    }
    flush();
    current = id;
    buffer = [];
    lines[id] = i + 1;
  });
  flush();
  return { values, lines, duplicates };
}

const RequestSchema = z.object({
  target_email: z.string().trim().toLowerCase().max(254).regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, "must be one email address"),
  employee_id: z.string().trim().max(64).nullable(),
  reason: z.enum(REQUEST_KINDS, { message: `must be one of ${REQUEST_KINDS.join(", ")}` }),
  effective_date: z
    .string()
    .trim()
    .superRefine((d, ctx) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) ctx.addIssue({ code: "custom", message: "must be a date written YYYY-MM-DD" });
      else if (Number.isNaN(Date.parse(`${d}T00:00:00Z`)) || !new Date(`${d}T00:00:00Z`).toISOString().startsWith(d)) ctx.addIssue({ code: "custom", message: "is not a calendar date" });
    }),
  notes: z.string().max(10_000).nullable(),
});

/** Validates the answers into a request; every problem names the field id and its line. */
export function toIssueFormRequest(answers: IssueFormAnswers, where: string): IssueFormRequest {
  const v = answers.values;
  const result = RequestSchema.safeParse({ target_email: v.target_email ?? "", employee_id: v.employee_id ?? null, reason: v.reason ?? "", effective_date: v.effective_date ?? "", notes: v.notes ?? null });
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const field = String(issue.path[0] ?? "");
    const missing = v[field] === null || v[field] === undefined;
    return { file: where, line: answers.lines[field] ?? 1, column: 1, field, message: missing ? "is required" : issue.message };
  });
  throw new OffboardError("ISSUE_FORM_INVALID", problems.map((p) => `${p.file}:${p.line}: ${p.field}: ${p.message}`).join("\n"), { problems });
}
