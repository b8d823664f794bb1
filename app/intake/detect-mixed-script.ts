import type { DetectorHit } from "./detector-hit.js";

/** A Greek or Cyrillic letter: the scripts whose look-alikes of Latin letters are used to hide words. */
const GREEK_OR_CYRILLIC = /[\u0370-\u03ff\u0400-\u052f]/;
const MIN_WORDS = 2;

/**
 * Words that mix Latin letters with Greek or Cyrillic ones ("Оhіtа", "ignоre"): UTS #39's
 * mixed-script test, on the raw text. No language writes a word in two of these scripts; a
 * writer who wants a word to look Latin while matching nothing does. Normalisation folds such
 * letters to ASCII so that the rules read the words in the languages the lexicon knows; this
 * finding does not depend on the language. Two such words or more are a finding (one can be a
 * slip of the keyboard layout). Offsets are raw. Linear: only texts holding a Greek or Cyrillic
 * letter are read, one pass over their code units.
 */
export function detectMixedScript(raw: string): DetectorHit[] {
  if (!GREEK_OR_CYRILLIC.test(raw)) return [];
  let count = 0;
  let start = -1;
  let end = -1;
  // The word being read: where it starts, and the scripts of its letters.
  let from = -1;
  let scripts = 0;
  for (let i = 0; i <= raw.length; i++) {
    const kind = i < raw.length ? classify(raw.charCodeAt(i)) : BREAK;
    if (kind !== BREAK) {
      if (from < 0) {
        from = i;
        scripts = 0;
      }
      scripts |= kind;
      continue;
    }
    if (from >= 0 && (scripts & LATIN) !== 0 && (scripts & GREEK_CYRILLIC) !== 0) {
      if (count++ === 0) start = from;
      end = i;
    }
    from = -1;
  }
  if (count < MIN_WORDS) return [];
  return [{ rule: "hidden.mixed_script", technique: "hidden characters", severity: "medium", start, end, reason: `writes ${count} words in Latin mixed with Greek or Cyrillic look-alike letters (UTS #39 mixed script)` }];
}

const BREAK = 0;
const LATIN = 1;
const GREEK_CYRILLIC = 2;
const OTHER = 4;

/**
 * What a UTF-16 code unit is to a word: a Latin letter, a Greek or Cyrillic one, another
 * word character (letters and marks of other scripts, zero-width characters, surrogates), or a
 * break (ASCII and Latin-1 punctuation, digits and spaces, general and CJK punctuation).
 */
function classify(c: number): number {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? LATIN : BREAK;
  if (c < 0xc0 || c === 0xd7 || c === 0xf7) return BREAK;
  if (c <= 0x24f || (c >= 0x1e00 && c <= 0x1eff)) return LATIN;
  if (c >= 0x370 && c <= 0x52f) return GREEK_CYRILLIC;
  if (c >= 0x200b && c <= 0x200d) return OTHER;
  if ((c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xff0f)) return BREAK;
  return OTHER;
}
