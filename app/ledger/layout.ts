import { canonicalJson } from "./canonical-json.js";

/**
 * Where things live on the ledger branch (see ledger/SPEC.md, "Layout"):
 *   events/000000000000.json   one file per event, named by seq, 12 zero-padded digits
 *   checkpoint.json            the signed checkpoint, rewritten by every commit
 * Every file holds the RFC 8785 canonical JSON of its content followed by one "\n"
 * (the newline makes `git show` and `jq -c` output line up; it is not part of any hash).
 */
export const EVENTS_DIR = "events";
export const CHECKPOINT_PATH = "checkpoint.json";
export const SEQ_DIGITS = 12;
export const MAX_SEQ = 10 ** SEQ_DIGITS - 1;

const EVENT_FILE = /^(\d{12})\.json$/;

export function eventFileName(seq: number): string {
  return `${String(seq).padStart(SEQ_DIGITS, "0")}.json`;
}

export function eventPath(seq: number): string {
  return `${EVENTS_DIR}/${eventFileName(seq)}`;
}

/** The seq a file name in events/ stands for, or null when the name is not an event file name. */
export function seqOfFileName(name: string): number | null {
  const match = EVENT_FILE.exec(name);
  return match?.[1] === undefined ? null : Number(match[1]);
}

/** The exact bytes of a ledger file holding `value`: canonical JSON plus one trailing newline. */
export function ledgerFileBytes(value: unknown): Uint8Array {
  return new TextEncoder().encode(`${canonicalJson(value)}\n`);
}
