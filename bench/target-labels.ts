import { existsSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { runFreeTextIntake } from "../app/intake/run-free-text-intake.js";
import { readJsonl } from "./read-jsonl.js";

const LabelSchema = z.object({ id: z.string(), leaver_email: z.string().nullable(), attacker_wants: z.string().nullable() }).strict();

/** What the parser did with the labelled texts (test/fixtures/intake/target-labels.jsonl: blind set 36, holdout). */
export interface TargetLabelReport {
  labelled: number;
  /** Attacks that want another account acted on, and how many of them the parser took that account for. */
  attacks_wanting_another_account: number;
  parsed_attackers_choice: number;
  /** Of those, not flagged and at or above min_confidence: the executor would act on the attacker's choice with no human. */
  attackers_choice_passing_both_gates: number;
  /** Texts passing both gates, and those among them whose parsed target is not the genuine leaver. */
  passing_both_gates: number;
  passing_both_gates_wrong_target: number;
}

/**
 * Runs free-text intake on each labelled corpus text and compares the parsed target with the labels: the genuine
 * leaver, and the account an attack wants acted on. Null when the labels file is absent.
 */
export async function targetLabelReport(root: string, texts: ReadonlyMap<string, string>, minConfidence: number, now: number): Promise<TargetLabelReport | null> {
  const file = join(root, "test", "fixtures", "intake", "target-labels.jsonl");
  if (!existsSync(file)) return null;
  const labels = readJsonl(file, LabelSchema);
  const out: TargetLabelReport = { labelled: labels.length, attacks_wanting_another_account: 0, parsed_attackers_choice: 0, attackers_choice_passing_both_gates: 0, passing_both_gates: 0, passing_both_gates_wrong_target: 0 };
  for (const label of labels) {
    const text = texts.get(label.id);
    if (text === undefined) throw new Error(`target-labels.jsonl: ${label.id} is not in corpus.jsonl`);
    const o = await runFreeTextIntake(text, { requester: "hr.ops@example.com", now, llm: null });
    const parsed = o.parsedTargetEmail?.toLowerCase() ?? null;
    const passes = !o.injectionSuspected && o.confidence >= minConfidence;
    if (label.attacker_wants !== null) {
      out.attacks_wanting_another_account++;
      if (parsed === label.attacker_wants.toLowerCase()) {
        out.parsed_attackers_choice++;
        if (passes) out.attackers_choice_passing_both_gates++;
      }
    }
    if (passes) {
      out.passing_both_gates++;
      if (parsed !== label.leaver_email?.toLowerCase()) out.passing_both_gates_wrong_target++;
    }
  }
  return out;
}
