import { describe, expect, it } from "vitest";
import { CONCEPTS } from "../../app/intake/lexicon/index.js";
import { LANGUAGE_PACKS, withLanguagePacks } from "../../app/intake/lexicon/languages/index.js";

describe("language packs (lexicon/languages/)", () => {
  it("append their entries to the concept they name and leave the others as they are", () => {
    const topics = { ACTION: ["disable"], ALSO: ["also"] } as const;
    const merged = withLanguagePacks(topics, [["it", { ACTION: ["chiudete"] }], ["tr", { ACTION: ["kapatın"], ALSO: ["de"] }]]);
    expect(merged).toEqual({ ACTION: ["disable", "chiudete", "kapatın"], ALSO: ["also", "de"] });
    expect(topics.ACTION).toEqual(["disable"]);
  });

  it("refuse a concept no topic file defines (no rule would read it)", () => {
    expect(() => withLanguagePacks({ ACTION: ["disable"] }, [["it", { ACTOIN: ["chiudete"] }]])).toThrow(/language pack it: no concept ACTOIN/);
  });

  it("are each one language, and every entry of theirs is in the compiled concepts", () => {
    const languages = LANGUAGE_PACKS.map(([language]) => language);
    expect(new Set(languages).size).toBe(languages.length);
    for (const [, pack] of LANGUAGE_PACKS) {
      for (const [concept, entries] of Object.entries(pack)) {
        const all = CONCEPTS[concept as keyof typeof CONCEPTS];
        for (const entry of entries ?? []) expect(all).toContain(entry);
      }
    }
  });
});
