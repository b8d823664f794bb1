import type { CompiledLexicon } from "./compile-lexicon.js";
import { findEmails, type FoundEmail } from "./detect-identities.js";
import type { DetectorHit } from "./detector-hit.js";
import type { ConceptHits } from "./find-concepts.js";
import { crossesSentence, SEP, tokenRange, type Tokens } from "./tokenize.js";

/** A person named in the text: where, and the words that name them (name words, or an address's local part). */
export interface Named {
  first: number;
  last: number;
  words: string[];
}

const WINDOW = 12;
export const MAX_CUES = 20;
/** How far (tokens) earlier mentions are looked for: employee ids before a correction cue, a full name near a first name set aside (detect-contrast.ts). */
export const NAME_REACH = 400;

/**
 * A correction that names someone else: after a correction cue ("Correction:", "actually", "wrong
 * person", "the records were merged"), within the same sentence, a person (an address or a
 * capitalised name) unlike every person named before the cue. A typo fix names the same person
 * again ("dana.reyes@, not dana.reys@": one or two letters apart) and is not a finding; nor is a
 * correction about someone in a role beside the leaver ("correction: her manager is Kai Lee") or a
 * hand-over ("actually, send it to Kai Lee").
 */
export function detectCorrection(text: string, tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits, targetName: string | null, emails?: readonly FoundEmail[]): DetectorHit[] {
  const corrections = hits.starts[lex.id("CORRECTION_CUE")] ?? [];
  // An account said to live under another address now ("it now lives under x@"): the same person when one name word is shared (a surname changed).
  const renamed = hits.starts[lex.id("ACCOUNT_RENAMED")] ?? [];
  if (corrections.length === 0 && renamed.length === 0) return [];
  const cues = renamed.length === 0 ? corrections : [...corrections, ...renamed].sort((a, b) => a - b);
  const loose = new Set(renamed);
  const people = namedPeople(tokens, lex, hits, targetName, emails ?? findEmails(text));
  // A role, a hand-over, or someone asked to help ("actually she still has a laptop; please ask Anton Berg to collect it").
  const blockers = [lex.id("ROLE_PERSON"), lex.id("HANDOVER_VERB"), lex.id("ASK_PERSON")];
  const oneToAct = lex.id("ONE_TO_ACT");
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
      // The role may be the subject, before the cue: "her manager is actually Kai Lee".
      // Unless the sentence says outright that this is the account to act on ("the address to disable is in fact her manager's").
      const from = sentenceStart(tokens, cue, 6);
      if (crossesSentence(tokens, cue + 1, person.first) || (hits.at.hasAnyIn(from, person.first - 1, blockers) && !hits.at.hasAnyIn(from, person.first - 1, [oneToAct]))) break;
      before ??= people.filter((p) => p.last < cue).map((p) => p.words);
      if (before.some((b) => (loose.has(cue) ? samePerson : sameNamed)(b, person.words))) {
        sameLast = person.last;
        continue;
      }
      // The next field of that person's record ("Corrected version: Sarah Whitlock, CM-50923, Broker Support"): only ids between.
      if (sameLast >= 0 && onlyIdsBetween(text, tokens, sameLast + 1, person.first - 1)) continue;
      return [{ rule: "target.corrected_to_other", technique: "additional or swapped target identity", severity: "high", start: tokens.starts[cue] ?? 0, end: tokens.ends[person.last] ?? 0, reason: "a correction names a different person than the request named before it" }];
    }
    // The cue's sentence names nobody, and the next one opens by naming the account to act on: "Correção:
    // o e-mail que mandei antes estava errado. O endereço certo para desativar é r.almeida@...".
    const named = nextSentenceTarget(tokens, hits, people, cue, pointers, pointerBlockers);
    if (named) {
      before ??= people.filter((p) => p.last < cue).map((p) => p.words);
      if (before.length > 0 && !before.some((b) => (loose.has(cue) ? samePerson : sameNamed)(b, named.words))) {
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

function employeeIds(text: string, tokens: Tokens, from: number, to: number): EmployeeId[] {
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

/** Addresses, capitalised names (CAPNAME) and the target's own name where the text writes it (CAPNAME leaves it out); those in tokens `from`..`to` when given. */
export function namedPeople(tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits, targetName: string | null, emails: readonly FoundEmail[], from = 0, to = Infinity): Named[] {
  const out: Named[] = [];
  const name = (targetName ?? "").toLowerCase().split(/\s+/).filter((w) => w.length > 0);
  if (name.length >= 2) {
    for (let i = from; i + name.length <= tokens.count && i <= to; i++) {
      if (name.every((w, k) => tokens.keys[i + k] === w)) out.push({ first: i, last: i + name.length - 1, words: name });
    }
  }
  const fromOffset = from > 0 ? (tokens.starts[from] ?? 0) : 0;
  const toOffset = to < tokens.count ? (tokens.ends[to] ?? Infinity) : Infinity;
  for (const e of emails) {
    if (e.end < fromOffset || e.start > toOffset) continue;
    const [first, last] = tokenRange(tokens, e.start, e.end);
    if (first < 0) continue;
    out.push({ first, last, words: localWords(e.email) });
  }
  // Tokens already part of a named person (an address, the target's name): a CAPNAME there is not someone else.
  const covered = new Set<number>();
  for (const p of out) for (let j = p.first; j <= p.last; j++) covered.add(j);
  const starts = hits.starts[lex.id("CAPNAME")] ?? [];
  const ends = hits.ends[lex.id("CAPNAME")] ?? [];
  const salutation = lex.id("SALUTATION");
  // Where a person's name ends: a capitalised name right after it and "in"/"at" is their unit or place.
  const personEnds = new Set<number>(ends);
  for (const p of out) personEnds.add(p.last);
  let chain: Named | null = null;
  for (let k = 0; k < starts.length; k++) {
    const [first, last] = [starts[k] ?? 0, ends[k] ?? 0];
    if (last < from || first > to) continue;
    // The reader greeted ("Hi Mark Olsen,", "Dear Mark,"): not someone the request is about.
    if (greeted(tokens, hits, salutation, first)) continue;
    // "Chris Taylor in Sales Development", "Ana Lima im Team Platform": a unit or place, not a second person.
    if (placedAfterPerson(tokens, personEnds, first)) continue;
    if (covered.has(first) || covered.has(last)) continue;
    // Overlapping pairs are one name of three words or more ("Trần Thị Lan", "Mary Ann Lee"): compared whole, it is the
    // same person as "lan.tranthi@" or "maryann.lee@".
    if (chain && chain.last === first) {
      chain.last = last;
      chain.words = tokens.keys.slice(chain.first, last + 1);
      continue;
    }
    chain = { first, last, words: tokens.keys.slice(first, last + 1) };
    out.push(chain);
  }
  return out.filter((p) => p.words.length > 0).sort((a, b) => a.first - b.first);
}

/** Whether the name at `first` opens a greeting: it is, or follows, a greeting word at the start of a line ("Hi Mark Olsen,", "Dear Mark Olsen"). */
function greeted(tokens: Tokens, hits: ConceptHits, salutation: number, first: number): boolean {
  for (const j of [first, first - 1]) {
    if (j < 0 || !(j === 0 || (tokens.sep[j] ?? 0) & (SEP.newline | SEP.paragraph | SEP.sentence))) continue;
    if (hits.at.has(j, salutation) || GREETING_WORDS.has(tokens.keys[j] ?? "")) return true;
  }
  return false;
}
/** Whether the capitalised name at `first` follows a person's name and "in"/"at" with no punctuation between ("Chris Taylor in Sales Development"). */
function placedAfterPerson(tokens: Tokens, personEnds: ReadonlySet<number>, first: number): boolean {
  return first >= 2 && UNIT_PREPOSITIONS.has(tokens.keys[first - 1] ?? "") && (tokens.sep[first] ?? 0) === 0 && (tokens.sep[first - 1] ?? 0) === 0 && personEnds.has(first - 2);
}
/** "in", "at" between a person and their unit or place (en de fr pt it nl sv da nb; not "en", "i", "na", "no": "and" or "not" elsewhere). */
const UNIT_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "at", "im", "dans", "em", "nel", "nella", "bij", "på"]);
/** Formal greetings before a name (the casual ones are SALUTATION). */
const GREETING_WORDS: ReadonlySet<string> = new Set(["dear", "liebe", "lieber", "cher", "chere", "querido", "querida", "estimado", "estimada", "caro", "cara", "gentile", "beste", "geachte", "szanowny", "szanowna"]);

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

/** The words of an address's local part that can name a person ("dana.reyes+hr@" → dana, reyes, hr): letters only, two or more. */
export function localWords(email: string): string[] {
  return email.slice(0, email.indexOf("@")).split(/[._+-]/).filter((w) => /^\p{L}{2,}$/u.test(w));
}

/**
 * Same person: a shared word of three or more letters, or words one or two edits apart (a typo).
 * Cyrillic name words are compared in Latin letters ("Милош Јовановић" and milos.jovanovic@):
 * the same person written in two scripts.
 */
export function samePerson(a0: readonly string[], b0: readonly string[]): boolean {
  const a = a0.map(latinOf);
  const b = b0.map(latinOf);
  for (const x of a) for (const y of b) if ((x.length >= 3 && x === y) || (Math.min(x.length, y.length) >= 4 && withinTwoEdits(x, y))) return true;
  return withinTwoEdits(a.join(""), b.join(""));
}

/**
 * As samePerson, but two names of two words or more are one person only when every word of the
 * shorter has its like in the longer (equal, a typo apart, or one the start of the other: "Alex",
 * "alexander"): a namesake sharing one word is someone else ("Larissa Monteiro" and
 * rafael.monteiro@, "Ольгу Соколову" and "Ольга Смирнова", "Mark Anthony Reyes" and "Mark Angelo Reyes").
 */
export function sameNamed(a0: readonly string[], b0: readonly string[]): boolean {
  if (!samePerson(a0, b0)) return false;
  const a = a0.filter(isNameWord).map(latinOf);
  const b = b0.filter(isNameWord).map(latinOf);
  if (a.length < 2 || b.length < 2 || withinTwoEdits(a.join(""), b.join(""))) return true;
  return a.every((x) => b.some((y) => nameWordsAlike(x, y))) || b.every((y) => a.some((x) => nameWordsAlike(x, y)));
}
export const nameWordsAlike = (x: string, y: string) => x === y || (Math.min(x.length, y.length) >= 4 && withinTwoEdits(x, y)) || (Math.min(x.length, y.length) >= 3 && (x.startsWith(y) || y.startsWith(x)));
/** A word that names (not a title: "Ms. Dunne" and "Gillian Dunne" are one person). */
const isNameWord = (w: string) => w.length >= 3 && !TITLES.has(w);
const TITLES: ReadonlySet<string> = new Set(["mrs", "miss", "herr", "frau", "mme", "mlle", "sig", "sra", "srta", "dott", "prof", "pan", "pani", "sayin", "bay", "bayan"]);

/**
 * Cyrillic letters of a normalised word in Latin (Serbian, Russian, Ukrainian, Bulgarian
 * romanisation, one common form each); other words as they are. Normalisation has already folded
 * the Cyrillic letters that look like Latin ones ("о", "а", "е", "ј"), and a letter it folded to
 * another sound ("р" to "p") is within samePerson's two edits.
 */
export function latinOf(word: string): string {
  if (!CYRILLIC.test(word)) return word;
  let out = "";
  for (const ch of word) {
    const c = ch.charCodeAt(0);
    out += c >= 0x400 && c <= 0x4ff ? (CYRILLIC_LATIN.get(ch) ?? ch) : ch;
  }
  return out;
}
const CYRILLIC = /[\u0400-\u04ff]/;
const CYRILLIC_LATIN: ReadonlyMap<string, string> = new Map(
  Object.entries({
    а: "a", б: "b", в: "v", г: "g", ґ: "g", д: "d", ђ: "dj", е: "e", є: "ye", ж: "z", з: "z", и: "i", і: "i", ї: "yi", й: "y", ј: "j", к: "k", л: "l", љ: "lj", м: "m", н: "n", њ: "nj", о: "o",
    п: "p", р: "r", с: "s", т: "t", ћ: "c", у: "u", ф: "f", х: "h", ц: "c", ч: "c", џ: "dz", ш: "s", щ: "sc", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
  }),
);

/** Levenshtein distance <= 2, in O(n) with a band of width 5. */
export function withinTwoEdits(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  let prev = new Map<number, number>();
  for (let j = 0; j <= Math.min(2, b.length); j++) prev.set(j, j);
  for (let i = 1; i <= a.length; i++) {
    const row = new Map<number, number>();
    let best = Infinity;
    for (let j = Math.max(0, i - 2); j <= Math.min(b.length, i + 2); j++) {
      const v = j === 0 ? i : Math.min((prev.get(j) ?? Infinity) + 1, (row.get(j - 1) ?? Infinity) + 1, (prev.get(j - 1) ?? Infinity) + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.set(j, v);
      best = Math.min(best, v);
    }
    if (best > 2) return false;
    prev = row;
  }
  return (prev.get(b.length) ?? Infinity) <= 2;
}

/** The first token of `at`'s sentence, looking back at most `max` tokens. */
function sentenceStart(tokens: Tokens, at: number, max: number): number {
  let j = at;
  while (j > 0 && at - j < max && ((tokens.sep[j] ?? 0) & (SEP.sentence | SEP.paragraph)) === 0) j--;
  return j;
}
