import { isOffboardError, type ErrorCode } from "../errors.js";

/** Exit codes, documented in docs/CLI.md. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export interface Output {
  json: boolean;
  /** A line for humans (suppressed under --json). */
  say(line: string): void;
  /** Progress for humans on stderr (suppressed under --json). */
  progress(line: string): void;
  /** The machine result (printed under --json only). */
  result(value: unknown): void;
  color: (code: "green" | "red" | "yellow" | "bold" | "dim", text: string) => string;
}

const CODES = { green: 32, red: 31, yellow: 33, bold: 1, dim: 2 } as const;

export function createOutput(json: boolean, stream: NodeJS.WriteStream = process.stdout): Output {
  const useColor = Boolean(stream.isTTY) && !process.env.NO_COLOR && process.env.TERM !== "dumb";
  return {
    json,
    say: (line) => {
      if (!json) stream.write(line + "\n");
    },
    progress: (line) => {
      if (!json) process.stderr.write(line + "\n");
    },
    result: (value) => {
      if (json) stream.write(JSON.stringify(value, null, 2) + "\n");
    },
    color: (code, text) => (useColor ? `\u001b[${CODES[code]}m${text}\u001b[0m` : text),
  };
}

/** Errors the user fixes in their input or setup: exit 2. Everything else is a failure: exit 1. */
const USAGE_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  "CONFIG_INVALID", "CONFIG_MISSING", "KEY_MISSING", "KEY_INVALID", "TOOL_MISSING",
  "REQUEST_YAML_INVALID", "REQUEST_SCHEMA_INVALID", "REQUEST_NOT_FOUND", "POLICY_BUILD_FAILED",
  "SCAN_INPUT_INVALID", "ISSUE_FORM_INVALID",
]);

/** Prints an error the way users need it (message says what and where) and returns the exit code. */
export function reportError(e: unknown, json: boolean): number {
  const usage = isOffboardError(e) && USAGE_CODES.has(e.code);
  if (json) {
    const body = isOffboardError(e) ? { error: { code: e.code, message: e.message, details: e.details } } : { error: { code: "INTERNAL", message: String(e) } };
    process.stdout.write(JSON.stringify(body, null, 2) + "\n");
  } else {
    process.stderr.write(`offboard: ${isOffboardError(e) ? `${e.message} [${e.code}]` : e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  }
  return usage ? EXIT.usage : EXIT.failed;
}
