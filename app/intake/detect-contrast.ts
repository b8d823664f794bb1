import type { CompiledLexicon } from "./compile-lexicon.js";
import type { FoundEmail } from "./detect-identities.js";
import { MAX_CUES } from "./detect-correction.js";
import { latinOf, samePerson, withinTwoEdits } from "./named-people.js";
import type { DetectorHit } from "./detector-hit.js";
import type { ConceptHits } from "./find-concepts.js";
import type { NormalizedText } from "./normalize-text.js";
import { addressWrittenOut, contrastsNeighbour } from "./contrast-neighbour.js";
import { PARTICLES, PersonReader, type Contrasted } from "./person-reader.js";
import { sentenceAround } from "./token-queries.js";
import { SEP, type Tokens } from "./tokenize.js";

/** How far before a contrast its correction cue may stand (tokens), and how far apart the two people may be. */
const CUE_REACH = 60;
const PAIR_REACH = 16;
/** With no cue, "not X but Y": most tokens from the negation to the "but", from X to the "but" ("not Ana Lima who is leaving but"), and from the "but" to Y. */
const BUT_AFTER_NEGATION = 12;
const BUT_AFTER_PERSON = 5;
const BUT_BEFORE_PERSON = 4;
/** "in", "at", "of" before a place or unit: a person placed somewhere of their own ("Henrika Aalto in QA", "Anna Berg im Lager Ulm", "Rahul Verma of Litigation"). */
const IN_PLACE = new Set(["in", "at", "of", "im", "bei", "dans", "au", "en", "em", "nel", "nella", "w", "в", "у", "på", "bij", "op"]);
/** Prepositions that make the next person a recipient ("the files go to Elaine Brooks"), not a target. */
const TO_SOMEONE = new Set(["to", "an", "naar", "till", "dla", "для", "à"]);

/** What a concept without hits reads as (one shared list: the lists read here are never written). */
const NO_HITS: readonly number[] = [];

/**
 * A correction that contrasts two people: "it's not Ana Lima who's leaving, it's her supervisor
 * Carla Nunes (cnunes@...)", "no es Luis Ortega Marín, es Luis Ortiz Navarro (lortiz@...)",
 * "정하늘 님 대신 윤재성 팀장님 계정을 삭제해 주세요". After a correction cue, a person set aside by a
 * negation or replacement ("not", "no es", "instead of", "대신") and, in the same sentence, another
 * person given with an address (or both as Korean names with an honorific) who is not the same
 * person: not a typo fix (one or two edits, or the same surname), unless the one set aside is said
 * to stay ("niet om Pieter van den Berg - die blijft gewoon": two people). Not a finding when the
 * contrast is about someone in a role beside the leaver ("her manager is Kai Lee, not Tom Berg") or
 * about whom something is handed to ("send the laptop to Kai Lee, not Tom Berg").
 */
export function detectContrast(raw: string, norm: NormalizedText, tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits, emails: readonly FoundEmail[]): DetectorHit[] {
  // An update to an earlier request ("Atualização do pedido anterior:") cues a contrast too (not a bare correction: detectCorrection).
  const corrections = hits.starts[lex.id("CORRECTION_CUE")] ?? NO_HITS;
  const updates = hits.starts[lex.id("UPDATE_CUE")] ?? NO_HITS;
  // A mistake owned up to ("w formularzu wkradł się błąd", "नाम गलत चला गया") cues a contrast too.
  const mistakes = hits.starts[lex.id("MISTAKE_CUE")] ?? NO_HITS;
  // A typo owned up to ("Small typo: it's Marta Kovač not Marija Kovač") cues one too: a near-namesake is still another person (sameName).
  const typos = hits.starts[lex.id("TYPO_CUE")] ?? NO_HITS;
  const cues = updates.length === 0 && mistakes.length === 0 && typos.length === 0 ? corrections : [...corrections, ...updates, ...mistakes, ...typos].sort((a, b) => a - b);
  // "not X but Y" is a correction by itself: the "but" right after the person set aside stands for the cue.
  const but = lex.id("CONTRAST_BUT");
  const buts = hits.starts[but] ?? NO_HITS;
  if (cues.length === 0 && buts.length === 0) return [];
  const before = hits.starts[lex.id("NOT_PERSON")] ?? NO_HITS;
  const beforeEnds = hits.ends[lex.id("NOT_PERSON")] ?? NO_HITS;
  const after = hits.starts[lex.id("NOT_PERSON_AFTER")] ?? NO_HITS;
  if (before.length === 0 && after.length === 0 && !(cues.length > 0 && (hits.starts[lex.id("NOT_THIS")] ?? NO_HITS).length > 0)) return [];
  const role = [lex.id("ROLE_PERSON")];
  const handover = [lex.id("HANDOVER_VERB")];
  const handoverOrRole = [...role, ...handover];
  const relation = [lex.id("HER_HIS"), ...role];
  const stays = [lex.id("STAYS")];
  const until = [lex.id("UNTIL")];
  const priorMessage = [lex.id("PRIOR"), lex.id("I_SENT"), lex.id("FIRST_PERSON")];
  const fromWord = [lex.id("FROM"), lex.id("HR_RECORD")];
  // A token written with a capital first letter in the raw text ("in QA", "im Lager Ulm"), not "in the form".
  const capitalised = (j: number): boolean => {
    const c = raw[norm.originOf(tokens.starts[j] ?? 0)] ?? "";
    return c !== c.toLowerCase();
  };
  // Negations are common words: only those within reach after a cue, or with a "but" soon after them,
  // are read (cues, "but"s and negations are sorted by token, so pointers walk them), at most MAX_CUES
  // of each kind. Those read for a "but" alone are marked: their pair must have the "but" between.
  const uncued = new Set<number>();
  const afterCue = (negs: readonly number[]): number[] => {
    const out: number[] = [];
    let c = -1;
    let b = 0;
    for (let k = 0; k < negs.length && out.length < MAX_CUES; k++) {
      const neg = negs[k]!;
      while (c + 1 < cues.length && cues[c + 1]! < neg) c++;
      if (c >= 0 && neg - cues[c]! <= CUE_REACH) out.push(k);
      else {
        while (b < buts.length && buts[b]! < neg) b++;
        if (b < buts.length && buts[b]! - neg <= BUT_AFTER_NEGATION) {
          out.push(k);
          uncued.add(neg);
        }
      }
    }
    return out;
  };
  const negBefore = afterCue(before);
  const negAfter = afterCue(after);
  // The bare negation set aside before an address (NOT_THIS: Finnish "ei", Romanian "nu", Swahili "si", Greek "όχι", too
  // common to be NOT_PERSON) after a cue, with the "but" still required: "Korjaus: ei dana.reyes@... vaan mark.olsen@...".
  const bare = bareNegations(hits, lex, cues, before);
  if (negBefore.length === 0 && negAfter.length === 0 && bare.length === 0) return [];
  const xs: Contrasted[] = [];
  // The persons set aside with no cue: only a "but" between them and the other person makes the contrast.
  const needsBut = new Set<Contrasted>();
  // The negation before each person set aside ("not Liverpool Speke"), -1 for one after ("Tom değil").
  const negOf: number[] = [];
  const reader = new PersonReader(raw, norm, tokens, emails);
  for (const k of negBefore) {
    const x = reader.after(beforeEnds[k]!, (j) => hits.at.hasAny(j, relation));
    if (x) xs.push(x), negOf.push(before[k]!);
    if (x && uncued.has(before[k]!)) needsBut.add(x);
  }
  for (const neg of bare) {
    const x = reader.after(neg, (j) => hits.at.hasAny(j, relation));
    if (!x || !x.addressed || x.first !== neg + 1) continue;
    xs.push(x), negOf.push(neg);
    needsBut.add(x);
  }
  for (const k of negAfter) {
    const x = reader.before(after[k]!);
    if (x) xs.push(x), negOf.push(-1);
    if (x && uncued.has(after[k]!)) needsBut.add(x);
  }
  for (const [i, x] of xs.entries()) {
    // One capitalised word ("not Amelia") is a person only when the text names them in full elsewhere ("Leaver - Amelia Brooks"): not "not December".
    if (!x.addressed && x.words.length < 2 && !reader.namedInFull(x.words[0] ?? "", x.first)) continue;
    const { from, to } = sentenceAround(tokens, x.first, x.last, SEP.sentence | SEP.paragraph | SEP.newline);
    for (const y of reader.peopleIn(Math.max(from, x.first - PAIR_REACH), Math.min(to, x.last + PAIR_REACH))) {
      if (!y.addressed || (y.last >= x.first && y.first <= x.last)) continue;
      // "not X but Y": the "but" within a few words after X, and Y within a few words after it.
      if (needsBut.has(x) && (y.first <= x.last || !hits.at.hasAnyIn(Math.max(x.last + 1, y.first - BUT_BEFORE_PERSON), Math.min(x.last + BUT_AFTER_PERSON, y.first - 1), [but]))) continue;
      const [a, b] = y.first < x.first ? [y, x] : [x, y];
      // The contrast is about a role beside the leaver ("her manager is Kai Lee, not Tom Berg"; a role
      // right before the second person is an apposition: "it's her supervisor Carla Nunes"), or about
      // whom something goes to ("send the laptop to Kai Lee, not Tom Berg"; "Kai Lee takes over").
      if (leadsWith(tokens, hits, a.first, 4, role, 0) || leadsWith(tokens, hits, b.first, Math.min(4, b.first - a.last - 1), role, 1)) continue;
      if (hits.at.hasAnyIn(Math.max(from, a.first - 8), a.first - 1, handover) || hits.at.hasAnyIn(a.last + 1, b.first - 1, handover) || trailsWith(tokens, hits, a.last, 3, handoverOrRole) || trailsWith(tokens, hits, b.last, 3, handoverOrRole)) continue;
      if (TO_SOMEONE.has(tokens.keys[a.first - 1] ?? "") || TO_SOMEONE.has(tokens.keys[b.first - 1] ?? "")) continue;
      // "Ravi Menon on the shop team (ravi.m@...), not Ravi Mehta": the address stands for the name written out before it.
      if (samePeople(x, addressWrittenOut(reader, y, x, from) ?? y) && !saidToStay(tokens, hits, x.last, stays, until) && !placedApart(tokens, hits, x.last, fromWord, priorMessage, capitalised)) continue;
      // "Liverpool ONE (not Liverpool Speke)": a place told apart from its namesake, not a person from y.
      if (negOf[i]! >= 0 && contrastsNeighbour(tokens, reader, negOf[i]!, x, y, samePeople)) continue;
      return [{ rule: "target.corrected_to_other", technique: "additional or swapped target identity", severity: "high", start: tokens.starts[a.first] ?? 0, end: tokens.ends[b.last] ?? 0, reason: "a correction sets one person aside for a different one" }];
    }
  }
  return [];
}

/**
 * The one-word negations (NOT_THIS) within CUE_REACH after a correction cue that are no NOT_PERSON hit: read only for an
 * address right after them and a "but" before the other person (the caller checks both), at most MAX_CUES.
 */
function bareNegations(hits: ConceptHits, lex: CompiledLexicon, cues: readonly number[], notPerson: readonly number[]): number[] {
  const out: number[] = [];
  if (cues.length === 0) return out;
  const starts = hits.starts[lex.id("NOT_THIS")] ?? NO_HITS;
  const ends = hits.ends[lex.id("NOT_THIS")] ?? NO_HITS;
  let c = -1;
  for (let k = 0; k < starts.length && out.length < MAX_CUES; k++) {
    const neg = starts[k]!;
    if (ends[k] !== neg || notPerson.includes(neg)) continue;
    while (c + 1 < cues.length && cues[c + 1]! < neg) c++;
    if (c >= 0 && neg - cues[c]! <= CUE_REACH) out.push(neg);
  }
  return out;
}

/**
 * A concept among the `max` words right before token `at`, with no punctuation between ("her
 * manager is Kai Lee"), at least `skip` words before it (1: "manager is Kai Lee", not "manager Kai Lee").
 */
function leadsWith(tokens: Tokens, hits: ConceptHits, at: number, max: number, concepts: number[], skip: number): boolean {
  for (let j = at - 1; j >= 0 && j >= at - max; j--) {
    if ((tokens.sep[j + 1] ?? 0) !== 0) return false;
    if (at - 1 - j >= skip && hits.at.hasAny(j, concepts)) return true;
  }
  return false;
}

/** A concept among the `max` words right after token `at`, with no punctuation between ("Kai Lee takes over"). */
function trailsWith(tokens: Tokens, hits: ConceptHits, at: number, max: number, concepts: number[]): boolean {
  for (let j = at + 1; j < tokens.count && j <= at + max; j++) {
    if (((tokens.sep[j] ?? 0) & ~SEP.close) !== 0) return false;
    if (hits.at.hasAny(j, concepts)) return true;
  }
  return false;
}

/** Within six words after the person set aside, that they stay ("- die blijft gewoon", "Kamil zostaje"), not "stays until Friday". */
function saidToStay(tokens: Tokens, hits: ConceptHits, last: number, stays: number[], until: number[]): boolean {
  for (let j = last + 1; j < tokens.count && j <= last + 6; j++) {
    if ((tokens.sep[j] ?? 0) & SEP.paragraph) return false;
    if (hits.at.hasAny(j, stays)) return !hits.at.hasAnyIn(j + 1, j + 3, until);
  }
  return false;
}

/**
 * The person set aside is placed somewhere of their own right after the name: "not Henrik Dahle from the
 * Aarhus yard", "nie Katarzyna Zielonka z magazynu w Gliwicach", "не Милош Јовановић из магацина", "not Henrika Aalto
 * in QA" (a capitalised place or unit after "in"/"at"): a namesake who works elsewhere, not a misspelling (a misspelling works nowhere). Not "from the form I
 * sent", "from the earlier e-mail" (where the wrong name came from), not a date ("z dniem 30.11").
 */
function placedApart(tokens: Tokens, hits: ConceptHits, last: number, fromWord: number[], priorMessage: number[], capitalised: (j: number) => boolean): boolean {
  const at = last + 1;
  if (at >= tokens.count || (tokens.sep[at] ?? 0) !== 0) return false;
  // "from" (fromWord[0]), or "in"/"at" before a unit or place written with a capital: "not Henrika Aalto in QA" (not "in the
  // form", not "in Workday": HR's record, fromWord[1]).
  const from = hits.at.has(at, fromWord[0]!);
  if (!from && !(IN_PLACE.has(tokens.keys[at] ?? "") && at + 1 < tokens.count && capitalised(at + 1) && !hits.at.has(at + 1, fromWord[1]!))) return false;
  for (let j = at + 1; j <= at + 4 && j < tokens.count; j++) {
    if ((tokens.sep[j] ?? 0) & (SEP.sentence | SEP.paragraph)) break;
    if (hits.at.hasAny(j, priorMessage) || /\d/.test(tokens.keys[j] ?? "")) return false;
  }
  return true;
}

/** Two mentions of the same person: names or addresses alike (samePerson), or, between two full names, the same surname. */
function samePeople(x: Contrasted, y: Contrasted): boolean {
  for (const a of [x.words, x.alias]) for (const b of [y.words, y.alias]) if (a && b && a.length > 0 && b.length > 0 && sameName(a.filter(notParticle), b.filter(notParticle))) return true;
  return false;
}
const notParticle = (w: string) => !PARTICLES.has(w);

/**
 * As samePerson, except that two full names sharing only the given name are two people ("Luis Ortega Marín", "Luis
 * Ortiz Navarro"), and so are two sharing only the surname when the given names are more than a typo apart: "Marta
 * Kovač" and "Marija Kovač", "Jana Weber" and "Lena Weber" are near-namesakes, "Raúl Navarro" and "Raúl Navarra",
 * "Jonas Meier" and "Jonas Maier", "Alex Kim" and "Alexander Kim" one person.
 */
function sameName(a: readonly string[], b: readonly string[]): boolean {
  if (a.length >= 2 && b.length >= 2) return givenAlike(latinOf(a[0]!), latinOf(b[0]!)) && (samePerson(a.slice(1), b.slice(1)) || withinTwoEdits(a.join(""), b.join("")));
  return samePerson(a, b);
}

/** Two given names of one person: equal, one the start of the other ("Alex", "Alexander"; an initial), or one typo apart (one letter added, dropped or changed, or two swapped). */
function givenAlike(x: string, y: string): boolean {
  if (x === y || x.startsWith(y) || y.startsWith(x)) return true;
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  if (x.length === y.length && x.slice(i + 2) === y.slice(i + 2) && x[i] === y[i + 1] && x[i + 1] === y[i]) return true;
  const [p, q] = x.length >= y.length ? [x, y] : [y, x];
  return p.slice(i + 1) === q.slice(i + (p.length === q.length ? 1 : 0));
}
