import type { Concept } from "./lexicon/index.js";
import type { ConceptHits } from "./find-concepts.js";
import { LEX } from "./extract-lexicon.js";
import { SEP, type Tokens } from "./tokenize.js";

const SIGN_OFF = LEX.id("SIGN_OFF" as Concept);
const WRITER_AT = LEX.id("WRITER_AT" as Concept);
/** A sign-off counts only in the text's last lines (not a "Thanks," in a forwarded message higher up). */
const SIGN_OFF_LINES = 4;
/**
 * A line of a signature: up to eight words that are capitalised, an address, a phone number or a separator ("Mia Torres, People
 * Team", "mia.torres@… | +44 20 7946 0000", "(People Services)"); not "(aisha.r@… for reference)", not a quoted request.
 */
const SIGNATURE_LINE = /^[\s,.!;:()\u2013\u2014-]*(?:(?:\p{Lu}[\p{L}\p{M}.'’&-]*|[^\s@()]+@[^\s()]+|[|/·•\u2013\u2014-]|\+?[\d ()-]{6,})[\s,;|()]*){0,8}$/u;

/**
 * The writer's own address, never the leaver's (for extract-fields.ts): after the writer pointing at themselves, "ping me at
 * x@", "my email: x@" (WRITER_AT, lexicon/sign-off.ts), or in the sign-off that ends the text, "Best regards, / Mia Torres,
 * People Team / mia.torres@…", "Regards, service-owner@…": a line of the last four that starts with SIGN_OFF and holds nothing
 * but a name or an address after it, and the address on a signature's line after it. Taken as the only address, the writer
 * was parsed as the leaver at a confidence the policy accepts without review. Not "Thanks! Please offboard x@ today" (a
 * request after the closing word), not "Thanks, Fiona / (aisha.r@… for reference)", not a quoted request below a sign-off.
 */
export function writerAddress(raw: string, originOf: (i: number) => number, tokens: Tokens, hits: ConceptHits, first: number): boolean {
  if (first > 0 && (hits.ends[WRITER_AT] ?? []).includes(first - 1)) return true;
  const starts = hits.starts[SIGN_OFF];
  const ends = hits.ends[SIGN_OFF];
  if (starts === undefined || ends === undefined) return false;
  for (let k = starts.length - 1; k >= 0; k--) {
    const s = starts[k] ?? -1;
    if (s >= first) continue;
    // The closing word starts its line.
    if (s > 0 && ((tokens.sep[s] ?? 0) & (SEP.newline | SEP.paragraph)) === 0) continue;
    const from = originOf(tokens.starts[s] ?? 0);
    if (countNewlines(raw.trimEnd(), from) >= SIGN_OFF_LINES) return false;
    // Nothing but a name or an address after the closing word on its line, and the address's own line a signature's.
    const end = originOf(tokens.ends[ends[k] ?? s] ?? 0);
    if (!SIGNATURE_LINE.test(lineOf(raw, end, end))) return false;
    const at = originOf(tokens.starts[first] ?? 0);
    return SIGNATURE_LINE.test(lineOf(raw, raw.lastIndexOf("\n", at - 1) + 1, at));
  }
  return false;
}

/** The text of the line holding offset `at`, from `from` (at or after the line's start) to its end. */
function lineOf(raw: string, from: number, at: number): string {
  const lineEnd = raw.indexOf("\n", at);
  return raw.slice(from, lineEnd < 0 ? raw.length : lineEnd);
}

function countNewlines(text: string, from: number): number {
  let n = 0;
  for (let i = text.indexOf("\n", from); i >= 0; i = text.indexOf("\n", i + 1)) n++;
  return n;
}
