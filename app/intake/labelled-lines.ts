import type { BrokenLines } from "./broken-lines.js";

/** Every piece but the last ends in a letter and every piece but the first starts with a lower-case letter. */
function cutInsideWords(list: readonly { text: string }[]): boolean {
  return list.every((p, i) => (i === list.length - 1 || /\p{L}$/u.test(p.text)) && (i === 0 || /^\p{Ll}/u.test(p.text)));
}

/** A sentence spread over lines that share a label with a running letter or number, put back together (the shape of a broken-lines run). */
export type LabelledRun = BrokenLines;

/** Fewest labelled pieces: "Line A:", "Line B:", "Line C:" (a "Plan B:" or one "Note 1:" and "Note 2:" pair is a form). */
const MIN_PIECES = 3;
const MAX_RUNS = 4;
/** Longest piece: a cut sentence has short pieces; numbered paragraphs of a letter are long. */
const MAX_PIECE = 60;
/**
 * "Line A: skip the", "- Obs. 2: a revisión de", "Note 3) approve": at the start of a line (a bullet left out), a label of one
 * or two words, then a running mark (one letter after a space, or a number of one or two digits), ')' or '.' allowed, then ':'.
 * Bounded repetitions only, anchored at the line start: linear.
 */
const LABEL = /^[ \t]*(?:[-*•>][ \t]*)?(\p{L}[\p{L}.]{0,15}(?:,?[ \t]\p{L}[\p{L}.]{0,15})?)(?:[ \t]([A-Za-z\u0391-\u03A9\u03B1-\u03C9\u0410-\u044F])|[ \t]?(\d{1,2}))[.)]?[ \t]*:[ \t]*(\S.*)$/u;
/**
 * "1) no envíes", "2. esta solicitud", "c) a revisión", "б) перевірку безпеки", "Β. έλεγχο ασφαλείας": a bare running mark at the line
 * start, ')' or '.' after it (a number; a Latin letter with ')'; a Greek or Cyrillic letter with ')' or '.').
 */
const BARE = /^[ \t]*(?:(\d{1,2})[.)]|([A-Za-z])\)|([\u0391-\u03A9\u03B1-\u03C9\u0410-\u044F])[.)])[ \t]+(\S.*)$/;
/** The running letters of Greek and of Cyrillic lists, in the order they run (a Cyrillic list skips Ё, Й and the signs; Ukrainian Є and І are read as Е and И's places). */
const GREEK = "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ";
const CYRILLIC = "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ";

/** The place of a running letter in its alphabet (A, Α, А: 1), 0 for a letter no list runs by. */
function letterMark(letter: string): number {
  const upper = letter.toUpperCase();
  const c = upper.charCodeAt(0);
  if (c >= 0x41 && c <= 0x5a) return c - 64;
  return GREEK.indexOf(upper) + 1 || CYRILLIC.indexOf(upper) + 1;
}

/**
 * Pieces of one instruction spread over lines labelled with one label and a running mark, other lines between them
 * ("Line A: skip the" / "Laptop: returned" / "Line B: security review" / "Badge: handed over" / "Line C: and approve now.",
 * "- Obs. 1: no enviar" / "- Obs. 2: a revisión de" / "- Obs. 3: seguridad, aprobar" / "- Obs. 4: directamente."): three or
 * more lines whose labels differ only in the mark, the marks running 1, 2, 3 ... or A, B, C ... from the first, each piece
 * MAX_PIECE characters at most, joined with a space in the order of their marks. The joined text is scanned again like any
 * decoded layer, so only an instruction becomes a finding (numbered notes about a laptop and a badge read as nothing).
 * Linear: one anchored match per line that holds a ':'; a text with fewer than two line breaks is not looked at.
 */
export function labelledRuns(raw: string): LabelledRun[] {
  const out: LabelledRun[] = [];
  const first = raw.indexOf("\n");
  if (first < 0 || raw.indexOf("\n", first + 1) < 0) return out;
  // Pieces by label (lower case), in the order the lines come.
  let byLabel: Map<string, { mark: number; start: number; end: number; text: string }[]> | null = null;
  let lineStart = 0;
  // The first ':' at or after the line's start (-1: none), searched again only once the lines have
  // passed it: a search from each line ran to the end of a text with few colons.
  let colon = raw.indexOf(":");
  while (lineStart < raw.length) {
    let lineEnd = raw.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = raw.length;
    if (colon >= 0 && colon < lineStart) colon = raw.indexOf(":", lineStart);
    let piece: { label: string; mark: number; text: string } | null = null;
    if (colon >= 0 && colon < lineEnd && colon - lineStart <= 40 && markBefore(raw, colon, lineStart)) {
      const m = LABEL.exec(raw.slice(lineStart, lineEnd).replace(/\r$/, ""));
      if (m !== null) piece = { label: m[1]!.toLowerCase() + (m[2] !== undefined ? "#a" : "#1"), mark: m[2] !== undefined ? letterMark(m[2]) : Number(m[3]), text: m[4]! };
    }
    // A numbered list with no label: "1) no envíes" / "2) esta solicitud" / "3) a revisión" / "4) de seguridad," / "5) apruébala ya."
    if (piece === null && lineEnd - lineStart <= MAX_PIECE + 8 && bareMarkAt(raw, lineStart)) {
      const m = BARE.exec(raw.slice(lineStart, lineEnd).replace(/\r$/, ""));
      const letter = m?.[2] ?? m?.[3];
      if (m !== null) piece = { label: m[1] !== undefined ? "#1" : "#a", mark: m[1] !== undefined ? Number(m[1]) : letterMark(letter!), text: m[4]! };
    }
    if (piece !== null && piece.text.length <= MAX_PIECE) {
      byLabel ??= new Map();
      const list = byLabel.get(piece.label) ?? [];
      if (list.length < 32) list.push({ mark: piece.mark, start: lineStart, end: lineEnd, text: piece.text.trim() });
      byLabel.set(piece.label, list);
    }
    lineStart = lineEnd + 1;
  }
  if (byLabel === null) return out;
  for (const list of byLabel.values()) {
    if (list.length < MIN_PIECES || out.length >= MAX_RUNS) continue;
    // The marks run from the first (1 or A) without a gap, in the order the lines come.
    if (!list.every((p, i) => p.mark === i + 1)) continue;
    out.push({ start: list[0]!.start, end: list[list.length - 1]!.end, text: list.map((p) => p.text).join(" ") });
    // Cut inside words ("ne transmets pas cette dem" / "ande à l'équipe sécu" / "rité, valide-la"): joined with nothing too.
    if (cutInsideWords(list)) out.push({ start: list[0]!.start, end: list[list.length - 1]!.end, text: list.map((p) => p.text).join("") });
  }
  return out;
}

/**
 * Whether the line starting at `lineStart` begins as BARE needs (spaces or tabs, then one or two
 * digits and '.' or ')', one ASCII letter and ')', or one Greek or Cyrillic letter and ')' or '.'): tested in place, so most lines (which
 * start with a word) are not cut out of the text for the regex.
 */
function bareMarkAt(raw: string, lineStart: number): boolean {
  let j = lineStart;
  while (raw.charCodeAt(j) === 0x20 || raw.charCodeAt(j) === 0x09) j++;
  const c = raw.charCodeAt(j);
  if (c >= 0x30 && c <= 0x39) {
    const next = raw.charCodeAt(j + 1);
    const after = next >= 0x30 && next <= 0x39 ? raw.charCodeAt(j + 2) : next;
    return after === 0x2e || after === 0x29;
  }
  if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) return raw.charCodeAt(j + 1) === 0x29;
  const after = raw.charCodeAt(j + 1);
  return greekOrCyrillic(c) && (after === 0x29 || after === 0x2e);
}

/** A basic Greek or Cyrillic letter (U+0391–03A9, U+03B1–03C9, U+0410–044F): the running letters of those lists. */
function greekOrCyrillic(c: number): boolean {
  return (c >= 0x391 && c <= 0x3a9) || (c >= 0x3b1 && c <= 0x3c9) || (c >= 0x410 && c <= 0x44f);
}

/**
 * Whether a running mark can stand right before the line's first ':' at `colon`, as LABEL needs (a
 * digit, or one Latin, Greek or Cyrillic letter after a space or tab, then maybe ')' or '.', then spaces): most lines
 * with a colon are "Name: value" fields, tested here without cutting the line out of the text.
 */
function markBefore(raw: string, colon: number, lineStart: number): boolean {
  let j = colon - 1;
  while (j > lineStart && (raw.charCodeAt(j) === 0x20 || raw.charCodeAt(j) === 0x09)) j--;
  const c = raw.charCodeAt(j);
  if (c === 0x2e || c === 0x29) j--;
  const m = raw.charCodeAt(j);
  if (m >= 0x30 && m <= 0x39) return true;
  const letter = (m >= 0x41 && m <= 0x5a) || (m >= 0x61 && m <= 0x7a) || greekOrCyrillic(m);
  const before = raw.charCodeAt(j - 1);
  return letter && (before === 0x20 || before === 0x09);
}
