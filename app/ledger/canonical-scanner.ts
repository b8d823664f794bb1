import { MAX_JSON_DEPTH } from "./canonical-json.js";

/** The bytes of an ASCII string. */
export const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** RFC 3339 UTC with milliseconds: the separators, 0 where a digit goes. */
const TIME_PATTERN = Uint8Array.from("0000-00-00T00:00:00.000Z", (c) => (c === "0" ? 0 : c.charCodeAt(0)));
const MAX_SAFE_DIGITS = ascii(String(Number.MAX_SAFE_INTEGER));
/**
 * Byte classes, each a subset of the one before: PRINTABLE stands for itself inside a string
 * (0x20-0x7f but `"` and backslash), BASE64URL is in the base64url alphabet, HEX_DIGIT a lowercase
 * hex digit. One table lookup per byte on the hot path.
 */
const [PRINTABLE, BASE64URL, HEX_DIGIT] = [1, 2, 3];
const CLASS = new Uint8Array(256);
for (let c = 0x20; c < 0x80; c++) CLASS[c] = PRINTABLE;
CLASS[0x22] = CLASS[0x5c] = 0;
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") CLASS[c.charCodeAt(0)] = BASE64URL;
for (const c of "0123456789abcdef") CLASS[c.charCodeAt(0)] = HEX_DIGIT;
const NULL = ascii("null");
const TRUE = ascii("true");
const FALSE = ascii("false");

/**
 * The scanning steps of scanCanonicalRecord (scan-canonical-record.ts): the ledger's JSON subset in
 * its one RFC 8785 canonical spelling, checked on the bytes. Each takes the index to start at and
 * returns the index after what it matched, or -1 (which every later step passes on), so the record
 * reads as one straight sequence.
 */
export class CanonicalScanner {
  /** UTF-16 length of the last string scanned; value of the last integer scanned. */
  units = 0;
  number = 0;
  /** Whether the last string scanned had no escape and no 4-byte character (its bytes then sort as its UTF-16 units do). */
  plain = true;

  constructor(private readonly b: Buffer, private readonly end: number) {}

  literal(i: number, bytes: Uint8Array): number {
    if (i < 0 || i + bytes.length > this.end) return -1;
    for (let k = 0; k < bytes.length; k++) if (this.b[i + k] !== bytes[k]) return -1;
    return i + bytes.length;
  }

  /** A string of 1 to `max` UTF-16 code units. */
  label(i: number, max: number): number {
    const j = this.string(i);
    return j >= 0 && this.units >= 1 && this.units <= max ? j : -1;
  }

  /** A JSON string in JSON.stringify's spelling of a well-formed string. */
  string(i: number): number {
    const b = this.b;
    const end = this.end;
    if (i < 0 || b[i] !== 0x22) return -1;
    let units = 0;
    let plain = true;
    for (let j = i + 1; j < end; ) {
      const c = b[j]!;
      if (CLASS[c]! >= PRINTABLE) {
        units++;
        j++;
      } else if (c === 0x22) {
        this.units = units;
        this.plain = plain;
        return j + 1;
      } else if (c === 0x5c) {
        units++;
        plain = false;
        const e = b[j + 1]!;
        if (e === 0x22 || e === 0x5c || e === 0x62 || e === 0x66 || e === 0x6e || e === 0x72 || e === 0x74) j += 2; // \" \\ \b \f \n \r \t
        else if (e === 0x75 && this.controlEscape(j + 2)) j += 6;
        else return -1; // \/, \u0041, \ud800, uppercase hex…: not how JSON.stringify writes it
      } else if (c < 0x20) {
        return -1; // a raw control character
      } else if (c < 0xf0) {
        units++; // valid UTF-8 assumed: the lead byte gives the length
        j += c < 0xe0 ? 2 : 3;
      } else {
        units += 2; // a surrogate pair in UTF-16
        plain = false;
        j += 4;
      }
    }
    return -1;
  }

  /** `00xx` (lowercase hex) of a control character that has no short escape. */
  private controlEscape(j: number): boolean {
    const b = this.b;
    if (j + 4 > this.end || b[j] !== 0x30 || b[j + 1] !== 0x30) return false;
    const hi = b[j + 2]!;
    const lo = b[j + 3]!;
    const low = lo >= 0x30 && lo <= 0x39 ? lo - 0x30 : lo >= 0x61 && lo <= 0x66 ? lo - 0x61 + 10 : -1;
    if (low < 0 || (hi !== 0x30 && hi !== 0x31)) return false;
    const code = (hi - 0x30) * 16 + low;
    return code !== 0x08 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d;
  }

  /** A safe integer in plain decimal: no leading zero, no "-0", at most 2^53 - 1 in magnitude. */
  integer(i: number, signed: boolean): number {
    const b = this.b;
    if (i < 0) return -1;
    const negative = signed && b[i] === 0x2d;
    const from = negative ? i + 1 : i;
    let j = from;
    while (j < this.end && b[j]! >= 0x30 && b[j]! <= 0x39) j++;
    const digits = j - from;
    if (digits === 0 || (b[from] === 0x30 && (digits > 1 || negative)) || digits > MAX_SAFE_DIGITS.length) return -1;
    if (digits === MAX_SAFE_DIGITS.length) {
      // As many digits as 2^53 - 1: compare digit by digit, the first difference decides.
      for (let k = 0; k < digits; k++) {
        if (b[from + k] !== MAX_SAFE_DIGITS[k]) {
          if (b[from + k]! > MAX_SAFE_DIGITS[k]!) return -1;
          break;
        }
      }
    }
    let n = 0;
    for (let k = from; k < j; k++) n = n * 10 + (b[k]! - 0x30);
    this.number = negative ? -n : n;
    return j;
  }

  /** Any value of the ledger's JSON subset at nesting `depth` (data is at 1). */
  value(i: number, depth: number): number {
    const b = this.b;
    if (i < 0) return -1;
    const c = b[i];
    if (c === 0x22) return this.string(i);
    if (c === 0x7b || c === 0x5b) return depth >= MAX_JSON_DEPTH ? -1 : c === 0x7b ? this.object(i, depth) : this.array(i, depth);
    if (c === 0x6e) return this.literal(i, NULL);
    if (c === 0x74) return this.literal(i, TRUE);
    if (c === 0x66) return this.literal(i, FALSE);
    return this.integer(i, true);
  }

  private array(i: number, depth: number): number {
    let j = i + 1;
    if (this.b[j] === 0x5d) return j + 1;
    for (;;) {
      j = this.value(j, depth + 1);
      if (j < 0) return -1;
      if (this.b[j] === 0x5d) return j + 1;
      if (this.b[j] !== 0x2c) return -1;
      j++;
    }
  }

  /** Members strictly increasing by UTF-16 code units: sorted as RFC 8785 requires, no duplicates. */
  private object(i: number, depth: number): number {
    let j = i + 1;
    if (this.b[j] === 0x7d) return j + 1;
    let prevAt = -1;
    let prevEnd = -1;
    let prevPlain = true;
    for (;;) {
      const keyEnd = this.string(j);
      if (keyEnd < 0) return -1;
      const plain = this.plain;
      if (prevAt >= 0 && !this.ascending(prevAt, prevEnd, prevPlain, j, keyEnd, plain)) return -1;
      prevAt = j;
      prevEnd = keyEnd;
      prevPlain = plain;
      if (this.b[keyEnd] !== 0x3a) return -1;
      j = this.value(keyEnd + 1, depth + 1);
      if (j < 0) return -1;
      if (this.b[j] === 0x7d) return j + 1;
      if (this.b[j] !== 0x2c) return -1;
      j++;
    }
  }

  /** Whether key literal [a, aEnd) sorts strictly before [c, cEnd). */
  private ascending(a: number, aEnd: number, aPlain: boolean, c: number, cEnd: number, cPlain: boolean): boolean {
    if (!aPlain || !cPlain) {
      // Escapes and surrogate pairs do not sort by their bytes: compare the decoded strings (rare).
      const decode = (from: number, to: number) => JSON.parse(this.b.toString("utf8", from, to)) as string;
      return decode(a, aEnd) < decode(c, cEnd);
    }
    // Without escapes or characters beyond U+FFFF, UTF-8 byte order is UTF-16 code unit order.
    const b = this.b;
    for (let x = a + 1, y = c + 1; ; x++, y++) {
      const u = x === aEnd - 1 ? -1 : b[x]!;
      const v = y === cEnd - 1 ? -1 : b[y]!;
      if (u !== v) return u < v;
      if (u === -1) return false; // equal
    }
  }

  hex64(i: number): number {
    if (i < 0 || i + 64 > this.end) return -1;
    const b = this.b;
    for (let k = i; k < i + 64; k++) if (CLASS[b[k]!]! < HEX_DIGIT) return -1;
    return i + 64;
  }

  /** `2026-01-31T12:00:00.123Z` (its quotes belong to the literals around it). */
  time(i: number): number {
    if (i < 0 || i + 24 > this.end) return -1;
    for (let k = 0; k < 24; k++) {
      const c = this.b[i + k]!;
      const separator = TIME_PATTERN[k];
      if (separator === 0 ? c < 0x30 || c > 0x39 : c !== separator) return -1;
    }
    return i + 24;
  }

  /** 64 bytes as unpadded base64url: 86 characters of its alphabet. */
  base64url86(i: number): number {
    if (i < 0 || i + 86 > this.end) return -1;
    const b = this.b;
    for (let k = i; k < i + 86; k++) if (CLASS[b[k]!]! < BASE64URL) return -1;
    return i + 86;
  }
}
