import { formatCheckpointBody } from "./checkpoint-body.js";
import { NOTE_ED25519, noteKeyId } from "./note-key-id.js";
import { signatureLine } from "./signed-note.js";
import type { LedgerSigner, TreeHead } from "./types.js";

/**
 * The checkpoint note for `head`, signed by a writer's ledger key: Ed25519 (signature type 0x01)
 * over the note text, with the key's kid as the key name (ledger/SPEC.md §7).
 */
export function signCheckpoint(head: TreeHead, signer: LedgerSigner): string {
  const text = formatCheckpointBody(head);
  const signature = signer.sign(Buffer.from(text, "utf8"));
  return `${text}\n${signatureLine(signer.kid, noteKeyId(signer.kid, NOTE_ED25519, signer.publicKey), signature)}`;
}
