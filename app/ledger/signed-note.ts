import type { NoteSignature, SignedNote } from "./types.js";

/** U+2014 EM DASH, which starts every signature line of a signed note. */
export const EM_DASH = "\u2014";
/** Verifiers must accept at least 16 signatures (c2sp.org/signed-note); we refuse notes with more than this. */
export const MAX_NOTE_SIGNATURES = 64;
const NAME = /^[^\s+]+$/u;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

export type NoteParse = { ok: true; note: SignedNote } | { ok: false; reason: string };

/**
 * Parses a C2SP signed note (c2sp.org/signed-note): text ending in a newline, a blank line, then
 * one or more lines `— <key name> <base64(key ID ‖ signature)>`. The text is everything up to and
 * including the newline before the last blank line. Nothing here checks a signature. Decode bytes
 * with a fatal UTF-8 decoder before calling this (notes must be valid UTF-8).
 */
export function parseSignedNote(note: string): NoteParse {
  if (/[\u0000-\u0009\u000b-\u001f]/.test(note)) return { ok: false, reason: "contains a control character other than newline" };
  if (!note.endsWith("\n")) return { ok: false, reason: "does not end with a newline" };
  const split = note.lastIndexOf("\n\n");
  if (split === -1) return { ok: false, reason: "has no blank line before its signatures" };
  const text = note.slice(0, split + 1);
  const lines = note.slice(split + 2, -1).split("\n");
  if (lines.length > MAX_NOTE_SIGNATURES) return { ok: false, reason: `has more than ${MAX_NOTE_SIGNATURES} signatures` };
  const signatures: NoteSignature[] = [];
  for (const line of lines) {
    const parts = line.split(" ");
    if (parts.length !== 3 || parts[0] !== EM_DASH || !NAME.test(parts[1]!) || !BASE64.test(parts[2]!)) {
      return { ok: false, reason: `malformed signature line ${JSON.stringify(line)}` };
    }
    const bytes = Buffer.from(parts[2]!, "base64");
    if (bytes.length < 5 || bytes.toString("base64") !== parts[2]) return { ok: false, reason: `signature of ${parts[1]} is not canonical base64 of a key ID and a signature` };
    signatures.push({ name: parts[1]!, keyId: bytes.subarray(0, 4).toString("hex"), signature: new Uint8Array(bytes.subarray(4)) });
  }
  return { ok: true, note: { text, signatures } };
}

/** `— <name> <base64(keyId ‖ signature)>\n`. */
export function signatureLine(name: string, keyId: string, signature: Uint8Array): string {
  return `${EM_DASH} ${name} ${Buffer.concat([Buffer.from(keyId, "hex"), signature]).toString("base64")}\n`;
}
