import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EMPTY_ROOT, nodeHash } from "../../app/ledger/merkle-node.js";
import { appendLeaf, frontierRoot, merkleRoot } from "../../app/ledger/merkle-frontier.js";
import { merkleRootOfLeafBytes } from "../../app/ledger/merkle-root-of-leaf-bytes.js";
import { consistencyRanges, inclusionRanges } from "../../app/ledger/merkle-proof-ranges.js";
import { verifyConsistency, verifyInclusion } from "../../app/ledger/verify-merkle-proof.js";

// Source: transparency-dev/merkle proof/verify_test.go (the Certificate Transparency reference
// vectors): eight leaves, the roots of their first 1..8, and known inclusion and consistency proofs.
const LEAVES = ["", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"];
const ROOTS = [
  "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
  "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
  "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
  "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
  "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
  "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
  "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
  "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
];
/** [leaf index (0-based), tree size, proof] */
const INCLUSION: [number, number, string[]][] = [
  [0, 8, ["96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7", "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e", "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"]],
  [5, 8, ["bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b", "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0", "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"]],
  [2, 3, ["fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"]],
  [1, 5, ["6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d", "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e", "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"]],
];
/** [size1, size2, proof] */
const CONSISTENCY: [number, number, string[]][] = [
  [1, 8, ["96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7", "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e", "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"]],
  [6, 8, ["0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a", "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0", "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"]],
  [2, 5, ["5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e", "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"]],
  [6, 7, ["0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a", "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f", "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"]],
];

const leafHash = (hex: string) => createHash("sha256").update(Buffer.from([0])).update(Buffer.from(hex, "hex")).digest("hex");
const HASHES = LEAVES.map(leafHash);
/** MTH of leaves[start, end) the slow, obvious way (RFC 6962 §2.1 recursion). */
const mth = (leaves: readonly string[], start: number, end: number): string => {
  if (end - start === 1) return leaves[start]!;
  let k = 1;
  while (k * 2 < end - start) k *= 2;
  return nodeHash(mth(leaves, start, start + k), mth(leaves, start + k, end));
};
const proofOf = (leaves: readonly string[], ranges: readonly (readonly [number, number])[]) => ranges.map(([s, e]) => mth(leaves, s, e));
const flip = (h: string) => (parseInt(h[0]!, 16) ^ 8).toString(16) + h.slice(1);

describe("Merkle tree hashing (RFC 6962 §2.1): known answers", () => {
  it("the empty tree is SHA-256 of nothing; roots of the first 1..8 reference leaves", () => {
    expect(merkleRoot([])).toBe(EMPTY_ROOT);
    expect(EMPTY_ROOT).toBe(createHash("sha256").digest("hex"));
    ROOTS.forEach((root, i) => expect(merkleRoot(HASHES.slice(0, i + 1))).toBe(root));
  });

  it("the verifier's root over raw leaf bytes: the reference roots, and the recursion's for every size up to 300", () => {
    const bytes = (hexes: readonly string[]) => Buffer.from(hexes.join(""), "hex");
    expect(merkleRootOfLeafBytes(Buffer.alloc(0), 0)).toBe(EMPTY_ROOT);
    ROOTS.forEach((root, i) => expect(merkleRootOfLeafBytes(bytes(HASHES.slice(0, i + 1)), i + 1)).toBe(root));
    const leaves = Array.from({ length: 300 }, (_, i) => createHash("sha256").update(String(i)).digest("hex"));
    for (let n = 1; n <= 300; n++) expect(merkleRootOfLeafBytes(bytes(leaves.slice(0, n)), n), `${n} leaves`).toBe(mth(leaves, 0, n));
  });

  it("the frontier gives the same roots as the recursion, appending one leaf at a time", () => {
    let frontier: string[] = [];
    HASHES.forEach((h, i) => {
      frontier = appendLeaf(frontier, i, h);
      expect(frontierRoot(frontier)).toBe(ROOTS[i]);
    });
    expect(frontier).toHaveLength(1); // 8 leaves: one perfect subtree
  });

  it.each(INCLUSION)("inclusion proof of leaf %i in a tree of %i: generated exactly, verifies, and every corruption fails", (index, size, proof) => {
    expect(proofOf(HASHES, inclusionRanges(index, size))).toEqual(proof);
    const root = ROOTS[size - 1]!;
    expect(verifyInclusion(index, size, HASHES[index]!, proof, root)).toBe(true);
    const wrong: [number, number, string, string[], string][] = [
      [index + 1, size, HASHES[index]!, proof, root],
      [index, size * 2, HASHES[index]!, proof, root],
      [index, size, leafHash("ff"), proof, root],
      [index, size, HASHES[index]!, proof, EMPTY_ROOT],
      [index, size, HASHES[index]!, [...proof, root], root],
      [index, size, HASHES[index]!, [root, ...proof], root],
      [index, size, HASHES[index]!, proof.slice(0, -1), root],
      ...proof.map((_, i): [number, number, string, string[], string] => [index, size, HASHES[index]!, proof.map((p, j) => (j === i ? flip(p) : p)), root]),
    ];
    for (const args of wrong) expect(verifyInclusion(...args)).toBe(false);
  });

  it.each(CONSISTENCY)("consistency proof %i → %i: generated exactly, verifies, and every corruption fails", (from, to, proof) => {
    expect(proofOf(HASHES, consistencyRanges(from, to))).toEqual(proof);
    const [r1, r2] = [ROOTS[from - 1]!, ROOTS[to - 1]!];
    expect(verifyConsistency(from, to, r1, r2, proof)).toBe(true);
    const wrong: [number, number, string, string, string[]][] = [
      [from + 1, to, r1, r2, proof],
      [from, to * 2, r1, r2, proof],
      [from, to, r2, r1, proof],
      [from, to, r1, r2, []],
      [from, to, r1, r2, [...proof, r2]],
      [from, to, r1, r2, [r1, ...proof]],
      [from, to, r1, r2, proof.slice(0, -1)],
      ...proof.map((_, i): [number, number, string, string, string[]] => [from, to, r1, r2, proof.map((p, j) => (j === i ? flip(p) : p))]),
    ];
    for (const args of wrong) expect(verifyConsistency(...args)).toBe(false);
  });

  it("edge cases: empty and equal trees", () => {
    expect(verifyConsistency(0, 5, EMPTY_ROOT, ROOTS[4]!, [])).toBe(true);
    expect(verifyConsistency(0, 5, EMPTY_ROOT, ROOTS[4]!, [ROOTS[0]!])).toBe(false);
    expect(verifyConsistency(3, 3, ROOTS[2]!, ROOTS[2]!, [])).toBe(true);
    expect(verifyConsistency(3, 3, ROOTS[2]!, ROOTS[3]!, [])).toBe(false);
    expect(verifyConsistency(4, 3, ROOTS[3]!, ROOTS[2]!, [])).toBe(false);
    expect(verifyInclusion(0, 1, HASHES[0]!, [], ROOTS[0]!)).toBe(true);
    expect(verifyInclusion(1, 1, HASHES[0]!, [], ROOTS[0]!)).toBe(false);
    expect(() => inclusionRanges(3, 3)).toThrow(RangeError);
    expect(() => consistencyRanges(4, 3)).toThrow(RangeError);
  });
});

describe("Merkle proofs: properties (fast-check)", () => {
  const leaves = (n: number) => Array.from({ length: n }, (_, i) => leafHash(i.toString(16).padStart(4, "0")));

  it("every inclusion proof verifies against the root, and not for another leaf or index", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.nat(), (size, pick) => {
        const all = leaves(size);
        const index = pick % size;
        const proof = proofOf(all, inclusionRanges(index, size));
        const root = merkleRoot(all);
        expect(verifyInclusion(index, size, all[index]!, proof, root)).toBe(true);
        if (size > 1) expect(verifyInclusion((index + 1) % size, size, all[index]!, proof, root)).toBe(false);
        expect(verifyInclusion(index, size, leafHash("ffff"), proof, root)).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it("every consistency proof between two sizes verifies, and fails for a changed prefix (a fork)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 300 }), (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const all = leaves(to);
        const proof = proofOf(all, consistencyRanges(from, to));
        expect(verifyConsistency(from, to, merkleRoot(all.slice(0, from)), merkleRoot(all), proof)).toBe(true);
        const forked = [...all];
        forked[from - 1] = leafHash("ffff");
        if (from < to) expect(verifyConsistency(from, to, merkleRoot(forked.slice(0, from)), merkleRoot(all), proof)).toBe(false);
      }),
      { numRuns: 150 },
    );
  });
});
