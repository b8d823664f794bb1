import type { CompiledLexicon } from "./compile-lexicon.js";
import type { DetectorHit } from "./detector-hit.js";
import type { ConceptHits } from "./find-concepts.js";
import type { Tokens } from "./tokenize.js";
import type { Concept } from "./lexicon/index.js";

/** Cues a leaver heading starts with. */
const HEAD_CONCEPTS: readonly Concept[] = ["LEAVERS_HEAD", "LEAVER", "LEAVER_INTRO"];

/** An employee id in an item (normalised text): letters then digits, "lh-252219", "qf-21008", "e10442"; not a date or a bare number. */
const ITEM_ID = /(?:^|[^a-z0-9])([a-z]{1,5}-?\d{4,8})(?![a-z0-9])/;
/** A list item's marker at the start of a line: "- ", "* ", "• ", "1. ", "2) ". */
const MARKER = /^([ \t]*)(?:[-*•]|\d{1,2}[.)])[ \t]+/;
/** Most heading cues and list lines read. */
const MAX_HEADS = 8;
const MAX_LINES = 60;

/**
 * A leaver heading over a list of two or more people, each with an employee id of their own: "leavers:\n  - name: Ibrahim
 * Diallo\n    id: LH-252219\n  - name: Claire Dubois\n    id: LH-199034", "Leavers for the 31/12 cutover:\n- Aisha Khan,
 * QF-21008\n- Dylan Moore, QF-20034". A request is about one leaver: a second entry under the heading has a second person's
 * access removed on the first one's request (the notes often speak of the first alone, "reason: resignation (Ibrahim)").
 * The heading is a line that starts with a leaver cue (LEAVER, LEAVER_INTRO, LEAVERS_HEAD in any language) and ends in ':', or
 * starts with a plural one (LEAVERS_HEAD: "Leavers batch - March");
 * an item is a line with a list marker and the more-indented lines under it. Not a finding: one leaver's systems listed under
 * the heading (no ids, or one), a list under any other heading (joiners, approvers, a handover). Linear; nothing without a
 * leaver cue before a line break.
 */
export function detectLeaverList(text: string, tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits): DetectorHit[] {
  if (text.indexOf("\n") < 0) return [];
  let seen = 0;
  for (const name of HEAD_CONCEPTS) {
    const c = lex.id(name);
    const starts = hits.starts[c] ?? [];
    const ends = hits.ends[c] ?? [];
    for (let k = 0; k < starts.length && seen < MAX_HEADS; k++, seen++) {
      const from = tokens.starts[starts[k]!] ?? 0;
      const lineStart = text.lastIndexOf("\n", from - 1) + 1;
      if (trimmedLength(text, lineStart, from) > 3) continue;
      const lineEnd = text.indexOf("\n", tokens.ends[ends[k]!] ?? from);
      // A heading ends in ':' ("Leavers for this week:"), or is plural, a batch of leavers ("Leavers batch - March").
      if (lineEnd < 0 || (!endsInColon(text, from, lineEnd) && name !== "LEAVERS_HEAD")) continue;
      const ids = listIds(text, lineEnd + 1);
      if (ids >= 2) return [{ rule: "target.additional", technique: "additional or swapped target identity", severity: "high", start: lineStart, end: lineEnd, reason: `lists ${ids} people with employee ids of their own under one leaver heading; a request is about one person` }];
    }
  }
  return [];
}

/** ECMAScript white space and line terminators: what String.prototype.trim removes. */
function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * text.slice(from, to).trim().length, read in place: the detector looks at the start of the line of every leaver cue, and a
 * string cut and trimmed for each cost about 1% of the filter's time on small documents (most texts name the leaver).
 */
function trimmedLength(text: string, from: number, to: number): number {
  let a = from;
  while (a < to && isSpace(text.charCodeAt(a))) a++;
  if (a === to) return 0;
  let b = to - 1;
  while (b > a && isSpace(text.charCodeAt(b))) b--;
  return b - a + 1;
}

/** text.slice(from, to).trimEnd().endsWith(":"), read in place. */
function endsInColon(text: string, from: number, to: number): boolean {
  let e = to - 1;
  while (e >= from && isSpace(text.charCodeAt(e))) e--;
  return e >= from && text.charCodeAt(e) === 0x3a;
}

/** Distinct employee ids of the list items right after `at`, one counted per item. */
function listIds(text: string, at: number): number {
  const ids = new Set<string>();
  let indent = -1;
  let item: string | null = null;
  let pos = at;
  for (let n = 0; n < MAX_LINES && pos < text.length; n++) {
    let end = text.indexOf("\n", pos);
    if (end < 0) end = text.length;
    const line = text.slice(pos, end);
    pos = end + 1;
    if (line.trim() === "") break;
    const m = MARKER.exec(line);
    const lead = line.length - line.trimStart().length;
    if (m !== null && (indent < 0 || m[1]!.length <= indent)) {
      if (item !== null) addId(ids, item);
      indent = m[1]!.length;
      item = line;
    } else if (item !== null && lead > indent) {
      item += "\n" + line;
    } else break;
  }
  if (item !== null) addId(ids, item);
  return ids.size;
}

function addId(ids: Set<string>, item: string): void {
  const m = ITEM_ID.exec(item);
  if (m !== null) ids.add(m[1]!.replace("-", ""));
}
