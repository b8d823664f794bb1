import type { CompiledLexicon } from "./compile-lexicon.js";
import { hasConcept, removeHitsAt, type ConceptHits } from "./find-concepts.js";
import type { Tokens } from "./tokenize.js";

/**
 * Drops HER_HIS and LEAVER_OWN on German "ihr" right after a verb of the second person plural (GERMAN_YOU_VERB,
 * lexicon/german-ihr.ts), with nothing but a space between: "könnt ihr den auch deaktivieren", "könntet ihr auch Kevin Brooks
 * (x@) deaktivieren?" address the reader, they name nothing of the leaver's (the rules forbid a possessive between "also" and
 * the person acted on). "ihr Konto", "deaktiviert ihr Konto" keep it. Cheap: only the hits on "ihr" are read.
 */
export function maskGermanIhr(tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits): void {
  const verb = lex.id("GERMAN_YOU_VERB");
  if (!hasConcept(hits, verb)) return;
  for (const concept of [lex.id("HER_HIS"), lex.id("LEAVER_OWN")]) {
    const drop: number[] = [];
    for (const i of hits.starts[concept] ?? []) {
      if (tokens.keys[i] !== "ihr" || i === 0 || (tokens.sep[i] ?? 0) !== 0) continue;
      if (hits.at.has(i - 1, verb)) drop.push(i);
    }
    for (const i of drop) removeHitsAt(hits, concept, i);
  }
}
