import type { KeyObject } from "node:crypto";
import { parseCheckpointBody } from "./checkpoint-body.js";
import { eventHash } from "./event-hash.js";
import { isWriterRole, roleOf, WITNESS_ROLE } from "./key-roles.js";
import { parseSignedNote } from "./signed-note.js";
import type { ProvableLedger, SignedNote } from "./types.js";
import { verifyInclusion } from "./verify-merkle-proof.js";
import { verifyNoteSignatures, type NoteSignatures } from "./verify-note-signatures.js";

/** What a party that acts on ledger entries trusts: writer and witness public keys by kid, and how many cosignatures it needs. */
export interface LedgerTrust {
  keys: ReadonlyMap<string, KeyObject>;
  /** Valid witness cosignatures required on the checkpoint (0: a writer's signature is enough). */
  quorum: number;
}

/** Checkpoint notes whose signatures were checked, newest last (NOTES_KEPT at most). */
const NOTES_KEPT = 8;
const checkedNotes: { note: string; keys: [string, KeyObject][]; sigs: NoteSignatures }[] = [];

export type LoggedCheck = { ok: true; size: number; cosigners: string[] } | { ok: false; reason: string };

/**
 * Log before acting (ledger/SPEC.md §10): is event `seq`, whose hash is `hash`, provably on the
 * ledger? The newest checkpoint (the newest witnessed one when a quorum is needed) must be signed by
 * a trusted writer key, carry `quorum` cosignatures of trusted witness keys and cover `seq`; the
 * record at `seq` must hash to `hash`; and its RFC 9162 inclusion proof must lead to the
 * checkpoint's root. The ledger store is not trusted: every answer it gives is checked here.
 */
export async function checkLogged(ledger: ProvableLedger, seq: number, hash: string, trust: LedgerTrust): Promise<LoggedCheck> {
  const note = await ledger.latestCheckpoint({ witnessed: trust.quorum > 0 });
  if (note === null) return { ok: false, reason: trust.quorum > 0 ? "no witnessed checkpoint" : "no checkpoint" };
  const parsed = parseSignedNote(note);
  const body = parsed.ok ? parseCheckpointBody(parsed.note.text) : null;
  if (!parsed.ok || !body?.ok) return { ok: false, reason: "malformed checkpoint" };
  const sigs = noteSignatures(note, parsed.note, trust.keys);
  if (!sigs.ok || sigs.logSigners.length === 0) return { ok: false, reason: "checkpoint not signed by a trusted writer key" };
  if (sigs.cosigners.length < trust.quorum) return { ok: false, reason: `checkpoint has ${sigs.cosigners.length} of ${trust.quorum} witness cosignatures` };
  const { size, root } = body.head;
  if (!Number.isSafeInteger(seq) || seq < 0 || seq >= size) return { ok: false, reason: `event ${seq} is not in the checkpoint of size ${size}` };
  const record = await ledger.recordAt(seq);
  if (record === null || eventHash(record.event) !== hash) return { ok: false, reason: `the event at ${seq} is not the one named` };
  const proof = await ledger.inclusionProof(seq, size);
  if (!verifyInclusion(seq, size, hash, proof, root)) return { ok: false, reason: "inclusion proof does not verify" };
  return { ok: true, size, cosigners: sigs.cosigners.map((c) => c.kid) };
}

/**
 * The signatures of a checkpoint note under the trusted keys. The executor checks one packet after
 * another against the same newest checkpoint, and two Ed25519 verifications per packet cost more
 * than the rest of this check; the answer depends only on the note's text and the keys, so it is
 * remembered for the exact text under the exact same keys (the same kids bound to the same key
 * objects, compared each time), never for anything else.
 */
function noteSignatures(text: string, note: SignedNote, trusted: ReadonlyMap<string, KeyObject>): NoteSignatures {
  const keys = [...trusted];
  const sameKeys = (other: [string, KeyObject][]) => other.length === keys.length && other.every(([kid, key], i) => keys[i]![0] === kid && keys[i]![1] === key);
  const known = checkedNotes.find((c) => c.note === text && sameKeys(c.keys));
  if (known !== undefined) return known.sigs;
  const pick = (want: (role: string | null) => boolean) => new Map(keys.filter(([kid]) => want(roleOf(kid))));
  const sigs = verifyNoteSignatures(note, pick(isWriterRole), pick((r) => r === WITNESS_ROLE));
  checkedNotes.push({ note: text, keys, sigs });
  if (checkedNotes.length > NOTES_KEPT) checkedNotes.shift();
  return sigs;
}
