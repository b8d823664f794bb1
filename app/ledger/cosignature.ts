import { sign, type KeyObject } from "node:crypto";
import { ed25519Verify } from "./ed25519-verify.js";
import { NOTE_COSIGNATURE_V1, noteKeyId } from "./note-key-id.js";
import { signatureLine } from "./signed-note.js";

/**
 * The message a witness signs (c2sp.org/tlog-cosignature, Ed25519 "cosignature/v1"): the header
 * line, the timestamp line and the whole checkpoint note text.
 */
export function cosignedMessage(noteText: string, timestamp: number): Buffer {
  return Buffer.from(`cosignature/v1\ntime ${timestamp}\n${noteText}`, "utf8");
}

/** A witness's cosignature line on checkpoint text `noteText` at POSIX time `timestamp` (seconds). */
export function cosignatureLine(name: string, privateKey: KeyObject, publicKey: KeyObject, noteText: string, timestamp: number): string {
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) throw new RangeError(`cosignature timestamp ${timestamp} is not POSIX seconds`);
  const stamp = Buffer.alloc(8);
  stamp.writeBigUInt64BE(BigInt(timestamp));
  const signature = sign(null, cosignedMessage(noteText, timestamp), privateKey);
  return signatureLine(name, noteKeyId(name, NOTE_COSIGNATURE_V1, publicKey), Buffer.concat([stamp, signature]));
}

/** The timestamp and validity of a cosignature's 72 bytes (8-byte big-endian time ‖ 64-byte Ed25519 signature). */
export function checkCosignature(noteText: string, bytes: Uint8Array, publicKey: KeyObject): { ok: boolean; timestamp: number } {
  if (bytes.length !== 72) return { ok: false, timestamp: 0 };
  const stamp = Buffer.from(bytes.subarray(0, 8)).readBigUInt64BE();
  if (stamp > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, timestamp: 0 };
  const timestamp = Number(stamp);
  return { ok: ed25519Verify(cosignedMessage(noteText, timestamp), publicKey, bytes.subarray(8)), timestamp };
}
