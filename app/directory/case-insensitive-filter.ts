import SCIMMY from "scimmy";

type Expression = Record<string, unknown>;

/** Attributes that RFC 7643 declares caseExact=false and that the directory stores lower-cased. */
const CASE_INSENSITIVE = new Set(["username"]);

function lowerLast(comparison: unknown): unknown {
  if (!Array.isArray(comparison)) return comparison;
  if (comparison.every(Array.isArray)) return comparison.map(lowerLast);
  const last = comparison[comparison.length - 1];
  return typeof last === "string" ? [...comparison.slice(0, -1), last.toLowerCase()] : comparison;
}

function normalise(expr: Expression): Expression {
  return Object.fromEntries(
    Object.entries(expr).map(([attr, value]) => [attr, CASE_INSENSITIVE.has(attr.toLowerCase()) ? lowerLast(value) : value]),
  );
}

/**
 * SCIMMY's `Filter.match` compares strings case-exactly, but `userName` is caseExact=false
 * (RFC 7643 §4.1.1). Stored userNames are lower-case, so lower-casing the filter's operands for
 * those attributes gives the RFC's semantics. `pr`/`np` carry no operand and pass through.
 */
export function caseInsensitiveFilter(filter: SCIMMY.Types.Filter): SCIMMY.Types.Filter {
  const expressions = [...filter].map((e) => normalise(e as Expression));
  return new SCIMMY.Types.Filter(expressions as never);
}

/**
 * The userName a filter pins down when it is exactly `userName eq "<value>"` (one expression, one
 * attribute, no `or`), lower-cased; null for any other filter.
 */
export function exactUserName(filter: SCIMMY.Types.Filter): string | null {
  const expressions = [...filter] as Expression[];
  if (expressions.length !== 1) return null;
  const entries = Object.entries(expressions[0]!);
  if (entries.length !== 1) return null;
  const [attr, comparison] = entries[0]!;
  if (attr.toLowerCase() !== "username" || !Array.isArray(comparison) || comparison.length !== 2) return null;
  const [op, value] = comparison as unknown[];
  return op === "eq" && typeof value === "string" ? value.toLowerCase() : null;
}
