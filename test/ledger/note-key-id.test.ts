import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { rawEd25519 } from "../../app/ledger/note-key-id.js";

describe("rawEd25519 (remembered per key)", () => {
  it("is the tail of the SPKI DER on every call, and each call gets its own copy", () => {
    const { publicKey } = generateKeyPairSync("ed25519");
    const der = publicKey.export({ type: "spki", format: "der" });
    const first = rawEd25519(publicKey);
    expect(first.equals(der.subarray(der.length - 32))).toBe(true);
    first.fill(0);
    expect(rawEd25519(publicKey).equals(der.subarray(der.length - 32))).toBe(true);
    const other = generateKeyPairSync("ed25519").publicKey;
    expect(rawEd25519(other).equals(rawEd25519(publicKey))).toBe(false);
  });
});
