/**
 * The optional native Ed25519 verifier (native/ed25519-verify, ed25519-dalek) must accept exactly
 * what node:crypto accepts, or two auditors with different builds could disagree about a ledger.
 * Signatures are crafted with @noble/curves at the scalar level to reach the cases where Ed25519
 * implementations differ: torsion in the key or in R (a cofactored or batch check would accept
 * these where the cofactorless one refuses), non-canonical S, small-order and non-canonical keys.
 *
 * Signing must give node:crypto's bytes exactly (Ed25519 is deterministic).
 *
 * Runs when the module is built (`npm run build:native`; `npm test` builds it when cargo is
 * present); in CI its absence is a failure, not a skip.
 */
import { createHash, createPublicKey, generateKeyPairSync, randomBytes, sign, verify, type KeyObject } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { ed25519 } from "@noble/curves/ed25519";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ed25519Backend, ed25519Signer, ed25519Verify, NATIVE_ED25519_PATH } from "../../app/ledger/ed25519-verify.js";
import { generateLedgerKey } from "../../app/ledger/generate-ledger-key.js";
import { createLedgerSigner } from "../../app/ledger/signer.js";
import { packageRoot } from "../../app/util/package-root.js";

interface NativeKey {
  verify(message: Uint8Array, signature: Uint8Array): boolean;
}
const modulePath = join(packageRoot(), NATIVE_ED25519_PATH);
const built = existsSync(modulePath);

function loadNative(): { Ed25519PublicKey: { fromRaw(raw: Uint8Array): NativeKey } } {
  const module = { exports: {} as { Ed25519PublicKey: { fromRaw(raw: Uint8Array): NativeKey } } };
  process.dlopen(module, modulePath);
  return module.exports;
}

const Point = ed25519.ExtendedPoint;
const L = ed25519.CURVE.n;
/** Order-8 points (libsodium's small-order list); checked below, not trusted. */
const T8 = Point.fromHex("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a");
const mod = (a: bigint, m: bigint): bigint => ((a % m) + m) % m;
const fromLE = (b: Uint8Array): bigint => BigInt(`0x${Buffer.from(b).reverse().toString("hex") || "0"}`);
const toLE32 = (n: bigint): Buffer => Buffer.from(n.toString(16).padStart(64, "0"), "hex").reverse();
const randomScalar = (): bigint => mod(fromLE(randomBytes(64)), L - 1n) + 1n;
/** k = SHA-512(R ‖ A ‖ M) mod L (RFC 8032 §5.1.7). */
const challenge = (R: Uint8Array, A: Uint8Array, M: Uint8Array): bigint => mod(fromLE(createHash("sha512").update(R).update(A).update(M).digest()), L);
const publicKeyOf = (raw: Uint8Array): KeyObject => createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: Buffer.from(raw).toString("base64url") }, format: "jwk" });
const rawOf = (key: KeyObject): Buffer => Buffer.from(key.export({ format: "jwk" }).x!, "base64url");

describe.runIf(built || process.env.CI)("native Ed25519 verifier", () => {
  it("is built (npm test builds it when cargo is present; CI must test it)", () => {
    expect(built, `${modulePath} is missing: run npm run build:native`).toBe(true);
  });

  const native = built ? loadNative() : null;
  /** The native answer and node:crypto's for one (key, message, signature). */
  const both = (rawKey: Uint8Array, message: Uint8Array, signature: Uint8Array) => ({
    node: verify(null, message, publicKeyOf(rawKey), signature),
    native: native!.Ed25519PublicKey.fromRaw(rawKey).verify(message, signature),
  });

  it("agrees on valid signatures and on every kind of single-bit change", () => {
    for (let i = 0; i < 100; i++) {
      const { publicKey, privateKey } = generateKeyPairSync("ed25519");
      const message = randomBytes(32);
      const signature = sign(null, message, privateKey);
      expect(both(rawOf(publicKey), message, signature)).toEqual({ node: true, native: true });
      const badSig = Buffer.from(signature);
      badSig[i % 64]! ^= 1 << (i % 8);
      expect(both(rawOf(publicKey), message, badSig)).toEqual({ node: false, native: false });
      const badMessage = Buffer.from(message);
      badMessage[i % 32]! ^= 1 << (i % 8);
      expect(both(rawOf(publicKey), badMessage, signature)).toEqual({ node: false, native: false });
    }
  });

  it("refuses a non-canonical S (S + L), as node:crypto does", () => {
    const { publicKey, privateKey } = generateKeyPairSync("ed25519");
    const message = randomBytes(32);
    const signature = sign(null, message, privateKey);
    const S = fromLE(signature.subarray(32));
    const malleated = Buffer.concat([signature.subarray(0, 32), toLE32(S + L)]);
    expect(both(rawOf(publicKey), message, malleated)).toEqual({ node: false, native: false });
  });

  it("checks the cofactorless equation: with torsion in the key it accepts only what node:crypto accepts", () => {
    expect(T8.isSmallOrder() && !T8.multiplyUnsafe(4n).equals(Point.ZERO)).toBe(true); // T8 has order 8
    const a = randomScalar();
    const mixedKey = Point.BASE.multiply(a).add(T8).toRawBytes(); // A + T: full order, not torsion-free
    const seen = new Set<string>();
    for (let i = 0; i < 400 && seen.size < 2; i++) {
      const message = randomBytes(32);
      const r = randomScalar();
      const R = Point.BASE.multiply(r).toRawBytes();
      const signature = Buffer.concat([R, toLE32(mod(r + challenge(R, mixedKey, message) * a, L))]);
      const answer = both(mixedKey, message, signature);
      expect(answer.native).toBe(answer.node);
      seen.add(String(answer.node)); // valid exactly when 8 | k; a cofactored check would accept all
    }
    expect([...seen].sort()).toEqual(["false", "true"]);
  });

  it("agrees on a small-order R that satisfies the cofactorless equation", () => {
    const a = randomScalar();
    const mixedKey = Point.BASE.multiply(a).add(T8).toRawBytes();
    const R = T8.toRawBytes();
    let checked = 0;
    for (let i = 0; i < 400 && checked < 3; i++) {
      const message = randomBytes(32);
      const k = challenge(R, mixedKey, message);
      // [S]B - [k](A + T) = T  ⇔  S = k·a and (k + 1)·T = O  ⇔  k ≡ 7 (mod 8)
      if (k % 8n !== 7n) continue;
      const answer = both(mixedKey, message, Buffer.concat([R, toLE32(mod(k * a, L))]));
      expect(answer.native).toBe(answer.node);
      checked++;
    }
    expect(checked).toBe(3);
  });

  it("does not take small-order or non-canonical keys; ed25519Verify leaves them to node:crypto", () => {
    const identity = Point.ZERO.toRawBytes();
    const nonCanonicalIdentity = Buffer.alloc(32, 0xff);
    nonCanonicalIdentity[0] = 0xee; // y = p + 1 ≡ 1
    nonCanonicalIdentity[31] = 0x7f;
    for (const raw of [identity, T8.toRawBytes(), nonCanonicalIdentity]) {
      expect(() => native!.Ed25519PublicKey.fromRaw(raw)).toThrow();
    }
    // With A = O, (encode([S]B), S) satisfies the equation for any S: whatever node:crypto says stands.
    const S = randomScalar();
    const signature = Buffer.concat([Point.BASE.multiply(S).toRawBytes(), toLE32(S)]);
    const message = randomBytes(32);
    expect(ed25519Verify(message, publicKeyOf(identity), signature)).toBe(verify(null, message, publicKeyOf(identity), signature));
  });

  it("is what the ledger verifier uses by default once built", () => {
    expect(ed25519Backend()).toBe(process.env.OFFBOARD_ED25519 === "node" ? "node" : "native");
    const { publicKey, privateKey } = generateKeyPairSync("ed25519");
    const message = randomBytes(32);
    expect(ed25519Verify(message, publicKey, sign(null, message, privateKey))).toBe(true);
    expect(ed25519Verify(randomBytes(32), publicKey, sign(null, message, privateKey))).toBe(false);
  });
});

describe.runIf((built || process.env.CI) && process.env.OFFBOARD_ED25519 !== "node")("native Ed25519 signing", () => {
  it("makes byte for byte node:crypto's signatures (Ed25519 is deterministic), for event hashes and longer texts", () => {
    expect(ed25519Backend()).toBe("native");
    for (let i = 0; i < 200; i++) {
      const { privateKey } = generateKeyPairSync("ed25519");
      const signNative = ed25519Signer(privateKey)!;
      expect(signNative).not.toBeNull();
      for (const message of [randomBytes(32), randomBytes(i), Buffer.from(`example.com/log\n${i}\n${randomBytes(32).toString("base64")}\n`)]) {
        expect(Buffer.from(signNative.sign(message)).toString("hex")).toBe(sign(null, message, privateKey).toString("hex"));
      }
    }
  });

  it("signs a batch of event hashes on the thread pool: node:crypto's signature for each, in order; refuses a partial hash", async () => {
    for (const count of [0, 1, 2, 64, 300]) {
      const { privateKey } = generateKeyPairSync("ed25519");
      const signer = ed25519Signer(privateKey)!;
      const hashes = randomBytes(32 * count);
      const signatures = Buffer.from(await signer.signHashes!(hashes));
      expect(signatures.length).toBe(64 * count);
      for (let i = 0; i < count; i++) {
        expect(signatures.subarray(64 * i, 64 * i + 64).toString("hex")).toBe(sign(null, hashes.subarray(32 * i, 32 * i + 32), privateKey).toString("hex"));
      }
    }
    const signer = ed25519Signer(generateKeyPairSync("ed25519").privateKey)!;
    expect(() => signer.signHashes!(randomBytes(33))).toThrow(/32 bytes each/);
    expect(() => signer.signHashes!(randomBytes(100))).toThrow(/32 bytes each/);
  });

  it("a ledger signer signs the same on both backends", async () => {
    const pair = generateLedgerKey("gatekeeper");
    const hash = randomBytes(32);
    const native = createLedgerSigner(pair.privateKeyPem, pair.kid).sign(hash);
    vi.stubEnv("OFFBOARD_ED25519", "node");
    vi.resetModules();
    const onNode = (await import("../../app/ledger/signer.js")).createLedgerSigner(pair.privateKeyPem, pair.kid).sign(hash);
    vi.unstubAllEnvs();
    vi.resetModules();
    expect(Buffer.from(native).toString("hex")).toBe(Buffer.from(onNode).toString("hex"));
    expect(verify(null, hash, createPublicKey(pair.publicKeyPem), native)).toBe(true);
  });
});

describe("OFFBOARD_ED25519", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });
  const fresh = async () => {
    vi.resetModules(); // the backend is chosen once per module instance
    return (await import("../../app/ledger/ed25519-verify.js")) as typeof import("../../app/ledger/ed25519-verify.js");
  };

  it("node forces node:crypto, which still verifies", async () => {
    vi.stubEnv("OFFBOARD_ED25519", "node");
    const m = await fresh();
    expect(m.ed25519Backend()).toBe("node");
    const { publicKey, privateKey } = generateKeyPairSync("ed25519");
    const message = randomBytes(32);
    expect(m.ed25519Verify(message, publicKey, sign(null, message, privateKey))).toBe(true);
    expect(m.ed25519Verify(message, publicKey, Buffer.alloc(64))).toBe(false);
  });

  it("refuses an unknown value, naming the variable", async () => {
    vi.stubEnv("OFFBOARD_ED25519", "fast");
    const m = await fresh();
    expect(() => m.ed25519Backend()).toThrow(/OFFBOARD_ED25519 is "fast"; expected auto, node or native/);
  });
});
