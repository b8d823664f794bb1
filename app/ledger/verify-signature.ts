import type { KeyObject } from "node:crypto";
import type { ErrorCode } from "../errors.js";
import { ed25519Verify } from "./ed25519-verify.js";
import type { LedgerSignature } from "./types.js";

export type SignatureCheck = { ok: true } | { ok: false; code: ErrorCode; reason: string };

/**
 * Checks `sig` over the 32 raw bytes of `hashHex` with the trusted key named by `sig.kid`. The key
 * always comes from `trustedKeys`, never from the record. The base64url value must be the exact
 * encoding of the 64 signature bytes (no padding, no stray bits), so the stored file has one form.
 */
export function verifySignature(hashHex: string, sig: LedgerSignature, trustedKeys: ReadonlyMap<string, KeyObject>): SignatureCheck {
  const key = trustedKeys.get(sig.kid);
  if (key === undefined) {
    const trusted = [...trustedKeys.keys()].join(", ") || "none";
    return { ok: false, code: "LEDGER_KEY_UNKNOWN", reason: `signed by untrusted key ${sig.kid} (trusted: ${trusted})` };
  }
  if (sig.alg !== "Ed25519") return { ok: false, code: "LEDGER_SIGNATURE_INVALID", reason: `unsupported signature algorithm ${String(sig.alg)}` };
  const bytes = Buffer.from(sig.value, "base64url");
  if (bytes.length !== 64 || bytes.toString("base64url") !== sig.value) {
    return { ok: false, code: "LEDGER_SIGNATURE_INVALID", reason: "signature value is not 64 bytes of unpadded base64url" };
  }
  if (!ed25519Verify(Buffer.from(hashHex, "hex"), key, bytes)) {
    return { ok: false, code: "LEDGER_SIGNATURE_INVALID", reason: `signature by ${sig.kid} does not verify over hash ${hashHex}` };
  }
  return { ok: true };
}
