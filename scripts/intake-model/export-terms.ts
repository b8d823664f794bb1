/**
 * Step 1 of training the learned word weights (docs/adr/0006-learned-word-weights.md): writes, for
 * every text of the corpus's dev split and of the training-only material (TRAINING, when the file
 * exists; never evaluated), its terms exactly as the filter computes them
 * (app/intake/learned-terms.ts), the index of the term each sentence starts at, and whether the rest
 * of the filter (everything but the learned weights) flags it; then the honest test neighbours
 * (NEIGHBOURS, when the file exists: short honest sentences the rules' own tests keep clean, trained
 * on as benign, never evaluated). The holdout split is never written: it must stay unseen.
 *
 * Usage: npx tsx scripts/intake-model/export-terms.ts [CORPUS] [OUT] [TRAINING] [NEIGHBOURS]
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { learnedSentences } from "../../app/intake/learned-terms.js";
import { normalizeText } from "../../app/intake/normalize-text.js";
import { scanText } from "../../app/intake/scan-text.js";
import { layerTokens } from "../../app/intake/layer-tokens.js";

const [
  corpusPath = "test/fixtures/intake/corpus.jsonl",
  out = ".cache/intake-model/dev-terms.jsonl",
  trainingPath = "test/fixtures/intake/training.jsonl",
  neighboursPath = "test/fixtures/intake/neighbours.jsonl",
] = process.argv.slice(2);
const corpus = readFileSync(corpusPath, "utf8");
const training = existsSync(trainingPath) ? readFileSync(trainingPath, "utf8") : "";
const neighbours = existsSync(neighboursPath) ? readFileSync(neighboursPath, "utf8") : "";
const lines: string[] = [];

interface Item {
  id: string;
  text: string;
  label: string;
  technique: string;
  split?: string;
}

async function exportText(item: Item, extra: boolean): Promise<void> {
  const norm = normalizeText(item.text);
  const { terms, sentences } = learnedSentences(norm.text, layerTokens(item.text, norm));
  // As `npm run eval:intake` scans (bench/eval-intake.ts): free text, the same requester.
  const report = await scanText(item.text, { as: "free_text", requester: "hr.ops@example.com", now: Date.UTC(2026, 10, 25, 12), where: item.id });
  const rules = report.findings.some((f) => f.rule !== "learned.phrasing");
  lines.push(JSON.stringify({ id: item.id, attack: item.label === "attack", technique: item.technique, rules, terms, sentences, ...(extra ? { extra: true } : {}) }));
}

for (const line of corpus.split("\n")) {
  if (line.trim() === "") continue;
  const item = JSON.parse(line) as Item;
  if (item.split !== "dev") continue;
  await exportText(item, false);
}
let extra = 0;
for (const [n, line] of training.split("\n").entries()) {
  if (line.trim() === "") continue;
  const item = JSON.parse(line) as Item;
  if (!/^(t\d+-(atk|ben)|s\d+-ben)-\d+$/.test(item.id) || (item.label !== "attack" && item.label !== "benign") || (item.id.startsWith("s") && item.label !== "benign")) {
    throw new Error(`${trainingPath}:${n + 1}: id must be tN-atk-NNN or tN-ben-NNN (label attack or benign) or sN-ben-NNN (label benign) (got ${JSON.stringify(item.id)}, ${JSON.stringify(item.label)})`);
  }
  await exportText(item, true);
  extra++;
}
let honest = 0;
for (const [n, line] of neighbours.split("\n").entries()) {
  if (line.trim() === "") continue;
  const item = JSON.parse(line) as Item;
  if (!/^nb-ben-\d+$/.test(item.id) || item.label !== "benign") throw new Error(`${neighboursPath}:${n + 1}: id must be nb-ben-NNNN and label benign (got ${JSON.stringify(item.id)}, ${JSON.stringify(item.label)})`);
  await exportText(item, true);
  honest++;
}
writeFileSync(out, `${lines.join("\n")}\n`);
const sha = (s: string) => createHash("sha256").update(s).digest("hex");
process.stdout.write(`${JSON.stringify({ texts: lines.length, training_texts: extra, neighbour_texts: honest, corpus_sha256: sha(corpus), training_sha256: sha(training), neighbours_sha256: sha(neighbours) })}\n`);
