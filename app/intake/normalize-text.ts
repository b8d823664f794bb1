/**
 * Normalises raw intake text before the injection rules run, keeping a map from every
 * normalised character back to its offset in the original, so findings point at what the
 * human actually sent. Steps: Unicode NFKC per character, drop zero-width and bidi controls and
 * Unicode tag characters (invisible carriers of instructions), lower-case.
 */
export interface NormalizedText {
  text: string;
  /** Offset in the raw text of normalised character i (raw.length for i past the end). */
  originOf(i: number): number;
  /** Offsets (raw) of dropped bidi controls and tag characters: invisible carriers, themselves a signal. */
  suspicious: number[];
}

// Zero-width characters (U+200B-U+200D, U+2060-U+2064, U+FEFF) are dropped silently: scripts such
// as Persian and emoji sequences use joiners legitimately. Bidi controls (U+202A-U+202E,
// U+2066-U+2069, U+200E/F, U+061C) and tag characters (U+E0000-U+E007F) are dropped and reported.
const ZERO_WIDTH = /[\u200b-\u200d\u2060-\u2064\ufeff]/u;
const SUSPICIOUS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]|[\u{e0000}-\u{e007f}]/u;

const ASCII = /^[\x00-\x7f]*$/;

export function normalizeText(raw: string): NormalizedText {
  // Fast path: ASCII is unchanged by NFKC and holds no invisible characters; offsets are identical.
  if (ASCII.test(raw)) return { text: raw.toLowerCase(), originOf: (i) => Math.min(i, raw.length), suspicious: [] };
  let text = "";
  const origin: number[] = [];
  const suspicious: number[] = [];
  let offset = 0;
  for (const ch of raw) {
    if (SUSPICIOUS.test(ch)) {
      suspicious.push(offset);
    } else if (!ZERO_WIDTH.test(ch)) {
      const mapped = ch.normalize("NFKC").toLowerCase();
      for (let i = 0; i < mapped.length; i++) origin.push(offset);
      text += mapped;
    }
    offset += ch.length;
  }
  return { text, originOf: (i) => origin[i] ?? raw.length, suspicious };
}
