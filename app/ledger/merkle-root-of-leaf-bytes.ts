import { hash } from "node:crypto";
import { EMPTY_ROOT } from "./merkle-node.js";

/**
 * MTH(D[count]) (RFC 6962 §2.1) of `count` 32-byte leaf hashes laid end to end in `leaves`, as
 * lowercase hex: the same value as merkleRoot over their hex forms, without a hex round trip per
 * node (the verifier computes one root per sealed segment, 255 nodes each). Pairs each level left
 * to right and carries an odd last node up unchanged, which builds RFC 6962's left-balanced tree.
 * Overwrites `leaves`.
 */
export function merkleRootOfLeafBytes(leaves: Buffer, count: number): string {
  if (count === 0) return EMPTY_ROOT;
  const node = Buffer.allocUnsafe(65);
  node[0] = 0x01;
  for (let width = count; width > 1; width = Math.ceil(width / 2)) {
    for (let i = 0; i + 1 < width; i += 2) {
      leaves.copy(node, 1, i * 32, i * 32 + 64);
      leaves.write(hash("sha256", node, "binary"), (i / 2) * 32, "binary"); // a string output costs a third of a Buffer's
    }
    if (width % 2 === 1) leaves.copy(leaves, ((width - 1) / 2) * 32, (width - 1) * 32, width * 32);
  }
  return leaves.toString("hex", 0, 32);
}
