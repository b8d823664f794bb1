import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CONCEPTS } from "../../app/intake/lexicon/index.js";

// CONCEPTS spreads every lexicon file's concepts into one object, so a name defined in two files
// keeps only the later list and silently loses the other's entries (a helper's draft reusing
// STANDING_APPROVAL lost two caught attacks that way). Each concept has one home.
const LEXICON = join(import.meta.dirname, "..", "..", "app", "intake", "lexicon");

describe("lexicon concept names", () => {
  it("are defined in exactly one lexicon file, and every concept of CONCEPTS has one", async () => {
    const homes = new Map<string, string[]>();
    for (const file of readdirSync(LEXICON).filter((f) => f.endsWith(".ts") && f !== "index.ts")) {
      const module = (await import(join(LEXICON, file))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(module)) {
        if (!name.endsWith("_CONCEPTS") || value === null || typeof value !== "object" || Array.isArray(value)) continue;
        for (const concept of Object.keys(value)) homes.set(concept, [...(homes.get(concept) ?? []), `${file}:${name}`]);
      }
    }
    const twice = [...homes].filter(([, where]) => where.length > 1);
    expect(twice).toEqual([]);
    // (kinds.ts holds the free-text parser's request kinds, which the rules do not read.)
    expect(Object.keys(CONCEPTS).filter((c) => !homes.has(c))).toEqual([]);
  });
});
