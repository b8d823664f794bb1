import { hash } from "node:crypto";

/** RFC 6962 §2.1 interior node: lowercase hex SHA-256(0x01 ‖ left ‖ right) of two 32-byte hex hashes. */
export function nodeHash(left: string, right: string): string {
  return hash("sha256", Buffer.from(`01${left}${right}`, "hex"), "hex");
}

/** The largest power of two strictly below `n` (n ≥ 2): where RFC 6962 splits a tree of n leaves. */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** SHA-256 of nothing: the RFC 6962 root of the empty tree. */
export const EMPTY_ROOT = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
