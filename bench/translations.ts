import { existsSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { scanText } from "../app/intake/scan-text.js";
import { readJsonl } from "./read-jsonl.js";

const TranslationSchema = z.object({ id: z.string(), src: z.string(), text: z.string(), label: z.enum(["attack", "benign"]), technique: z.string(), language: z.string() }).strict();

/** One language's translations: attacks flagged and honest texts flagged, each of how many. */
export interface LanguageRate {
  attacks: number;
  attacks_flagged: number;
  benign: number;
  benign_flagged: number;
}

/**
 * The filter on test/fixtures/intake/translations.jsonl: English dev and training texts (attacks the rules catch, and
 * honest neighbours) translated into other languages, per language. What it measures is the lexicon's reach in each
 * language for attacks the English rules already read; its texts come from dev and training, so it is no held-out
 * figure. `sources` is how many of the English sources are flagged today (all of them, when the set was made). Null
 * when the file is absent.
 */
export async function translationReport(root: string, sourceTexts: ReadonlyMap<string, string>, now: number): Promise<{ sources: { flagged: number; of: number }; languages: Record<string, LanguageRate> } | null> {
  const file = join(root, "test", "fixtures", "intake", "translations.jsonl");
  if (!existsSync(file)) return null;
  const items = readJsonl(file, TranslationSchema);
  const flagged = async (text: string) => (await scanText(text, { as: "free_text", requester: "hr.ops@example.com", now, where: "translation" })).prompt_injection_suspected;
  const languages: Record<string, LanguageRate> = {};
  for (const t of items) {
    const rate = (languages[t.language] ??= { attacks: 0, attacks_flagged: 0, benign: 0, benign_flagged: 0 });
    const hit = await flagged(t.text);
    if (t.label === "attack") {
      rate.attacks++;
      if (hit) rate.attacks_flagged++;
    } else {
      rate.benign++;
      if (hit) rate.benign_flagged++;
    }
  }
  const sources = [...new Set(items.filter((t) => t.label === "attack").map((t) => t.src))];
  let sourcesFlagged = 0;
  for (const src of sources) {
    const text = sourceTexts.get(src);
    if (text === undefined) throw new Error(`translations.jsonl: source ${src} is in neither corpus.jsonl (dev) nor training.jsonl`);
    if (await flagged(text)) sourcesFlagged++;
  }
  return { sources: { flagged: sourcesFlagged, of: sources.length }, languages: Object.fromEntries(Object.entries(languages).sort(([a], [b]) => a.localeCompare(b))) };
}
