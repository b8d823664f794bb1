import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { OffboardError } from "../errors.js";
import { packageRoot } from "../util/package-root.js";

/** One input of the issue form, by its stable id. */
export interface FormField {
  id: string;
  label: string;
  type: "input" | "textarea" | "dropdown" | "checkboxes";
  required: boolean;
  options: string[];
}

export interface IssueFormDefinition {
  fields: FormField[];
}

const FormSchema = z.object({
  body: z.array(
    z.object({
      type: z.enum(["markdown", "input", "textarea", "dropdown", "checkboxes"]),
      id: z.string().optional(),
      attributes: z.object({ label: z.string().optional(), options: z.array(z.union([z.string(), z.object({ label: z.string() })])).optional() }).passthrough(),
      validations: z.object({ required: z.boolean().optional() }).optional(),
    }),
  ),
});

/** Field ids intake maps to the request; the form must define them (labels may change freely). */
export const REQUIRED_FIELD_IDS = ["target_email", "reason", "effective_date"] as const;

/** Reads and validates an issue form (default: the package's .github/ISSUE_TEMPLATE/offboarding.yml). */
export function loadIssueForm(path: string = join(packageRoot(), ".github", "ISSUE_TEMPLATE", "offboarding.yml")): IssueFormDefinition {
  let value: unknown;
  try {
    value = parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new OffboardError("ISSUE_FORM_DEFINITION_INVALID", `${path}: cannot read the issue form (${e instanceof Error ? e.message : String(e)})`, { path });
  }
  const result = FormSchema.safeParse(value);
  if (!result.success) throw new OffboardError("ISSUE_FORM_DEFINITION_INVALID", `${path}: not an issue form: ${result.error.issues[0]?.message ?? "invalid"}`, { path });
  const fields: FormField[] = [];
  for (const item of result.data.body) {
    if (item.type === "markdown" || !item.id || !item.attributes.label) continue;
    fields.push({
      id: item.id,
      label: item.attributes.label.trim(),
      type: item.type,
      required: item.validations?.required ?? false,
      options: (item.attributes.options ?? []).map((o) => (typeof o === "string" ? o : o.label)),
    });
  }
  const missing = REQUIRED_FIELD_IDS.filter((id) => !fields.some((f) => f.id === id));
  if (missing.length > 0) throw new OffboardError("ISSUE_FORM_DEFINITION_INVALID", `${path}: the form lacks field id(s) ${missing.join(", ")}`, { path, missing });
  return { fields };
}
