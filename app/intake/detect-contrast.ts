import type { CompiledLexicon } from "./compile-lexicon.js";
import type { FoundEmail } from "./detect-identities.js";
import { employeeIdAt, localWords, MAX_CUES, NAME_REACH, samePerson, withinTwoEdits } from "./detect-correction.js";
import type { DetectorHit } from "./detector-hit.js";
import type { ConceptHits } from "./find-concepts.js";
import type { NormalizedText } from "./normalize-text.js";
import { SEP, tokenAtOffset, type Tokens } from "./tokenize.js";

/** A person in a contrast: name words (or an address's local part) and, for a name followed by "(address)", that address's words. */
interface Contrasted {
  first: number;
  last: number;
  words: string[];
  alias: string[] | null;
  /** Written with an address (a name followed by "(address)", or the address alone), or as a Korean name with an honorific. */
  addressed: boolean;
}

/** How far before a contrast its correction cue may stand (tokens), and how far apart the two people may be. */
const CUE_REACH = 60;
const PAIR_REACH = 16;
/** Lower-case words inside a name ("Peter van der Berg"): not words that tell people apart. */
const PARTICLES = new Set(["van", "der", "den", "de", "da", "das", "do", "dos", "del", "della", "di", "du", "la", "le", "von", "zu", "ter", "ten", "bin", "al", "el"]);
/** Capitalised words that open sentences rather than name anyone. */
const NOT_A_NAME = new Set(["it", "its", "the", "this", "that", "please", "es", "het", "to", "ce", "c", "il", "lo", "la", "el", "der", "die", "das", "sorry", "hi", "hello", "hallo", "hoi", "ciao", "hola", "re", "fw", "fwd", "subject"]);
/** Prepositions that make the next person a recipient ("the files go to Elaine Brooks"), not a target. */
const TO_SOMEONE = new Set(["to", "an", "naar", "till", "dla", "для", "à"]);
const SURNAMES = new Set("김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉".split(""));

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
  const corrections = hits.starts[lex.id("CORRECTION_CUE")] ?? [];
  const updates = hits.starts[lex.id("UPDATE_CUE")] ?? [];
  const cues = updates.length === 0 ? corrections : [...corrections, ...updates].sort((a, b) => a - b);
  if (cues.length === 0) return [];
  const before = hits.starts[lex.id("NOT_PERSON")] ?? [];
  const beforeEnds = hits.ends[lex.id("NOT_PERSON")] ?? [];
  const after = hits.starts[lex.id("NOT_PERSON_AFTER")] ?? [];
  if (before.length === 0 && after.length === 0) return [];
  const role = [lex.id("ROLE_PERSON")];
  const handover = [lex.id("HANDOVER_VERB")];
  const handoverOrRole = [...role, ...handover];
  const relation = [lex.id("HER_HIS"), ...role];
  const stays = [lex.id("STAYS")];
  const until = [lex.id("UNTIL")];
  // Negations are common words: only those within reach after a cue are read (cues and negations
  // are sorted by token, so one pointer walks the cues), at most MAX_CUES of each kind.
  const afterCue = (negs: readonly number[]): number[] => {
    const out: number[] = [];
    let c = -1;
    for (let k = 0; k < negs.length && out.length < MAX_CUES; k++) {
      const neg = negs[k]!;
      while (c + 1 < cues.length && cues[c + 1]! < neg) c++;
      if (c >= 0 && neg - cues[c]! <= CUE_REACH) out.push(k);
    }
    return out;
  };
  const negBefore = afterCue(before);
  const negAfter = afterCue(after);
  if (negBefore.length === 0 && negAfter.length === 0) return [];
  const xs: Contrasted[] = [];
  const reader = new PersonReader(raw, norm, tokens, emails);
  for (const k of negBefore) {
    const x = reader.after(beforeEnds[k]!, (j) => hits.at.hasAny(j, relation));
    if (x) xs.push(x);
  }
  for (const k of negAfter) {
    const x = reader.before(after[k]!);
    if (x) xs.push(x);
  }
  for (const x of xs) {
    // One capitalised word ("not Amelia") is a person only when the text names them in full elsewhere ("Leaver - Amelia Brooks"): not "not December".
    if (!x.addressed && x.words.length < 2 && !reader.namedInFull(x.words[0] ?? "", x.first)) continue;
    const { from, to } = sentenceOf(tokens, x.first, x.last);
    for (const y of reader.peopleIn(Math.max(from, x.first - PAIR_REACH), Math.min(to, x.last + PAIR_REACH))) {
      if (!y.addressed || (y.last >= x.first && y.first <= x.last)) continue;
      const [a, b] = y.first < x.first ? [y, x] : [x, y];
      // The contrast is about a role beside the leaver ("her manager is Kai Lee, not Tom Berg"; a role
      // right before the second person is an apposition: "it's her supervisor Carla Nunes"), or about
      // whom something goes to ("send the laptop to Kai Lee, not Tom Berg"; "Kai Lee takes over").
      if (leadsWith(tokens, hits, a.first, 4, role, 0) || leadsWith(tokens, hits, b.first, Math.min(4, b.first - a.last - 1), role, 1)) continue;
      if (hits.at.hasAnyIn(Math.max(from, a.first - 8), a.first - 1, handover) || hits.at.hasAnyIn(a.last + 1, b.first - 1, handover) || trailsWith(tokens, hits, a.last, 3, handoverOrRole) || trailsWith(tokens, hits, b.last, 3, handoverOrRole)) continue;
      if (TO_SOMEONE.has(tokens.keys[a.first - 1] ?? "") || TO_SOMEONE.has(tokens.keys[b.first - 1] ?? "")) continue;
      if (samePeople(x, y) && !saidToStay(tokens, hits, x.last, stays, until)) continue;
      return [{ rule: "target.corrected_to_other", technique: "additional or swapped target identity", severity: "high", start: tokens.starts[a.first] ?? 0, end: tokens.ends[b.last] ?? 0, reason: "a correction sets one person aside for a different one" }];
    }
  }
  return [];
}

/** People in raw text: capitalised names (any cased script), addresses, Korean names with an honorific. */
class PersonReader {
  private readonly emailAt = new Map<number, FoundEmail>();
  constructor(private readonly raw: string, private readonly norm: NormalizedText, private readonly tokens: Tokens, emails: readonly FoundEmail[]) {
    for (const e of emails) {
      const t = tokenAtOffset(tokens, e.start);
      if (t < tokens.count && (tokens.starts[t] ?? -1) === e.start) this.emailAt.set(t, e);
    }
  }

  /**
   * The person named within three words after token `end` (no punctuation between), unless a word
   * between relates them to the leaver ("not his wife Ana Lima", "not the manager Kai Lee": `related`).
   */
  after(end: number, related: (token: number) => boolean): Contrasted | null {
    const { tokens } = this;
    for (let j = end + 1; j <= end + 3 && j < tokens.count; j++) {
      if (((tokens.sep[j] ?? 0) & ~SEP.at) !== 0 || related(j)) return null;
      const p = this.personAt(j);
      // "not Amelia's laptop": something of theirs, not the person.
      if (p) return tokens.possessive.has(p.last) ? null : p;
      if (this.titlecase(j) || this.emailAt.has(j)) return null;
    }
    return null;
  }

  /** The person whose name ends just before token `start` ("정하늘 님 대신", "Tom değil"). */
  before(start: number): Contrasted | null {
    for (let j = start - 1; j >= 0 && j >= start - 4; j--) {
      const p = this.personAt(j);
      if (p && p.last === start - 1) return p;
    }
    return null;
  }

  /** Whether `word` is part of a full name (two capitalised words) or of an address near token `at`, elsewhere than at it. */
  namedInFull(word: string, at: number): boolean {
    const { tokens } = this;
    for (const [t, e] of this.emailAt) if (t !== at && localWords(e.email).includes(word)) return true;
    // The full name is near: a header or the first sentences above, or just after.
    for (let j = Math.max(0, at - NAME_REACH); j < tokens.count && j <= at + NAME_REACH; j++) {
      if (j === at || tokens.keys[j] !== word || !this.titlecase(j)) continue;
      const p = this.personAt(j - 1 >= 0 && this.titlecase(j - 1) && (tokens.sep[j] ?? 0) === 0 ? j - 1 : j);
      if (p && p.words.length >= 2) return true;
    }
    return false;
  }

  /** Every person starting in [from, to]. */
  peopleIn(from: number, to: number): Contrasted[] {
    const out: Contrasted[] = [];
    for (let j = Math.max(0, from); j <= to && j < this.tokens.count; j++) {
      const p = this.personAt(j);
      if (p) {
        out.push(p);
        j = p.last;
      }
    }
    return out;
  }

  /** The person starting at token j: an address, a capitalised name (with its "(address)"), or a Korean name. */
  personAt(j: number): Contrasted | null {
    const { tokens } = this;
    const email = this.emailAt.get(j);
    if (email) return { first: j, last: this.lastOf(j, email), words: localWords(email.email), alias: null, addressed: true };
    const korean = this.koreanName(j);
    if (korean) return korean;
    if (!this.titlecase(j) || NOT_A_NAME.has(tokens.keys[j] ?? "")) return null;
    const words = [tokens.keys[j] ?? ""];
    let last = j;
    for (let k = j + 1; k < tokens.count && (tokens.sep[k] ?? 0) === 0; k++) {
      if (this.titlecase(k)) {
        words.push(tokens.keys[k] ?? "");
        last = k;
      } else if (!PARTICLES.has(tokens.keys[k] ?? "")) break;
    }
    const next = last + 1;
    const alias = (tokens.sep[next] ?? 0) & SEP.open ? this.emailAt.get(next) : undefined;
    if (alias) return { first: j, last: this.lastOf(next, alias), words, alias: localWords(alias.email), addressed: true };
    // "Carlos Nunes (E-126654, TI)": written with an employee id, as precisely as with an address.
    const id = (tokens.sep[next] ?? 0) & SEP.open ? employeeIdAt(this.norm.text, tokens, next) : null;
    if (id) return { first: j, last: id.last, words, alias: null, addressed: true };
    return { first: j, last, words, alias: null, addressed: false };
  }

  private lastOf(first: number, e: FoundEmail): number {
    let last = first;
    while (last + 1 < this.tokens.count && (this.tokens.starts[last + 1] ?? 0) < e.end) last++;
    return last;
  }

  /** A word written capitalised, then in lower case, in the raw text ("Ana", "Ігор", "Wójcika"; not "HT", "QA"). */
  private titlecase(j: number): boolean {
    const { tokens } = this;
    const key = tokens.keys[j] ?? "";
    if (key.length < 2) return false;
    const at = this.norm.originOf(tokens.starts[j] ?? 0);
    const head = this.raw.codePointAt(at) ?? 0;
    const second = this.raw.codePointAt(at + (head > 0xffff ? 2 : 1)) ?? 0;
    return isUpper(head) && isLower(second);
  }

  /** "정하늘 님", "윤재성 팀장님", "정하늘님": two to four syllables, a common surname first, an honorific after. */
  private koreanName(j: number): Contrasted | null {
    const { tokens } = this;
    const key = (tokens.keys[j] ?? "").normalize("NFC");
    const attached = /^([\uac00-\ud7a3]{2,4})(님|씨)$/.exec(key);
    if (attached && SURNAMES.has(key[0]!)) return { first: j, last: j, words: [attached[1]!], alias: null, addressed: true };
    if (!/^[\uac00-\ud7a3]{2,4}$/.test(key) || !SURNAMES.has(key[0]!)) return null;
    const next = (tokens.keys[j + 1] ?? "").normalize("NFC");
    if (j + 1 < tokens.count && (tokens.sep[j + 1] ?? 0) === 0 && (next === "님" || next === "씨" || /^[\uac00-\ud7a3]{1,3}님$/.test(next))) return { first: j, last: j + 1, words: [key], alias: null, addressed: true };
    return null;
  }
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
function isUpper(c: number): boolean {
  return c >= 0x41 && c <= 0x5a ? true : c < 0x80 ? false : UPPER.test(String.fromCodePoint(c));
}
function isLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a ? true : c < 0x80 ? false : LOWER.test(String.fromCodePoint(c));
}

/** The sentence (or line) around tokens [first, last]. */
function sentenceOf(tokens: Tokens, first: number, last: number): { from: number; to: number } {
  const stop = SEP.sentence | SEP.paragraph | SEP.newline;
  let from = first;
  while (from > 0 && ((tokens.sep[from] ?? 0) & stop) === 0) from--;
  let to = last;
  while (to + 1 < tokens.count && ((tokens.sep[to + 1] ?? 0) & stop) === 0) to++;
  return { from, to };
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

/** Two mentions of the same person: names or addresses alike (samePerson), or, between two full names, the same surname. */
function samePeople(x: Contrasted, y: Contrasted): boolean {
  for (const a of [x.words, x.alias]) for (const b of [y.words, y.alias]) if (a && b && a.length > 0 && b.length > 0 && sameName(a.filter(notParticle), b.filter(notParticle))) return true;
  return false;
}
const notParticle = (w: string) => !PARTICLES.has(w);

/** As samePerson, except that two full names sharing only the given name are two people ("Luis Ortega Marín", "Luis Ortiz Navarro"). */
function sameName(a: readonly string[], b: readonly string[]): boolean {
  if (a.length >= 2 && b.length >= 2) return samePerson(a.slice(1), b.slice(1)) || withinTwoEdits(a.join(""), b.join(""));
  return samePerson(a, b);
}
