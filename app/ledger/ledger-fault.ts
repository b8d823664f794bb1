import { OffboardError, type ErrorCode } from "../errors.js";

/** The first thing wrong with a ledger branch: which event (or file) and why. */
export interface LedgerFault {
  /** The event's seq, or null for problems not tied to one event (checkpoint, stray files). */
  seq: number | null;
  /** Where: `segments/000000000256.jsonl:7`, `tail.jsonl:3`, `checkpoint`, `state.json`, a tag ref, a commit or a pinned file. */
  path: string;
  reason: string;
  code: ErrorCode;
}

/** `event 7 (tail.jsonl:8): hash mismatch: …` or `checkpoint: …`. */
export function formatFault(fault: LedgerFault): string {
  return fault.seq === null ? `${fault.path}: ${fault.reason}` : `event ${fault.seq} (${fault.path}): ${fault.reason}`;
}

export function faultError(fault: LedgerFault, branch: string): OffboardError {
  return new OffboardError(fault.code, `ledger branch ${branch}: ${formatFault(fault)}`, { ...fault, branch });
}
