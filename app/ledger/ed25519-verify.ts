import { createPublicKey, verify, type KeyObject } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { OffboardError } from "../errors.js";
import { packageRoot } from "../util/package-root.js";
import { rawEd25519 } from "./note-key-id.js";

/**
 * Which code checks (and, for the ledger's writers, makes) Ed25519 signatures: node:crypto (OpenSSL), or the
 * optional native module built from native/ed25519-verify (ed25519-dalek, about 2.6 times faster
 * here; docs/adr/0005-native-ed25519-verification.md). Both accept exactly the same signatures:
 * the native module takes only canonical, full-order keys and checks the same cofactorless
 * equation, and test/ledger/native-ed25519.test.ts holds them to the same answers.
 *
 * `OFFBOARD_ED25519` chooses: `auto` (default: native when built, else node), `node`, or `native`
 * (refuse to run without it, for benchmarks and CI that must measure or test it).
 */
export type Ed25519Backend = "node" | "native";

/** Where scripts/build-native.sh leaves the module. */
export const NATIVE_ED25519_PATH = join("native", "ed25519-verify", "offboard-ed25519-verify.node");

interface NativeKey {
  verify(message: Uint8Array, signature: Uint8Array): boolean;
}
interface NativeSigningKey {
  publicRaw(): Uint8Array;
  sign(message: Uint8Array): Uint8Array;
  /** Absent from a module built before batches were added. */
  signHashes?(hashes: Uint8Array): Promise<Uint8Array>;
}

/** Signing with a private key on the native backend (ed25519Signer). */
export interface NativeSigner {
  sign(message: Uint8Array): Uint8Array;
  /**
   * Signs each 32-byte hash of `hashes` (concatenated) on libuv's thread pool, resolving to their
   * 64-byte signatures in order, concatenated; null when the module cannot (built before batches).
   */
  signHashes: ((hashes: Uint8Array) => Promise<Uint8Array>) | null;
}
interface NativeModule {
  Ed25519PublicKey: { fromRaw(raw: Uint8Array): NativeKey };
  /** Absent from a module built before signing was added: such a module only verifies. */
  Ed25519SigningKey?: { fromSeed(seed: Uint8Array): NativeSigningKey };
}

/** The native key for each trusted key, or null when the native module does not take it (node:crypto decides then). */
const prepared = new WeakMap<KeyObject, NativeKey | null>();
let native: NativeModule | null | undefined;

/** Loads the backend `OFFBOARD_ED25519` asks for (once per thread); throws when `native` is required and missing. */
function nativeModule(): NativeModule | null {
  if (native !== undefined) return native;
  const wanted = process.env.OFFBOARD_ED25519 ?? "auto";
  if (wanted !== "auto" && wanted !== "node" && wanted !== "native") {
    throw new OffboardError("CONFIG_INVALID", `OFFBOARD_ED25519 is ${JSON.stringify(wanted)}; expected auto, node or native`);
  }
  native = null;
  if (wanted === "node") return native;
  const path = join(packageRoot(), NATIVE_ED25519_PATH);
  if (!existsSync(path)) {
    if (wanted === "native") throw new OffboardError("CONFIG_INVALID", `OFFBOARD_ED25519=native but ${path} is missing; build it with \`npm run build:native\` (needs cargo)`);
    return native;
  }
  const module = { exports: {} as NativeModule };
  try {
    process.dlopen(module, path);
  } catch (cause) {
    // A module built for another platform or Node ABI: `auto` only loses speed, `native` refuses.
    if (wanted === "native") throw new OffboardError("CONFIG_INVALID", `OFFBOARD_ED25519=native but ${path} does not load (${(cause as Error).message}); rebuild it with \`npm run build:native\``, {}, { cause });
    return native;
  }
  native = module.exports;
  return native;
}

/** The backend this thread uses. */
export function ed25519Backend(): Ed25519Backend {
  return nativeModule() === null ? "node" : "native";
}

/** Whether `signature` is `key`'s Ed25519 signature over `message` (RFC 8032, pure Ed25519). */
export function ed25519Verify(message: Uint8Array, key: KeyObject, signature: Uint8Array): boolean {
  const lib = nativeModule();
  if (lib === null) return verify(null, message, key, signature);
  let fast = prepared.get(key);
  if (fast === undefined) {
    fast = nativeKey(lib, key);
    prepared.set(key, fast);
  }
  return fast === null ? verify(null, message, key, signature) : fast.verify(message, signature);
}

function nativeKey(lib: NativeModule, key: KeyObject): NativeKey | null {
  if (key.type !== "public" || key.asymmetricKeyType !== "ed25519") return null;
  try {
    return lib.Ed25519PublicKey.fromRaw(rawEd25519(key));
  } catch {
    return null; // small-order or non-canonical key: node:crypto decides for it
  }
}

/**
 * A signing function for an Ed25519 private key on the native backend, or null on node:crypto
 * (the caller signs with node:crypto then). Ed25519 signatures are deterministic (RFC 8032
 * §5.1.6), so both backends make the same 64 bytes for the same key and message, which
 * test/ledger/native-ed25519.test.ts checks; the native one takes about half the time here
 * (22 µs against 41 µs), and the executor signs some fifteen ledger events per person.
 * Null too when the module does not sign or derives another public key from the seed.
 */
export function ed25519Signer(privateKey: KeyObject): NativeSigner | null {
  const lib = nativeModule();
  if (lib?.Ed25519SigningKey === undefined || privateKey.type !== "private" || privateKey.asymmetricKeyType !== "ed25519") return null;
  const seed = Buffer.from(privateKey.export({ format: "jwk" }).d!, "base64url");
  let key: NativeSigningKey;
  try {
    key = lib.Ed25519SigningKey.fromSeed(seed);
  } finally {
    seed.fill(0);
  }
  const publicRaw = Buffer.from(key.publicRaw());
  if (!publicRaw.equals(rawEd25519(createPublicKey(privateKey)))) return null;
  return { sign: (message) => key.sign(message), signHashes: key.signHashes === undefined ? null : (hashes) => key.signHashes!(hashes) };
}