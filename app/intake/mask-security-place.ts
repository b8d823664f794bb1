import type { CompiledLexicon } from "./compile-lexicon.js";
import { hasConcept, removeHitsAt, type ConceptHits } from "./find-concepts.js";
import { AMBIGUOUS_PLACES } from "./lexicon/security-place.js";
import { sentenceAround } from "./token-queries.js";
import type { Tokens } from "./tokenize.js";

/** Review concepts whose phrases can swallow a place noun ("security check*" reads "security checkpoint"). */
const REVIEW_PHRASES = ["REVIEW", "REVIEW_STRONG", "GATE_SECURITY", "GATE"] as const;

/**
 * Drops review hits that end on a place right after "security" (lexicon/security-place.ts): "without going through the
 * security checkpoint", "visitors may not enter without going through the security gate" are site access; "security" stays
 * SECURITY, which rules read with SECURITY_PLACE after it as a place. "gate" and "office" only in a sentence about coming
 * and going on a site (PHYSICAL_MOVE): "bypass the security gate" stays a review skipped. Cheap: two presence bits first.
 */
export function maskSecurityPlace(tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits): void {
  const place = lex.id("SECURITY_PLACE");
  const security = lex.id("SECURITY");
  if (!hasConcept(hits, place) || !hasConcept(hits, security)) return;
  const move = lex.id("PHYSICAL_MOVE");
  const drop: Array<[number, number]> = [];
  for (const p of hits.starts[place] ?? []) {
    if (p === 0 || !hits.at.has(p - 1, security)) continue;
    if (AMBIGUOUS_PLACES.has(tokens.keys[p] ?? "") && !inSentence(tokens, hits, move, p)) continue;
    for (const name of REVIEW_PHRASES) {
      const c = lex.id(name);
      const ends = hits.ends[c] ?? [];
      for (let k = 0; k < ends.length; k++) if (ends[k] === p) drop.push([c, hits.starts[c]![k]!]);
    }
  }
  for (const [c, start] of drop) removeHitsAt(hits, c, start);
}

/** Whether concept `c` has a hit in the sentence around token i. */
function inSentence(tokens: Tokens, hits: ConceptHits, c: number, i: number): boolean {
  if (!hasConcept(hits, c)) return false;
  const { from, to } = sentenceAround(tokens, i);
  return (hits.starts[c] ?? []).some((s) => s >= from && s <= to);
}
