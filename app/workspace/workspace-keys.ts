import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, type KeyObject } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { OffboardError } from "../errors.js";
import { generateLedgerKey } from "../ledger/generate-ledger-key.js";
import { ledgerKeyId } from "../ledger/key-id.js";
import { createLedgerSigner } from "../ledger/signer.js";
import type { LedgerSigner } from "../ledger/types.js";
import type { ApprovalLinkKey } from "../approval/approval-link.js";
import { signingKeyFrom, verifyKeyFrom, type PacketAlg, type TenantSigningKey, type TenantVerifyKeys } from "../packet/tenant-keys.js";

/** Keys of a local workspace. Private keys live in the keys directory (never committed). */
export interface WorkspaceKeys {
  gatekeeper: LedgerSigner;
  /** Null only when the caller allowed it (the executor runs elsewhere and holds its own key). */
  doer: LedgerSigner | null;
  /** The local witness's private key (PKCS#8 PEM), or null when this workspace has no witness. */
  witnessPem: string | null;
  packetSigning: TenantSigningKey;
  packetVerify: TenantVerifyKeys;
  /** The gatekeeper's one-time approval-link key (approval-link.pem); null when absent (Slack then refuses to start). */
  approvalLink: ApprovalLinkKey | null;
}

export interface PacketKeyConfig {
  tenant: string;
  alg: PacketAlg;
  kid: string;
}

/** `OFFBOARD_KEYS_DIR`, else `<repo>/.offboard/keys` (gitignored). */
export function keysDirFor(repoDir: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.OFFBOARD_KEYS_DIR ?? join(repoDir, ".offboard", "keys");
}

/**
 * Generates the component keys of a new policy repo: one ledger key per component (gatekeeper,
 * doer), the local witness's key (a separate party that cosigns checkpoints; its own private key
 * file) and the tenant's packet key. Public halves go to `ledger/keys/` (the trust roots auditors
 * read from the default branch); private halves to `keysDir` with mode 0600.
 */
export function createWorkspaceKeys(repoDir: string, keysDir: string, packet: PacketKeyConfig): void {
  mkdirSync(keysDir, { recursive: true, mode: 0o700 });
  mkdirSync(join(repoDir, "ledger", "keys", "packet"), { recursive: true });
  writeSecret(join(keysDir, "approval-link.pem"), generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString());
  for (const name of ["gatekeeper", "doer", "witness"]) {
    const key = generateLedgerKey(name);
    writeSecret(join(keysDir, `${name}.pem`), key.privateKeyPem);
    writeFileSync(join(repoDir, "ledger", "keys", `${key.kid}.pem`), key.publicKeyPem);
  }
  if (packet.alg === "HS256") {
    writeSecret(join(keysDir, `packet-${packet.kid}.secret`), randomBytes(32).toString("base64url") + "\n");
  } else {
    const { privateKey, publicKey } = generateKeyPairSync("ed25519");
    writeSecret(join(keysDir, `packet-${packet.kid}.pem`), privateKey.export({ type: "pkcs8", format: "pem" }).toString());
    writeFileSync(join(repoDir, "ledger", "keys", "packet", `${packet.kid}.pem`), publicKey.export({ type: "spki", format: "pem" }).toString());
  }
}

/** Loads the workspace keys; any missing key refuses with the file to create (fail closed). */
export function loadWorkspaceKeys(repoDir: string, keysDir: string, packet: PacketKeyConfig, options: { doerOptional?: boolean } = {}): WorkspaceKeys {
  const ledgerSigner = (name: string) => {
    const file = join(keysDir, `${name}.pem`);
    const pem = readRequired(file, `the ${name}'s ledger signing key`);
    const kid = ledgerKeyId(name, createPublicKey(createPrivateKey(pem)));
    return createLedgerSigner(pem, kid, file);
  };
  const secretFile = join(keysDir, `packet-${packet.kid}.${packet.alg === "HS256" ? "secret" : "pem"}`);
  const material = readRequired(secretFile, `the packet signing key ${packet.kid}`);
  const verifyMaterial = packet.alg === "HS256" ? material : readRequired(join(repoDir, "ledger", "keys", "packet", `${packet.kid}.pem`), `the packet verification key ${packet.kid}`);
  const witnessFile = join(keysDir, "witness.pem");
  return {
    gatekeeper: ledgerSigner("gatekeeper"),
    doer: options.doerOptional && !existsSync(join(keysDir, "doer.pem")) ? null : ledgerSigner("doer"),
    witnessPem: existsSync(witnessFile) ? readFileSync(witnessFile, "utf8") : null,
    packetSigning: signingKeyFrom(packet.tenant, packet.alg, packet.kid, material, secretFile),
    packetVerify: { tenant: packet.tenant, alg: packet.alg, keys: packetVerifyKeys(repoDir, keysDir, packet, verifyMaterial) },
    approvalLink: approvalLinkKey(join(keysDir, "approval-link.pem")),
  };
}

/**
 * The packet keys the executor accepts: the configured kid (required) plus, during a rotation,
 * every other key of the tenant's algorithm still present (EdDSA: `ledger/keys/packet/<kid>.pem`,
 * reviewed like any change; HS256: `packet-<kid>.secret` in the keys directory). Removing the old
 * file ends the overlap (docs/KEY_ROTATION.md). Never a key of another algorithm.
 */
function packetVerifyKeys(repoDir: string, keysDir: string, packet: PacketKeyConfig, current: string): Map<string, KeyObject> {
  const keys = new Map([[packet.kid, verifyKeyFrom(packet.alg, current, `packet key ${packet.kid}`)]]);
  const [dir, suffix] = packet.alg === "HS256" ? [keysDir, ".secret"] : [join(repoDir, "ledger", "keys", "packet"), ".pem"];
  const prefix = packet.alg === "HS256" ? "packet-" : "";
  for (const name of existsSync(dir) ? readdirSync(dir).sort() : []) {
    if (!name.startsWith(prefix) || !name.endsWith(suffix)) continue;
    const kid = name.slice(prefix.length, -suffix.length);
    if (kid === packet.kid || !/^[A-Za-z0-9._-]{1,64}$/.test(kid)) continue;
    keys.set(kid, verifyKeyFrom(packet.alg, readFileSync(join(dir, name), "utf8"), `packet key ${kid}`));
  }
  return keys;
}

function readRequired(file: string, what: string): string {
  if (!existsSync(file)) {
    throw new OffboardError("KEY_MISSING", `${what} is missing: expected ${file} (set OFFBOARD_KEYS_DIR, or run \`offboard init\` to create keys)`, { file });
  }
  return readFileSync(file, "utf8");
}

function writeSecret(file: string, content: string): void {
  writeFileSync(file, content, { mode: 0o600 });
  chmodSync(file, 0o600);
}

function approvalLinkKey(file: string): ApprovalLinkKey | null {
  if (!existsSync(file)) return null;
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(readFileSync(file, "utf8"));
  } catch (cause) {
    throw new OffboardError("KEY_INVALID", `${file} is not a PEM private key`, { file }, { cause });
  }
  if (privateKey.asymmetricKeyType !== "ed25519") throw new OffboardError("KEY_INVALID", `${file} must be an Ed25519 key, not ${privateKey.asymmetricKeyType}`, { file });
  const publicKey = createPublicKey(privateKey);
  return { kid: ledgerKeyId("approval-link", publicKey), privateKey, publicKey };
}

/**
 * Stands in for the executor's ledger key in a process that must not hold it (the executor runs
 * as its own service): any attempt to write an executor event refuses before anything is written.
 */
export function absentDoerSigner(kid: string, publicKey: KeyObject, keysDir: string): LedgerSigner {
  return {
    kid,
    publicKey,
    sign(): Uint8Array {
      throw new OffboardError("KEY_MISSING", `this process holds no executor key (${join(keysDir, "doer.pem")}): .github/offboard.yml sends packets to a separate executor, so executor work runs there`, { kid });
    },
  };
}
