import { generateKeyPairSync } from "node:crypto";
import { ledgerKeyId } from "./key-id.js";

export interface LedgerKeyPair {
  /** `<name>-<first 16 hex of sha256(SPKI DER)>`; the public key is published as ledger/keys/<kid>.pem. */
  kid: string;
  /** PKCS#8 PEM; keep secret (never in the repository). */
  privateKeyPem: string;
  /** SPKI PEM; commit to ledger/keys/<kid>.pem on the default branch to trust it. */
  publicKeyPem: string;
}

/** A fresh Ed25519 ledger signing key labelled `name` (the component that will sign with it). */
export function generateLedgerKey(name = "ledger"): LedgerKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  return {
    kid: ledgerKeyId(name, publicKey),
    privateKeyPem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    publicKeyPem: publicKey.export({ type: "spki", format: "pem" }).toString(),
  };
}
