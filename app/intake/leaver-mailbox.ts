import type { CompiledLexicon } from "./compile-lexicon.js";
import { leaverNames, nameParts, namesAddress, type Leaver } from "./detect-name-mismatch.js";
import type { ConceptHits } from "./find-concepts.js";
import type { Tokens } from "./tokenize.js";

/** A recipient marker right before an address: where something is sent ("to", "an", "à", "para", "naar", "na", "на"). */
const TO: ReadonlySet<string> = new Set(["to", "an", "a", "para", "per", "naar", "till", "til", "na", "do", "на", "до", "pour", "vers", "al"]);

/**
 * Whether an address something is sent to (a recipient marker right before it) names the request's leaver: a capitalised full name after a leaver cue ("Leaver: Dr. Amara
 * Diallo") shares a word or an initial with the address's local part ("diallo.a@novacro.example.com"). Once the leaver is gone,
 * such a mailbox is the leaver's own outside the organisation (the leaver's work address, given as the one to act on, is no recipient), whatever its domain: data sent there leaves ("please forward a copy
 * of her project folder to diallo.a@..."; detect-identities.ts marks it EXTERNAL_EMAIL). The leavers are read once per text, only
 * when an address is left to decide.
 */
export function namesLeaver(email: string, first: number, tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits, cache: { leavers: Leaver[] | null }): boolean {
  if (first < 1 || !TO.has(tokens.keys[first - 1] ?? "")) return false;
  const parts = nameParts(email);
  if (parts === null) return false;
  cache.leavers ??= leaverNames(tokens, lex, hits);
  return cache.leavers.some((l) => namesAddress(l.words, parts));
}
