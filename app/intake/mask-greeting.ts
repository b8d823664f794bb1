import type { CompiledLexicon } from "./compile-lexicon.js";
import { hasConcept, removeHitsAt, type ConceptHits } from "./find-concepts.js";
import { SEP, type Tokens } from "./tokenize.js";

/** Concepts that read "everyone", "all staff"... as the people acted on. */
const EVERYONE_CONCEPTS = ["ALL_PEOPLE", "ALL_SCOPE"] as const;
const LINE_START = SEP.newline | SEP.paragraph;
const PHRASE_END = SEP.newline | SEP.paragraph | SEP.clause | SEP.sentence;

/**
 * Drops "everyone" read as people acted on where it is the addressee of a greeting that opens a line ("Hi everyone,",
 * "Hello everybody!"): the people the message is written to, not people to offboard. "Subject: same-day termination,
 * Ward 4A / Hi everyone, / Staff nurse ..." asked for no one but the leaver. The greeting must start its line (or the
 * text) and end its phrase right after the addressee; "hi, please disable everyone in the group" keeps it. Cheap: a
 * presence bit first.
 */
export function maskGreeting(tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits): void {
  const salutation = lex.id("SALUTATION");
  if (!hasConcept(hits, salutation)) return;
  for (const name of EVERYONE_CONCEPTS) {
    const c = lex.id(name);
    if (!hasConcept(hits, c)) continue;
    const starts = hits.starts[c] ?? [];
    const ends = hits.ends[c] ?? [];
    const drop: number[] = [];
    for (let k = 0; k < starts.length; k++) {
      const i = starts[k]!;
      if (i === 0 || !hits.at.has(i - 1, salutation)) continue;
      const opensLine = i - 1 === 0 || ((tokens.sep[i - 1] ?? 0) & LINE_START) !== 0;
      const end = ends[k]!;
      const closes = end + 1 >= tokens.count || ((tokens.sep[end + 1] ?? 0) & PHRASE_END) !== 0;
      if (opensLine && closes) drop.push(i);
    }
    for (const i of drop) removeHitsAt(hits, c, i);
  }
}
