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
  const walk: Walk = { rootPath, keys: [], open: [] };
  return write(value, walk);
}

/**
 * One walk checks each value and writes it (docs/adr/0009-canonical-json-in-one-walk.md): the
 * value written is the value checked, even through a getter, and a path is built only for the
 * value refused. `keys` is the path down to the value being written (member names and array
 * indexes), `open` the objects and arrays it lies in (a cycle is one of them met again).
 */
interface Walk {
  rootPath: string;
  keys: (string | number)[];
  open: object[];
}

function write(value: unknown, walk: Walk): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "boolean":
      return value ? "true" : "false";
    case "string":
      if (!isWellFormed(value)) throw refuse(pathAt(walk), loneSurrogate(value));
      return JSON.stringify(value);
    case "number": {
      const reason = integerFault(value);
      if (reason !== null) throw refuse(pathAt(walk), reason);
      return String(value);
    }
    case "object":
      break;
    default:
      throw refuse(pathAt(walk), `${typeof value} is not a JSON value`);
  }
  if (walk.open.length >= MAX_JSON_DEPTH) throw refuse(pathAt(walk), `nested deeper than ${MAX_JSON_DEPTH} levels`);
  if (walk.open.includes(value)) throw refuse(pathAt(walk), "circular reference");
  walk.open.push(value);
  let out: string;
  if (Array.isArray(value)) {
    out = "[";
    for (let i = 0; i < value.length; i++) {
      walk.keys.push(i);
      if (!(i in value)) throw refuse(pathAt(walk), "sparse array hole (undefined)");
      out += (i === 0 ? "" : ",") + write(value[i], walk);
      walk.keys.pop();
    }
    out += "]";
  } else {
    const plain = plainObjectFault(value);
    if (plain !== null) throw refuse(pathAt(walk), plain);
    // RFC 8785 §3.2.3: member names sorted by their UTF-16 code units, which is what sort() compares.
    const names = Object.keys(value).sort();
    out = "{";
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!;
      walk.keys.push(name);
      if (!isWellFormed(name)) throw refuse(pathAt(walk), loneSurrogate(name));
      out += `${i === 0 ? "" : ","}${JSON.stringify(name)}:${write((value as Record<string, unknown>)[name], walk)}`;
      walk.keys.pop();
    }
    out += "}";
  }
  walk.open.pop();
  return out;
}

function integerFault(value: number): string | null {
  if (Number.isSafeInteger(value)) return Object.is(value, -0) ? "negative zero does not round-trip (use 0)" : null;
  if (Number.isNaN(value)) return "NaN is not allowed";
  if (!Number.isFinite(value)) return "Infinity is not allowed";
  if (!Number.isInteger(value)) return `non-integer number ${value} (the ledger accepts integers only; use a string or scaled integer)`;
  return `integer ${value} is outside the safe range ±(2^53-1) (use a string)`;
}

function plainObjectFault(value: object): string | null {
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) {
    const name = (value as { constructor?: { name?: string } }).constructor?.name ?? "unknown";
    return `${name} is not a plain object`;
  }
  if (Object.getOwnPropertySymbols(value).length > 0) return "symbol keys are not JSON";
  return null;
}

/** Whether `text` has no lone surrogate (String.prototype.isWellFormed, Node 20+). */
function isWellFormed(text: string): boolean {
  return (text as string & { isWellFormed(): boolean }).isWellFormed();
}

function loneSurrogate(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
    }
    if (unit >= 0xd800 && unit <= 0xdfff) return `lone surrogate U+${unit.toString(16).toUpperCase()} at index ${i}`;
  }
  return "lone surrogate";
}

function pathAt(walk: Walk): string {
  let path = walk.rootPath;
  for (const key of walk.keys) path = typeof key === "number" ? `${path}[${key}]` : pathOf(path, key);
  return path;
}

function pathOf(parent: string, key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
}

function refuse(path: string, reason: string): OffboardError {
  return new OffboardError("CANONICAL_JSON_INVALID", `${path}: ${reason}`, { path, reason });
}
