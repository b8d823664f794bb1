/** A run of short lines that read as one sentence cut inside its words, put back together. */
export interface BrokenLines {
  start: number;
  end: number;
  text: string;
}

/** Longest line (bullet left out) that counts as a piece of a cut sentence; hard-wrapped prose has longer lines. */
const MAX_PIECE = 40;
/** Fewest pieces: two cuts in a row ("sec" / "urity rev" / "iew: skip"), not one line wrapped once. */
const MIN_PIECES = 3;
const MAX_RUNS = 4;
/** Most pieces joined into one run (a longer run is cut there): the joined text stays a few kilobytes at most. */
const MAX_RUN_PIECES = 32;

/**
 * Sentences cut into short lines inside their words, as a form or a paste may break them ("- sec" / "- urity rev" /
 * "- iew: sk" / "- ip", "bitte zusätzlich das Kon" / "to ldap-root-not" / "fall ohne Rückfrage beim Sicherheits" / "team mit
 * abschalten"): three or more lines of at most MAX_PIECE characters, a leading "- ", "* " or "• " left out, each but the last
 * ending in a letter and each but the first starting with a lower-case letter, joined with nothing between them; not a
 * line holding an address, and not a block of which more than a third are "key: value" lines (YAML, a form). The
 * joined text is scanned again like any decoded layer, so only an instruction becomes a finding (a list of lower-case
 * words joined reads as nothing). Linear; a text with fewer than three line breaks is not looked at.
 */
export function brokenLines(raw: string): BrokenLines[] {
  const out: BrokenLines[] = [];
  let breaks = 0;
  for (let i = raw.indexOf("\n"); i >= 0 && breaks < MIN_PIECES - 1; i = raw.indexOf("\n", i + 1)) breaks++;
  if (breaks < MIN_PIECES - 1) return out;
  // The run being read: its first line, how many pieces, and where the last one ends.
  // Its pieces are cut out of the text only when it is kept (keep): most short lines ("Hi
  // Dana,", "Thanks") start or end no run of three, and slicing each of them was most of what
  // this pass allocated.
  let runLine = 0;
  let count = 0;
  let runEnd = 0;
  let lineStart = 0;
  while (lineStart <= raw.length) {
    let lineEnd = raw.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = raw.length;
    const from = pieceStart(raw, lineStart, lineEnd);
    const to = pieceEnd(raw, lineStart, lineEnd);
    // An address is never cut this way: a line holding one ends the run (joined, it would run into the words around it).
    const piece = to - from >= 1 && to - from <= MAX_PIECE && !holdsAt(raw, from, to);
    // A piece continues the run when the run's last piece ended in a letter and this one starts with a lower-case letter.
    if (piece && count > 0 && count < MAX_RUN_PIECES && isLetter(raw, runEnd - 1) && isLower(raw, from)) {
      count++;
      runEnd = to;
    } else {
      if (count >= MIN_PIECES && out.length < MAX_RUNS) keep(raw, runLine, count, out);
      count = piece ? 1 : 0;
      runLine = lineStart;
      runEnd = to;
    }
    lineStart = lineEnd + 1;
  }
  if (count >= MIN_PIECES && out.length < MAX_RUNS) keep(raw, runLine, count, out);
  return out;
}

/** Where the line's piece starts: spaces and tabs, then a "- ", "* " or "• " bullet, left out. */
function pieceStart(raw: string, lineStart: number, lineEnd: number): number {
  let from = lineStart;
  while (from < lineEnd && (raw.charCodeAt(from) === 0x20 || raw.charCodeAt(from) === 0x09)) from++;
  const bullet = raw.charCodeAt(from);
  return (bullet === 0x2d || bullet === 0x2a || bullet === 0x2022) && raw.charCodeAt(from + 1) === 0x20 ? from + 2 : from;
}

/** Where the line's piece ends: trailing spaces and a '\r' left out (not past its leading spaces). */
function pieceEnd(raw: string, lineStart: number, lineEnd: number): number {
  let from = lineStart;
  while (from < lineEnd && (raw.charCodeAt(from) === 0x20 || raw.charCodeAt(from) === 0x09)) from++;
  let to = lineEnd;
  while (to > from && (raw.charCodeAt(to - 1) === 0x20 || raw.charCodeAt(to - 1) === 0x0d)) to--;
  return to;
}

/** Adds the run of `count` pieces on the lines from `runLine` on, joined, unless it is a block of "key: value" lines. */
function keep(raw: string, runLine: number, count: number, out: BrokenLines[]): void {
  const pieces: string[] = [];
  let start = 0;
  let end = 0;
  for (let lineStart = runLine; pieces.length < count; ) {
    let lineEnd = raw.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = raw.length;
    const from = pieceStart(raw, lineStart, lineEnd);
    const to = pieceEnd(raw, lineStart, lineEnd);
    if (pieces.length === 0) start = from;
    pieces.push(raw.slice(from, to));
    end = to;
    lineStart = lineEnd + 1;
  }
  if (keyLines(pieces) * 3 <= pieces.length) out.push({ start, end, text: pieces.join("") });
}

/** Lines that are a key and its value ("reason: retirement", "office: Nairobi"): a YAML or form block, not a cut sentence. */
function keyLines(pieces: readonly string[]): number {
  let n = 0;
  for (const p of pieces) if (/^[\p{Ll}_][\p{L}\p{N}_ -]{0,30}: /u.test(p) || p.endsWith(":")) n++;
  return n;
}

function holdsAt(raw: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (raw.charCodeAt(i) === 0x40) return true;
  return false;
}

/**
 * Whether s[at] is a letter: it has case. ASCII, nearly every character read, is answered from its
 * code: changing the case of a string is a call into the runtime, two of them per line cost as
 * much as the rest of reading a short line.
 */
function isLetter(s: string, at: number): boolean {
  const code = s.charCodeAt(at);
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  const c = s.charAt(at);
  return c.toLowerCase() !== c.toUpperCase();
}

/** Whether s[at] is a lower-case letter (ASCII from its code, as isLetter). */
function isLower(s: string, at: number): boolean {
  const code = s.charCodeAt(at);
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  const c = s.charAt(at);
  return c !== c.toUpperCase() && c === c.toLowerCase();
}
