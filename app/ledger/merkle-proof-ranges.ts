import { splitPoint } from "./merkle-node.js";

/** A half-open leaf range [start, end) whose MTH is one element of a proof. */
export type LeafRange = readonly [start: number, end: number];

/**
 * The ranges whose subtree hashes form the RFC 9162 §2.1.3.1 inclusion proof PATH(index, D[size]),
 * in proof order (next to the leaf first). The caller hashes each range (MTH of its leaves).
 */
export function inclusionRanges(index: number, size: number): LeafRange[] {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) {
    throw new RangeError(`inclusion proof: leaf ${index} is not in a tree of ${size}`);
  }
  let [start, end] = [0, size];
  const outerFirst: LeafRange[] = [];
  while (end - start > 1) {
    const k = splitPoint(end - start);
    if (index < start + k) {
      outerFirst.push([start + k, end]);
      end = start + k;
    } else {
      outerFirst.push([start, start + k]);
      start += k;
    }
  }
  return outerFirst.reverse();
}

/**
 * The ranges whose subtree hashes form the RFC 9162 §2.1.4.1 consistency proof PROOF(from, D[to]),
 * in proof order. Empty when from is 0 or equals to.
 */
export function consistencyRanges(from: number, to: number): LeafRange[] {
  if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to) || from < 0 || from > to) {
    throw new RangeError(`consistency proof: ${from} → ${to} is not an append`);
  }
  if (from === 0 || from === to) return [];
  const reversed: LeafRange[] = [];
  // SUBPROOF(m, D[start:end], b), unrolled; each step appends one range after the recursive part.
  let [m, start, end, whole] = [from, 0, to, true];
  while (m !== end - start) {
    const n = end - start;
    const k = splitPoint(n);
    if (m <= k) {
      reversed.push([start + k, end]);
      end = start + k;
    } else {
      reversed.push([start, start + k]);
      start += k;
      m -= k;
      whole = false;
    }
  }
  if (!whole) reversed.push([start, end]);
  return reversed.reverse();
}
