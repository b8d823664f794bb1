import { OFFBOARD_USER_EXTENSION } from "./state.js";

const PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

/** Where a simple operation lands in the patched User: a core attribute or one of the extension's. */
export type SimpleTarget =
  | { where: "core"; name: "active" | "displayName" | "title" | "userType" }
  | { where: "extension"; name: "sessions" | "productionOwner" };

/** Sets (`value` defined) or unsets (`value` undefined: `remove`) one single-valued attribute. */
export interface SimpleUserOp {
  target: SimpleTarget;
  value: boolean | number | string | undefined;
}

type Accepts = (value: unknown) => boolean;

const isBoolean: Accepts = (v) => typeof v === "boolean";
const isString: Accepts = (v) => typeof v === "string";
// SCIMMY checks integers on String(value), which accepts "3" and refuses 1e21 ("1e+21"): only
// numbers that are safe integers are taken here. The store decides the rest (non-negative,
// sessions only to 0), and a refusal there falls back to SCIMMY.
const isInteger: Accepts = (v) => typeof v === "number" && Number.isSafeInteger(v);

/**
 * The attributes the fast path sets, by every spelling SCIMMY 1.3.5 accepts for them as a PATCH
 * path. Its patched resource is frozen and has a property for the declared name and one for its
 * lower-case form only (describeAttributeAccessors in dist/lib/types.js), so "active" and
 * "displayname" work while "Active" or the core-URN-qualified name answer 400 invalidPath: those,
 * like every path not listed, go to SCIMMY, which gives that answer itself.
 */
const PATHS: ReadonlyMap<string, { target: SimpleTarget; accepts: Accepts }> = new Map(
  [
    { target: { where: "core", name: "active" } as const, accepts: isBoolean },
    { target: { where: "core", name: "displayName" } as const, accepts: isString },
    { target: { where: "core", name: "title" } as const, accepts: isString },
    { target: { where: "core", name: "userType" } as const, accepts: isString },
    { target: { where: "extension", name: "sessions" } as const, accepts: isInteger },
    { target: { where: "extension", name: "productionOwner" } as const, accepts: isBoolean },
  ].flatMap((entry) => {
    const path = entry.target.where === "core" ? entry.target.name : `${OFFBOARD_USER_EXTENSION}:${entry.target.name}`;
    return [...new Set([path, path.toLowerCase()])].map((p) => [p, entry] as const);
  }),
);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function planOne(operation: unknown): SimpleUserOp | null {
  if (!isObject(operation)) return null;
  const { op, path, value } = operation;
  if (typeof op !== "string" || typeof path !== "string") return null;
  const known = PATHS.get(path);
  if (!known) return null;
  const verb = op.toLowerCase();
  if (verb === "remove") return value === undefined ? { target: known.target, value: undefined } : null;
  if (verb !== "add" && verb !== "replace") return null;
  return known.accepts(value) ? { target: known.target, value: value as SimpleUserOp["value"] } : null;
}

/**
 * A User PatchOp message as simple operations, or null when any part of it is outside what the
 * fast path answers (fast-user-patch.ts): then SCIMMY's PatchOp handles the whole message, errors
 * included. Simple means: a well-formed message (exactly the PatchOp schema, at least one
 * operation) whose every operation is `add`, `replace` or `remove` (any case, as SCIMMY) on a path
 * listed above, with a value of the attribute's type (`remove` without a value). Anything else,
 * null values, value filters, multi-valued or complex attributes, no-path operations, read-only
 * attributes, is not simple.
 */
export function planSimpleUserPatch(message: unknown): SimpleUserOp[] | null {
  if (!isObject(message)) return null;
  const { schemas, Operations: operations } = message;
  if (!Array.isArray(schemas) || schemas.length !== 1 || schemas[0] !== PATCH_OP) return null;
  if (!Array.isArray(operations) || operations.length === 0) return null;
  const planned: SimpleUserOp[] = [];
  for (const operation of operations) {
    const simple = planOne(operation);
    if (simple === null) return null;
    planned.push(simple);
  }
  return planned;
}
