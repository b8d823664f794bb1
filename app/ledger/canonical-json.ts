import canonicalize from "canonicalize";
import { OffboardError } from "../errors.js";

/** Deeper values are refused rather than risking a stack overflow in the serializer. */
export const MAX_JSON_DEPTH = 64;

/**
 * The RFC 8785 (JSON Canonicalization Scheme) form of `value`, restricted to the subset the ledger
 * allows: null, booleans, strings without lone surrogates, safe integers (no floats, no -0, no
 * NaN/Infinity), arrays and plain objects. Anything else (undefined, functions, bigint, Dates, Maps,
 * class instances, symbol keys, cycles) is refused instead of being silently dropped or coerced the
 * way JSON.stringify would, so the hashed bytes always say exactly what the caller passed in.
 *
 * Why integers only: RFC 8785 serializes numbers as ECMAScript doubles, which other languages and
 * `jq` do not all reproduce byte for byte; integers in the safe range print the same everywhere.
 *
 * @param rootPath how the JSON path of an offending value starts in the error message ("$" by default).
 * @throws OffboardError CANONICAL_JSON_INVALID naming the JSON path (details.path) of the first bad value.
 */
export function canonicalJson(value: unknown, rootPath = "$"): string {
  assertCanonicalizable(value, rootPath, new Set(), 0);
  const text = canonicalize(value);
  if (text === undefined) throw refuse(rootPath, "not a JSON value");
  return text;
}

function assertCanonicalizable(value: unknown, path: string, stack: Set<object>, depth: number): void {
  if (value === null || typeof value === "boolean") return;
  if (typeof value === "string") return assertWellFormed(value, path);
  if (typeof value === "number") return assertInteger(value, path);
  if (typeof value !== "object") throw refuse(path, `${typeof value} is not a JSON value`);
  if (depth >= MAX_JSON_DEPTH) throw refuse(path, `nested deeper than ${MAX_JSON_DEPTH} levels`);
  if (stack.has(value)) throw refuse(path, "circular reference");
  stack.add(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) throw refuse(`${path}[${i}]`, "sparse array hole (undefined)");
      assertCanonicalizable(value[i], `${path}[${i}]`, stack, depth + 1);
    }
  } else {
    assertPlainObject(value, path);
    for (const [key, child] of Object.entries(value)) {
      const childPath = pathOf(path, key);
      assertWellFormed(key, childPath);
      assertCanonicalizable(child, childPath, stack, depth + 1);
    }
  }
  stack.delete(value);
}

function assertInteger(value: number, path: string): void {
  if (Number.isNaN(value)) throw refuse(path, "NaN is not allowed");
  if (!Number.isFinite(value)) throw refuse(path, "Infinity is not allowed");
  if (!Number.isInteger(value)) throw refuse(path, `non-integer number ${value} (the ledger accepts integers only; use a string or scaled integer)`);
  if (!Number.isSafeInteger(value)) throw refuse(path, `integer ${value} is outside the safe range ±(2^53-1) (use a string)`);
  if (Object.is(value, -0)) throw refuse(path, "negative zero does not round-trip (use 0)");
}

function assertPlainObject(value: object, path: string): void {
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) {
    const name = (value as { constructor?: { name?: string } }).constructor?.name ?? "unknown";
    throw refuse(path, `${name} is not a plain object`);
  }
  if (Object.getOwnPropertySymbols(value).length > 0) throw refuse(path, "symbol keys are not JSON");
}

function assertWellFormed(text: string, path: string): void {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
    }
    if (unit >= 0xd800 && unit <= 0xdfff) throw refuse(path, `lone surrogate U+${unit.toString(16).toUpperCase()} at index ${i}`);
  }
}

function pathOf(parent: string, key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
}

function refuse(path: string, reason: string): OffboardError {
  return new OffboardError("CANONICAL_JSON_INVALID", `${path}: ${reason}`, { path, reason });
}
