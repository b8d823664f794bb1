/**
 * `npm run eval:parse [-- --json] [-- --check] [-- FILE]`: the deterministic free-text parser (no model) on honest requests
 * whose leaver's address, last day and kind are labelled (test/fixtures/intake/parse-set.jsonl; docs/INTAKE.md, "Parser
 * evaluation"). Prints, for the target, the last day and the kind, how many were right, missing (the parser gave none) and
 * wrong (it gave another), and the figure that matters for safety: a wrong target at a confidence the policy accepts
 * without review (settings `min_confidence`), where the executor would act on someone else with nobody looking. `--check`
 * exits 1 when there is one. Runs the compiled code (dist/), as eval-intake.ts does.
 */
import { join } from "node:path";
import { packageRoot } from "../app/util/package-root.js";
import { loadParseSet, minConfidenceOf, scoreParse, type Tally } from "./parse-score.js";

const args = process.argv.slice(2);
const root = packageRoot();
const file = args.find((a) => !a.startsWith("--")) ?? join(root, "test", "fixtures", "intake", "parse-set.jsonl");
const score = await scoreParse(loadParseSet(file), minConfidenceOf(root));

const pct = (n: number, of: number) => (of === 0 ? "0% (0/0)" : `${Math.round((n / of) * 1000) / 10}% (${n}/${of})`);
const line = (name: string, t: Tally) => `  ${name.padEnd(9)} right ${pct(t.right, score.texts)}   missing ${pct(t.missing, score.texts)}   wrong ${pct(t.wrong, score.texts)}`;
if (args.includes("--json")) process.stdout.write(`${JSON.stringify({ file, ...score }, null, 2)}\n`);
else {
  const min = score.min_confidence;
  const accepted = score.accepted_without_review;
  console.log(`free-text parser evaluation (deterministic, no model): ${score.texts} honest requests (${file})`);
  console.log(line("target", score.target));
  console.log(line("last day", score.effective_date));
  console.log(line("kind", score.kind));
  console.log(`  confidence >= ${min} (no review for confidence): ${pct(accepted.texts, score.texts)}; target right in ${pct(accepted.target_right, accepted.texts)} of them`);
  const unsafe = score.wrong_target_accepted_without_review;
  console.log(`  wrong target at confidence >= ${min}: ${unsafe.length === 0 ? "none" : unsafe.join(", ")}`);
  if (score.errors.length > 0) console.log(`\nerrors: ${score.errors.join("; ")}`);
}
if (args.includes("--check") && score.wrong_target_accepted_without_review.length > 0) process.exitCode = 1;
