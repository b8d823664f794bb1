import type { CompiledLexicon } from "./compile-lexicon.js";
import type { ConceptHits } from "./find-concepts.js";
import { crossesSentence } from "./token-queries.js";
import { SEP, type Tokens } from "./tokenize.js";

/**
 * What the words around an address say about it, for detect-identities.ts: a target position before
 * or after it ("disable x@", "x@ should also be deactivated"), a hand-over that makes it a recipient,
 * words that name it outside the organisation. Each reads a few tokens either side, within the sentence.
 */

const CONTEXT_BEFORE = 6;
const CONTEXT_AFTER = 5;

/** The concepts read around an address, by lexicon: resolved once, not per text. */
export interface ContextConcepts {
  /** Concepts that put the address after them in a target position, and those that end such a context. */
  before: number[];
  between: number[];
  action: number;
  /** A time or condition clause after the address ("before the account is deleted"): its action is the clause's, not the address's. */
  clause: number;
  /** A hand-over before the address ("delegated to her manager, Tom Kaczmarek (x@)"): the address receives; an action after it is done to what was handed over. */
  handover: number;
  /** What an address does itself or is, right after it ("x@ takes over the build keys", "x@ (his manager) will collect"): see actsItself. */
  itself: number[];
  /** A genitive postposition and "also" (verb-last languages): see alsoAfterGenitive. */
  genitiveAlso: [genitive: number, also: number];
}
const CONTEXT_CONCEPTS = new WeakMap<CompiledLexicon, ContextConcepts>();
export function contextConcepts(lex: CompiledLexicon): ContextConcepts {
  let ids = CONTEXT_CONCEPTS.get(lex);
  if (ids === undefined) {
    ids = {
      before: ["ACTION", "PERSON_ACTION", "TARGET_NOUN", "SWAP"].map((c) => lex.id(c as never)),
      between: ["HER_HIS", "FROM", "HANDOVER_VERB", "ROLE_PERSON", "NOTIFY"].map((c) => lex.id(c as never)),
      action: lex.id("ACTION"),
      clause: lex.id("CONDITION_LEAD" as never),
      handover: lex.id("HANDOVER_VERB" as never),
      itself: ["TAKES_OVER", "ROLE_PERSON"].map((c) => lex.id(c as never)),
      genitiveAlso: [lex.id("GENITIVE_POST" as never), lex.id("ALSO" as never)],
    };
    CONTEXT_CONCEPTS.set(lex, ids);
  }
  return ids;
}

/** Tokens between an address and the words that name it outside: "to his new firm email x@", "x@ (his new employer)". */
const OUTSIDE_BEFORE = 5;
const OUTSIDE_AFTER = 4;

/**
 * Whether the text names the address, in its sentence, as a personal mailbox or an outside party's
 * ("her personal address x@", "x@, endereço pessoal", "x@ (his new employer)"): outside the
 * organisation whatever its domain.
 */
export function namedOutside(tokens: Tokens, hits: ConceptHits, concept: number, first: number, last: number): boolean {
  const starts = hits.starts[concept];
  const ends = hits.ends[concept];
  if (starts === undefined || ends === undefined) return false;
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k] ?? -1;
    const e = ends[k] ?? -1;
    if (e < first && first - e - 1 <= OUTSIDE_BEFORE && !crossesSentence(tokens, e + 1, first)) return true;
    if (s > last && s - last - 1 <= OUTSIDE_AFTER && !crossesSentence(tokens, last + 1, s)) return true;
  }
  return false;
}

export function contextBefore(tokens: Tokens, hits: ConceptHits, first: number, wanted: number[], blockers: number[]): boolean {
  for (let j = first - 1; j >= Math.max(0, first - CONTEXT_BEFORE); j--) {
    if ((tokens.sep[j + 1] ?? 0) & (SEP.sentence | SEP.paragraph)) return false;
    if (hits.at.hasAny(j, wanted)) return true;
    if (hits.at.hasAny(j, blockers)) return false;
  }
  return false;
}

/** Tokens after a genitive postposition looked at for "also", and after "also" for the action. */
const ALSO_AFTER_GENITIVE = 2;
const ACTION_AFTER_ALSO = 4;

/**
 * Verb-last languages: the address, a genitive postposition right after it, "also" a word or two later and an action
 * word after that, in one clause: hi "pankaj.saini@… का भी एक्सेस हटा दें" (remove pankaj.saini@'s access too), ur
 * "x@ کی رسائی بھی ختم کر دیں". Not the address's own doing without the genitive ("x@ भी एक्सेस हटा देंगे", x@ will
 * remove access too), nor "also" without an action after it.
 */
export function alsoAfterGenitive(tokens: Tokens, hits: ConceptHits, last: number, [genitive, also]: readonly number[], action: number): boolean {
  const g = last + 1;
  if (g >= tokens.count || (tokens.sep[g] ?? 0) & (SEP.sentence | SEP.paragraph | SEP.clause) || !hits.at.has(g, genitive ?? -1)) return false;
  for (let a = g + 1; a <= Math.min(tokens.count - 1, g + ALSO_AFTER_GENITIVE); a++) {
    if ((tokens.sep[a] ?? 0) & (SEP.sentence | SEP.paragraph | SEP.clause)) return false;
    if (!hits.at.has(a, also ?? -1)) continue;
    for (let j = a + 1; j <= Math.min(tokens.count - 1, a + ACTION_AFTER_ALSO); j++) {
      if ((tokens.sep[j] ?? 0) & (SEP.sentence | SEP.paragraph | SEP.clause)) return false;
      if (hits.at.has(j, action)) return true;
    }
    return false;
  }
  return false;
}

/** Tokens before an address looked at for a hand-over that makes it the recipient. */
const HANDED_TO_BEFORE = 8;

/**
 * Whether the address receives something handed over in its sentence: "her mailbox should be delegated to her manager,
 * Tom Kaczmarek (x@), for 30 days, then deleted" deletes the mailbox, not x@ (not "forward her mail to Tom; x@ should
 * also be deleted": the hand-over in another clause ended by ';').
 */
export function handedTo(text: string, tokens: Tokens, hits: ConceptHits, first: number, handover: number): boolean {
  for (let j = first - 1; j >= Math.max(0, first - HANDED_TO_BEFORE); j--) {
    const sep = tokens.sep[j + 1] ?? 0;
    if (sep & (SEP.sentence | SEP.paragraph | SEP.newline)) return false;
    if (sep & SEP.clause && /[;；]/.test(text.slice(tokens.ends[j] ?? 0, tokens.starts[j + 1] ?? 0))) return false;
    if (hits.at.has(j, handover)) return true;
  }
  return false;
}

/**
 * "ceo@example.com should also be deactivated": an action in the past participle right after the address; not one in a
 * time clause that follows it ("transfer his folder to his manager (x@) before the account is deleted").
 */
export function contextAfter(tokens: Tokens, hits: ConceptHits, last: number, action: number, clause: number): boolean {
  for (let j = last + 1; j < Math.min(tokens.count, last + 1 + CONTEXT_AFTER); j++) {
    if ((tokens.sep[j] ?? 0) & (SEP.sentence | SEP.paragraph) || hits.at.has(j, clause)) return false;
    if (hits.at.has(j, action) && /(ed|en)$/.test(tokens.keys[j] ?? "")) return true;
  }
  return false;
}

/** Tokens after an address read for what it does itself. */
const ITSELF_AFTER = 3;

/**
 * Whether the address is the subject of what follows it, or named in a role right after it, in its clause: "disable
 * elliot.shaw@…; ryan.cho@… takes over the build keys", "ryan.cho@… (his manager) will collect the laptop", "ryan.cho@…
 * reprend ses dossiers" (TAKES_OVER, ROLE_PERSON). Such an address takes over or collects; it is no account to act on. A role
 * word only in brackets opened right after the address ("x@ for the handover window" is no role); not an action word
 * first ("b@ should be disabled, the manager knows"), nor a possessive ("b@ (her manager's old account)").
 */
export function actsItself(tokens: Tokens, hits: ConceptHits, last: number, [takesOver, role]: number[], action: number): boolean {
  // A role only in brackets right after the address ("x@ (his manager)"; not "x@ for the handover window").
  const bracketed = ((tokens.sep[last + 1] ?? 0) & SEP.open) !== 0;
  for (let j = last + 1; j < Math.min(tokens.count, last + 1 + ITSELF_AFTER); j++) {
    if ((tokens.sep[j] ?? 0) & (SEP.sentence | SEP.paragraph | SEP.clause) || hits.at.has(j, action)) return false;
    if (tokens.possessive.has(j)) continue;
    if (hits.at.has(j, takesOver ?? -1) || (bracketed && hits.at.has(j, role ?? -1))) return true;
  }
  return false;
}
