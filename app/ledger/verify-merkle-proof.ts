import { nodeHash } from "./merkle-node.js";

const HEX64 = /^[0-9a-f]{64}$/;

/**
 * RFC 9162 §2.1.3.2: does `proof` (hex hashes, leaf first) prove that `leaf` is leaf `index` of the
 * tree of `size` leaves whose root is `root`? Pure; every hash is 64 lowercase hex digits.
 */
export function verifyInclusion(index: number, size: number, leaf: string, proof: readonly string[], root: string): boolean {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) return false;
  if (![leaf, root, ...proof].every((h) => HEX64.test(h))) return false;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      while (fn % 2 === 0 && fn !== 0) [fn, sn] = [fn / 2, Math.floor(sn / 2)];
    } else {
      r = nodeHash(r, p);
    }
    [fn, sn] = [Math.floor(fn / 2), Math.floor(sn / 2)];
  }
  return sn === 0 && r === root;
}

/**
 * RFC 9162 §2.1.4.2: does `proof` show that the tree of size `from` with root `fromRoot` is a prefix
 * of the tree of size `to` with root `toRoot`? A tree of size 0 is a prefix of anything (empty proof);
 * equal sizes need equal roots and an empty proof.
 */
export function verifyConsistency(from: number, to: number, fromRoot: string, toRoot: string, proof: readonly string[]): boolean {
  if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to) || from < 0 || from > to) return false;
  if (![fromRoot, toRoot, ...proof].every((h) => HEX64.test(h))) return false;
  if (from === 0) return proof.length === 0;
  if (from === to) return proof.length === 0 && fromRoot === toRoot;
  if (proof.length === 0) return false;
  const path = isPowerOfTwo(from) ? [fromRoot, ...proof] : [...proof];
  let fn = from - 1;
  let sn = to - 1;
  while (fn % 2 === 1) [fn, sn] = [Math.floor(fn / 2), Math.floor(sn / 2)];
  let fr = path[0]!;
  let sr = path[0]!;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while (fn % 2 === 0 && fn !== 0) [fn, sn] = [fn / 2, Math.floor(sn / 2)];
    } else {
      sr = nodeHash(sr, c);
    }
    [fn, sn] = [Math.floor(fn / 2), Math.floor(sn / 2)];
  }
  return fr === fromRoot && sr === toRoot && sn === 0;
}

function isPowerOfTwo(n: number): boolean {
  let x = n;
  while (x > 1 && x % 2 === 0) x /= 2;
  return x === 1;
}
