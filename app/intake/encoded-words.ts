import { rot13 } from "./decode-line.js";

/**
 * What scan-encoded-text.ts reads a line's words and characters for: marker words of an encoded
 * instruction in rot13 and reversed, English function words (packed into numbers), each letter's
 * rot13 gain, and hex pairs.
 */

/** Words an encoded instruction is made of; two or more in one line of rot13 or reversed text is a hidden instruction. */
const MARKER_WORDS = new Set(["ignore", "previous", "instructions", "instruction", "system", "prompt", "approved", "security", "review", "bypass", "disregard", "override", "admin", "password", "offboard", "assistant", "credentials", "forget", "approve", "approval", "policy", "rules", "everything", "disable", "delete", "remove", "secret", "tokens", "already", "immediately", "without",
  // The same markers in the major languages, unaccented (rot13 leaves accented letters alone): "Nonvxna gvawnhna xrnznana" is
  // "Abaikan tinjauan keamanan" (id es de it nl pt pl tr sv fr).
  "abaikan", "tinjauan", "keamanan", "setujui", "persetujuan", "ignora", "ignorar", "seguridad", "revision", "aprueba", "aprobar", "aprobado", "omitir", "instrucciones", "anteriores",
  "ignoriere", "ignorieren", "anweisungen", "sicherheit", "freigabe", "genehmigen", "umgehen", "istruzioni", "sicurezza", "approva", "approvare", "revisione", "precedenti",
  "negeer", "instructies", "beveiliging", "goedkeuren", "aprovar", "aprove", "zignoruj", "instrukcje", "yoksay", "onayla", "ignorera", "instruktioner", "granskning", "ignorez", "approuvez", "contourner"]);
export const ROT13_MARKERS = new Set([...MARKER_WORDS].map((w) => rot13(w)));
export const REVERSED_MARKERS = new Set([...MARKER_WORDS].map((w) => [...w].reverse().join("")));

export const HEX_DIGIT = Uint8Array.from({ length: 128 }, (_, c) => ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66) ? 1 : 0));
export const isHex = (s: string, i: number) => HEX_DIGIT[s.charCodeAt(i)] === 1;
export const isSeparator = (c: number) => c === 0x20 || c === 0x3a || c === 0x2c || c === 0x2d;

/** How many hex pairs joined by single separators start at `at` (counting stops at eight). */
export function separatedPairs(raw: string, at: number): number {
  if (at < 0) return 0;
  let pairs = 0;
  for (let i = at; pairs < 8 && isHex(raw, i) && isHex(raw, i + 1); i += 3) {
    pairs++;
    if (!isSeparator(raw.charCodeAt(i + 2))) break;
  }
  return pairs;
}

/** English function words: a line with more of them once rot13-decoded than as written is rot13 text. */
const COMMON = new Set(["the", "you", "are", "now", "and", "has", "have", "this", "that", "with", "for", "your", "all", "not", "is", "to", "of", "it", "be", "please", "must", "will", "from", "been", "was", "any", "as", "an", "do", "no", "off", "out", "then", "their", "should"]);
const ROT13_COMMON = new Set([...COMMON].map((w) => rot13(w)));
/**
 * A lower-case ASCII word of up to 6 letters as one small integer, 5 bits a letter (a = 1): words
 * are looked up by this number, without making a string of every word.
 */
const packWord = (w: string) => [...w.slice(0, 6)].reduce((k, ch) => k * 32 + ch.charCodeAt(0) - 0x60, 0);

/**
 * Packed words (packWord) and their flags, as one open-addressing table of (key, flags) pairs
 * with a power of two of slots: every word of every line is looked up, and Set look-ups (of a
 * string cut out of the line) cost more than the rest of reading it. Key 0 marks an empty slot (a
 * packed word is never 0).
 */
function packedTable(slots: number, entries: Iterable<readonly [word: string, flag: number]>): Int32Array {
  const table = new Int32Array(2 * slots);
  for (const [w, flag] of entries) {
    const packed = packWord(w);
    let slot = packedSlot(table, packed);
    while (table[2 * slot] !== 0 && table[2 * slot] !== packed) slot = (slot + 1) & (slots - 1);
    table[2 * slot] = packed;
    table[2 * slot + 1]! |= flag;
  }
  return table;
}
const packedSlot = (table: Int32Array, packed: number) => (Math.imul(packed, 0x9e3779b1) >>> 20) & ((table.length >> 1) - 1);

/** The flags of a packed word in a packedTable (0: not in it). */
function packedFlags(table: Int32Array, packed: number): number {
  for (let slot = packedSlot(table, packed); ; slot = (slot + 1) & ((table.length >> 1) - 1)) {
    const key = table[2 * slot]!;
    if (key === packed) return table[2 * slot + 1]!;
    if (key === 0) return 0;
  }
}

export const PLAIN_FUNCTION_WORD = 1;
export const ROT13_FUNCTION_WORD = 2;
/** COMMON and ROT13_COMMON packed. */
const FUNCTION_WORDS = packedTable(256, [...[...COMMON].map((w) => [w, PLAIN_FUNCTION_WORD] as const), ...[...ROT13_COMMON].map((w) => [w, ROT13_FUNCTION_WORD] as const)]);

/** The function-word flags of a packed word (0: neither). */
export function functionWordFlags(packed: number): number {
  return packedFlags(FUNCTION_WORDS, packed);
}

/**
 * The first six letters (all of a shorter one) of each rot13 and reversed marker word, packed: a
 * word of 5-14 letters is cut out of its line and looked up in the marker sets only when its own
 * first six letters are one of these (a word equal to a marker has the marker's first six). One of
 * the corpus's words of 5-14 letters in three passed the two-letter table this replaces, one in
 * about 180 passes this.
 */
const MARKER_PREFIXES = packedTable(512, [...ROT13_MARKERS, ...REVERSED_MARKERS].map((w) => [w, 1] as const));

/** Whether a word's packed first six letters (all of a word of five) are a marker's. */
export function mayBeMarker(packed: number): boolean {
  return packedFlags(MARKER_PREFIXES, packed) !== 0;
}

/** English letter frequencies (per mille, a..z), for telling rot13 text from the text it came from. */
const ENGLISH = [82, 15, 28, 43, 127, 22, 20, 61, 70, 2, 8, 40, 24, 67, 75, 19, 1, 60, 63, 91, 28, 10, 24, 2, 20, 1];
/** Per letter: how much more English the letter's rot13 is than the letter (log ratio of frequencies). */
export const ROT_GAIN = Float64Array.from({ length: 26 }, (_, i) => Math.log(ENGLISH[(i + 13) % 26]! / ENGLISH[i]!));
export const MIN_ROT_LETTERS = 16;
export const MIN_ROT_GAIN = 0.45;
