/** One line of text decoded: percent-encoding and '+'-joined query values, rot13, reversal and "(part 1/3):" pieces (see scan-encoded-text.ts). */

/** "Note in ROT13:", "code (rot13):": a label that says the rest of the line is rot13. */
const ROT13_LABEL = /\brot[- ]?13\b[^:\n]{0,12}:/i;
/** "Remark (part 2/3):", "Teil 1/3:": a line carrying one labelled piece of a longer text. */
const PART_LABEL = /(?:part|teil|partie|parte|deel|część|del|parça|部分)\s?\d{1,2}\s?(?:\/|of|von|de|sur|di|van|z)\s?\d{1,2}\)?\s?:/iu;
const PERCENT = /%[0-9a-fA-F]{2}/g;

/** What one line holds, in offsets of the line (see decodeLine); null where it holds nothing of the kind. */
export interface LineDecoded {
  /**
   * The line percent-decoded (three escapes or more); else the values of its URL query parameters
   * written as words joined by '+' (form encoding: "note=skip+the+security+review+and+approve"),
   * with '+' read as a space; or null when nothing decodes.
   */
  url: string | null;
  rot13: { from: number; to: number; text: string } | null;
  reversed: string | null;
  /** The text after a "(part 1/3):" label. */
  part: string | null;
}

/**
 * Percent-encoding, rot13 (the rest of the line after a "rot13:" label; else the whole line when
 * it holds marker words in rot13; else its rot13 run), reversal and a part label, in one line.
 */
export function decodeLine(line: string, { rot, rev, run }: LineWords): LineDecoded {
  const url = line.includes("%") && matchesAtLeast(line, PERCENT, 3) ? percentDecode(line) : line.includes("+") && line.includes("=") ? plusQuery(line) : null;
  const label = line.length > 16 && line.includes("13") ? ROT13_LABEL.exec(line) : null;
  let rot13Text: LineDecoded["rot13"] = null;
  if (label) {
    const from = label.index + label[0].length;
    rot13Text = { from, to: line.length, text: rot13(line.slice(from)) };
  } else if (rot >= 2) rot13Text = { from: 0, to: line.length, text: rot13(line) };
  else if (run) {
    const [from, to] = widenToClause(line, run);
    rot13Text = { from, to, text: rot13(line.slice(from, to)) };
  }
  const part = line.includes("/") ? PART_LABEL.exec(line) : null;
  return { url, rot13: rot13Text, reversed: rev >= 2 ? [...line].reverse().join("") : null, part: part ? line.slice(part.index + part[0].length).trim() : null };
}

/** How far a rot13 run is widened to each side, at most (see widenToClause). */
const WIDEN = 40;
const CLAUSE_END = new Set([".", ":", ";", "!", "?", "\t"]);

/**
 * A rot13 run widened to the clause it stands in (up to a clause mark or WIDEN characters each
 * side): the run is made of ASCII words that read as English once decoded, and a word with a
 * letter rot13 leaves alone ("Raiín" for "Envía", "ohmóa" for "buzón") or one that decodes to a
 * rare English word is cut off at its edge, taking the verb of the hidden sentence with it.
 */
function widenToClause(line: string, [from, to]: [number, number]): [number, number] {
  let a = from;
  while (a > 0 && from - a < WIDEN && !CLAUSE_END.has(line[a - 1]!)) a--;
  let b = to;
  while (b < line.length && b - to < WIDEN && !CLAUSE_END.has(line[b]!)) b++;
  return [a, b];
}

/** What one pass over a line's words finds (see scanText). */
export interface LineWords {
  /** Marker words in rot13 (plus two for a vote of rot13 function words), and reversed. */
  rot: number;
  rev: number;
  /** The stretch that reads far more like English once rot13-decoded, [start, end) in the line, or null. */
  run: [number, number] | null;
}

/** Whether the global regex `re` matches `text` at least `n` times (counted, not collected). */
function matchesAtLeast(text: string, re: RegExp, n: number): boolean {
  re.lastIndex = 0;
  let found = 0;
  while (found < n && re.exec(text) !== null) found++;
  return found >= n;
}

const DECODER = new TextDecoder("utf-8", { fatal: true });

/** A query parameter's value of four or more '+'-joined words ("?note=skip+the+review+now"). */
const PLUS_VALUE = /[?&;][\w.-]{1,40}=((?:[^\s&#+]+\+){3,}[^\s&#+)\]"'<>]+)/g;

/** The line's '+'-joined query values (see LineDecoded.url), one per line, or null when it has none. */
function plusQuery(line: string): string | null {
  const values: string[] = [];
  PLUS_VALUE.lastIndex = 0;
  for (let m = PLUS_VALUE.exec(line); m !== null; m = PLUS_VALUE.exec(line)) values.push(m[1]!.replace(/\+/g, " "));
  return values.length > 0 ? values.join("\n") : null;
}

/** Decodes each run of %XX escapes (and '+' in them); null when nothing decodes to valid UTF-8. */
function percentDecode(line: string): string | null {
  let changed = false;
  const text = line.replace(/(?:%[0-9a-fA-F]{2})+/g, (run) => {
    try {
      const decoded = DECODER.decode(Buffer.from(run.replace(/%/g, ""), "hex"));
      changed = true;
      return decoded;
    } catch {
      return run;
    }
  });
  return changed ? text.replace(/\+/g, " ") : null;
}

export function rot13(s: string): string {
  return s.replace(/[a-zA-Z]/g, (c) => {
    const base = c <= "Z" ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
}
