import type { KeyObject } from "node:crypto";
import { parseCheckpointBody } from "./checkpoint-body.js";
import { keyValidAt, type KeyTable } from "./key-table.js";
import type { LedgerFault } from "./ledger-fault.js";
import { parseSignedNote } from "./signed-note.js";
import type { TreeHead } from "./types.js";
import { verifyNoteSignatures } from "./verify-note-signatures.js";

export interface CheckpointContext {
  origin: string | null;
  /** Events verified on the branch. */
  size: number;
  /** Roots of the branch at the sizes asked for. */
  roots: ReadonlyMap<number, string>;
  keys: KeyTable;
  writerKeys: ReadonlyMap<string, KeyObject>;
  witnessKeys: ReadonlyMap<string, KeyObject>;
}

export interface CheckedCheckpoint {
  fault: LedgerFault | null;
  head: TreeHead | null;
  signers: string[];
  cosigners: string[];
}

/**
 * Checks a checkpoint note found outside the branch tip (a checkpoint tag, a pinned file, an older
 * commit's checkpoint) against the verified branch (ledger/SPEC.md §11, steps 12-15): well formed;
 * the same origin; signed by a trusted writer key valid at its position; at least `quorum` valid
 * cosignatures of trusted witnesses; and consistent: its size is not beyond the branch (rollback)
 * and its root is the root of the branch's first `size` events (fork).
 */
export function checkPublishedCheckpoint(note: string, path: string, ctx: CheckpointContext, quorum: number, nameSize: number | null): CheckedCheckpoint {
  const out: CheckedCheckpoint = { fault: null, head: null, signers: [], cosigners: [] };
  const fail = (reason: string, code: LedgerFault["code"]): CheckedCheckpoint => ({ ...out, fault: { seq: null, path, reason, code } });
  const parsed = parseSignedNote(note);
  if (!parsed.ok) return fail(`not a signed note: ${parsed.reason}`, "LEDGER_CHECKPOINT_INVALID");
  const body = parseCheckpointBody(parsed.note.text);
  if (!body.ok) return fail(body.reason, "LEDGER_CHECKPOINT_INVALID");
  const head = (out.head = body.head);
  if (nameSize !== null && nameSize !== head.size) return fail(`named for size ${nameSize} but states size ${head.size}`, "LEDGER_CHECKPOINT_INVALID");
  if (ctx.origin !== null && head.origin !== ctx.origin) return fail(`checkpoint of another log: origin ${head.origin}, the branch's is ${ctx.origin}`, "LEDGER_INCONSISTENT");
  const sigs = verifyNoteSignatures(parsed.note, ctx.writerKeys, ctx.witnessKeys);
  if (!sigs.ok) return fail(sigs.reason, sigs.code);
  const beyond = head.size > ctx.size;
  const valid = (kid: string) => beyond || (head.size > 0 && keyValidAt(ctx.keys, kid, head.size - 1) === null);
  out.signers = sigs.logSigners.filter(valid);
  out.cosigners = sigs.cosigners.map((c) => c.kid).filter(valid);
  if (out.signers.length === 0) {
    return fail(sigs.logSigners.length === 0 ? "not signed by a trusted writer key" : `signed by ${sigs.logSigners.join(", ")}, not valid at size ${head.size}`, sigs.logSigners.length === 0 ? "LEDGER_KEY_UNKNOWN" : "LEDGER_KEY_NOT_VALID");
  }
  if (out.cosigners.length < quorum) {
    return fail(`${out.cosigners.length} valid cosignature(s) of trusted witnesses, ${quorum} required`, "LEDGER_UNWITNESSED");
  }
  if (beyond) return fail(`states ${head.size} events but the branch holds ${ctx.size}: the branch was rolled back or truncated`, "LEDGER_INCONSISTENT");
  const root = ctx.roots.get(head.size);
  if (root !== head.root) {
    return fail(`states root ${head.root} for the first ${head.size} events, the branch gives ${root ?? "(not computed)"}: the branch is a different history (fork or rewrite)`, "LEDGER_INCONSISTENT");
  }
  return out;
}
