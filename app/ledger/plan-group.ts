import type { KeyObject } from "node:crypto";
import { OffboardError } from "../errors.js";
import { buildUnsigned, signedRecord, signHashes, type UnsignedRecord } from "./build-records.js";
import { roleOf, roleRefusal } from "./key-roles.js";
import { applyKeyRules, type KeyEntry } from "./key-table.js";
import { rawEd25519 } from "./note-key-id.js";
import type { LedgerTip } from "./read-ledger-tip.js";
import type { EventDraft, LedgerRecord, LedgerSigner } from "./types.js";
import type { CheckedDraft } from "./validate-drafts.js";

export interface PendingAppend {
  drafts: CheckedDraft[];
  signer: LedgerSigner;
}

export interface GroupPlan {
  /** Every record of the commit, including the ones the ledger adds itself (genesis, key.added). */
  records: LedgerRecord[];
  /** The line of each record on the branch (its RFC 8785 text), made as it was built. */
  lines: string[];
  keys: Map<string, KeyEntry>;
  origin: string;
  /** Per append, in order: its own records, or why it was refused (the rest of the group still commits). */
  outcomes: (LedgerRecord[] | OffboardError)[];
  /** Signs the checkpoint: the writer of the last record (null when every append was refused). */
  checkpointSigner: LedgerSigner | null;
}

export interface WitnessKey {
  kid: string;
  publicKey: KeyObject;
}

/**
 * Turns the appends waiting for one group commit into consecutive signed records on top of `tip`,
 * adding what the rules of ledger/SPEC.md §8 need first: `ledger.genesis` on an empty ledger, a
 * self-signed `key.added` the first time a key writes, a `key.added` for each configured witness.
 * An append whose events would break a key rule (a revoked signer, a bad key.revoked) is refused
 * on its own with LEDGER_KEY_NOT_VALID; nothing it drafted is written.
 *
 * The chain links hashes, not signatures, so the records are built first and signed afterwards,
 * each signer's hashes in one batch (off this thread with the native backend: signHashes).
 */
export async function planGroup(tip: LedgerTip, appends: readonly PendingAppend[], time: string, origin: string, witnesses: readonly WitnessKey[]): Promise<GroupPlan> {
  let keys = new Map([...tip.keys].map(([k, v]) => [k, { ...v }]));
  let seq = tip.size;
  let prev = tip.head;
  /** The accepted appends: their records (housekeeping first) and how many of them are housekeeping. */
  const accepted: { signer: LedgerSigner; built: UnsignedRecord[]; added: number }[] = [];
  const outcomes: (number | OffboardError)[] = [];
  for (const { drafts, signer } of appends) {
    const trial = new Map([...keys].map(([k, v]) => [k, { ...v }]));
    const added = housekeeping(seq, trial, signer, witnesses, origin);
    const built: UnsignedRecord[] = [];
    let refusal: OffboardError | null = null;
    let at = { seq, prev, time };
    for (const { draft, dataText } of [...added.map((draft) => ({ draft, dataText: null })), ...drafts]) {
      const unsigned = buildUnsigned(draft, dataText, at);
      const fault = roleRefusal(signer.kid, draft.type) ?? applyKeyRules(trial, unsigned.event, signer.kid, null)?.reason ?? null;
      if (fault !== null) {
        refusal = new OffboardError("LEDGER_KEY_NOT_VALID", `ledger append refused: ${fault}`, { kid: signer.kid, type: draft.type });
        break;
      }
      built.push(unsigned);
      at = { seq: at.seq + 1, prev: unsigned.hash, time };
    }
    if (refusal !== null) {
      outcomes.push(refusal);
      continue;
    }
    keys = trial;
    outcomes.push(accepted.length);
    accepted.push({ signer, built, added: added.length });
    [seq, prev] = [at.seq, at.prev];
  }
  const signed = await signBySigner(accepted);
  const records: LedgerRecord[] = [];
  const lines: string[] = [];
  const own: LedgerRecord[][] = accepted.map((a, i) => {
    const done = signed[i]!;
    records.push(...done.map((d) => d.record));
    lines.push(...done.map((d) => d.line));
    return done.slice(a.added).map((d) => d.record);
  });
  return { records, lines, keys, origin, outcomes: outcomes.map((o) => (typeof o === "number" ? own[o]! : o)), checkpointSigner: accepted.at(-1)?.signer ?? null };
}

/** Each accepted append's records signed, in order: one signHashes batch per signer, the batches at once. */
async function signBySigner(accepted: readonly { signer: LedgerSigner; built: UnsignedRecord[] }[]): Promise<{ record: LedgerRecord; line: string }[][]> {
  const bySigner = new Map<LedgerSigner, UnsignedRecord[]>();
  for (const { signer, built } of accepted) {
    const list = bySigner.get(signer);
    if (list === undefined) bySigner.set(signer, [...built]);
    else list.push(...built);
  }
  const sigs = new Map<UnsignedRecord, LedgerRecord["sig"]>();
  await Promise.all(
    [...bySigner].map(async ([signer, built]) => {
      const batch = await signHashes(built.map((u) => u.hash), signer);
      built.forEach((u, i) => sigs.set(u, batch[i]!));
    }),
  );
  return accepted.map(({ built }) => built.map((u) => signedRecord(u, sigs.get(u)!)));
}

/** The events the ledger writes before an append: genesis, the signer's key.added, missing witness keys. */
function housekeeping(seq: number, keys: ReadonlyMap<string, KeyEntry>, signer: LedgerSigner, witnesses: readonly WitnessKey[], origin: string): EventDraft[] {
  const role = roleOf(signer.kid) ?? "unknown";
  const intro = (kid: string, publicKey: KeyObject) => ({ kid, role: roleOf(kid) ?? "unknown", public_key: rawEd25519(publicKey).toString("base64") });
  const out: EventDraft[] = [];
  if (seq === 0) {
    out.push({ type: "ledger.genesis", tenant: "ledger", actor: role, subject: origin, data: { origin, ...intro(signer.kid, signer.publicKey) } });
  } else if (!keys.has(signer.kid)) {
    out.push({ type: "key.added", tenant: "ledger", actor: role, subject: signer.kid, data: intro(signer.kid, signer.publicKey) });
  }
  for (const w of witnesses) {
    if (!keys.has(w.kid) && !out.some((d) => d.subject === w.kid)) {
      out.push({ type: "key.added", tenant: "ledger", actor: role, subject: w.kid, data: intro(w.kid, w.publicKey) });
    }
  }
  return out;
}
