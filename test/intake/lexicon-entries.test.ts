import { describe, expect, it } from "vitest";
import { compileLexicon } from "../../app/intake/compile-lexicon.js";
import { emptyHits, findConcepts } from "../../app/intake/find-concepts.js";
import { normalizeText } from "../../app/intake/normalize-text.js";
import { tokenize } from "../../app/intake/tokenize.js";

const lex = compileLexicon();
/** The tokens (by key) where a hit of `concept` starts in `text`. */
function hitsOf(text: string, concept: string): string[] {
  const tokens = tokenize(normalizeText(text).text);
  const hits = emptyHits(lex.names.length, tokens.count);
  findConcepts(tokens, lex, hits);
  return (hits.starts[lex.id(concept as never)] ?? []).map((t) => tokens.keys[t] ?? "");
}

describe("lexicon entries that normalisation would make too broad", () => {
  it("Spanish 'él' (him) is her/his only after 'de' or 'a': the article 'el' is not, or it would block rules in every Spanish sentence", () => {
    expect(hitsOf("Desactiven el usuario y el acceso de Mark Chen.", "HER_HIS")).toEqual([]);
    expect(hitsOf("Desactiven la cuenta de él y el acceso.", "HER_HIS")).toEqual(["de"]);
  });

  it("an entry written with umlauts also matches without them", () => {
    expect(hitsOf("Sicherheitsprüfung überspringen", "SKIP")).toEqual(["uberspringen"]);
    expect(hitsOf("Sicherheitspruefung ueberspringen", "SKIP")).toEqual(["ueberspringen"]);
  });
});
