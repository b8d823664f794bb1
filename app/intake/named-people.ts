import type { CompiledLexicon } from "./compile-lexicon.js";
import type { FoundEmail } from "./detect-identities.js";
import type { ConceptHits } from "./find-concepts.js";
import { tokenRange, wordsAt } from "./token-queries.js";
import { SEP, type Tokens } from "./tokenize.js";

/**
 * Who a text names, and whether two names are one person: the people the swapped-target detectors
 * compare (detect-correction.ts, detect-pointed-account.ts, detect-contrast.ts, detect-removal-list.ts,
 * detect-twin-account.ts, detect-name-mismatch.ts, detect-leaver-stays.ts).
 */

/** A person named in the text: where, and the words that name them (name words, or an address's local part). */
export interface Named {
  first: number;
  last: number;
  words: string[];
}

/** The last whole-text list (namedPeopleOfText), with what it was computed from. */
let lastWhole: { emails: readonly FoundEmail[]; tokens: Tokens; hits: ConceptHits; lex: CompiledLexicon; targetName: string | null; people: readonly Named[] } | null = null;

/**
 * namedPeople over the whole text, computed once per scanned layer for the detectors that all read it (detect-correction.ts,
 * detect-removal-list.ts, detect-stays-named.ts): on a long text naming thousands of people each list cost a few percent of
 * the scan. Keyed on the layer's address list, a new array for every layer (scan-injection.ts), so a list is never reused
 * for another text even though tokens and hits are scratch buffers kept across scans. Callers must not change the list.
 */
export function namedPeopleOfText(tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits, targetName: string | null, emails: readonly FoundEmail[]): readonly Named[] {
  const w = lastWhole;
  if (w !== null && w.emails === emails && w.tokens === tokens && w.hits === hits && w.lex === lex && w.targetName === targetName) return w.people;
  const people = namedPeople(tokens, lex, hits, targetName, emails);
  lastWhole = { emails, tokens, hits, lex, targetName, people };
  return people;
}

/** Addresses, capitalised names (CAPNAME) and the target's own name where the text writes it (CAPNAME leaves it out); those in tokens `from`..`to` when given. */
export function namedPeople(tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits, targetName: string | null, emails: readonly FoundEmail[], from = 0, to = Infinity): Named[] {
  const out: Named[] = [];
  const name = (targetName ?? "").toLowerCase().split(/\s+/).filter((w) => w.length > 0);
  if (name.length >= 2) {
    for (let i = from; i + name.length <= tokens.count && i <= to; i++) {
      if (wordsAt(tokens, i, name)) out.push({ first: i, last: i + name.length - 1, words: name });
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

