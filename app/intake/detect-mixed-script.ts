import type { DetectorHit } from "./detector-hit.js";

/** A Greek or Cyrillic letter: the scripts whose look-alikes of Latin letters are used to hide words. */
const GREEK_OR_CYRILLIC = /[\u0370-\u03ff\u0400-\u052f]/;
/** A word: letters, combining marks and the zero-width characters hidden inside words. */
const WORD = /[\p{L}\p{M}\u200b-\u200d\u2060]+/gu;
const LATIN = /[A-Za-z\u00c0-\u024f\u1e00-\u1eff]/;
const MIN_WORDS = 2;

/**
 * Words that mix Latin letters with Greek or Cyrillic ones ("Оhіtа", "ignоre"): UTS #39's
 * mixed-script test, on the raw text. No language writes a word in two of these scripts; a
 * writer who wants a word to look Latin while matching nothing does. Normalisation folds such
 * letters to ASCII so that the rules read the words in the languages the lexicon knows; this
 * finding does not depend on the language. Two such words or more are a finding (one can be a
 * slip of the keyboard layout). Offsets are raw. Linear: only texts holding a Greek or Cyrillic
 * letter are read word by word.
 */
export function detectMixedScript(raw: string): DetectorHit[] {
  if (!GREEK_OR_CYRILLIC.test(raw)) return [];
  let count = 0;
  let start = -1;
  let end = -1;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(raw); m !== null; m = WORD.exec(raw)) {
    const w = m[0];
    if (w.length < 2 || !GREEK_OR_CYRILLIC.test(w) || !LATIN.test(w)) continue;
    if (count++ === 0) start = m.index;
    end = m.index + w.length;
  }
  if (count < MIN_WORDS) return [];
  return [{ rule: "hidden.mixed_script", technique: "hidden characters", severity: "medium", start, end, reason: `writes ${count} words in Latin mixed with Greek or Cyrillic look-alike letters (UTS #39 mixed script)` }];
}
