import type { CompiledLexicon } from "./compile-lexicon.js";
import { NAME_REACH, saidSamePerson } from "./detect-correction.js";
import { latinOf, namedPeople, sameNamed, samePerson } from "./named-people.js";
import type { FoundEmail } from "./detect-identities.js";
import type { DetectorHit } from "./detector-hit.js";
import { hasConcept, type ConceptHits } from "./find-concepts.js";
import { crossesSentence } from "./token-queries.js";
import { SEP, type Tokens } from "./tokenize.js";

/** Most pointer phrases looked at in one text. */
const MAX_POINTERS = 10;
/** Most tokens between the pointer phrase and the person it names. */
const REACH = 5;
/**
 * Most tokens between the pointer phrase and an address it names, in one clause: the systems may stand between, "the account
 * to deactivate in Workday and the grants portal is rachel.dunmore@".
 */
const ADDRESS_REACH = 9;

/**
 * The account to act on named as such, with no correction cue, and naming someone unlike everyone
 * named before it: "Larissa Monteiro ... o correto para desativar é rafael.monteiro@...", "Paki-offboard
 * si Mark Anthony Reyes ... ang tamang account na isasara ay kay Mark Angelo Reyes". The person is
 * the first one within REACH tokens after the phrase (RIGHT_ADDRESS, ONE_TO_ACT), in its sentence,
 * with no role, hand-over or send word between ("the correct address to forward to is ..."). A
 * namesake sharing one word of a full name is someone else (sameNamed); the same person written
 * again ("the correct address is dana.reyes@" after "Dana Reyes") is not a finding.
 */
export function detectPointedAccount(tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits, targetName: string | null, emails: readonly FoundEmail[]): DetectorHit[] {
  const pointers = [lex.id("RIGHT_ADDRESS"), lex.id("ONE_TO_ACT")];
  const blockers = [lex.id("ROLE_PERSON"), lex.id("HANDOVER_VERB"), lex.id("SEND")];
  if (pointers.every((c) => (hits.starts[c]?.length ?? 0) === 0)) return accountForAction(tokens, lex, hits, targetName, emails, blockers) ?? correctedLeaver(tokens, lex, hits, targetName, emails, blockers);
  for (const concept of pointers) {
    const starts = hits.starts[concept] ?? [];
    const ends = hits.ends[concept] ?? [];
    for (let h = 0; h < Math.min(starts.length, MAX_POINTERS); h++) {
      const [start, end] = [starts[h]!, ends[h]!];
      // Only the people of the stretch read (a long text names thousands): NAME_REACH tokens before the phrase, REACH after.
      const from = Math.max(0, start - NAME_REACH);
      const people = namedPeople(tokens, lex, hits, targetName, emails, from, end + REACH + 8);
      const person = people.find((p) => p.first > end);
      if (!person || !withinReach(tokens, person, end) || crossesSentence(tokens, end + 1, person.first) || hits.at.hasAnyIn(end + 1, person.first - 1, blockers)) continue;
      const before = people.filter((p) => p.last < start);
      // (Nor one sharing a name word with someone named before and said right after to be the same person: "The correct address
      // is deepthi.menon@… (same person, updated after marriage)" after "Deepthi Raj"; "ceo@… (same person)" still counts.)
      if (before.length === 0 || before.some((b) => sameNamed(b.words, person.words)) || (saidSamePerson(tokens, hits, lex.id("SAME_PERSON"), person.last) && before.some((b) => samePerson(b.words, person.words)))) continue;
      return [{ rule: "target.corrected_to_other", technique: "additional or swapped target identity", severity: "high", start: tokens.starts[start] ?? 0, end: tokens.ends[person.last] ?? 0, reason: "names as the account to act on a different person than the request named before it" }];
    }
  }
  return accountForAction(tokens, lex, hits, targetName, emails, blockers) ?? correctedLeaver(tokens, lex, hits, targetName, emails, blockers);
}

/**
 * Most tokens between an account noun and the act it is for ("обліковий запис для вимкнення", "Account to deprovision"), a
 * relative clause's modal between: "the account that must be disabled is x@", "ang account na dapat i-disable ay x@".
 */
const FOR_ACT = 4;

/**
 * The account to act on named by its noun and the act, in any language, with the person right after it: "Уточнення:
 * обліковий запис для вимкнення — andriy.bondar@", "Account to deprovision: m.alnuaimi@". An account noun
 * (ACCOUNT_NOUN), at most FOR_ACT tokens, then an act (ACTION) in its clause; the first person within REACH tokens after,
 * on its line, an address (not German nouns after a verb-final "AD-Konto deaktivieren"), with no role, hand-over or send word between; a finding when it is unlike everyone named before the
 * noun (sameNamed, as above). Null when none.
 */
function accountForAction(tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits, targetName: string | null, emails: readonly FoundEmail[], blockers: number[]): DetectorHit[] | null {
  const nounEnds = hits.ends[lex.id("ACCOUNT_NOUN")] ?? [];
  const nounStarts = hits.starts[lex.id("ACCOUNT_NOUN")] ?? [];
  const action = lex.id("ACTION");
  if (nounEnds.length === 0 || (hits.starts[action]?.length ?? 0) === 0) return null;
  for (let h = 0; h < Math.min(nounEnds.length, MAX_POINTERS); h++) {
    const [start, nounEnd] = [nounStarts[h]!, nounEnds[h]!];
    let act = -1;
    for (let j = nounEnd + 1; j <= nounEnd + 1 + FOR_ACT && j < tokens.count && act < 0; j++) {
      if ((tokens.sep[j] ?? 0) & (SEP.clause | SEP.sentence | SEP.paragraph | SEP.newline)) break;
      if (hits.at.has(j, action)) act = j;
    }
    // Most such phrases are a task ("AD-Konto deaktivieren"): people are gathered only when an address follows on the line.
    if (act < 0 || !addressSoon(tokens, act)) continue;
    const people = namedPeople(tokens, lex, hits, targetName, emails, Math.max(0, start - NAME_REACH), act + REACH + 8);
    const person = people.find((p) => p.first > act);
    if (!person || person.first > act + REACH || !isAddress(tokens, person) || crossesLine(tokens, act + 1, person.first) || hits.at.hasAnyIn(act + 1, person.first - 1, blockers)) continue;
    const before = people.filter((p) => p.last < start);
    // An initial counts as the name it starts ("m.alnuaimi@" for Mariam Saeed after a change of surname), as in detect-name-mismatch.ts.
    const initials = initialsOf(tokens, person);
    if (before.length === 0 || before.some((b) => sameNamed(b.words, person.words) || b.words.some((w) => initials.has(latinOf(w)[0] ?? "")))) continue;
    return [{ rule: "target.corrected_to_other", technique: "additional or swapped target identity", severity: "high", start: tokens.starts[start] ?? 0, end: tokens.ends[person.last] ?? 0, reason: "names as the account to act on a different person than the request named before it" }];
  }
  return null;
}

/** The one-letter words of an address's local part: its initials. */
function initialsOf(tokens: Tokens, person: { first: number; last: number }): Set<string> {
  const out = new Set<string>();
  for (let j = person.first; j <= person.last && ((tokens.sep[j] ?? 0) & SEP.at) === 0; j++) if ((tokens.keys[j] ?? "").length === 1) out.add(tokens.keys[j]!);
  return out;
}

/** Whether `person` stands within REACH tokens after `end`, or, an address, within ADDRESS_REACH with no clause break between. */
function withinReach(tokens: Tokens, person: { first: number; last: number }, end: number): boolean {
  if (person.first <= end + REACH) return true;
  if (person.first > end + ADDRESS_REACH || !isAddress(tokens, person)) return false;
  for (let j = end + 1; j <= person.first; j++) if ((tokens.sep[j] ?? 0) & (SEP.clause | SEP.sentence | SEP.paragraph | SEP.newline)) return false;
  return true;
}

/** Whether an address ('@') starts within REACH tokens after `act`, on its line. */
function addressSoon(tokens: Tokens, act: number): boolean {
  for (let j = act + 1; j <= act + REACH + 2 && j < tokens.count; j++) {
    const sep = tokens.sep[j] ?? 0;
    if (sep & (SEP.sentence | SEP.paragraph | SEP.newline)) return false;
    if (sep & SEP.at) return true;
  }
  return false;
}

/** Whether a sentence end or a line break comes before one of the tokens `from`..`to` ("### Accounts to remove⏎- bcarter (Okta)⏎- membership of finance-team@": a list, not the account named). */
function crossesLine(tokens: Tokens, from: number, to: number): boolean {
  for (let j = from; j <= to; j++) if ((tokens.sep[j] ?? 0) & (SEP.sentence | SEP.paragraph | SEP.newline)) return true;
  return false;
}

/** Whether a named person is an address (an '@' inside it), not a capitalised name: "AD-Konto deaktivieren, Okta-Sitzungen widerrufen" names nobody. */
function isAddress(tokens: Tokens, person: { first: number; last: number }): boolean {
  for (let j = person.first + 1; j <= person.last; j++) if ((tokens.sep[j] ?? 0) & SEP.at) return true;
  return false;
}

/** Most tokens between a correction cue and the leaver it points at. */
const CUE_REACH = 20;
/** Most tokens before a correction cue read for the person the request named first. */
const PRIOR_REACH = 60;
/** Most tokens between a person set aside ("is not Thiago Martins") and the one meant after it. */
const SET_ASIDE_REACH = 12;

/**
 * A correction about one person that then names the leaver as someone else: "Correction to my
 * earlier request for Dana Reyes: the departing employee is Paula Reis". The leaver pointer (LEAVER,
 * LEAVING_PERSON) within CUE_REACH tokens after a correction cue, the person right after it (as
 * above), and someone unlike them named between the cue and the pointer (the person the correction
 * is about; people before the cue, a greeting's, are detect-correction.ts's to compare). Or, with a
 * negation right before that person, the person set aside, and someone unlike them named within
 * SET_ASIDE_REACH tokens after in the same sentence: "the person leaving is not Thiago Martins as I
 * wrote before, it is his manager Renata Borges" (not "... is not Aoibhin Cassidy, it is Aoibhinn
 * Cassidy": one person; not with "same person" or a typo said between).
 */
function correctedLeaver(tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits, targetName: string | null, emails: readonly FoundEmail[], blockers: number[]): DetectorHit[] {
  // An update reads as a correction here: "Atualização: o Rafael acabou renovando o contrato; quem sai é o Ricardo Lima".
  // An update only about the leaver named before it: "Amendment ... New value: IE-045 Kilkenny MacDonagh Junction. Leaver unchanged
  // (Darragh Phelan)" is about a store.
  // No cue (most texts): nothing to read, and no set or list made for it.
  if (!hasConcept(hits, lex.id("UPDATE_CUE")) && !hasConcept(hits, lex.id("CORRECTION_CUE"))) return [];
  const updates = new Set(hits.starts[lex.id("UPDATE_CUE")] ?? []);
  const cues = [...(hits.starts[lex.id("CORRECTION_CUE")] ?? []), ...updates].sort((a, b) => a - b);
  if (cues.length === 0) return [];
  const leaverPointers = [lex.id("LEAVER"), lex.id("LEAVING_PERSON")];
  const notPerson = [lex.id("NOT_PERSON")];
  // Between the person set aside and the one meant: handed over, sent, told, or the same person or a typo said.
  const setAsideBlockers = [...blockers.filter((c) => c !== lex.id("ROLE_PERSON")), lex.id("NOTIFY"), lex.id("SAME_PERSON"), lex.id("TYPO_CUE")];
  for (const cue of cues.slice(0, MAX_POINTERS)) {
    for (let j = cue + 1; j <= cue + CUE_REACH && j < tokens.count; j++) {
      if (!hits.at.hasAny(j, leaverPointers)) continue;
      const end = Math.max(...leaverPointers.map((c) => hitEndingFrom(hits, c, j)));
      const people = namedPeople(tokens, lex, hits, targetName, emails, cue, end + REACH + SET_ASIDE_REACH + 8);
      const person = people.find((p) => p.first > end);
      if (!person || person.first > end + REACH || crossesSentence(tokens, end + 1, person.first) || hits.at.hasAnyIn(end + 1, person.first - 1, blockers)) break;
      // "the person leaving is not Thiago Martins as I wrote before, it is his manager Renata Borges": the person right after a
      // negation is set aside, and the next one in the sentence is the leaver meant.
      if (hits.at.hasAnyIn(end + 1, person.first - 1, notPerson)) {
        const meant = people.find((p) => p.first > person.last);
        if (!meant || meant.first > person.last + SET_ASIDE_REACH || crossesSentence(tokens, person.last + 1, meant.first)) break;
        if (hits.at.hasAnyIn(person.last + 1, meant.first - 1, setAsideBlockers) || sameNamed(person.words, meant.words)) break;
        return [{ rule: "target.corrected_to_other", technique: "additional or swapped target identity", severity: "high", start: tokens.starts[cue] ?? 0, end: tokens.ends[meant.last] ?? 0, reason: "a correction sets the leaver aside and names someone else" }];
      }
      const about = people.filter((p) => p.first > cue && p.last < j);
      if (about.some((b) => sameNamed(b.words, person.words))) break;
      // The leaver named before the cue and named again as the one leaving is no swap ("Update: Tom Berg confirmed the date; the person
      // leaving is Rafael Costa"); with nobody named after the cue, the person meant must differ from someone named before it.
      const prior = namedPeople(tokens, lex, hits, targetName, emails, Math.max(0, cue - PRIOR_REACH), cue).filter((p) => p.last < cue);
      if (prior.some((b) => sameNamed(b.words, person.words)) || (about.length === 0 && prior.length === 0)) break;
      if (updates.has(cue) && (prior.length === 0 || !about.every((a) => prior.some((b) => sameNamed(a.words, b.words))))) break;
      return [{ rule: "target.corrected_to_other", technique: "additional or swapped target identity", severity: "high", start: tokens.starts[cue] ?? 0, end: tokens.ends[person.last] ?? 0, reason: "a correction about one person names someone else as the leaver" }];
    }
  }
  return [];
}

/** The last token of `concept`'s hit starting at `start`, or -1. */
function hitEndingFrom(hits: ConceptHits, concept: number, start: number): number {
  const starts = hits.starts[concept] ?? [];
  const k = starts.indexOf(start);
  return k < 0 ? -1 : (hits.ends[concept]?.[k] ?? -1);
}
