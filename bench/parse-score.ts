import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { runFreeTextIntake } from "../app/intake/run-free-text-intake.js";
import { REQUEST_KINDS } from "../app/intake/request-schema.js";
import { readJsonl } from "./read-jsonl.js";

/**
 * The free-text parser's evaluation (bench/eval-parse.ts, test/intake/parse-set.test.ts): honest requests whose leaver's
 * address, last day and kind are labelled, parsed by the deterministic parser alone (no model), each field judged right,
 * missing or wrong, and the wrong targets the policy would accept without review for confidence.
 */
export const ParseItemSchema = z
  .object({
    id: z.string().regex(/^ps-\d{3}$/),
    text: z.string().min(1),
    language: z.string().regex(/^[a-z]{2}$/),
    target_email: z.string().nullable(),
    effective_date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
    kind: z.enum(REQUEST_KINDS).nullable(),
    note: z.string(),
  })
  .strict();
export type ParseItem = z.infer<typeof ParseItemSchema>;

/** The instant the set's texts were written at ("tomorrow", "30 Nov"), and who sends them. */
export const PARSE_SET_NOW = Date.UTC(2026, 10, 25, 12);
export const PARSE_SET_REQUESTER = "hr.ops@example.com";

/** The labelled requests of `file`, validated (a bad line names its file, line and field). */
export function loadParseSet(file: string): ParseItem[] {
  return readJsonl(file, ParseItemSchema);
}

/** The policy's `min_confidence` (policies/offboard/settings/data.json): below it a human reviews the request. */
export function minConfidenceOf(root: string): number {
  const settings = JSON.parse(readFileSync(join(root, "policies", "offboard", "settings", "data.json"), "utf8"));
  return z.object({ min_confidence: z.number() }).passthrough().parse(settings).min_confidence;
}

export type Verdict = "right" | "missing" | "wrong";
export interface Tally {
  right: number;
  missing: number;
  wrong: number;
}
export interface ParseScore {
  texts: number;
  min_confidence: number;
  target: Tally;
  effective_date: Tally;
  kind: Tally;
  /** Texts at or above min_confidence, and how many of them have the right target. */
  accepted_without_review: { texts: number; target_right: number };
  /** Ids whose target is wrong at or above min_confidence: the executor would act on someone else, nobody looking. */
  wrong_target_accepted_without_review: string[];
  /** Per text with any field not right: its id, the verdicts and the confidence. */
  errors: string[];
}

/** Right when equal (both null included), missing when the parser gave nothing for a labelled value, wrong otherwise. */
export function judge(gold: string | null, got: string | null): Verdict {
  return gold === got ? "right" : got === null ? "missing" : "wrong";
}

/** Parses every item and judges its target, last day and kind. */
export async function scoreParse(items: readonly ParseItem[], minConfidence: number): Promise<ParseScore> {
  const tally = (): Tally => ({ right: 0, missing: 0, wrong: 0 });
  const score: ParseScore = { texts: items.length, min_confidence: minConfidence, target: tally(), effective_date: tally(), kind: tally(), accepted_without_review: { texts: 0, target_right: 0 }, wrong_target_accepted_without_review: [], errors: [] };
  for (const item of items) {
    const o = await runFreeTextIntake(item.text, { requester: PARSE_SET_REQUESTER, now: PARSE_SET_NOW, llm: null });
    const verdicts = {
      target: judge(item.target_email, o.parsedTargetEmail),
      effective_date: judge(item.effective_date, o.fields.effective_date),
      kind: judge(item.kind, o.fields.kind),
    };
    for (const k of ["target", "effective_date", "kind"] as const) score[k][verdicts[k]]++;
    if (o.confidence >= minConfidence) {
      score.accepted_without_review.texts++;
      if (verdicts.target === "right") score.accepted_without_review.target_right++;
      if (verdicts.target === "wrong") score.wrong_target_accepted_without_review.push(item.id);
    }
    const off = (["target", "effective_date", "kind"] as const).filter((k) => verdicts[k] !== "right");
    if (off.length > 0) score.errors.push(`${item.id} (${off.map((k) => `${k} ${verdicts[k]}`).join(", ")}; confidence ${o.confidence})`);
  }
  return score;
}
