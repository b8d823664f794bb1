/**
 * One error class for the whole core, with a stable string `code`. Tests assert the code, never
 * the message; messages tell the user what to fix and where (file, line, field, variable).
 */
export type ErrorCode =
  // configuration and startup (fail closed)
  | "CONFIG_INVALID"
  | "CONFIG_MISSING"
  | "KEY_MISSING"
  | "KEY_INVALID"
  | "TOOL_MISSING"
  | "HRIS_UNAVAILABLE"
  | "BLAST_RADIUS"
  // intake
  | "REQUEST_YAML_INVALID"
  | "REQUEST_SCHEMA_INVALID"
  | "REQUEST_NOT_FOUND"
  /** An issue-form body lacks a required field or holds an invalid value (details.problems name the field). */
  | "ISSUE_FORM_INVALID"
  /** The issue form definition (.github/ISSUE_TEMPLATE/*.yml) cannot be read or lacks the fields intake needs. */
  | "ISSUE_FORM_DEFINITION_INVALID"
  /** Input to `offboard scan` is unreadable (details name the line). */
  | "SCAN_INPUT_INVALID"
  // policy
  | "POLICY_BUILD_FAILED"
  | "POLICY_EVAL_FAILED"
  | "POLICY_RESULT_INVALID"
  // packets
  | "PACKET_INVALID"
  | "PACKET_SIGNATURE"
  | "PACKET_EXPIRED"
  | "PACKET_NOT_YET_VALID"
  | "PACKET_REPLAYED"
  | "PACKET_AUDIENCE"
  /** Log before acting: the packet's decision is not provably on the ledger under a signed (and witnessed) checkpoint. */
  | "PACKET_NOT_LOGGED"
  | "PACKET_TENANT"
  // approvals
  | "APPROVAL_REFUSED"
  | "APPROVAL_NOT_REQUIRED"
  /** A one-time approval link is malformed, forged, expired, for another tenant or already used (details.reason). */
  | "APPROVAL_LINK_INVALID"
  // executor
  | "LEASE_FAILED"
  | "LEASE_REVOKED"
  | "CONNECTOR_FAILED"
  | "CONNECTOR_UNKNOWN"
  | "TARGET_NOT_FOUND"
  | "REINSTATE_WINDOW_CLOSED"
  | "REINSTATE_NOTHING_TO_RESTORE"
  | "EXECUTION_REFUSED"
  // ledger
  | "LEDGER_WRITE_CONFLICT"
  | "LEDGER_CORRUPT"
  | "LEDGER_KEY_UNKNOWN"
  | "LEDGER_EMPTY"
  | "LEDGER_EVENT_INVALID"
  | "LEDGER_SIGNATURE_INVALID"
  | "LEDGER_LOCK_TIMEOUT"
  /** A trusted key used where the ledger does not allow it: wrong role for the event type, before its key.added, after its key.revoked. */
  | "LEDGER_KEY_NOT_VALID"
  /** The branch does not extend a witnessed or pinned checkpoint (rolled back, forked, other origin), or its own history. */
  | "LEDGER_INCONSISTENT"
  /** Witness keys are trusted but no published checkpoint carries enough valid cosignatures. */
  | "LEDGER_UNWITNESSED"
  /** The events were committed but no witness cosigned the new checkpoint. */
  | "LEDGER_WITNESS_FAILED"
  /** A checkpoint file, note or proof is malformed. */
  | "LEDGER_CHECKPOINT_INVALID"
  /** A witness refused a checkpoint (tlog-witness 403/404/409/422 semantics); details.status. */
  | "WITNESS_REFUSED"
  /** The witness's latest cosigned size is not the old size given (tlog-witness 409); details.size. */
  | "WITNESS_CONFLICT"
  | "CANONICAL_JSON_INVALID"
  | "GIT_FAILED";

export class OffboardError extends Error {
  override readonly name = "OffboardError";
  readonly code: ErrorCode;
  /** Structured context safe to log (never secrets). */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.details = details;
  }
}

export function isOffboardError(e: unknown, code?: ErrorCode): e is OffboardError {
  return e instanceof OffboardError && (code === undefined || e.code === code);
}
