import type { CompiledLexicon } from "./compile-lexicon.js";
import { NAME_REACH } from "./detect-correction.js";
import type { FoundEmail } from "./detect-identities.js";
import type { DetectorHit } from "./detector-hit.js";
import type { ConceptHits } from "./find-concepts.js";
import { namedPeople, sameNamed, type Named } from "./named-people.js";
import { crossesSentence } from "./token-queries.js";
import type { Tokens } from "./tokenize.js";

/** Most redirect phrases looked at in one text. */
const MAX_REDIRECTS = 10;
/** Most tokens between the redirect phrase and the person it names, and between an action and that person's address. */
const REACH = 3;
const ACT_REACH = 4;
/** Most tokens after the person within which their address is acted on (this sentence or the next). */
const ADDRESS_REACH = 30;

/**
 * The request moved on to someone else and that person's account acted on, with no correction word: "Ticket for Samuel
 * Park re-routed to Jin Lee; please disable jin.lee@...", "La solicitud de salida de Jorge Ramos se ha reasignado a Pablo
 * Ortiz; por favor, desactivad la cuenta pablo.ortiz@...". After a REDIRECTED phrase, the person named within REACH
 * tokens (in its sentence, not "Jin Lee's team"), unlike everyone named before it (someone must be), and an address of
 * that person with an action (ACTION, PERSON_ACTION) within ACT_REACH tokens before or after it, in that sentence or the
 * next, with no hand-over, send or role word between. Not the ticket handed to a colleague who processes it ("reassigned
 * to Tom Berg in IT, who will process it"), nor the leaver's own account acted on after the redirect.
 */
export function detectRedirected(tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits, targetName: string | null, emails: readonly FoundEmail[]): DetectorHit[] {
  const starts = hits.starts[lex.id("REDIRECTED")];
  if (starts === undefined || starts.length === 0 || emails.length === 0) return [];
  const ends = hits.ends[lex.id("REDIRECTED")] ?? [];
  const actions = [lex.id("ACTION"), lex.id("PERSON_ACTION")];
  const blockers = [lex.id("ROLE_PERSON"), lex.id("HANDOVER_VERB"), lex.id("SEND")];
  for (let h = 0; h < Math.min(starts.length, MAX_REDIRECTS); h++) {
    const [start, end] = [starts[h]!, ends[h]!];
    const people = namedPeople(tokens, lex, hits, targetName, emails, Math.max(0, start - NAME_REACH), end + ADDRESS_REACH);
    const person = people.find((p) => p.first > end);
    if (!person || person.first > end + REACH || crossesSentence(tokens, end + 1, person.first) || tokens.possessive.has(person.last) || hits.at.hasAnyIn(end + 1, person.first - 1, blockers)) continue;
    const before = people.filter((p) => p.last < start);
    if (before.length === 0 || before.some((b) => sameNamed(b.words, person.words))) continue;
    const acted = people.find((p) => p.first >= person.first && p.first <= person.last + ADDRESS_REACH && isAddress(p, emails, tokens) && sameNamed(p.words, person.words) && actedOn(tokens, hits, p, actions, blockers))
      ?? accountByName(tokens, lex, hits, person, actions, blockers);
    if (!acted || sentencesBetween(tokens, person.last, acted.first) > 1) continue;
    return [{ rule: "target.corrected_to_other", technique: "additional or swapped target identity", severity: "high", start: tokens.starts[start] ?? 0, end: tokens.ends[acted.last] ?? 0, reason: "moves the request on to another person and acts on that person's account" }];
  }
  return [];
}

function isAddress(p: Named, emails: readonly FoundEmail[], tokens: Tokens): boolean {
  const at = tokens.starts[p.first] ?? -1;
  return emails.some((e) => e.start === at);
}

/** An action within ACT_REACH tokens before the address or after it, in its sentence, with no blocker between. */
function actedOn(tokens: Tokens, hits: ConceptHits, p: Named, actions: number[], blockers: number[]): boolean {
  for (let j = p.first - 1; j >= Math.max(0, p.first - ACT_REACH); j--) {
    if (crossesSentence(tokens, j + 1, p.first) || hits.at.hasAny(j, blockers)) break;
    if (hits.at.hasAny(j, actions)) return true;
  }
  for (let j = p.last + 1; j <= p.last + ACT_REACH && j < tokens.count; j++) {
    if (crossesSentence(tokens, p.last + 1, j) || hits.at.hasAny(j, blockers)) break;
    if (hits.at.hasAny(j, actions)) return true;
  }
  return false;
}

/**
 * The person's account named by a word of their name with a possessive and an account noun, and acted on: "his laptop and email were
 * reassigned to priya.nair@..., so pls run the offboarding on Priya's account" (not "Priya's team", not "send it to Priya's mailbox").
 */
function accountByName(tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits, person: Named, actions: number[], blockers: number[]): Named | undefined {
  const names = new Set(person.words.map((w) => w.toLowerCase()).filter((w) => w.length >= 3));
  const noun = lex.id("ACCOUNT_NOUN");
  for (let j = person.last + 1; j <= person.last + ADDRESS_REACH && j + 1 < tokens.count; j++) {
    if (!tokens.possessive.has(j) || !names.has(tokens.keys[j] ?? "") || !hits.at.has(j + 1, noun)) continue;
    const p = { first: j, last: j + 1, words: [tokens.keys[j]!] };
    if (actedOn(tokens, hits, p, actions, blockers)) return p;
  }
  return undefined;
}

/** How many sentence ends lie between tokens `from` and `to`. */
function sentencesBetween(tokens: Tokens, from: number, to: number): number {
  let n = 0;
  for (let j = from + 1; j <= to; j++) if (crossesSentence(tokens, j, j)) n++;
  return n;
}
