import { decodeLine, type LineDecoded } from "./decode-line.js";
import { ROT13_MARKERS, REVERSED_MARKERS, HEX_DIGIT, isHex, isSeparator, separatedPairs, mayBeMarker, PLAIN_FUNCTION_WORD, ROT13_FUNCTION_WORD, functionWordFlags, ROT_GAIN, MIN_ROT_LETTERS, MIN_ROT_GAIN } from "./encoded-words.js";

/** The one pass over a text's characters that decode-layers.ts starts from: base64 runs, where hex can start, and what each line decodes to (scanText). */

/** A line longer than this is read in pieces of this length. */
const MAX_LINE = 4096;

/** What one pass over a text's characters finds (see scanText). */
export interface TextScan {
  /** Runs of at least 16 base64 (or base64url) characters (see closeRun). */
  runs: { start: number; end: number; text: string }[];
  /** Where the HEX scan can start, or -1 when HEX cannot match. */
  hexFrom: number;
  /** The lines (or MAX_LINE pieces of a longer line) that hold something, in order, with what they hold. */
  lines: { start: number; end: number; d: LineDecoded }[];
}

/**
 * One pass over the characters of a text, line by line (a line longer than MAX_LINE read in
 * pieces), for three things at once:
 *
 * - Base64 runs: runs of at least 16 characters of one base64 alphabet, read over a class table
 *   (see closeRun). A letter is in both alphabets, so it only starts or extends a run.
 * - Where HEX can start: 0 when the text has a `\x` escape; else the first place eight hex pairs
 *   joined by separators start ("de:ad:be:ef:00:11:22:33", what HEX's first branch needs),
 *   checked in a bounded look around each separator followed by a hex digit. HEX itself starts
 *   with a hex class and so tries nearly every position of a text (3 ms a megabyte); and an ISO
 *   date has three separated pairs ("2026-11-30"), so a test for three sent nearly every request
 *   through it.
 * - Each line's words (runs of ASCII letters), for two questions:
 *   - Marker words: words of 5-14 letters that are marker words in rot13, and reversed; plus a
 *     vote of short function words (a line reading "Lbh ner abj gur ..." is rot13 of "You are
 *     now the ..."): 3 or more that decode to English function words, and more than the line
 *     has as written, count as two marker words. Words are looked up packed into a number (their
 *     first six letters), so only a word starting like a marker is sliced out of the line.
 *   - The rot13 run: the stretch of the line that reads far more like English once
 *     rot13-decoded than as written ("ref code fraq gur bxgn nqzva gbxra gb ..." inside an
 *     otherwise plain line), found as the maximum-sum run of whole words by letter-frequency
 *     gain (Kadane). Needs 16 letters and an average gain per letter that ordinary text in
 *     Latin-script languages does not reach; the decoded text is then scanned like any other,
 *     so only an instruction becomes a finding.
 *   and then the rest of what the line holds (decodeLine). What each distinct line decodes to is
 *   kept for a text longer than one line's limit: a line repeated in a long text is decoded once
 *   (a short text's few lines are decoded directly: hashing them costs more).
 */
export function scanText(raw: string): TextScan {
  const runs: TextScan["runs"] = [];
  const found: TextScan["lines"] = [];
  let hexFrom = raw.includes("\\x") && /\\x[0-9a-fA-F]{2}/.test(raw) ? 0 : -1;
  // The base64 run being read (-1: none) and the alphabets all its characters belong to.
  let runFrom = -1;
  let classes = B64 | B64URL;
  const decoded = raw.length > MAX_LINE ? new Map<string, LineDecoded>() : null;
  let lineStart = 0;
  while (lineStart < raw.length) {
    let lineEnd = raw.indexOf("\n", lineStart);
    if (lineEnd < 0 || lineEnd - lineStart > MAX_LINE) lineEnd = Math.min(raw.length, lineStart + MAX_LINE);
    // Cut out of the text only for a long text's line cache, or when it has something to decode.
    const line = decoded !== null ? raw.slice(lineStart, lineEnd) : null;
    // A line decoded before (in a long text): its characters are read for base64 and HEX only.
    let d = line !== null ? decoded?.get(line) : undefined;
    if (d !== undefined) {
      const state = { runFrom, classes, hexFrom };
      readChars(raw, lineStart, lineEnd, runs, state);
      ({ runFrom, classes, hexFrom } = state);
    } else {
      let rot = 0;
      let rev = 0;
      // The characters decodeLine looks for first ('%', '+', '=', '/', '3', ':'), as CHAR_KIND's mark bits.
      let marks = 0;
      let rotCommon = 0;
      let plainCommon = 0;
      // The rot13 run (Kadane over words): the current run and the best one.
      let best = 0;
      let bestFrom = -1;
      let bestTo = -1;
      let bestLetters = 0;
      let sum = 0;
      let letters = 0;
      let runStart = -1;
      for (let i = lineStart; i < lineEnd; i++) {
        let ch = raw.charCodeAt(i);
        let c = ch | 0x20;
        if (c >= 0x61 && c <= 0x7a) {
          // A word (a run of ASCII letters), read to its end here: a letter is in both base64
          // alphabets (it only starts or extends a run), no mark and no separator, so the inner loop
          // does nothing else (a letter at a time through the whole loop cost a tenth more).
          if (runFrom < 0) runFrom = i;
          const start = i;
          let packed = 0;
          let word = 0;
          do {
            // Exact up to 6 letters (30 bits); longer words are never looked up by it.
            if (i - start < 6) packed = packed * 32 + c - 0x60;
            word += ROT_GAIN[c - 0x61]!;
            // NaN past the end of the text: not a letter.
            c = raw.charCodeAt(++i) | 0x20;
          } while (i < lineEnd && c >= 0x61 && c <= 0x7a);
          const len = i - start;
          if (len >= 2 && len <= 6) {
            const flags = functionWordFlags(packed);
            if (flags & ROT13_FUNCTION_WORD) rotCommon++;
            if (flags & PLAIN_FUNCTION_WORD) plainCommon++;
          }
          if (len >= 5 && len <= 14 && mayBeMarker(packed)) {
            const lower = raw.slice(start, i).toLowerCase();
            if (ROT13_MARKERS.has(lower)) rot++;
            if (REVERSED_MARKERS.has(lower)) rev++;
          }
          if (sum + word > 0) {
            if (runStart < 0 || sum <= 0) {
              runStart = start;
              sum = 0;
              letters = 0;
            }
            sum += word;
            letters += len;
            if (sum > best) {
              best = sum;
              bestFrom = runStart;
              bestTo = i;
              bestLetters = letters;
            }
          } else {
            runStart = -1;
            sum = 0;
            letters = 0;
          }
          // The line's end ends its last word (the character there, a line break or the next
          // piece's first, is read after the line or in the next piece).
          if (i === lineEnd) break;
          ch = raw.charCodeAt(i);
        }
        // One table look-up for all three questions (the mark bits gathered with the rest are never read).
        const kind = ch < 0x80 ? CHAR_KIND[ch]! : 0;
        const cls = kind & (B64 | B64URL);
        marks |= kind;
        if (cls !== 0 && (classes & cls) !== 0) {
          if (runFrom < 0) runFrom = i;
          classes &= cls;
        } else {
          if (runFrom >= 0 && i - runFrom >= 14) closeRun(raw, runs, runFrom, i);
          runFrom = cls !== 0 ? i : -1;
          classes = cls !== 0 ? cls : B64 | B64URL;
        }
        // Written out (isSeparator): this runs at every space. charCodeAt is NaN past the end and before the
        // start (not below 0x80). The characters on both sides are tested before separatedPairs
        // (whose first pair ends right before the separator): a space after a word seldom has a
        // hex digit on both sides, and the call at every space cost a tenth of this loop.
        if (hexFrom < 0 && (kind & SEPARATOR) !== 0) {
          const next = raw.charCodeAt(i + 1);
          const prev = raw.charCodeAt(i - 1);
          if (next < 0x80 && HEX_DIGIT[next] === 1 && prev < 0x80 && HEX_DIGIT[prev] === 1 && separatedPairs(raw, i - 2) >= 8) {
            hexFrom = i - 2;
          }
        }
      }
      if (rotCommon >= 3 && rotCommon > plainCommon) rot += 2;
      const run = lineEnd - lineStart >= MIN_ROT_LETTERS && bestFrom >= 0 && bestLetters >= MIN_ROT_LETTERS && best / bestLetters >= MIN_ROT_GAIN ? ([bestFrom - lineStart, bestTo - lineStart] as [number, number]) : null;
      // Most lines hold nothing decodeLine could find: they are not cut out of the text, and share one answer.
      const wanted = rot >= 2 || rev >= 2 || run !== null || (marks & PERCENT_MARK) !== 0 || (marks & PLUS_EQUALS) === PLUS_EQUALS || (marks & SLASH_COLON) === SLASH_COLON || ((marks & THREE_COLON) === THREE_COLON && lineEnd - lineStart > 16);
      d = wanted ? decodeLine(line ?? raw.slice(lineStart, lineEnd), { rot, rev, run }) : NOTHING;
      if (line !== null) decoded?.set(line, d);
    }
    if (d !== NOTHING && (d.url !== null || d.rot13 !== null || d.reversed !== null || d.part !== null)) found.push({ start: lineStart, end: lineEnd, d });
    if (raw.charCodeAt(lineEnd) === 0x0a) {
      // A line break ends a base64 run (closeRun joins the runs it alone separates).
      if (runFrom >= 0) closeRun(raw, runs, runFrom, lineEnd);
      runFrom = -1;
      classes = B64 | B64URL;
      lineStart = lineEnd + 1;
    } else lineStart = lineEnd;
  }
  if (runFrom >= 0) closeRun(raw, runs, runFrom, raw.length);
  return { runs, hexFrom, lines: found };
}

/**
 * What scanText reads of an ASCII character, as bits of one table (CHAR_KIND): the base64
 * alphabets it belongs to, whether it separates hex pairs (isSeparator), and the marks below.
 */
const B64 = 1;
const B64URL = 2;
const SEPARATOR = 4;
/**
 * What decodeLine needs before it reads a line (its first tests): '%' (percent-encoding), '+' and
 * '=' together (a form-encoded query), '3' and ':' (a "rot13:" label, with more than 16
 * characters), '/' and ':' (a "part 1/3:" label). A line with none of them, and no rot13 or
 * reversed words, decodes to NOTHING without being cut out of the text. (The ':' both labels end
 * with: a date has a '3' or a '/' often, and sent most lines through both label regexes.)
 */
const PERCENT_MARK = 8;
const PLUS_MARK = 16;
const EQUALS_MARK = 32;
const PLUS_EQUALS = PLUS_MARK | EQUALS_MARK;
const SLASH_MARK = 64;
const THREE_MARK = 128;
const COLON_MARK = 256;
const SLASH_COLON = SLASH_MARK | COLON_MARK;
const THREE_COLON = THREE_MARK | COLON_MARK;
const NOTHING: LineDecoded = { url: null, rot13: null, reversed: null, part: null };
const CHAR_KIND = Uint16Array.from({ length: 128 }, (_, c) => {
  const alnum = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  const alphabets = alnum ? B64 | B64URL : c === 0x2b || c === 0x2f ? B64 : c === 0x2d || c === 0x5f ? B64URL : 0;
  const mark = c === 0x25 ? PERCENT_MARK : c === 0x2b ? PLUS_MARK : c === 0x3d ? EQUALS_MARK : c === 0x2f ? SLASH_MARK : c === 0x33 ? THREE_MARK : c === 0x3a ? COLON_MARK : 0;
  return alphabets | (isSeparator(c) ? SEPARATOR : 0) | mark;
});

/** The base64 run being read, its alphabets and HEX's first candidate, between lines (see scanText). */
interface CharState {
  runFrom: number;
  classes: number;
  hexFrom: number;
}

/**
 * scanText's reading of [from, to) for base64 runs and HEX's first candidate only, not for words:
 * the same steps as scanText's character branch, written out twice on purpose (scanText's loop is
 * the hot one, and a shared helper call per character cost more than the pass saved). Checked
 * against the three-pass reader it replaced: the same segments for 20,000 generated texts and
 * the same findings for every corpus text.
 */
function readChars(raw: string, from: number, to: number, runs: TextScan["runs"], state: CharState): void {
  let { runFrom, classes, hexFrom } = state;
  for (let i = from; i < to; i++) {
    const ch = raw.charCodeAt(i);
    const c = ch | 0x20;
    // A letter: in both alphabets, and no separator.
    if (c >= 0x61 && c <= 0x7a) {
      if (runFrom < 0) runFrom = i;
      continue;
    }
    const cls = ch < 0x80 ? CHAR_KIND[ch]! & (B64 | B64URL) : 0;
    if (cls !== 0 && (classes & cls) !== 0) {
      if (runFrom < 0) runFrom = i;
      classes &= cls;
    } else {
      if (runFrom >= 0 && i - runFrom >= 14) closeRun(raw, runs, runFrom, i);
      runFrom = cls !== 0 ? i : -1;
      classes = cls !== 0 ? cls : B64 | B64URL;
    }
    if (hexFrom < 0 && isSeparator(ch) && isHex(raw, i + 1) && separatedPairs(raw, i - 2) >= 8) hexFrom = i - 2;
  }
  state.runFrom = runFrom;
  state.classes = classes;
  state.hexFrom = hexFrom;
}

/**
 * Ends the base64 run [start, end) (see scanText), keeping up to two trailing '=': kept when at
 * least 16 characters long (so never called in the loops for a run shorter than 14), joined to the run before when only a line break separates them (MIME
 * wraps at 76 characters).
 */
function closeRun(raw: string, runs: TextScan["runs"], start: number, end: number): void {
  let e = end;
  while (e < raw.length && e - end < 2 && raw.charCodeAt(e) === 0x3d) e++;
  if (e - start >= 16) {
    const last = runs[runs.length - 1];
    const gap = last ? raw.slice(last.end, start) : "";
    if (last && (gap === "\n" || gap === "\r\n")) {
      last.end = e;
      last.text += raw.slice(start, e);
    } else runs.push({ start, end: e, text: raw.slice(start, e) });
  }
}
