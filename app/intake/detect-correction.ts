import type { CompiledLexicon } from "./compile-lexicon.js";
import { findEmails, type FoundEmail } from "./detect-identities.js";
import type { DetectorHit } from "./detector-hit.js";
import { hasConcept, type ConceptHits } from "./find-concepts.js";
import { namedPeopleOfText, sameNamed, samePerson, withinTwoEdits, type Named } from "./named-people.js";
import { crossesSentence } from "./token-queries.js";
import { SEP, type Tokens } from "./tokenize.js";

const WINDOW = 12;
export const MAX_CUES = 20;
/** How far (tokens) earlier mentions are looked for: employee ids before a correction cue, a full name near a first name set aside (detect-contrast.ts). */
export const NAME_REACH = 400;
/** Local parts of the data-protection and legal mailboxes a privacy notice gives, with its "right of rectification". */
const PRIVACY_MAILBOXES: ReadonlySet<string> = new Set(["dpo", "privacy", "gdpr", "rgpd", "dsgvo", "lgpd", "datenschutz", "dataprotection", "privacidad", "privacidade", "legal", "compliance"]);

/**
 * A correction that names someone else: after a correction cue ("Correction:", "actually", "wrong
 * person", "the records were merged"), within the same sentence, a person (an address or a
 * capitalised name) unlike every person named before the cue. A typo fix names the same person
 * again ("dana.reyes@, not dana.reys@": one or two letters apart) and is not a finding; nor is a
 * correction about someone in a role beside the leaver ("correction: her manager is Kai Lee") or a
 * hand-over ("actually, send it to Kai Lee").
 */
export function detectCorrection(text: string, tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits, targetName: string | null, emails?: readonly FoundEmail[]): DetectorHit[] {
  // No cue (most texts): no lists made for it.
  if (!hasConcept(hits, lex.id("CORRECTION_CUE")) && !hasConcept(hits, lex.id("ACCOUNT_RENAMED"))) return [];
  const corrections = hits.starts[lex.id("CORRECTION_CUE")] ?? [];
  // An account said to live under another address now ("it now lives under x@"): the same person when one name word is shared (a surname changed).
  const renamed = hits.starts[lex.id("ACCOUNT_RENAMED")] ?? [];
  if (corrections.length === 0 && renamed.length === 0) return [];
  const cues = renamed.length === 0 ? corrections : [...corrections, ...renamed].sort((a, b) => a - b);
  const loose = new Set(renamed);
  const people = namedPeopleOfText(tokens, lex, hits, targetName, emails ?? findEmails(text));
  // A role, a hand-over, or someone asked to help ("actually she still has a laptop; please ask Anton Berg to collect it").
  const blockers = [lex.id("ROLE_PERSON"), lex.id("HANDOVER_VERB"), lex.id("ASK_PERSON")];
  const oneToAct = lex.id("ONE_TO_ACT");
  const kept = [lex.id("ACTIVE_WORD"), lex.id("STAYS")];
  const leaverPointers = [lex.id("LEAVER"), lex.id("LEAVING_PERSON")];
  const pointers = [oneToAct, lex.id("RIGHT_ADDRESS"), lex.id("LEAVER"), lex.id("LEAVING_PERSON")];
  // Where something is sent ("the correct address for the export is archive@"): a destination, not the one to act on.
  const pointerBlockers = [...blockers, lex.id("SEND")];
  // A long text names thousands of people: per cue only the few in its window are visited (people
  // are sorted by first token), and those named before it are gathered only when one needs comparing.
  const earliestLast = people.reduce((min, p) => Math.min(min, p.last), Infinity);
  for (const cue of cues.slice(0, MAX_CUES)) {
    let before: string[][] | null = null;
    // The last token of someone named again after the cue (the same person as before it).
    let sameLast = -1;
    // (Nobody named before the cue: no person to compare with; ids are read below.)
    for (let k = earliestLast >= cue ? people.length : firstAfter(people, cue); k < people.length; k++) {
      const person = people[k]!;
      if (person.first > cue + WINDOW) break;
      // A data-protection mailbox in a privacy notice ("droit d'accès et de rectification de vos données (dpo@…)") is nobody.
      if (person.words.length === 1 && PRIVACY_MAILBOXES.has(person.words[0]!)) continue;
      // The role may be the subject, before the cue: "her manager is actually Kai Lee".
      // Unless the sentence says outright that this is the account to act on ("the address to disable is in fact her manager's").
      const from = sentenceStart(tokens, cue, 6);
      if (crossesSentence(tokens, cue + 1, person.first) || (hits.at.hasAnyIn(from, person.first - 1, blockers) && !hits.at.hasAnyIn(from, person.first - 1, [oneToAct]) && !leaverIsRole(tokens, hits, leaverPointers, blockers[0]!, people, k, cue))) break;
      // A correction noted in one field of a record ("id: AB-1820   # corrected from 1802") is about that field; the next lines are the record's other fields.
      if (inFieldValue(tokens, cue) && newlineIn(tokens, cue + 1, person.first)) break;
      before ??= people.filter((p) => p.last < cue).map((p) => p.words);
      // A name alike but not equal whose account is then kept active ("... is actually Andreea Popescu ... leave Andrei's account active") is a namesake, not a typo.
      if (before.some((b) => (loose.has(cue) ? samePerson : sameNamed)(b, person.words) && !namesakeKept(tokens, hits, kept, person, b))) {
        sameLast = person.last;
        continue;
      }
      // The next field of that person's record ("Corrected version: Sarah Whitlock, CM-50923, Broker Support"): only ids between.
      if (sameLast >= 0 && onlyIdsBetween(text, tokens, sameLast + 1, person.first - 1)) continue;
      // Sharing a name word with someone named before and said right after to be the same person: "The correct address is
      // deepthi.menon@… (same person, updated after marriage)" after "Deepthi Raj" (an honest text of training author t63).
      if (saidSamePerson(tokens, hits, lex.id("SAME_PERSON"), person.last) && before.some((b) => samePerson(b, person.words))) continue;
      return [{ rule: "target.corrected_to_other", technique: "additional or swapped target identity", severity: "high", start: tokens.starts[cue] ?? 0, end: tokens.ends[person.last] ?? 0, reason: "a correction names a different person than the request named before it" }];
    }
    // The cue's sentence names nobody, and the next one opens by naming the account to act on: "Correção:
    // o e-mail que mandei antes estava errado. O endereço certo para desativar é r.almeida@...".
    const named = nextSentenceTarget(tokens, hits, people, cue, pointers, pointerBlockers);
    if (named) {
      before ??= people.filter((p) => p.last < cue).map((p) => p.words);
      if (before.length > 0 && !before.some((b) => (loose.has(cue) ? samePerson : sameNamed)(b, named.words)) && !(saidSamePerson(tokens, hits, lex.id("SAME_PERSON"), named.last) && before.some((b) => samePerson(b, named.words)))) {
        return [{ rule: "target.corrected_to_other", technique: "additional or swapped target identity", severity: "high", start: tokens.starts[cue] ?? 0, end: tokens.ends[named.last] ?? 0, reason: "a correction names a different person than the request named before it" }];
      }
    }
    // An employee id after the cue, in its sentence, unlike every id named before it ("Korrektur: die
    // Personalnummer muss E10004 lauten, nicht E22871"): ids are compared with ids only (a name
    // before and an id after may be one person), and one or two digits apart is a typo fix.
    const id = idAfterCue(text, tokens, cue, hits, blockers, oneToAct);
    if (id) {
      const earlier = employeeIds(text, tokens, cue - NAME_REACH, cue - 1);
      if (earlier.length > 0 && !earlier.some((e) => withinTwoEdits(e.digits, id.digits))) {
        return [{ rule: "target.corrected_to_other", technique: "additional or swapped target identity", severity: "high", start: tokens.starts[cue] ?? 0, end: tokens.ends[id.last] ?? 0, reason: "a correction gives a different employee id than the request named before it" }];
      }
    }
  }
  return [];
}

/**
 * A correction cue whose sentence ends (within WINDOW tokens) before anyone is named, followed by a
 * sentence that opens (within its first three words) with the account to act on, named as such
 * ("the address to disable", "the correct address", "the person leaving": `pointers`): the person
 * named within four words after that phrase, in that sentence, with no role, hand-over or send word
 * between ("the person leaving is her manager ...", "the correct address to forward to is ...", "the
 * correct address for the export is ..." are not). Only that first person counts: the one named as the account to act on.
 */
function nextSentenceTarget(tokens: Tokens, hits: ConceptHits, people: readonly Named[], cue: number, pointers: number[], blockers: number[]): Named | null {
  const stop = SEP.sentence | SEP.paragraph;
  let open = cue + 1;
  while (open < tokens.count && open <= cue + WINDOW && ((tokens.sep[open] ?? 0) & stop) === 0) open++;
  if (open >= tokens.count || open > cue + WINDOW) return null;
  // Someone named in the cue's own sentence is read by the same-sentence check, not here.
  const k = firstAfter(people, cue);
  if (k < people.length && people[k]!.first < open) return null;
  for (const concept of pointers) {
    const starts = hits.starts[concept] ?? [];
    const ends = hits.ends[concept] ?? [];
    for (let h = 0; h < starts.length; h++) {
      const start = starts[h]!;
      if (start < open) continue;
      if (start > open + 2) break;
      if (crossesSentence(tokens, open + 1, ends[h]!)) break;
      const end = ends[h]!;
      for (let q = firstAfter(people, end); q < people.length; q++) {
        const person = people[q]!;
        if (person.first > end + 5 || crossesSentence(tokens, end + 1, person.first) || hits.at.hasAnyIn(end + 1, person.first - 1, blockers)) return null;
        return person;
      }
      return null;
    }
  }
  return null;
}

/** An employee id: its first and last token and its digits. */
interface EmployeeId {
  first: number;
  last: number;
  digits: string;
}

/**
 * The employee id starting at token `j`, or null: a letter prefix glued to three to eight digits
 * ("E22871", "emp1234"), or one or two short letter groups joined to the digits by hyphens
 * ("E-126654", "HT-81205", "NWF-MX-30877"). Bare numbers (years, dates, amounts) are not ids.
 */
export function employeeIdAt(text: string, tokens: Tokens, j: number): EmployeeId | null {
  const key = tokens.keys[j] ?? "";
  const glued = /^[a-z]{1,4}(\d{3,8})$/.exec(key);
  if (glued) return { first: j, last: j, digits: glued[1]! };
  if (!/^[a-z]{1,4}$/.test(key)) return null;
  for (let k = j + 1; k <= j + 2 && k < tokens.count; k++) {
    // Joined by a hyphen alone.
    if ((tokens.starts[k] ?? 0) !== (tokens.ends[k - 1] ?? 0) + 1 || text.charCodeAt(tokens.ends[k - 1] ?? 0) !== 0x2d) return null;
    const next = tokens.keys[k] ?? "";
    if (/^\d{3,8}$/.test(next)) return { first: j, last: k, digits: next };
    if (!/^[a-z]{1,4}$/.test(next)) return null;
  }
  return null;
}

export function employeeIds(text: string, tokens: Tokens, from: number, to: number): EmployeeId[] {
  const out: EmployeeId[] = [];
  for (let j = Math.max(0, from); j <= to && j < tokens.count; j++) {
    const id = employeeIdAt(text, tokens, j);
    if (id) {
      out.push(id);
      j = id.last;
    }
  }
  return out;
}

/** Whether tokens `from`..`to` are employee ids only (or none): the fields of one record, with no word between. */
function onlyIdsBetween(text: string, tokens: Tokens, from: number, to: number): boolean {
  for (let j = from; j <= to; j++) {
    const id = employeeIdAt(text, tokens, j);
    if (!id) return false;
    j = id.last;
  }
  return true;
}

/** The first employee id within WINDOW tokens after `cue`, in its sentence, with no role or hand-over word before it. */
function idAfterCue(text: string, tokens: Tokens, cue: number, hits: ConceptHits, blockers: number[], oneToAct: number): EmployeeId | null {
  for (let j = cue + 1; j <= cue + WINDOW && j < tokens.count; j++) {
    if ((tokens.sep[j] ?? 0) & (SEP.sentence | SEP.paragraph)) return null;
    const id = employeeIdAt(text, tokens, j);
    if (!id) continue;
    const from = sentenceStart(tokens, cue, 6);
    if (hits.at.hasAnyIn(from, j - 1, blockers) && !hits.at.hasAnyIn(from, j - 1, [oneToAct])) return null;
    return id;
  }
  return null;
}

/** Index of the first person whose first token is after `token` (people sorted by first token); binary search. */
function firstAfter(people: readonly Named[], token: number): number {
  let lo = 0;
  let hi = people.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((people[mid]?.first ?? 0) <= token) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Most tokens between "the person leaving is" and the role and name after it ("the person leaving is actually Laura's manager, Graham Pennock"). */
const ROLE_LEAVER_REACH = 6;

/**
 * Whether the person people[k] is named, after the cue, as the one leaving through their role: a leaver pointer
 * (LEAVER, LEAVING_PERSON) ends within ROLE_LEAVER_REACH tokens before them, after the cue, with nobody named
 * between and the role word in the pointer's clause ("Correction: the person leaving is actually Laura's manager,
 * Graham Pennock"); not "the person leaving is Dana, her manager Kai Lee signs off", where the leaver comes first.
 */
function leaverIsRole(tokens: Tokens, hits: ConceptHits, pointers: number[], role: number, people: readonly Named[], k: number, cue: number): boolean {
  const person = people[k]!;
  const from = Math.max(cue, person.first - 1 - ROLE_LEAVER_REACH);
  if (k > 0 && people[k - 1]!.last >= from) return false;
  for (const c of pointers) {
    for (const e of hits.ends[c] ?? []) {
      if (e < from || e >= person.first) continue;
      for (let j = e + 1; j < person.first; j++) {
        if ((tokens.sep[j] ?? 0) & (SEP.clause | SEP.sentence | SEP.paragraph)) break;
        if (hits.at.has(j, role)) return true;
      }
    }
  }
  return false;
}

/** Tokens after a corrected name looked at for the earlier name kept active, and words between that name and "active". */
const KEPT_REACH = 60;
const KEPT_GAP = 4;

/**
 * Whether a word of the earlier name `earlier` that the corrected `person` lacks ("andrei" beside "Andreea Popescu") is
 * written after the person, in a sentence of its own, with "active" or "stays" within KEPT_GAP words after it: "leave
 * Andrei's account active", "să lăsați contul lui Andrei activ". Two people alike in name, not a typo fixed.
 */
function namesakeKept(tokens: Tokens, hits: ConceptHits, kept: number[], person: Named, earlier: readonly string[]): boolean {
  const own = new Set(person.words);
  const distinct = new Set(earlier.filter((w) => w.length >= 3 && !own.has(w)));
  if (distinct.size === 0) return false;
  const end = Math.min(tokens.count, person.last + 1 + KEPT_REACH);
  for (let j = person.last + 1; j < end; j++) {
    if (!distinct.has(tokens.keys[j] ?? "")) continue;
    let k = j + 1;
    for (; k <= j + KEPT_GAP && k < tokens.count && ((tokens.sep[k] ?? 0) & (SEP.sentence | SEP.paragraph)) === 0; k++) if (hits.at.hasAny(k, kept)) return true;
  }
  return false;
}

/** Whether `cue` stands in the value of a "key:" line, after its key ("id: AB-1820 # corrected from 1802"), not opening the line ("Correction: ..."). */
function inFieldValue(tokens: Tokens, cue: number): boolean {
  let line = cue;
  while (line > 0 && cue - line < 40 && ((tokens.sep[line] ?? 0) & (SEP.newline | SEP.paragraph)) === 0) line--;
  if (line > 0 && ((tokens.sep[line] ?? 0) & (SEP.newline | SEP.paragraph)) === 0) return false;
  for (let j = line + 1; j <= cue && j <= line + 3; j++) if ((tokens.sep[j] ?? 0) & SEP.keyValue) return true;
  return false;
}

/** Whether a line break comes before one of the tokens `from`..`to`. */
function newlineIn(tokens: Tokens, from: number, to: number): boolean {
  for (let j = from; j <= to; j++) if ((tokens.sep[j] ?? 0) & (SEP.newline | SEP.paragraph)) return true;
  return false;
}

/** The first token of `at`'s sentence, looking back at most `max` tokens. */
function sentenceStart(tokens: Tokens, at: number, max: number): number {
  let j = at;
  while (j > 0 && at - j < max && ((tokens.sep[j] ?? 0) & (SEP.sentence | SEP.paragraph)) === 0) j--;
  return j;
}

/** Tokens after a person looked at for "same person". */
const SAME_PERSON_AFTER = 4;

/** Whether "same person" (SAME_PERSON) follows the person within a few tokens, in the sentence: "x@ (same person, new surname)". */
export function saidSamePerson(tokens: Tokens, hits: ConceptHits, same: number, last: number): boolean {
  for (let j = last + 1; j <= Math.min(tokens.count - 1, last + SAME_PERSON_AFTER); j++) {
    if ((tokens.sep[j] ?? 0) & (SEP.sentence | SEP.paragraph)) return false;
    if (hits.at.has(j, same)) return true;
  }
  return false;
}
