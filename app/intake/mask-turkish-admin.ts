import type { CompiledLexicon } from "./compile-lexicon.js";
import { removeHitsAt, type ConceptHits } from "./find-concepts.js";
import { SEP, type Tokens } from "./tokenize.js";

/** Words before Turkish "yöneticisi" that make it a job title, "administrator of …", not the leaver's manager. */
// (Not "IT yöneticisi", "güvenlik yöneticisi": an IT or security manager, who may well be the leaver's manager or an approver.)
const SYSTEMS = new Set(["sistem", "sistemler", "ag", "veritabani", "sunucu", "uygulama"]);

/**
 * Drops the manager readings of Turkish "yöneticisi" (LEAVER_BOSS, ROLE_PERSON, APPROVER_PARTY: "Yöneticisi: Levent Şimşek",
 * "her manager") where a word for systems stands right before it: "sistem yöneticisi Kaan Aydoğan (kaan.aydogan@…)" is a
 * system administrator, the leaver himself, not his manager (training author t46: the parser set the leaver's only address
 * aside as the manager's, and the filter read his own domain admin login as another account). Used by the filter
 * (mask-homographs.ts) and by the parser (extract-fields.ts), each with its own lexicon; a concept that lexicon lacks is skipped.
 */
export function maskTurkishAdmin(tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits): void {
  for (const name of ["LEAVER_BOSS", "ROLE_PERSON", "APPROVER_PARTY"] as const) {
    const concept = lex.id(name);
    const starts = concept >= 0 ? hits.starts[concept] : undefined;
    if (starts === undefined || starts.length === 0) continue;
    const drop: number[] = [];
    for (const i of starts) {
      if (i === 0 || tokens.keys[i] !== "yoneticisi" || (tokens.sep[i] ?? 0) & (SEP.sentence | SEP.paragraph | SEP.newline | SEP.clause)) continue;
      if (SYSTEMS.has(tokens.keys[i - 1] ?? "")) drop.push(i);
    }
    for (const i of drop) removeHitsAt(hits, concept, i);
  }
}
