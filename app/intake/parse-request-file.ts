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
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => lines.linePos(offset);
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((e) => {
      const pos = at(e.pos[0]);
      return { file, line: pos.line, column: pos.col, field: "", message: e.message.split("\n")[0] ?? e.code };
    });
    throw problemsError("REQUEST_YAML_INVALID", problems);
  }
  const result = RequestFileSchema.safeParse(doc.toJS());
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const path = issue.path as (string | number)[];
      const full = issue.code === "unrecognized_keys" ? [...path, ...issue.keys] : path;
      const pos = at(locate(doc, full));
      const field = full.map(String).join(".");
      return { file, line: pos.line, column: pos.col, field, message: issue.message };
    });
    throw problemsError("REQUEST_SCHEMA_INVALID", problems);
  }
  const expected = `${result.data.metadata.id}.yaml`;
  const base = file.split(/[\\/]/).pop() ?? file;
  if (base.endsWith(".yaml") && base !== expected) {
    const pos = at(locate(doc, ["metadata", "id"]));
    throw problemsError("REQUEST_SCHEMA_INVALID", [
      { file, line: pos.line, column: pos.col, field: "metadata.id", message: `must match the file name (${base} holds id ${result.data.metadata.id}; rename the file to ${expected})` },
    ]);
  }
  return { request: result.data, confidence: 100 };
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
