import type { KeyObject } from "node:crypto";
import { ed25519Verify } from "./ed25519-verify.js";
import type { ErrorCode } from "../errors.js";
import { checkCosignature } from "./cosignature.js";
import { NOTE_COSIGNATURE_V1, NOTE_ED25519, noteKeyId } from "./note-key-id.js";
import type { SignedNote } from "./types.js";

export type NoteSignatures =
  | { ok: true; logSigners: string[]; cosigners: { kid: string; timestamp: number }[] }
  | { ok: false; code: ErrorCode; reason: string };

/**
 * Checks the signature lines of a checkpoint note (c2sp.org/signed-note rules): a line whose key
 * name and key ID match a known log key (type 0x01) or witness key (cosignature/v1, type 0x04) must
 * verify, or the whole note is refused; lines of unknown keys are ignored. Returns who signed.
 */
export function verifyNoteSignatures(note: SignedNote, logKeys: ReadonlyMap<string, KeyObject>, witnessKeys: ReadonlyMap<string, KeyObject>): NoteSignatures {
  const logSigners: string[] = [];
  const cosigners: { kid: string; timestamp: number }[] = [];
  const text = Buffer.from(note.text, "utf8");
  for (const sig of note.signatures) {
    const logKey = logKeys.get(sig.name);
    if (logKey !== undefined && sig.keyId === noteKeyId(sig.name, NOTE_ED25519, logKey)) {
      if (sig.signature.length !== 64 || !ed25519Verify(text, logKey, sig.signature)) {
        return { ok: false, code: "LEDGER_SIGNATURE_INVALID", reason: `checkpoint signature by ${sig.name} does not verify` };
      }
      if (!logSigners.includes(sig.name)) logSigners.push(sig.name);
      continue;
    }
    const witnessKey = witnessKeys.get(sig.name);
    if (witnessKey !== undefined && sig.keyId === noteKeyId(sig.name, NOTE_COSIGNATURE_V1, witnessKey)) {
      const check = checkCosignature(note.text, sig.signature, witnessKey);
      if (!check.ok) return { ok: false, code: "LEDGER_SIGNATURE_INVALID", reason: `cosignature by witness ${sig.name} does not verify` };
      if (!cosigners.some((c) => c.kid === sig.name)) cosigners.push({ kid: sig.name, timestamp: check.timestamp });
    }
  }
  return { ok: true, logSigners, cosigners };
}
