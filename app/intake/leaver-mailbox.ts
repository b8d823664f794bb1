import type { CompiledLexicon } from "./compile-lexicon.js";
import { leaverNames, nameParts, namesAddress, type Leaver } from "./detect-name-mismatch.js";
import type { ConceptHits } from "./find-concepts.js";
import { TITLES } from "./keep-abbreviations.js";
import { nameWordsAlike } from "./named-people.js";
import { SEP, type Tokens } from "./tokenize.js";

/**
 * A recipient marker right before an address: where something is sent ("to", "an", "à", "para", "naar", "na", "на"; Italian "su"
 * and "verso" of a forward, "l'inoltro automatico su x@"; Malay and Indonesian "ke", Latvian "uz", Brazilian "pra", Lithuanian "į").
 */
const TO: ReadonlySet<string> = new Set(["to", "an", "a", "para", "per", "naar", "till", "til", "na", "do", "на", "до", "pour", "vers", "al", "su", "verso", "ke", "kepada", "uz", "with", "con", "com", "avec", "mit", "met", "pra", "pro", "i"]);

export interface LeaverCache {
  leavers: Leaver[] | null;
  /** Names written right before an employee id, and the other allowed addresses' name parts: the request's own person. */
  own: string[][] | null;
}

/**
 * Whether an address something is sent to (a recipient marker right before it) names the request's leaver: a capitalised full name after a leaver cue ("Leaver: Dr. Amara
 * Diallo") shares a word or an initial with the address's local part ("diallo.a@novacro.example.com"). Once the leaver is gone,
 * such a mailbox is the leaver's own outside the organisation (the leaver's work address, given as the one to act on, is no recipient), whatever its domain: data sent there leaves ("please forward a copy
 * of her project folder to diallo.a@..."; detect-identities.ts marks it EXTERNAL_EMAIL). The leavers are read once per text, only
 * when an address is left to decide. Also the person the request is about, named with an employee id right after the name
 * ("Karolina Wójcik (QF-21014) kończy 31.12", "Tiago Fernandes, MM-591270") or given by the request's own address
 * ("chris.tan@corp.example.com" and "chris.tan@mail.example.com", "lim.weiling@" and "weiling.lim@"): there two name words of the
 * address must be that person's (not "anna.lind@", her manager, for Anna Berg).
 */
export function namesLeaver(email: string, first: number, tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits, cache: LeaverCache, allowed: ReadonlySet<string>): boolean {
  if (first < 1 || !TO.has(tokens.keys[first - 1] ?? "")) return false;
  const parts = nameParts(email);
  if (parts === null) {
    // One word: the name joined, "javimoreno@", "lgrant@", "grantl@" (the request's person only).
    const local = email.slice(0, email.indexOf("@")).replace(/\d+$/, "");
    if (!/^[a-z]{4,}$/.test(local)) return false;
    cache.own ??= ownNames(tokens, lex, hits, allowed);
    return cache.own.some((words) => joinedName(words, local));
  }
  cache.leavers ??= leaverNames(tokens, lex, hits);
  if (cache.leavers.some((l) => namesAddress(l.words, parts))) return true;
  cache.own ??= ownNames(tokens, lex, hits, allowed);
  return cache.own.some((words) => sameName(words, parts));
}

/**
 * Whether a one-word local part is the name joined as addresses write it: the start of the first name (an initial at least) and the
 * surname, either way round ("javimoreno", "lgrant", "grantl" for Javier Moreno, Lewis Grant), the surname three letters or more.
 */
function joinedName(words: readonly string[], local: string): boolean {
  if (words.length < 2) return false;
  const given = words[0]!;
  const surname = words[words.length - 1]!;
  if (surname.length < 3 || given.length < 1) return false;
  if (local.endsWith(surname)) {
    const head = local.slice(0, local.length - surname.length);
    return head.length >= 1 && given.startsWith(head);
  }
  if (local.startsWith(surname)) {
    const tail = local.slice(surname.length);
    return tail.length >= 1 && given.startsWith(tail);
  }
  return false;
}

/** Whether two name words of the address are words of the name (one may be an initial), one of them a word alike. */
function sameName(words: readonly string[], parts: readonly string[]): boolean {
  const used = new Array<boolean>(words.length).fill(false);
  let matched = 0;
  let whole = false;
  for (const p of parts) {
    const k = words.findIndex((w, j) => !used[j] && (p.length === 1 ? w.startsWith(p) : nameWordsAlike(p, w)));
    if (k < 0) continue;
    used[k] = true;
    matched++;
    if (p.length > 1) whole = true;
  }
  return matched >= 2 && whole;
}

/** Most names read before an employee id. */
const MAX_NAMES = 20;

/**
 * The request's own person: each capitalised full name (CAPNAME) followed right away by an employee id, a code with three digits
 * or more in brackets, after a comma or a space ("Name (QF-21014)", "Name, MM-591270", "Name STR-557128"), and the name parts of
 * the allowed addresses (the request's target).
 */
function ownNames(tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits, allowed: ReadonlySet<string>): string[][] {
  const out: string[][] = [];
  for (const a of allowed) {
    const parts = nameParts(a);
    if (parts !== null) out.push(parts);
  }
  const starts = hits.starts[lex.id("CAPNAME")] ?? [];
  const ends = hits.ends[lex.id("CAPNAME")] ?? [];
  for (let k = 0; k < starts.length && k < MAX_NAMES; k++) {
    const s = starts[k] ?? 0;
    let e = ends[k] ?? s;
    // "Maria Luisa Gomez": overlapping pairs chained.
    while (k + 1 < starts.length && starts[k + 1] === e) e = ends[++k] ?? e;
    if (!idAfter(tokens, e + 1)) continue;
    const words = tokens.keys.slice(s, e + 1).filter((w) => !TITLES.has(w) && /^[a-z]+$/.test(w));
    if (words.length >= 2) out.push(words);
  }
  return out;
}

/** An employee id at token t: a prefix of letters then a number ("qf" "21014"), or a number, of three digits or more, in the sentence. */
function idAfter(tokens: Tokens, t: number): boolean {
  if (t >= tokens.count || (tokens.sep[t] ?? 0) & (SEP.sentence | SEP.paragraph | SEP.newline)) return false;
  const key = tokens.keys[t] ?? "";
  if (/^[a-z]{0,4}\d{3,}$/.test(key)) return true;
  return /^[a-z]{1,4}$/.test(key) && t + 1 < tokens.count && ((tokens.sep[t + 1] ?? 0) & (SEP.sentence | SEP.paragraph | SEP.newline | SEP.clause)) === 0 && /^\d{3,}$/.test(tokens.keys[t + 1] ?? "");
}
