/**
 * Embedding experiment (branch emb-exp), step 1: writes, for every text of the corpus's dev split and
 * of the training-only material, its raw text, the filter's normalised text (normalizeText) and its
 * language, beside the terms export of scripts/intake-model/export-terms.ts. The holdout split is
 * filtered out at read time and never written.
 *
 * Usage: npx tsx scripts/intake-model/emb/export-texts.ts [CORPUS] [TRAINING] [OUT]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { normalizeText } from "../../../app/intake/normalize-text.js";

const [corpusPath = "test/fixtures/intake/corpus.jsonl", trainingPath = "test/fixtures/intake/training.jsonl", out = ".cache/intake-model/emb-texts.jsonl"] = process.argv.slice(2);
interface Item { id: string; text: string; label: string; technique: string; language?: string; split?: string }
const lines: string[] = [];
const add = (item: Item, extra: boolean) =>
  lines.push(JSON.stringify({ id: item.id, attack: item.label === "attack", technique: item.technique, language: item.language ?? "", extra, raw: item.text, norm: normalizeText(item.text).text }));
for (const line of readFileSync(corpusPath, "utf8").split("\n")) {
  if (line.trim() === "") continue;
  const item = JSON.parse(line) as Item;
  if (item.split !== "dev") continue; // never the holdout
  add(item, false);
}
for (const line of readFileSync(trainingPath, "utf8").split("\n")) {
  if (line.trim() === "") continue;
  add(JSON.parse(line) as Item, true);
}
writeFileSync(out, `${lines.join("\n")}\n`);
process.stdout.write(`${JSON.stringify({ texts: lines.length })}\n`);
