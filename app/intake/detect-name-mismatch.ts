import type { CompiledLexicon } from "./compile-lexicon.js";
import { nameWordsAlike } from "./named-people.js";
import type { FoundEmail } from "./detect-identities.js";
import type { DetectorHit } from "./detector-hit.js";
import type { ConceptHits } from "./find-concepts.js";
import { TITLES } from "./keep-abbreviations.js";
import { WORK_PARTS } from "./second-mailbox.js";
import { crossesSentence, tokenRange } from "./token-queries.js";
import { SEP, type Tokens } from "./tokenize.js";

/** Most tokens between a leaver cue ("Leaver:", "offboard", "the exit of") and the name it introduces ("Leaver name: Ahmed Saleh", "offboard Ms. Rachel Dunmore"). */
const REACH = 2;
/** Most leaver cues looked at in one text. */
const MAX_CUES = 20;

/**
 * The leaver named in one place and someone else's account given to act on, with no word of
 * correction: "Leaver: Ahmed Saleh ... Email: paul.simmons@", "Please offboard Ms. Rachel Dunmore
 * ... her login is m.trent@", "the exit of Mr. Chukwuma Nnamdi, please use f.ogunleye@ for all the
 * deactivations". Read only when the request's target address stands where a target stands (a
 * form field, "Email:", "login is", "account to disable:"), its local part is a name of two parts
 * or more ("paul.simmons", "m.trent", not "psimmons", "e20411" or "hr.ops"), and a capitalised
 * full name (CAPNAME) follows a leaver cue with no role word between ("her manager Mark Olsen" is
 * not the leaver). A finding only when no leaver named so shares a name with the address: a word
 * alike (equal, a typo apart, one the start of the other) or an initial ("d.reyes@" for "Dana
 * Reyes", "dana.kowalski@" after a change of surname, "bob.smith@" for "Robert Smith").
 */
export function detectNameMismatch(tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits, target: string | null, targetInPosition: boolean, targetName: string | null, emails: readonly FoundEmail[]): DetectorHit[] {
  // The address's own name written out in the text: the person it names is in the request.
  if (target === null || !targetInPosition || targetName !== null) return [];
  const parts = nameParts(target);
  if (parts === null) return [];
  const names = hits.starts[lex.id("CAPNAME")];
  if (names === undefined || names.length === 0) return [];
  const found = emails.find((e) => e.email === target);
  if (found === undefined) return [];
  const [first, last] = tokenRange(tokens, found.start, found.end);
  if (first < 0) return [];
  const leavers = leaverNames(tokens, lex, hits);
  // A leaver who shares a name with the address, or whose line gives it right after the name ("Data Analyst II (E2750, x@)"): no swap.
  if (leavers.length === 0 || leavers.some((l) => namesAddress(l.words, parts) || givenRightAfter(tokens, l.last, first))) return [];
  // The writer's own address ("pass the files to her manager (me) rather than deleting them: kath.rowley@ … Thanks, Kath"): a contact, no swap.
  if (signedBy(tokens, parts, last)) return [];
  return [{ rule: "target.name_mismatch", technique: "additional or swapped target identity", severity: "high", start: tokens.starts[first] ?? 0, end: tokens.ends[last] ?? 0, reason: `names ${leavers.map((l) => l.words.join(" ")).join(", ")} as the leaver but gives as the account to act on an address that names someone else` }];
}

/**
 * The local part's name words ("paul.simmons" → paul, simmons; "m.trent2" → m, trent), or null when it is no name of two parts
 * (one word, digits inside a part, a role or team word). A one-letter work part ("a-jdoe", an admin prefix) is an initial
 * when the parts are joined by dots only ("kowalczyk.a", "a.kowalczyk": Anna, Ahmed).
 */
export function nameParts(email: string): string[] | null {
  const local = email.slice(0, email.indexOf("@"));
  const parts = local.split(/[._-]+/).map((p) => p.replace(/\d+$/, "")).filter((p) => p.length > 0);
  if (parts.length < 2 || !parts.every((p) => /^[a-z]+$/.test(p)) || !parts.some((p) => p.length >= 3)) return null;
  const dotted = !/[-_]/.test(local);
  return parts.some((p) => WORK_PARTS.has(p) && !(dotted && p.length === 1)) ? null : parts;
}

export interface Leaver {
  last: number;
  words: string[];
}

/**
 * Each capitalised full name in Latin letters right after a leaver cue, or one word after it (a
 * title, "name": "Leaver name: Ahmed Saleh", "the exit of Mr. Chukwuma Nnamdi"), in its sentence,
 * with no role word between. Names in other scripts are left out: they cannot be compared with an
 * address in Latin letters ("Егора Тихонова" and egor.tikhonov@ share no letter once normalised).
 */
export function leaverNames(tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits): Leaver[] {
  const capname = lex.id("CAPNAME");
  const title = lex.id("JOB_TITLE_WORD");
  const cues = [lex.id("LEAVER_INTRO"), lex.id("PERSON_ACTION"), lex.id("ACTION"), lex.id("LEAVER"), lex.id("TARGET_NOUN")];
  const blockers = [lex.id("ROLE_PERSON"), lex.id("HANDOVER_VERB")];
  // A record's name field ("leaver_name: Emily Carter", "name: Joseph Kamau"): only as a key opening its line.
  const nameField = lex.id("NAME_FIELD");
  cues.push(nameField);
  const out: Leaver[] = [];
  let seen = 0;
  for (const cue of cues) {
    const starts = hits.starts[cue] ?? [];
    const ends = hits.ends[cue] ?? [];
    for (let h = 0; h < ends.length; h++) {
      const end = ends[h]!;
      if (seen++ >= MAX_CUES) return out;
      if (cue === nameField ? !keyOpeningLine(tokens, starts[h]!, end) : !namesPerson(tokens.keys[end] ?? "")) continue;
      // A job title's words are passed over, not counted in the reach ("the departure of our Deputy Director Helen Ward").
      let reach = end + REACH;
      for (let j = end + 1; j <= reach && j < tokens.count; j++) {
        if (isTitleWord(tokens, hits, title, j)) {
          if (reach - end < REACH + MAX_TITLE_WORDS) reach++;
          continue;
        }
        if (!hits.at.has(j, capname)) continue;
        if (crossesSentence(tokens, end + 1, j) || hits.at.hasAnyIn(end + 1, j - 1, blockers)) break;
        let last = j + 1;
        while (hits.at.has(last, capname)) last++;
        // A field's label, not a name: first on its line and right before a ':' ("Odchod / Leaver⏎Jméno / Name: Vít Kadlec",
        // "Baja / Offboarding⏎Employee / Empleado: …"; not "the leaver ticket for Marta Kowalska: her accounts …").
        if (keyOpeningLine(tokens, j, last)) break;
        // Titles aside ("Ms. Rachel Dunmore": "ms" is no initial of m.trent@; "Director Paul Simmons": "director" no name).
        const words = tokens.keys.slice(j, last + 1).filter((w, k) => !TITLES.has(w) && !hits.at.has(j + k, title));
        if (words.length > 0 && words.every((w) => /^[a-z]+$/.test(w))) out.push({ last, words });
        break;
      }
    }
  }
  return out;
}

/** Most words of a job title passed over between a leaver cue and the name ("Head of Finance", "stellvertretende Leiterin"). */
const MAX_TITLE_WORDS = 4;
/** Words that join a title's words ("Head of Finance", "Directeur des ventes", "Leiterin der Buchhaltung"). */
const TITLE_LINKS: ReadonlySet<string> = new Set(["of", "for", "de", "des", "du", "del", "da", "do", "di", "der", "van", "för", "and"]);

/** Whether token j is a word of a job title (JOB_TITLE_WORD), or a word that links two such words ("Head of Finance"). */
function isTitleWord(tokens: Tokens, hits: ConceptHits, title: number, j: number): boolean {
  if (hits.at.has(j, title)) return true;
  return TITLE_LINKS.has(tokens.keys[j] ?? "") && j > 0 && hits.at.has(j - 1, title) && hits.at.has(j + 1, title) && (tokens.sep[j] ?? 0) === 0;
}

/** Whether tokens `start`..`end` are a field key: first on their line, right before a ':' or '='. */
function keyOpeningLine(tokens: Tokens, start: number, end: number): boolean {
  return (start === 0 || ((tokens.sep[start] ?? 0) & (SEP.newline | SEP.paragraph)) !== 0) && ((tokens.sep[end + 1] ?? 0) & SEP.keyValue) !== 0;
}

/**
 * Whether a cue can introduce a person: a word, or a field key whose last part is a name
 * ("leaver_name"). Any other key made of the cue ("termination_reason", "offboarding_date",
 * "deactivation_type") holds what the action is, not whom: "termination_reason": "Voluntary -
 * Resignation" is no leaver named.
 */
function namesPerson(key: string): boolean {
  const under = key.lastIndexOf("_");
  return under < 0 || key.endsWith("name");
}

/** Whether the address stands in brackets opened after the name, on its line: the name's own address ("Data Analyst II (E2750, x@)"). */
function givenRightAfter(tokens: Tokens, nameLast: number, addressFirst: number): boolean {
  if (addressFirst <= nameLast || addressFirst - nameLast > OWN_ADDRESS_REACH) return false;
  let open = false;
  for (let j = nameLast + 1; j <= addressFirst; j++) {
    const sep = tokens.sep[j] ?? 0;
    if (sep & (SEP.newline | SEP.sentence | SEP.paragraph)) return false;
    if (sep & SEP.open) open = true;
  }
  return open;
}
/** Most tokens between a name and an address given as its own in brackets ("Data Analyst II (E2750, x@": three). */
const OWN_ADDRESS_REACH = 8;

/** Lines at the end of a text read as its signature ("Thanks,⏎Kath", "Kath Rowley⏎Depot supervisor"). */
const SIGNATURE_LINES = 2;
/** Most tokens read as the signature. */
const SIGNATURE_TOKENS = 8;

/**
 * Whether a name word of the address is a word of the signature (or one the start of the other, four letters or more), the
 * text's last lines, after the address: the writer's own address, given to be reached or sent
 * something, not an account to act on in place of the leaver's.
 */
function signedBy(tokens: Tokens, parts: readonly string[], addressLast: number): boolean {
  let from = -1;
  let lines = 0;
  for (let j = tokens.count - 1; j > addressLast && tokens.count - j <= SIGNATURE_TOKENS; j--) {
    if (((tokens.sep[j] ?? 0) & (SEP.newline | SEP.paragraph)) === 0) continue;
    from = j;
    if (++lines >= SIGNATURE_LINES) break;
  }
  // A text on one line, or a last line too long for a signature: none read.
  if (from < 0) return false;
  for (let k = from; k < tokens.count; k++) {
    const w = tokens.keys[k] ?? "";
    if (parts.some((p) => (p === w && w.length >= 2) || (Math.min(p.length, w.length) >= 4 && (p.startsWith(w) || w.startsWith(p))))) return true;
  }
  return false;
}

/** Whether a name shares a word with the address: alike, or an initial of one of its words. */
export function namesAddress(words: readonly string[], parts: readonly string[]): boolean {
  return parts.some((p) => words.some((w) => (p.length === 1 ? w.startsWith(p) : nameWordsAlike(p, w))));
}
