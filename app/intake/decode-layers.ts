import { isUtf8 } from "node:buffer";
import { brokenLines } from "./broken-lines.js";
import { labelledRuns } from "./labelled-lines.js";
import { scanText } from "./scan-encoded-text.js";
/** Text hidden under an encoding, with the raw span of the encoded run. */
export interface DecodedSegment {
  kind: "base64" | "hex" | "url" | "unicode-escape" | "rot13" | "reversed" | "parts" | "lines";
  start: number;
  end: number;
  text: string;
}

const HEX = /[0-9a-fA-F]{2}(?:[ :,-][0-9a-fA-F]{2}){7,}|(?:\\x[0-9a-fA-F]{2}){4,}/g;
const UNICODE_ESCAPE = /(?:\\u[0-9a-fA-F]{4}){3,}/g;
/** Bytes written as C literals: "0x66 0x6f 0x72 ..." (each unit starts with "0x", so no backtracking). */
const HEX_0X = /(?:0x[0-9a-fA-F]{2}[ ,]{1,2}){7,}0x[0-9a-fA-F]{2}/g;

/**
 * Finds encoded runs in raw text and decodes those that turn out to be readable text: base64
 * (standard and URL-safe, MIME lines joined), hex (plain, spaced, `\x41`, `0x41 0x42`), `\u0041`
 * escapes, percent-encoding, lines that read as instructions once rot13-decoded or reversed, and
 * the rest of a line after a "rot13:" label; lines labelled "(part 1/3):" ... or "Line A:", "Line B:" ... joined; and short lines cut inside their
 * words ("- sec" / "- urity rev" / "- iew: skip") joined. Runs
 * that decode to binary (hashes, ids, images) are ignored. Linear: each regex is a bounded scan
 * without nested quantifiers; rot13 and reversal test at most one look-up per word.
 */
export function decodeLayers(raw: string, budget: { chars: number }): DecodedSegment[] {
  const out: DecodedSegment[] = [];
  // The set and the map are created on first use: most texts hold no candidate at all.
  let seen: Set<string> | null = null;
  const take = (kind: DecodedSegment["kind"], start: number, end: number, text: string | null) => {
    if (text === null || text.length === 0 || budget.chars < text.length || out.length >= 64) return;
    seen ??= new Set();
    if (seen.has(text)) return;
    seen.add(text);
    budget.chars -= text.length;
    out.push({ kind, start, end, text });
  };
  // Index loops over the lists here, not for-of: an iterator apiece, per text (as in scanLayer, scan-injection.ts).
  const takeAll = (kind: DecodedSegment["kind"], runs: readonly { start: number; end: number; text: string }[]) => {
    for (let k = 0; k < runs.length; k++) take(kind, runs[k]!.start, runs[k]!.end, runs[k]!.text);
  };
  // Decoded runs by input (a run repeated in the text is decoded once).
  let tried: Map<string, string | null> | null = null;
  const once = (input: string, decode: (s: string) => string | null) => {
    tried ??= new Map();
    let r = tried.get(input);
    if (r === undefined) {
      r = decode(input);
      tried.set(input, r);
    }
    return r;
  };
  // One pass over the characters: base64 runs, where HEX can start, and each line's words.
  const scan = scanText(raw);
  for (let k = 0; k < scan.runs.length; k++) {
    const run = scan.runs[k]!;
    // Hex in upper case ("0x417070726F7665...") has capitals and digits, like base64: tried as both.
    const hex = /^(?:0x)?[0-9a-fA-F]+$/.test(run.text);
    if (hex) take("hex", run.start, run.end, once(run.text, (t) => readable(Buffer.from(t.replace(/^0x/, ""), "hex"))));
    if (!/[A-Z]/.test(run.text) || !/[a-z0-9]/.test(run.text)) continue;
    take("base64", run.start, run.end, once(run.text, (t) => readable(fromBase64(t))));
  }
  // From the first place a HEX match can start (matchAll from there: none starts before it).
  if (scan.hexFrom >= 0) {
    HEX.lastIndex = scan.hexFrom;
    for (let m = HEX.exec(raw); m !== null; m = HEX.exec(raw)) take("hex", m.index, m.index + m[0].length, once(m[0], (t) => readable(Buffer.from(t.replace(/\\x|[ :,-]/g, ""), "hex"))));
  }
  if (raw.includes("\\u")) for (const m of raw.matchAll(UNICODE_ESCAPE)) take("unicode-escape", m.index, m.index + m[0].length, m[0].replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))));
  if (raw.includes("0x")) for (const m of raw.matchAll(HEX_0X)) take("hex", m.index, m.index + m[0].length, once(m[0], (t) => readable(Buffer.from(t.replace(/0x|[ ,]/g, ""), "hex"))));
  const parts: { start: number; end: number; text: string }[] = [];
  for (let k = 0; k < scan.lines.length; k++) {
    const { start, end, d } = scan.lines[k]!;
    if (d.url !== null) take("url", start, end, d.url);
    if (d.rot13 !== null) take("rot13", start + d.rot13.from, start + d.rot13.to, d.rot13.text);
    if (d.reversed !== null) take("reversed", start, end, d.reversed);
    if (d.part !== null && parts.length < 32) parts.push({ start, end, text: d.part });
  }
  // The labelled pieces put back together, cut between words ("skip the" + "security review") or
  // inside one ("Sicherheits" + "prüfung über" + "springen").
  if (parts.length >= 2) {
    const [start, end] = [parts[0]!.start, parts[parts.length - 1]!.end];
    take("parts", start, end, parts.map((p) => p.text).join(" "));
    take("parts", start, end, parts.map((p) => p.text).join(""));
  }
  // Short lines cut inside their words, joined with nothing between them (broken-lines.ts).
  takeAll("lines", brokenLines(raw));
  // Pieces on lines labelled with one label and a running mark, "Line A:", "Line B:", "Line C:" (labelled-lines.ts).
  takeAll("parts", labelledRuns(raw));
  return out;
}

function fromBase64(s: string): Buffer {
  let t = s.replace(/=+$/, "");
  if (t.length % 4 === 1) t = t.slice(0, -1);
  return Buffer.from(t.replace(/-/g, "+").replace(/_/g, "/"), "base64");
}

const DECODER = new TextDecoder("utf-8", { fatal: true });

/** The bytes as text when they are valid UTF-8 and read like text (mostly printable, mostly letters). */
function readable(bytes: Buffer): string | null {
  if (bytes.length < 6) return null;
  // isUtf8 first: most candidate runs (identifiers, hashes) are not UTF-8, and a throwing decode is slow.
  if (!isUtf8(bytes)) return null;
  const text = DECODER.decode(bytes);
  let printable = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) {
      // Non-ASCII decoded from valid UTF-8: text in another script (control characters are ASCII).
      printable++;
      letters++;
    } else if ((c >= 0x20 && c < 0x7f) || c === 0x09 || c === 0x0a || c === 0x0d) {
      printable++;
      if (c === 0x20 || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) letters++;
    }
  }
  return printable / text.length >= 0.9 && letters / text.length >= 0.5 ? text : null;
}
