import type { FoundEmail } from "./detect-identities.js";
import { employeeIdAt, NAME_REACH } from "./detect-correction.js";
import { localWords } from "./named-people.js";
import type { NormalizedText } from "./normalize-text.js";
import { tokenAtOffset } from "./token-queries.js";
import { SEP, type Tokens } from "./tokenize.js";

/** A person in a contrast: name words (or an address's local part) and, for a name followed by "(address)", that address's words. */
export interface Contrasted {
  first: number;
  last: number;
  words: string[];
  alias: string[] | null;
  /** Written with an address (a name followed by "(address)", or the address alone), or as a Korean name with an honorific. */
  addressed: boolean;
}

/** Lower-case words inside a name ("Peter van der Berg"): not words that tell people apart. */
export const PARTICLES = new Set(["van", "der", "den", "de", "da", "das", "do", "dos", "del", "della", "di", "du", "la", "le", "von", "zu", "ter", "ten", "bin", "al", "el"]);
/** Capitalised words that open sentences rather than name anyone. */
const NOT_A_NAME = new Set(["it", "its", "the", "this", "that", "please", "es", "het", "to", "ce", "c", "il", "lo", "la", "el", "der", "die", "das", "sorry", "hi", "hello", "hallo", "hoi", "ciao", "hola", "re", "fw", "fwd", "subject"]);
const SURNAMES = new Set("김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉".split(""));

/** People in raw text: capitalised names (any cased script), addresses, Korean names with an honorific. */
export class PersonReader {
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
    // The whole name: "Can Demir değil" is Can Demir, not Demir alone (the longest name ending there).
    let whole: Contrasted | null = null;
    for (let j = start - 1; j >= 0 && j >= start - 4; j--) {
      const p = this.personAt(j);
      if (p && p.last === start - 1) whole = p;
      else if (whole) break;
    }
    if (whole) return whole;
    return this.uncasedWithId(start - 1);
  }

  /**
   * A name in a script without capitals, written with an employee id in brackets that ends at token
   * `end` ("राहुल वर्मा (NH-007602)"): the two words before the bracket (Han and kana, one character a
   * token, are left out). Only with the id: such a name has no other mark.
   */
  private uncasedWithId(end: number): Contrasted | null {
    const { tokens } = this;
    for (let j = end; j >= 1 && j >= end - 3; j--) {
      if (((tokens.sep[j] ?? 0) & SEP.open) === 0) continue;
      const id = employeeIdAt(this.norm.text, tokens, j);
      if (!id || id.last !== end || j < 2 || (tokens.sep[j - 1] ?? 0) !== 0) return null;
      const words = [tokens.keys[j - 2] ?? "", tokens.keys[j - 1] ?? ""];
      if (!words.every((w) => this.uncased(w))) return null;
      return { first: j - 2, last: end, words, alias: null, addressed: true };
    }
    return null;
  }

  /** A word of two or more letters of a script without case, other than Han, kana or Hangul (Devanagari, Arabic, Thai...). */
  private uncased(word: string): boolean {
    const head = word.codePointAt(0) ?? 0;
    return word.length >= 2 && head >= 0x0370 && !isUpper(head) && !isLower(head) && /^\p{L}/u.test(word) && !/[\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]/u.test(word);
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

  /** Whether an address starts at token j. */
  isAddressAt(j: number): boolean {
    return this.emailAt.has(j);
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
