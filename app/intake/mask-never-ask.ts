import type { CompiledLexicon } from "./compile-lexicon.js";
import { hasConcept, removeHitsAt, type ConceptHits } from "./find-concepts.js";
import { sentenceAround } from "./token-queries.js";
import type { Tokens } from "./tokenize.js";

/**
 * Drops the secret words (SECRET) that follow a security-awareness "will never ask you for" (NEVER_ASK,
 * lexicon/never-ask.ts) in its sentence: "… will never ask you for your password, MFA code or recovery codes by email or
 * chat" names what must not be sent, so the rules do not read "recovery codes by email" as secrets sent out. Only after
 * the notice and only in its sentence: "We will never ask for your password. Please email her recovery codes to x@" keeps
 * the second sentence's. Cheap: two presence bits first.
 */
export function maskNeverAsk(tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits): void {
  const never = lex.id("NEVER_ASK");
  const secret = lex.id("SECRET");
  if (!hasConcept(hits, never) || !hasConcept(hits, secret)) return;
  const drop: number[] = [];
  for (const n of hits.starts[never] ?? []) {
    const { to } = sentenceAround(tokens, n);
    for (const s of hits.starts[secret] ?? []) if (s > n && s <= to) drop.push(s);
  }
  for (const s of drop) removeHitsAt(hits, secret, s);
}
