import { OffboardError } from "../errors.js";
import { KID_PATTERN } from "./key-id.js";
import type { LedgerSigner } from "./types.js";

/**
 * What openGitLedger (git-ledger.ts) refuses: a branch name that is no plain git branch name, a
 * signer that is no ledger key, a clock reading that is no RFC 3339 time.
 */

export function assertBranchName(branch: string): void {
  if (!/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(branch) || /\.\.|\/\/|\.lock$|\/$|\.$/.test(branch)) {
    throw new OffboardError("CONFIG_INVALID", `ledger branch name ${JSON.stringify(branch)} is not a plain git branch name`, { branch });
  }
}

export function assertSigner(signer: LedgerSigner): void {
  if (typeof signer?.sign !== "function" || !KID_PATTERN.test(String(signer.kid)) || signer.publicKey?.asymmetricKeyType !== "ed25519") {
    throw new OffboardError("KEY_INVALID", `ledger append: signer kid ${JSON.stringify(signer?.kid)} is not a ledger key id (<name>-<16 hex>) with an Ed25519 public key`, {});
  }
}

/** 9999-12-31T23:59:59.999Z: RFC 3339 has four-digit years. */
const MAX_TIME_MS = 253_402_300_799_999;

export function isoTime(ms: number): string {
  if (!Number.isSafeInteger(ms) || ms < 0 || ms > MAX_TIME_MS) {
    throw new OffboardError("CONFIG_INVALID", `ledger clock returned ${ms}; expected integer milliseconds since the epoch`, { ms });
  }
  return new Date(ms).toISOString();
}
