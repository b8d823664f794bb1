/**
 * Step 1 of training the learned word weights (docs/adr/0006-learned-word-weights.md): writes, for
 * every text of the corpus's dev split, its terms exactly as the filter computes them
 * (app/intake/learned-terms.ts), the index of the term each sentence starts at, and whether the rest
 * of the filter (everything but the learned weights) flags it. The holdout split is never written:
 * it must stay unseen.
 *
 * Usage: npx tsx scripts/intake-model/export-terms.ts [CORPUS] [OUT]
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { learnedSentences } from "../../app/intake/learned-terms.js";
import { normalizeText } from "../../app/intake/normalize-text.js";
import { scanText } from "../../app/intake/scan-text.js";
import { joinHyphenBreaks, tokenize } from "../../app/intake/tokenize.js";

const [corpusPath = "test/fixtures/intake/corpus.jsonl", out = ".cache/intake-model/dev-terms.jsonl"] = process.argv.slice(2);
const corpus = readFileSync(corpusPath, "utf8");
const lines: string[] = [];
for (const line of corpus.split("\n")) {
  if (line.trim() === "") continue;
  const item = JSON.parse(line) as { id: string; text: string; label: string; technique: string; split: string };
  if (item.split !== "dev") continue;
  const norm = normalizeText(item.text);
  const { terms, sentences } = learnedSentences(norm.text, joinHyphenBreaks(norm.text, tokenize(norm.text)));
  // As `npm run eval:intake` scans (bench/eval-intake.ts): free text, the same requester.
  const report = await scanText(item.text, { as: "free_text", requester: "hr.ops@example.com", now: Date.UTC(2026, 10, 25, 12), where: item.id });
  const rules = report.findings.some((f) => f.rule !== "learned.phrasing");
  lines.push(JSON.stringify({ id: item.id, attack: item.label === "attack", technique: item.technique, rules, terms, sentences }));
}
writeFileSync(out, `${lines.join("\n")}\n`);
process.stdout.write(`${JSON.stringify({ texts: lines.length, corpus_sha256: createHash("sha256").update(corpus).digest("hex") })}\n`);
