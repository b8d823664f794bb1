import { createHash, createPrivateKey, createPublicKey } from "node:crypto";
import { closeSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
import { OffboardError } from "../errors.js";
import type { Clock } from "../util/clock.js";
import { parseCheckpointBody } from "./checkpoint-body.js";
import { cosignatureLine } from "./cosignature.js";
import { assertKidMatchesKey, ledgerKeyId } from "./key-id.js";
import { isWriterRole, roleOf } from "./key-roles.js";
import { withLock, type LockOptions } from "./ledger-lock.js";
import { fsyncFd, mkdir, readFile, replaceFile } from "./small-files.js";
import { verifyNoteSignatures } from "./verify-note-signatures.js";
import { parseSignedNote } from "./signed-note.js";
import { verifyConsistency } from "./verify-merkle-proof.js";
import type { AddCheckpointRequest, Witness } from "./witness.js";
import type { KeyObject } from "node:crypto";

export interface LocalWitnessOptions {
  /** The witness's own Ed25519 private key (PKCS#8 PEM); its kid is `witness-<fingerprint>`. */
  privateKeyPem: string;
  /** Where it remembers the latest cosigned checkpoint of each origin (one small JSON file each). */
  stateDir: string;
  /** The writer (log) keys whose checkpoints it accepts, by kid. */
  logKeys: ReadonlyMap<string, KeyObject>;
  clock: Clock;
  lock?: LockOptions;
}

/**
 * A witness running in this process with its own key and state directory, implementing the
 * tlog-witness add-checkpoint rules: the checkpoint must carry a valid signature of a known log
 * key (403), old size ≤ new size (400), old size = the size it last cosigned for that origin (409
 * with its size), the same root when sizes are equal (409), and a valid consistency proof (422).
 * It checks and records under a lock, so two writers cannot make it roll back.
 */
export function createLocalWitness(options: LocalWitnessOptions): Witness {
  const privateKey = createPrivateKey(options.privateKeyPem);
  const publicKey = createPublicKey(privateKey);
  const kid = ledgerKeyId("witness", publicKey);
  assertKidMatchesKey(kid, publicKey, "witness key");
  const refuse = (status: number, message: string) => new OffboardError("WITNESS_REFUSED", `witness ${kid}: ${message}`, { status, kid });
  return {
    kid,
    publicKey,
    async addCheckpoint(request: AddCheckpointRequest): Promise<string> {
      const parsed = parseSignedNote(request.checkpoint);
      if (!parsed.ok) throw refuse(400, `malformed checkpoint: ${parsed.reason}`);
      const body = parseCheckpointBody(parsed.note.text);
      if (!body.ok) throw refuse(400, body.reason);
      const { head } = body;
      const logKeys = new Map([...options.logKeys].filter(([k]) => isWriterRole(roleOf(k))));
      const signed = verifyNoteSignatures(parsed.note, logKeys, new Map());
      if (!signed.ok) throw refuse(403, signed.reason);
      if (signed.logSigners.length === 0) throw refuse(403, "no signature of a known log key");
      if (!Number.isSafeInteger(request.oldSize) || request.oldSize < 0 || request.oldSize > head.size) throw refuse(400, `old size ${request.oldSize} is not ≤ ${head.size}`);
      await mkdir(options.stateDir, { recursive: true });
      const file = join(options.stateDir, `${createHash("sha256").update(head.origin).digest("hex").slice(0, 16)}.json`);
      return withLock(`${file}.lock`, options.lock ?? {}, async () => {
        const known = await readState(file);
        const size = known?.size ?? 0;
        if (request.oldSize !== size) throw new OffboardError("WITNESS_CONFLICT", `witness ${kid}: latest cosigned size for ${head.origin} is ${size}, not ${request.oldSize}`, { size, kid });
        if (known !== null && known.size === head.size && known.root !== head.root) throw refuse(409, `size ${head.size} was cosigned with another root (fork)`);
        if (known !== null && known.size < head.size && !verifyConsistency(known.size, head.size, known.root, head.root, request.proof)) {
          throw refuse(422, `consistency proof ${known.size} → ${head.size} does not verify`);
        }
        if (known === null && request.proof.length > 0) throw refuse(422, "a proof from size 0 must be empty");
        await saveState(`${file}.${process.pid}.tmp`, file, { origin: head.origin, size: head.size, root: head.root });
        return cosignatureLine(kid, privateKey, publicKey, parsed.note.text, Math.floor(options.clock() / 1000));
      });
    },
  };
}

async function readState(file: string): Promise<{ size: number; root: string } | null> {
  const text = await readFile(file, "utf8").catch(() => null);
  if (text === null) return null;
  const value = JSON.parse(text) as { size: number; root: string };
  return { size: value.size, root: value.root };
}

/**
 * Writes the latest cosigned checkpoint durably before the cosignature leaves: flushed to disk,
 * then renamed over the old state. A witness that forgot, after a crash, a size it cosigned could
 * later cosign a fork of it.
 */
async function saveState(tmp: string, file: string, state: { origin: string; size: number; root: string }): Promise<void> {
  const fd = openSync(tmp, "w");
  try {
    writeSync(fd, JSON.stringify(state) + "\n");
    await fsyncFd(fd);
  } finally {
    closeSync(fd);
  }
  await replaceFile(tmp, file);
}
