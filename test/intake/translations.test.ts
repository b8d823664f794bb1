import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";

const FIXTURES = join(import.meta.dirname, "..", "fixtures", "intake");
const lines = (file: string) => readFileSync(join(FIXTURES, file), "utf8").split("\n").filter((l) => l.trim() !== "");
const TranslationSchema = z.object({ id: z.string().regex(/^x[a-z]{2}-/), src: z.string().min(1), text: z.string().min(1), label: z.enum(["attack", "benign"]), technique: z.string().min(1), language: z.string().regex(/^[a-z]{2}$/) }).strict();
const translations = lines("translations.jsonl").map((l) => TranslationSchema.parse(JSON.parse(l)));
const corpus = lines("corpus.jsonl").map((l) => JSON.parse(l) as { id: string; text: string; split: string });
const training = lines("training.jsonl").map((l) => JSON.parse(l) as { id: string });

/**
 * test/fixtures/intake/translations.jsonl (the language packs' measuring set, `npm run eval:intake`): translations of
 * dev and training texts only. A translation of a holdout text would carry the holdout into tuning.
 */
describe("the translations of caught English texts", () => {
  it("have unique ids, name their language in the id, and translate dev or training texts, never holdout ones", () => {
    expect(new Set(translations.map((t) => t.id)).size).toBe(translations.length);
    for (const t of translations) expect(t.id.startsWith(`x${t.language}-`)).toBe(true);
    const allowed = new Set([...corpus.filter((i) => i.split === "dev").map((i) => i.id), ...training.map((t) => t.id)]);
    const holdout = new Set(corpus.filter((i) => i.split === "holdout").map((i) => i.id));
    expect(translations.filter((t) => holdout.has(t.src)).map((t) => t.id)).toEqual([]);
    expect(translations.filter((t) => !allowed.has(t.src)).map((t) => t.id)).toEqual([]);
    expect(translations.some((t) => t.language === "en")).toBe(false);
  });
});
