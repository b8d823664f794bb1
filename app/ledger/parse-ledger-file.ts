import type { z } from "zod";
import { isOffboardError } from "../errors.js";
import { canonicalJson } from "./canonical-json.js";
import { describeIssue } from "./record-schema.js";

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * Parses the bytes of a ledger file against `schema` and requires them to be exactly the canonical
 * form of what they hold (RFC 8785 JSON plus one "\n"), so a re-serialised, re-ordered, re-escaped
 * or BOM-prefixed file is caught even when its content is otherwise the same.
 */
export function parseLedgerFile<S extends z.ZodType>(bytes: Uint8Array, schema: S): Parsed<z.output<S>> {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes));
  } catch (e) {
    return { ok: false, reason: `malformed JSON: ${(e as Error).message}` };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: `invalid content: ${describeIssue(parsed.error)}` };
  let canonical: string;
  try {
    canonical = `${canonicalJson(json)}\n`;
  } catch (e) {
    if (isOffboardError(e, "CANONICAL_JSON_INVALID")) return { ok: false, reason: `not canonical JSON: ${e.message}` };
    throw e;
  }
  if (!Buffer.from(canonical, "utf8").equals(bytes)) {
    return { ok: false, reason: "not in canonical form (RFC 8785 JSON plus one trailing newline): the file was re-serialised or edited" };
  }
  return { ok: true, value: parsed.data };
}
