import type { HiddenMark } from "./hidden-mark.js";
import { emitUnit, type Sink } from "./text-sink.js";

/**
 * Unicode tag characters (U+E0000-E007F) for normalizeText (normalize-text.ts): the ASCII they
 * smuggle, decoded into the sink and reported, or nothing for the tag sequence of a subdivision flag.
 */

/** Decodes a run of tag characters starting at `at`; returns the raw offset after the run. */
export function takeTags(raw: string, at: number, prevCp: number, out: Sink, mark: (m: HiddenMark) => void): number {
  let j = at;
  const units: number[] = [];
  const offsets: number[] = [];
  while (j < raw.length) {
    const cp = raw.codePointAt(j) ?? 0;
    if (cp < 0xe0000 || cp > 0xe007f) break;
    if (cp >= 0xe0020 && cp <= 0xe007e) {
      units.push(cp - 0xe0000);
      offsets.push(j);
    }
    j += 2;
  }
  // A subdivision flag: 🏴, then 2-7 tag letters or digits (lower case), then the cancel tag.
  const flag = prevCp === 0x1f3f4 && units.length >= 2 && units.length <= 7 && units.every((u) => (u >= 0x61 && u <= 0x7a) || (u >= 0x30 && u <= 0x39)) && raw.codePointAt(j - 2) === 0xe007f;
  if (flag) return j;
  mark({ kind: "tag_text", start: at, end: j });
  emitUnit(out, 0x20, at);
  // The smuggled ASCII, lower-cased.
  for (let k = 0; k < units.length; k++) emitUnit(out, units[k]! >= 0x41 && units[k]! <= 0x5a ? units[k]! + 32 : units[k]!, offsets[k] ?? at);
  emitUnit(out, 0x20, j);
  return j;
}
