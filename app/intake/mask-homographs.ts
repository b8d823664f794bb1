import type { CompiledLexicon } from "./compile-lexicon.js";
import { removeHitsAt, type ConceptHits } from "./find-concepts.js";
import type { Tokens } from "./tokenize.js";

/**
 * Drops the concept hits a word's other reading rules out, before any rule reads them (lexicon/homographs.ts):
 * - WITHOUT where SIN_POSSESSIVE starts: Swedish, Norwegian and Danish "sin" is "his/her own", not Spanish "without"
 *   ("säkerhetsavdelningen gör sin vanliga granskning" waives no review);
 * - HR_RECORD written as a ticket key, the word joined by '-' or '#' to a number ("the previous ticket (HR-48190) had
 *   the wrong employee ID"): it names a ticket, not HR's record of the leaver.
 * Cheap on texts it does not apply to: two presence bits tested.
 */
export function maskHomographs(text: string, tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits): void {
  const sin = lex.id("SIN_POSSESSIVE");
  const without = lex.id("WITHOUT");
  if (has(hits, sin) && has(hits, without)) for (const start of [...(hits.starts[sin] ?? [])]) if (hits.at.has(start, without)) removeHitsAt(hits, without, start);
  const record = lex.id("HR_RECORD");
  if (!has(hits, record)) return;
  for (const start of [...(hits.starts[record] ?? [])]) if (ticketKey(text, tokens, start)) removeHitsAt(hits, record, start);
}

const has = (hits: ConceptHits, c: number) => c >= 0 && ((hits.present[c >> 5] ?? 0) & (1 << (c & 31))) !== 0;

/** Whether token `i` is joined by '-' or '#' to a number that follows it ("HR-48190", "hr#2231"). */
function ticketKey(text: string, tokens: Tokens, i: number): boolean {
  if (i + 1 >= tokens.count) return false;
  const end = tokens.ends[i] ?? 0;
  const sep = text.charCodeAt(end);
  return (sep === 0x2d || sep === 0x23) && tokens.starts[i + 1] === end + 1 && /^\d+$/.test(tokens.keys[i + 1] ?? "");
}
