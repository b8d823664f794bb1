import type { FoundEmail } from "./detect-identities.js";
import type { DetectorHit } from "./detector-hit.js";
import { localWords } from "./named-people.js";

/** Cell separators of a pasted table, most specific first: a line is read with the first one it has (rowShape tests their codes in this order). */
const SEPARATORS = ["\t", "|", ";", ","] as const;
/** A header cell: a short label, no digits, no address, no sentence ("name", "work_email", "Último día", "exit type"). */
const HEADER_CELL = /^[\p{L}\p{M} _.#/()-]{0,32}$/u;
/** A Markdown table's rule line under its header: "|---|:---:|". */
const RULE_LINE = /^[\s|:-]*-{3,}[\s|:-]*$/;
/** Most rows read under one header. */
const MAX_ROWS = 50;
/** How far before and after the table the prose is read for the rows' names. */
const PROSE = 2000;

/**
 * A pasted table (CSV, TSV, ';'- or '|'-separated, a Markdown table) with a header line of three or more cells, under which
 * two or more rows each give a different address in the same column, while the prose around it names some of those people
 * and not the others: "this week's leaver (Putri, Jakarta sales). Please action both rows as they are" over "Putri
 * Wulandari,putri.wulandari@…" and "Agus Hidayat,agus.hidayat@…" (target.additional). A request is about one leaver; the
 * rows the prose never names are other people's access removed on it. Not a finding: a table of one row, rows that repeat
 * one address, a table without a header line (prose with commas: "Leaver: Dana Reyes, dana.reyes@…, last day 12 May"), a
 * row with two addresses (one person's record with the manager's), a batch pasted as a batch (no row named in the prose, as
 * "Monthly leaver batch (May) from the SSC, one line per leaver", or every row named). Cheap: only lines holding an address
 * are read, the line above a run of them, and the prose within PROSE characters of the table.
 */
export function detectTableRows(text: string, emails: readonly FoundEmail[]): DetectorHit[] {
  if (emails.length < 2) return [];
  let runStart = -1;
  let runEnd = -1;
  let runShape = "";
  const runAddresses = new Set<string>();
  let rows = 0;
  const close = (): DetectorHit[] => {
    if (runAddresses.size >= 2 && headerAbove(text, runStart, runShape) && namedInPart(text, runStart, runEnd, runAddresses)) {
      return [{ rule: "target.additional", technique: "additional or swapped target identity", severity: "high", start: runStart, end: runEnd, reason: `pastes a table whose rows give ${runAddresses.size} people's addresses; a request is about one person` }];
    }
    return [];
  };
  for (let k = 0; k < emails.length; k++) {
    const e = emails[k]!;
    const lineStart = text.lastIndexOf("\n", e.start - 1) + 1;
    let lineEnd = text.indexOf("\n", e.end);
    if (lineEnd < 0) lineEnd = text.length;
    // A second address on the line: not a row of one person (and the run, if the line was in it, ends).
    const shared = k + 1 < emails.length && emails[k + 1]!.start < lineEnd;
    const shape = shared ? "" : rowShape(text, lineStart, lineEnd, e.start);
    while (k + 1 < emails.length && emails[k + 1]!.start < lineEnd) k++;
    const continues = shape !== "" && shape === runShape && lineStart === runEnd + 1 && rows < MAX_ROWS;
    if (!continues) {
      const found = close();
      if (found.length > 0) return found;
      runAddresses.clear();
      rows = 0;
      runStart = shape === "" ? -1 : lineStart;
      runShape = shape;
    }
    if (shape === "") continue;
    runEnd = lineEnd;
    rows++;
    runAddresses.add(e.email);
  }
  return close();
}

/** "sep:cells:column" of a line read as a table row with its address in cell `column`, or "" when the line has no separator. */
function rowShape(text: string, lineStart: number, lineEnd: number, at: number): string {
  // One pass over the line counts every separator (indexOf would read past the line, to the text's end, for one it lacks).
  const cells = [1, 1, 1, 1];
  const column = [0, 0, 0, 0];
  for (let i = lineStart; i < lineEnd; i++) {
    const c = text.charCodeAt(i);
    const s = c === 0x09 ? 0 : c === 0x7c ? 1 : c === 0x3b ? 2 : c === 0x2c ? 3 : -1;
    if (s < 0) continue;
    cells[s]!++;
    if (i < at) column[s]!++;
  }
  for (let s = 0; s < SEPARATORS.length; s++) if (cells[s]! > 1) return cells[s]! >= 3 ? `${SEPARATORS[s]}:${cells[s]}:${column[s]}` : "";
  return "";
}

/** Whether the line above `rowStart` (a Markdown rule line skipped) is a header of the same cells: short labels, no address. */
function headerAbove(text: string, rowStart: number, shape: string): boolean {
  if (rowStart <= 0) return false;
  let end = rowStart - 1;
  let start = text.lastIndexOf("\n", end - 1) + 1;
  if (RULE_LINE.test(text.slice(start, end))) {
    if (start === 0) return false;
    end = start - 1;
    start = text.lastIndexOf("\n", end - 1) + 1;
  }
  const line = text.slice(start, end);
  const [sep, cells] = shape.split(":");
  if (sep === undefined || line.includes("@")) return false;
  const parts = line.split(sep);
  if (String(parts.length) !== cells) return false;
  // Every cell a label (a Markdown row's outer bars leave an empty first and last cell).
  return parts.every((p, i) => HEADER_CELL.test(p.trim()) && (p.trim() !== "" || (sep === "|" && (i === 0 || i === parts.length - 1))));
}

/** Whether the prose around the table names the person of some rows (a word of their address's local part) and not of others. */
function namedInPart(text: string, tableStart: number, tableEnd: number, addresses: ReadonlySet<string>): boolean {
  let named = 0;
  for (const address of addresses) {
    const parts = localWords(address).filter((w) => w.length >= 3);
    if (parts.some((p) => hasWord(text, p, Math.max(0, tableStart - PROSE), tableStart) || hasWord(text, p, tableEnd, Math.min(text.length, tableEnd + PROSE)))) named++;
  }
  return named > 0 && named < addresses.size;
}

/** Whether `word` stands as a whole word in text[from, to) (the text is normalised to lower case). */
function hasWord(text: string, word: string, from: number, to: number): boolean {
  // Searched in the stretch alone: indexOf on the whole text would read on to its end for a word that is not there.
  const part = text.slice(Math.max(0, from - 1), Math.min(text.length, to + 1));
  const shift = Math.max(0, from - 1);
  for (let i = part.indexOf(word, from - shift); i >= 0 && shift + i + word.length <= to; i = part.indexOf(word, i + 1)) {
    if (!isLetter(part.charCodeAt(i - 1)) && !isLetter(part.charCodeAt(i + word.length))) return true;
  }
  return false;
}

const LETTER = /\p{L}/u;
function isLetter(code: number): boolean {
  return !Number.isNaN(code) && LETTER.test(String.fromCharCode(code));
}
