/**
 * Whether a zero-width run stands inside a word, for normalizeText (normalize-text.ts): between
 * letters of a script that never writes one there, or a zero-width space between letters of a
 * script whose spelling needs only the joiners.
 */

/**
 * Whether a zero-width run between `before` and `after` stands inside a word nobody writes so:
 * any zero-width character between letters of Latin, Greek or Cyrillic, and a zero-width space,
 * word joiner or BOM (not a ZWJ or ZWNJ, which Indic, Arabic and Persian spelling needs) between
 * letters or signs of an Indic, Arabic, Hebrew, Armenian or Georgian word ("सुर\u200Bक्षा").
 * Thai, Lao, Khmer and Myanmar are left out: they mark word boundaries with zero-width spaces.
 */
export function inWord(before: number, after: number, hard: boolean): boolean {
  if (inWordOfAlphabet(before) && inWordOfAlphabet(after)) return true;
  return hard && inWordOfJoiningScript(before) && inWordOfJoiningScript(after);
}

/** A letter or sign of Indic (U+0900-0DFF), Arabic, Hebrew, Armenian or Georgian script. */
function inWordOfJoiningScript(cp: number): boolean {
  return (cp >= 0x900 && cp <= 0xdff) || (cp >= 0x620 && cp <= 0x6d3) || (cp >= 0x5d0 && cp <= 0x5ea) || (cp >= 0x531 && cp <= 0x587) || (cp >= 0x10a0 && cp <= 0x10ff);
}

/**
 * Whether a zero-width character next to `cp` sits inside a word of a script that never needs one:
 * Latin, Greek or Cyrillic letters. Persian and Arabic (ZWNJ), the Indic scripts (ZWJ, ZWNJ) and
 * emoji sequences (ZWJ) do, and are not counted.
 */
function inWordOfAlphabet(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  return (cp >= 0xc0 && cp <= 0x24f && cp !== 0xd7 && cp !== 0xf7) || (cp >= 0x370 && cp <= 0x3ff) || (cp >= 0x400 && cp <= 0x52f) || (cp >= 0x1e00 && cp <= 0x1eff);
}
