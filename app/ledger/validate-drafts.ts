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
  // Only "an object" here: canonicalJson below checks every value in it (stricter than z.json(),
  // which would walk it a second time), naming the JSON path of the first bad one.
  data: z.record(z.string(), z.unknown()),
});

/** A draft fit for the ledger, with the RFC 8785 text of its data as it was when checked. */
export interface CheckedDraft {
  draft: EventDraft;
  /** The event is built from this text (hashed as is, data parsed from it), so a later change to the caller's objects changes nothing. */
  dataText: string;
}

/**
 * Refuses, before anything is written, drafts the ledger could not store faithfully: unknown types,
 * empty or unknown fields, and `data` that is not integer-only canonical JSON.
 *
 * @throws OffboardError LEDGER_EVENT_INVALID naming the draft index and the field or JSON path.
 */
export function validateDrafts(drafts: readonly unknown[]): CheckedDraft[] {
  if (!Array.isArray(drafts)) throw new OffboardError("LEDGER_EVENT_INVALID", "ledger append: expected an array of event drafts");
  return drafts.map((draft, i) => {
    const parsed = draftSchema.safeParse(draft);
    if (!parsed.success) {
      throw new OffboardError("LEDGER_EVENT_INVALID", `ledger append: draft ${i}: ${describeIssue(parsed.error)}`, { index: i });
    }
    try {
      return { draft: parsed.data as EventDraft, dataText: canonicalJson(parsed.data.data, `draft[${i}].data`) };
    } catch (e) {
      if (!isOffboardError(e, "CANONICAL_JSON_INVALID")) throw e;
      throw new OffboardError("LEDGER_EVENT_INVALID", `ledger append: ${e.message}`, { index: i, path: e.details.path }, { cause: e });
    }
  });
}

/** The first zod issue as `data.x: message`. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return "invalid";
  const where = issue.path.length === 0 ? "(top level)" : issue.path.map(String).join(".");
  return `${where}: ${issue.message}`;
}
