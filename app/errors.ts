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
  // intake
  | "REQUEST_YAML_INVALID"
  | "REQUEST_SCHEMA_INVALID"
  | "REQUEST_NOT_FOUND"
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
  | "PACKET_TENANT"
  // approvals
  | "APPROVAL_REFUSED"
  | "APPROVAL_NOT_REQUIRED"
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
