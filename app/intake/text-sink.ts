import { pooledInt32Array } from "./int32-pool.js";

/**
 * Where normalizeText (normalize-text.ts) writes the normalised text: UTF-16 units and, for each,
 * its offset in the raw text, grown as needed; a short text's sink is kept across calls.
 */

const UTF16 = new TextDecoder("utf-16le");

export interface Sink {
  buf: Uint16Array;
  origin: Int32Array;
  len: number;
  /** A unit at or above U+D800 was written (a surrogate or U+FEFF may be among them; see textOf). */
  high: boolean;
}

/**
 * The sink for a text of `n` code units: for a short text, one kept across calls (scans are
 * synchronous, and normalizeText copies out what it returns): typed arrays over 64 bytes are
 * allocated outside the heap, a fixed cost a short text paid twice on every scan. Grown past
 * SCRATCH_UNITS by a text that expands, it is replaced by a new one afterwards (the kept one stays small).
 */
const SCRATCH_UNITS = 1 << 16;
let scratch = newSink(SCRATCH_UNITS);
export function sinkFor(n: number): Sink {
  if (n + 64 > SCRATCH_UNITS) return newSink(n + 64);
  scratch.len = 0;
  scratch.high = false;
  return scratch;
}

/** The first `length` entries of `values`, in a pooled array (int32-pool.ts). */
function copyOf(values: Int32Array, length: number): Int32Array {
  const copy = pooledInt32Array(length);
  copy.set(values.subarray(0, length));
  return copy;
}

function newSink(size: number): Sink {
  return { buf: new Uint16Array(size), origin: new Int32Array(size), len: 0, high: false };
}

export function reserve(out: Sink, k: number): void {
  if (out.len + k <= out.origin.length) return;
  const size = Math.max(out.origin.length * 2, out.len + k + 64);
  const buf = new Uint16Array(size);
  buf.set(out.buf);
  out.buf = buf;
  const origin = new Int32Array(size);
  origin.set(out.origin);
  out.origin = origin;
}

export function emitUnit(out: Sink, unit: number, at: number): void {
  if (out.len === out.origin.length) reserve(out, 1);
  if (unit >= 0xd800) out.high = true;
  out.buf[out.len] = unit;
  out.origin[out.len++] = at;
}

export function emitTo(out: Sink, s: string, at: number): void {
  reserve(out, s.length);
  for (let k = 0; k < s.length; k++) {
    const unit = s.charCodeAt(k);
    if (unit >= 0xd800) out.high = true;
    out.buf[out.len] = unit;
    out.origin[out.len++] = at;
  }
}

/**
 * The text of the sink's units, as the UTF-16 decoder reads them: it replaces lone surrogates and
 * drops a leading U+FEFF. Without a unit at or above U+D800 (nearly every text) the units are the
 * text as they stand, read as a Buffer's UTF-16: half the cost of a TextDecoder call on a short text.
 */
function textOf(out: Sink): string {
  const units = out.buf.subarray(0, out.len);
  return out.high ? UTF16.decode(units) : Buffer.from(units.buffer, units.byteOffset, units.byteLength).toString("utf16le");
}

/**
 * The text written to `out` and each of its units' offsets in the raw text (copied out of the kept
 * sink, which the next text reuses; a kept sink grown past SCRATCH_UNITS is replaced).
 */
export function takeText(out: Sink): { text: string; origin: Int32Array; len: number } {
  const len = out.len;
  const origin = out === scratch ? copyOf(out.origin, len) : out.origin;
  if (out === scratch && out.origin.length > SCRATCH_UNITS) scratch = newSink(SCRATCH_UNITS);
  return { text: textOf(out), origin, len };
}
