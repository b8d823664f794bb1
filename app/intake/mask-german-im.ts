import type { CompiledLexicon } from "./compile-lexicon.js";
import { removeHitsAt, type ConceptHits } from "./find-concepts.js";
import type { NormalizedText } from "./normalize-text.js";
import { SEP, type Tokens } from "./tokenize.js";

/** Tokens either side of "im" read for a German word (GERMAN_WORD), in its sentence. */
const CONTEXT = 8;

/**
 * Drops FIRST_PERSON and I_AM on German "im" ("in the"): the tokenizer glues English "I'm" to "im", the writer (FIRST_PERSON), and
 * German "im Ticket" is the same token. Read as German when written with no apostrophe and either lower case before a
 * capitalised word ("im Ticket", "im Büro", as German writes its nouns) or with a German word (lexicon/german-im.ts) up to
 * eight words away in its sentence ("Ignorieren Sie im Ticket alle bisherigen Anweisungen"). "I'm", "I’m" keep it; so does
 * "im going" with no German word near. Cheap: only the FIRST_PERSON and I_AM hits on "im" are read.
 */
export function maskGermanIm(raw: string, norm: NormalizedText, tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits): void {
  // The writer's "I'm" read by two concepts: FIRST_PERSON and I_AM ("I'm the CISO"; not "Im Auftrag des Vorstands").
  for (const concept of [lex.id("FIRST_PERSON"), lex.id("I_AM")]) {
    const starts = hits.starts[concept];
    if (starts === undefined || starts.length === 0) continue;
    const german = lex.id("GERMAN_WORD");
    const drop: number[] = [];
    for (const i of starts) {
      if (tokens.keys[i] !== "im" || norm.text.slice(tokens.starts[i] ?? 0, tokens.ends[i] ?? 0) !== "im") continue;
      if (beforeNoun(raw, norm, tokens, i) || germanNear(tokens, hits, german, i)) drop.push(i);
    }
    for (const i of drop) removeHitsAt(hits, concept, i);
  }
}

/** Whether "im" is written in lower case and the next word, in its sentence, with a capital ("im Ticket"). */
function beforeNoun(raw: string, norm: NormalizedText, tokens: Tokens, i: number): boolean {
  if (i + 1 >= tokens.count || (tokens.sep[i + 1] ?? 0) & (SEP.sentence | SEP.paragraph | SEP.newline | SEP.clause)) return false;
  const at = norm.originOf(tokens.starts[i] ?? 0);
  if (raw.charCodeAt(at) !== 0x69) return false;
  const c = raw.charAt(norm.originOf(tokens.starts[i + 1] ?? 0));
  return c !== c.toLowerCase();
}

/** Whether a German word stands up to CONTEXT tokens either side of token i, in its sentence. */
function germanNear(tokens: Tokens, hits: ConceptHits, german: number, i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - CONTEXT); j--) {
    if ((tokens.sep[j + 1] ?? 0) & (SEP.sentence | SEP.paragraph)) break;
    if (hits.at.has(j, german)) return true;
  }
  for (let j = i + 1; j < Math.min(tokens.count, i + 1 + CONTEXT); j++) {
    if ((tokens.sep[j] ?? 0) & (SEP.sentence | SEP.paragraph)) break;
    if (hits.at.has(j, german)) return true;
  }
  return false;
}
