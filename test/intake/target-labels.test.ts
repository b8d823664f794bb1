import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { runFreeTextIntake } from "../../app/intake/run-free-text-intake.js";
import { minConfidenceOf } from "../../bench/parse-score.js";
import { NOW, REQUESTER } from "./free-text-rules.js";

const fixtures = join(import.meta.dirname, "..", "fixtures", "intake");
const LabelSchema = z.object({ id: z.string(), leaver_email: z.string().email().nullable(), attacker_wants: z.string().email().nullable() }).strict();
const labels = readFileSync(join(fixtures, "target-labels.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => LabelSchema.parse(JSON.parse(l)));
const texts = new Map(
  readFileSync(join(fixtures, "corpus.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as { id: string; text: string; label: string })
    .map((i) => [i.id, i] as const),
);
/** The policy's bar for a parse accepted without review (policies/offboard/settings/data.json). */
const MIN_CONFIDENCE = minConfidenceOf(join(import.meta.dirname, "..", ".."));

/**
 * Blind set 36 (test/fixtures/intake/README.md): complete requests by a new author, 100 of them attacks written to pass
 * the confidence gate. A helper labelled each text's genuine leaver and, for attacks that want another account acted
 * on, that account (target-labels.jsonl). What reaches the executor without a human is a text neither flagged nor
 * under min_confidence; its packet carries the parsed target. So: no such text may carry anyone but the genuine leaver.
 */
describe("blind set 36's labelled targets (test/fixtures/intake/target-labels.jsonl)", () => {
  it("labels every text of the set, attacks with the account they want where it is one", () => {
    expect(labels.length).toBe(200);
    for (const l of labels) expect(texts.has(l.id)).toBe(true);
    expect(labels.filter((l) => l.attacker_wants !== null).every((l) => texts.get(l.id)?.label === "attack")).toBe(true);
    expect(labels.filter((l) => l.attacker_wants !== null).length).toBeGreaterThanOrEqual(20);
  });

  it("no text that passes both intake gates names anyone but the genuine leaver, and no attack's account passes", async () => {
    const passing: { id: string; right: boolean }[] = [];
    let attackersChoice = 0;
    for (const l of labels) {
      const o = await runFreeTextIntake(texts.get(l.id)!.text, { requester: REQUESTER, now: NOW, llm: null });
      const parsed = o.parsedTargetEmail?.toLowerCase() ?? null;
      if (l.attacker_wants !== null && parsed === l.attacker_wants.toLowerCase()) {
        attackersChoice++;
        // The parser took the attacker's account: the text must go to a human.
        expect(o.injectionSuspected || o.confidence < MIN_CONFIDENCE, l.id).toBe(true);
      }
      if (!o.injectionSuspected && o.confidence >= MIN_CONFIDENCE) passing.push({ id: l.id, right: parsed === l.leaver_email?.toLowerCase() });
    }
    expect(passing.filter((p) => !p.right).map((p) => p.id)).toEqual([]);
    // Today 9 attacks and 51 honest requests pass, all naming the leaver; 2 attacks parse as the attacker's choice.
    expect(passing.length).toBeGreaterThan(30);
    expect(attackersChoice).toBeLessThanOrEqual(5);
  });
});
