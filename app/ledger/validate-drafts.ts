import { z } from "zod";
import { OffboardError, isOffboardError } from "../errors.js";
import { canonicalJson } from "./canonical-json.js";
import { EVENT_TYPES, type EventDraft } from "./types.js";

const labelSchema = z.string().min(1).max(512);

const draftSchema = z.strictObject({
  type: z.enum(EVENT_TYPES),
  tenant: labelSchema,
  actor: labelSchema,
  subject: labelSchema,
  data: z.record(z.string(), z.json()),
});

/**
 * Refuses, before anything is written, drafts the ledger could not store faithfully: unknown types,
 * empty or unknown fields, and `data` that is not integer-only canonical JSON.
 *
 * @throws OffboardError LEDGER_EVENT_INVALID naming the draft index and the field or JSON path.
 */
export function validateDrafts(drafts: readonly unknown[]): EventDraft[] {
  if (!Array.isArray(drafts)) throw new OffboardError("LEDGER_EVENT_INVALID", "ledger append: expected an array of event drafts");
  return drafts.map((draft, i) => {
    const parsed = draftSchema.safeParse(draft);
    if (!parsed.success) {
      throw new OffboardError("LEDGER_EVENT_INVALID", `ledger append: draft ${i}: ${describeIssue(parsed.error)}`, { index: i });
    }
    try {
      canonicalJson(parsed.data, `draft[${i}]`);
    } catch (e) {
      if (!isOffboardError(e, "CANONICAL_JSON_INVALID")) throw e;
      throw new OffboardError("LEDGER_EVENT_INVALID", `ledger append: ${e.message}`, { index: i, path: e.details.path }, { cause: e });
    }
    return parsed.data as EventDraft;
  });
}

/** The first zod issue as `data.x: message`. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return "invalid";
  const where = issue.path.length === 0 ? "(top level)" : issue.path.map(String).join(".");
  return `${where}: ${issue.message}`;
}
