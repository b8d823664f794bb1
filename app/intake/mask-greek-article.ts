import type { CompiledLexicon } from "./compile-lexicon.js";
import { hasConcept, removeHitsAt, type ConceptHits } from "./find-concepts.js";
import type { NormalizedText } from "./normalize-text.js";
import { SEP, type Tokens } from "./tokenize.js";

const PHRASE_END = SEP.newline | SEP.paragraph | SEP.clause | SEP.sentence;

/**
 * Drops HER_HIS on Greek "της", "του", "τους" where it is the genitive article before a name (lexicon/homographs.ts
 * GREEK_ARTICLE): the next word capitalised in the raw text, in the same phrase ("ο λογαριασμός της Μαρίας", "του Νίκου"), or a
 * title ("της κ. Deborah Quinn", GREEK_TITLE). Someone named, not the leaver's own account: "ανακαλέσετε επίσης τις προσβάσεις της
 * κ. Deborah Quinn" acts on another person. "τον λογαριασμό της" (her account) and "τον λογαριασμό της στο Teams" keep HER_HIS.
 * Cheap: presence bits first.
 */
export function maskGreekArticle(raw: string, norm: NormalizedText, tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits): void {
  const article = lex.id("GREEK_ARTICLE");
  const herHis = lex.id("HER_HIS");
  if (!hasConcept(hits, article) || !hasConcept(hits, herHis)) return;
  const title = lex.id("GREEK_TITLE");
  const drop: number[] = [];
  for (const i of hits.starts[article] ?? []) {
    const next = i + 1;
    if (next >= tokens.count || !hits.at.has(i, herHis) || ((tokens.sep[next] ?? 0) & PHRASE_END) !== 0) continue;
    const c = raw[norm.originOf(tokens.starts[next] ?? 0)] ?? "";
    if (c !== c.toLowerCase() || hits.at.has(next, title)) drop.push(i);
  }
  for (const i of drop) removeHitsAt(hits, herHis, i);
}
