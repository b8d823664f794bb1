/**
 * `npm run eval:intake [-- --json] [-- --check] [-- --dev-only]`: the intake filter on the project's labelled corpus
 * (test/fixtures/intake/corpus.jsonl), reported per split (dev: used while writing rules; holdout:
 * never tuned on) and per technique; per split, the texts that pass both intake gates (not flagged,
 * parsed at or above the policy's min_confidence); what the parser did with the labelled targets
 * (test/fixtures/intake/target-labels.jsonl); per language, the translations of caught English attacks and of honest
 * neighbours (test/fixtures/intake/translations.jsonl); plus throughput and the 1 MB adversarial input, each beside a
 * baseline measured in the same run (NFKC + lower-casing of the same text: the floor any
 * normalising filter pays). Goals: detection >= 98%, false positives <= 2%, >= 5 MB/s, 1 MB
 * adversarial < 100 ms. `--check` exits 1 when a goal is not met. `--dev-only` prints no figure that
 * depends on the holdout split (no holdout, no "all", no detection goals): for throughput checks and
 * tuning sessions that must not look at the holdout. Runs the compiled code (dist/), the code users
 * run, not a TypeScript loader.
 */
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { z } from "zod";
import { scanInjection } from "../app/intake/scan-injection.js";
import { scanText } from "../app/intake/scan-text.js";
import { packageRoot } from "../app/util/package-root.js";
import { adversarialInput } from "./intake-adversarial.js";
import { minConfidenceOf } from "./parse-score.js";
import { targetLabelReport } from "./target-labels.js";
import { translationReport } from "./translations.js";
import { readJsonl } from "./read-jsonl.js";

const ItemSchema = z.object({ id: z.string(), text: z.string(), label: z.enum(["attack", "benign"]), technique: z.string(), language: z.string(), split: z.enum(["dev", "holdout"]) }).strict();
type Item = z.infer<typeof ItemSchema>;

const args = process.argv.slice(2);
const json = args.includes("--json");
const check = args.includes("--check");
const devOnly = args.includes("--dev-only");
const shownSplits = devOnly ? (["dev"] as const) : (["dev", "holdout", "all"] as const);
const root = packageRoot();
const corpus: Item[] = readJsonl(join(root, "test", "fixtures", "intake", "corpus.jsonl"), ItemSchema);
const NOW = Date.UTC(2026, 10, 25, 12);

/** The policy's bar for accepting a parse without review (policies/offboard/settings/data.json). */
const MIN_CONFIDENCE = minConfidenceOf(root);
const results = new Map<string, boolean>();
/**
 * Texts that pass both intake gates: not flagged, and parsed at or above the policy's
 * min_confidence. An attack here reaches no human on intake's account (other risk factors, such as
 * a privileged target or HRIS disagreement, may still send it to review); a benign text here is an
 * honest request that needs no reviewer.
 */
const passesIntake = new Map<string, boolean>();
/** The same without the learned word weights (app/intake/learned-score.ts): what the rules catch alone. */
const rulesOnly = new Map<string, boolean>();
for (const item of corpus) {
  const r = await scanText(item.text, { as: "free_text", requester: "hr.ops@example.com", now: NOW, where: item.id });
  results.set(item.id, r.prompt_injection_suspected);
  passesIntake.set(item.id, !r.prompt_injection_suspected && r.confidence >= MIN_CONFIDENCE);
  rulesOnly.set(item.id, r.findings.some((f) => f.rule !== "learned.phrasing"));
}

interface Rate {
  n: number;
  hit: number;
  rate: number;
}
const rate = (items: Item[], by: ReadonlyMap<string, boolean> = results): Rate => {
  const hit = items.filter((i) => by.get(i.id)).length;
  return { n: items.length, hit, rate: items.length === 0 ? 0 : Math.round((hit / items.length) * 10_000) / 100 };
};
const bySplit = (split: string) => corpus.filter((i) => split === "all" || i.split === split);
const table = (items: Item[], label: "attack" | "benign") => {
  const groups = new Map<string, Item[]>();
  for (const i of items.filter((x) => x.label === label)) groups.set(i.technique, [...(groups.get(i.technique) ?? []), i]);
  return Object.fromEntries([...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, rate(v)]));
};
const splits: Record<string, ReturnType<typeof splitReport>> = Object.fromEntries(shownSplits.map((s) => [s, splitReport(s)]));
function splitReport(s: string) {
  const items = bySplit(s);
  const [attacks, benign] = [items.filter((i) => i.label === "attack"), items.filter((i) => i.label === "benign")];
  return { detection: rate(attacks), false_positives: rate(benign), rules_only: { detection: rate(attacks, rulesOnly), false_positives: rate(benign, rulesOnly) }, passing_intake: { attacks: rate(attacks, passesIntake), benign: rate(benign, passesIntake) }, per_technique: table(items, "attack"), per_benign_category: table(items, "benign") };
}
// The labelled targets are holdout texts: not read with --dev-only.
const targets = devOnly ? null : await targetLabelReport(root, new Map(corpus.map((i) => [i.id, i.text])), MIN_CONFIDENCE, NOW);
// Translations of dev and training texts (never of holdout ones): read with --dev-only too.
const trainingTexts = readJsonl(join(root, "test", "fixtures", "intake", "training.jsonl"), z.object({ id: z.string(), text: z.string() }));
const translations = await translationReport(root, new Map([...corpus.filter((i) => i.split === "dev").map((i) => [i.id, i.text] as const), ...trainingTexts.map((t) => [t.id, t.text] as const)]), NOW);
const misses = corpus.filter((i) => i.split === "dev" && (i.label === "attack") !== results.get(i.id)).map((i) => `${i.id} (${i.label}, ${i.technique})`);

// Throughput: every corpus text scanned as its own document until >= 8 MB, and one 1 MB document of benign text.
const texts = corpus.map((i) => i.text);
const bytes = (s: string) => Buffer.byteLength(s, "utf8");
/**
 * `rounds` timed passes over `docs`, after `warmup` untimed ones (steady state, as every figure
 * here is measured). The first pass, warm-up or not, is reported apart as `first_ms`: the cold cost,
 * code paths compiled on first use included.
 */
const measure = (docs: string[], fn: (s: string) => unknown, rounds: number, warmup = 0) => {
  const total = docs.reduce((n, d) => n + bytes(d), 0);
  const times: number[] = [];
  let first = -1;
  for (let r = 0; r < warmup; r++) {
    const t0 = performance.now();
    for (const d of docs) fn(d);
    if (first < 0) first = performance.now() - t0;
  }
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (const d of docs) fn(d);
    times.push(performance.now() - t0);
  }
  if (first < 0) first = times[0] ?? 0;
  times.sort((a, b) => a - b);
  const p50 = times[Math.floor(times.length / 2)] ?? 0;
  const p99 = times[Math.min(times.length - 1, Math.ceil(times.length * 0.99) - 1)] ?? 0;
  return { mb: Math.round((total / 1e6) * 100) / 100, p50_ms: round(p50), p99_ms: round(p99), first_ms: round(first), mb_per_s_p50: round(total / 1e6 / (p50 / 1000)) };
};
const round = (x: number) => Math.round(x * 100) / 100;
// As free text, so the learned word weights run too (they run on free text only).
const filter = (s: string) => scanInjection(s, { allowedIdentities: ["dana.reyes@example.com", "hr.ops@example.com"], source: "free_text" });
const floor = (s: string) => s.normalize("NFKC").toLowerCase();
const copies = Math.ceil(8e6 / texts.reduce((n, t) => n + bytes(t), 0));
const docs = Array.from({ length: copies }, () => texts).flat();
const benignDoc = corpus
  .filter((i) => i.label === "benign")
  .map((i) => i.text)
  .join("\n\n")
  .repeat(40)
  .slice(0, 1_000_000);
for (let w = 0; w < 2; w++) docs.slice(0, 500).forEach(filter);
const throughput = { corpus_documents: measure(docs, filter, 5), corpus_documents_baseline: measure(docs, floor, 5), one_mb_benign: measure([benignDoc], filter, 15, 1), one_mb_benign_baseline: measure([benignDoc], floor, 15, 1) };
const adversarial = adversarialInput(1_048_576);
const adv = { bytes: bytes(adversarial), filter: measure([adversarial], filter, 21, 1), baseline: measure([adversarial], floor, 21, 1), findings: filter(adversarial).length };

const goals = {
  ...(devOnly ? {} : { detection_at_least_98: (splits.all?.detection.rate ?? 0) >= 98, false_positives_at_most_2: (splits.all?.false_positives.rate ?? 100) <= 2 }),
  throughput_at_least_5_mb_s: throughput.corpus_documents.mb_per_s_p50 >= 5 && throughput.one_mb_benign.mb_per_s_p50 >= 5,
  adversarial_1mb_under_100_ms: adv.filter.p99_ms < 100,
};
if (json) {
  process.stdout.write(JSON.stringify({ corpus: corpus.length, splits, targets, translations, throughput, adversarial: adv, goals, dev_misses: misses }, null, 2) + "\n");
} else {
  const pct = (r: Rate | undefined) => (r ? `${r.rate}% (${r.hit}/${r.n})` : "-");
  console.log(`intake filter evaluation: ${corpus.length} texts (test/fixtures/intake/corpus.jsonl)`);
  for (const s of shownSplits) {
    const x = splits[s];
    console.log(`\n[${s}] detection ${pct(x?.detection)}   false positives ${pct(x?.false_positives)}   (rules alone: ${pct(x?.rules_only.detection)}, ${pct(x?.rules_only.false_positives)})`);
    console.log(`  passing both intake gates (not flagged, confidence >= ${MIN_CONFIDENCE}): attacks ${pct(x?.passing_intake.attacks)}, benign ${pct(x?.passing_intake.benign)}`);
    for (const [t, r] of Object.entries(x?.per_technique ?? {})) console.log(`  attack  ${t.padEnd(24)} ${pct(r)}`);
    for (const [t, r] of Object.entries(x?.per_benign_category ?? {})) console.log(`  benign  ${t.padEnd(24)} ${pct(r)} flagged`);
  }
  if (targets !== null)
    console.log(
      `\nlabelled targets (target-labels.jsonl, ${targets.labelled} texts): of ${targets.attacks_wanting_another_account} attacks that want another account acted on, ${targets.parsed_attackers_choice} parsed as that account, ${targets.attackers_choice_passing_both_gates} of them passing both gates; ${targets.passing_both_gates} texts pass both gates, ${targets.passing_both_gates_wrong_target} with a target other than the genuine leaver`,
    );
  if (translations) {
    const line = Object.entries(translations.languages).map(([l, r]) => `${l} ${r.attacks_flagged}/${r.attacks} (${r.benign_flagged}/${r.benign})`).join(", ");
    console.log(`\ntranslations (translations.jsonl; English sources flagged today: ${translations.sources.flagged}/${translations.sources.of}), attacks flagged (honest texts flagged) per language: ${line}`);
  }
  if (misses.length > 0) console.log(`\ndev split errors: ${misses.join(", ")}`);
  const tp = (m: ReturnType<typeof measure>) => `p50 ${m.p50_ms} ms, p99 ${m.p99_ms} ms, first pass ${m.first_ms} ms, ${m.mb_per_s_p50} MB/s`;
  console.log(`\nthroughput, ${throughput.corpus_documents.mb} MB as ${docs.length} documents: filter ${tp(throughput.corpus_documents)}; baseline NFKC+lower ${tp(throughput.corpus_documents_baseline)}`);
  console.log(`throughput, one 1 MB benign document: filter ${tp(throughput.one_mb_benign)}; baseline ${tp(throughput.one_mb_benign_baseline)}`);
  console.log(`adversarial ${adv.bytes} bytes (near-markers, nested encodings): filter ${tp(adv.filter)}; baseline ${tp(adv.baseline)}; ${adv.findings} findings`);
  const mark = (ok: boolean) => (ok ? "met" : "NOT met");
  const rates = devOnly ? "(detection and false-positive goals not shown: --dev-only)" : `detection >= 98% ${mark(goals.detection_at_least_98 ?? false)}; false positives <= 2% ${mark(goals.false_positives_at_most_2 ?? false)}`;
  console.log(`\ngoals: ${rates}; >= 5 MB/s ${mark(goals.throughput_at_least_5_mb_s)}; 1 MB adversarial < 100 ms ${mark(goals.adversarial_1mb_under_100_ms)}`);
}
if (check && Object.values(goals).some((ok) => !ok)) process.exitCode = 1;
