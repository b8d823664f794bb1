import { asciiPrototype } from "./confusables.js";

/**
 * What normalizeText (normalize-text.ts) makes of one ordinary character: NFKC, lower case, NFD,
 * combining marks removed but for the Indic vowel signs and viramas, Arabic/Persian yeh and kaf
 * unified, letters with an ASCII UTS #39 prototype folded to it. A pure function of the character,
 * precomputed for most of them in normalize-text.ts's tables.
 */

const MARKS = /\p{M}/gu;
/**
 * What becomes of a combining mark: dropped (accents: "é" reads as "e"), except in the Indic
 * scripts (U+0900-U+0DFF, Devanagari to Sinhala), whose vowel signs and viramas spell the word:
 * dropped, "बिना" (without) would read as "बन" (become) and "बंद" (closed) as "बाद" (after).
 * There the nukta is still dropped (often left out in typing: "ज़रूरत" and "जरूरत" are one word)
 * and candrabindu reads as anusvara ("हाँ" and "हां", yes).
 */
function keptMark(mark: string): string {
  const cp = mark.charCodeAt(0);
  if (cp < INDIC_START || cp > INDIC_END) return "";
  const offset = cp & 0x7f;
  if (offset === NUKTA) return "";
  if (offset === CANDRABINDU) return String.fromCharCode(cp + 1);
  return mark;
}
const INDIC_START = 0x0900;
const INDIC_END = 0x0dff;
/** A sign's place in its script's 128-code-point block (every Indic block of Unicode keeps these places). */
const NUKTA = 0x3c;
const CANDRABINDU = 0x01;
const LETTER = /^\p{L}$/u;
const UNIFY: Readonly<Record<string, string>> = { "\u064a": "\u06cc", "\u0649": "\u06cc", "\u0643": "\u06a9", "\u0629": "\u0647" };

/**
 * Full stops of scripts whose UTS #39 prototype is no full stop ("-" for the Urdu "۔", ":" for the Armenian "։"), kept as
 * they are, with the Myanmar "။" and the Khmer "។": the tokenizer reads them as sentence ends (WIDE_FLAGS in tokenize.ts).
 * Folded to "-", an Urdu text was one sentence, and "2026۔" at a line's end read as a word broken with a hyphen and was
 * joined to the next line's first word.
 */
const FULL_STOPS: ReadonlySet<string> = new Set(["\u06d4", "\u0589", "\u104b", "\u17d4"]);

export function mapChar(ch: string): string {
  if (ch === "\u2028" || ch === "\u2029" || ch === "\u0085") return "\n";
  if (FULL_STOPS.has(ch)) return ch;
  // Greek capital look-alikes first: "Ε" (U+0395) is confusable with "E", its lower case "ε" is not
  // with "e". (Cyrillic capitals are not folded: Russian text starts sentences with them, and its
  // lower-case look-alikes are folded below.)
  const nfkc = ch.normalize("NFKC");
  const cp = nfkc.codePointAt(0) ?? 0;
  if (cp >= 0x391 && cp <= 0x3a9 && nfkc.length === 1) {
    // Capital iota looks like "I", but UTS #39 gives "l" (it maps "I" itself to "l" too).
    if (cp === 0x399) return "i";
    const upper = asciiPrototype(nfkc, true);
    if (upper !== undefined && /^[A-Za-z]+$/.test(upper)) return upper.toLowerCase();
  }
  const base = ch.normalize("NFKC").toLowerCase().normalize("NFD").replace(MARKS, keptMark);
  let out = "";
  for (const c of base) {
    if (c.charCodeAt(0) < 0x80) {
      out += c;
      continue;
    }
    if (/^\s$/u.test(c)) {
      out += " ";
      continue;
    }
    out += asciiPrototype(c, LETTER.test(c)) ?? UNIFY[c] ?? c;
  }
  return out;
}
