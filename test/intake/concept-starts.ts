import { compileLexicon } from "../../app/intake/compile-lexicon.js";
import { emptyHits, findConcepts } from "../../app/intake/find-concepts.js";
import { normalizeText } from "../../app/intake/normalize-text.js";
import { tokenize } from "../../app/intake/tokenize.js";

const lex = compileLexicon();

/** The tokens (by key) where a hit of `concept` starts in `text`, as the lexicon alone finds them (no masking step). */
export function hitsOf(text: string, concept: string): string[] {
  const tokens = tokenize(normalizeText(text).text);
  const hits = emptyHits(lex.names.length, tokens.count);
  findConcepts(tokens, lex, hits);
  return (hits.starts[lex.id(concept as never)] ?? []).map((t) => tokens.keys[t] ?? "");
}
