import { CORE_SCHEMA, load, YAMLException } from "js-yaml";
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import { OffboardError } from "../errors.js";
import { RequestFileSchema, type RequestFile } from "./request-schema.js";

/** One problem in a request file, pointing at the exact line and field. */
export interface RequestProblem {
  file: string;
  line: number;
  column: number;
  /** Dotted path of the field, e.g. `spec.target.email`; empty for the whole document. */
  field: string;
  message: string;
}

export interface ParsedRequestFile {
  request: RequestFile;
  /** Confidence in the parse, percent: a schema-valid structured file is exact. */
  confidence: 100;
}

/**
 * Parses `requests/<id>.yaml`. Every error names file, line, column and field, so the same
 * problems become CLI messages and check-run annotations. `file` is the path shown to the user.
 */
export function parseRequestFile(text: string, file: string): ParsedRequestFile {
  if (text.length > MAX_REQUEST_CHARS) {
    throw problemsError("REQUEST_YAML_INVALID", [{ file, line: 1, column: 1, field: "", message: `a request file holds at most ${MAX_REQUEST_CHARS} characters` }]);
  }
  let value: unknown;
  try {
    // YAML 1.2 core schema: no timestamps, no custom tags; duplicate keys are errors (json: false).
    value = load(text, { schema: CORE_SCHEMA, json: false, filename: file });
  } catch (e) {
    if (!(e instanceof YAMLException)) throw e;
    const mark = (e as YAMLException & { mark?: { line: number; column: number } }).mark;
    throw problemsError("REQUEST_YAML_INVALID", [{ file, line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1, field: "", message: e.reason }]);
  }
  const result = RequestFileSchema.safeParse(value);
  if (!result.success) {
    // Error path only: a position-tracking parse of the same text to point at each field.
    const where = positions(text);
    const problems = result.error.issues.map((issue) => {
      const path = issue.path as (string | number)[];
      const full = issue.code === "unrecognized_keys" ? [...path, ...issue.keys] : path;
      const pos = where(full);
      return { file, line: pos.line, column: pos.col, field: full.map(String).join("."), message: issue.message };
    });
    throw problemsError("REQUEST_SCHEMA_INVALID", problems);
  }
  const expected = `${result.data.metadata.id}.yaml`;
  const base = file.split(/[\\/]/).pop() ?? file;
  if (base.endsWith(".yaml") && base !== expected) {
    const pos = positions(text)(["metadata", "id"]);
    throw problemsError("REQUEST_SCHEMA_INVALID", [
      { file, line: pos.line, column: pos.col, field: "metadata.id", message: `must match the file name (${base} holds id ${result.data.metadata.id}; rename the file to ${expected})` },
    ]);
  }
  return { request: result.data, confidence: 100 };
}

/** Largest request file accepted (characters); real requests are well under 2,000. */
export const MAX_REQUEST_CHARS = 64 * 1024;

function positions(text: string): (path: (string | number)[]) => { line: number; col: number } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  return (path) => lines.linePos(locate(doc, path));
}

/** Offset of the deepest node on `path` that exists (the value, else its key, else the document). */
function locate(doc: Document, path: (string | number)[]): number {
  let node: Node | null | undefined = doc.contents;
  let offset = node?.range?.[0] ?? 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
      offset = (pair.key as Node | null)?.range?.[0] ?? offset;
      node = pair.value as Node | null;
      offset = node?.range?.[0] ?? offset;
    } else if (isSeq(node) && typeof key === "number") {
      node = node.items[key] as Node | null;
      offset = node?.range?.[0] ?? offset;
    } else break;
  }
  return offset;
}

function problemsError(code: "REQUEST_YAML_INVALID" | "REQUEST_SCHEMA_INVALID", problems: RequestProblem[]): OffboardError {
  const lines = problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.field ? p.field + ": " : ""}${p.message}`);
  return new OffboardError(code, lines.join("\n"), { problems });
}
