import { EMPTY_ROOT, nodeHash } from "./merkle-node.js";

/**
 * The right edge of an RFC 6962 tree of `size` leaves: the roots of its perfect subtrees, largest
 * (leftmost) first, one per set bit of `size`. Enough to append leaves and compute the root without
 * keeping the leaves (a "compact range" over [0, size)). Frontiers are plain arrays; these functions
 * never modify their input.
 */
export type Frontier = readonly string[];

/** The frontier after appending leaf hash `leaf` to a tree of `size` leaves with frontier `frontier`. */
export function appendLeaf(frontier: Frontier, size: number, leaf: string): string[] {
  const next = [...frontier, leaf];
  // Each trailing 1-bit of `size` is a perfect subtree as large as the one just completed: merge them.
  for (let s = size; s % 2 === 1; s = Math.floor(s / 2)) {
    const right = next.pop()!;
    const left = next.pop()!;
    next.push(nodeHash(left, right));
  }
  return next;
}

/** MTH of the tree whose frontier is `frontier`: fold the subtree roots from the right. */
export function frontierRoot(frontier: Frontier): string {
  if (frontier.length === 0) return EMPTY_ROOT;
  let root = frontier[frontier.length - 1]!;
  for (let i = frontier.length - 2; i >= 0; i--) root = nodeHash(frontier[i]!, root);
  return root;
}

/** MTH(D[n]) of leaf hashes `leaves` (RFC 6962 §2.1). */
export function merkleRoot(leaves: readonly string[]): string {
  let frontier: string[] = [];
  leaves.forEach((leaf, i) => {
    frontier = appendLeaf(frontier, i, leaf);
  });
  return frontierRoot(frontier);
}
