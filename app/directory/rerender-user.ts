import { OFFBOARD_USER_EXTENSION } from "./state.js";

type Json = Record<string, unknown>;

/** Core and extension attributes whose rendering is their stored value (no canonical values, no casting). */
const CORE = new Set(["userName", "displayName", "title", "userType", "active"]);
const EXTENSION = new Set(["sessions", "productionOwner"]);
/** What Date#toISOString prints for years 0 to 9999, the only dates SCIMMY's check accepts as they are. */
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);
const plain = (v: unknown) => typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isSafeInteger(v));
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The entries of `rendered` (SCIMMY's rendering of `before`) carried over to `after`: equal
 * values stay, a substitutable attribute takes its new value where SCIMMY rendered the old one
 * unchanged. Null when anything else differs, or the two do not have the same attributes (a new
 * attribute's place in the rendering is SCIMMY's to decide).
 */
function carryOver(before: Json, after: Json, rendered: Json, substitutable: ReadonlySet<string>): Json | null {
  const keys = Object.keys(after);
  if (keys.length !== Object.keys(before).length) return null;
  const out: Json = { ...rendered };
  for (const key of keys) {
    if (!(key in before)) return null;
    const [was, now] = [before[key], after[key]];
    if (same(was, now)) continue;
    if (!substitutable.has(key) || !plain(now) || typeof now !== typeof was || rendered[key] !== was) return null;
    out[key] = now;
  }
  return out;
}

/** `meta` carried over: only lastModified may differ, and only between ISO strings SCIMMY renders as they are. */
function carryOverMeta(before: Json, after: Json, rendered: Json): Json | null {
  const [was, now, shown] = [before.meta, after.meta, rendered.meta];
  if (!isObject(was) || !isObject(now) || !isObject(shown)) return null;
  if (same(was, now)) return shown;
  const iso = (v: unknown) => typeof v === "string" && ISO.test(v) && new Date(v).toISOString() === v;
  if (!same({ ...was, lastModified: null }, { ...now, lastModified: null })) return null;
  if (!iso(was.lastModified) || !iso(now.lastModified) || shown.lastModified !== was.lastModified) return null;
  return { ...shown, lastModified: now.lastModified };
}

/**
 * SCIMMY's outbound rendering of the User `after`, derived from its rendering of `before` (both
 * as the egress handler hands them over, toScimUser) without coercing anything, or null when
 * that cannot be done exactly: then SCIMMY renders it. Exact because SCIMMY renders strings,
 * booleans and safe integers of these attributes as they are, and an ISO date
 * (toISOString's form) as itself, and the order of a rendering's attributes is its schema's, so a
 * rendering with the same attributes keeps its order. The differential tests compare every
 * rendering derived here with SCIMMY's.
 */
export function rerenderUser(before: Json, after: Json, rendered: Json): Json | null {
  const core = carryOver({ ...before, meta: null, [OFFBOARD_USER_EXTENSION]: null }, { ...after, meta: null, [OFFBOARD_USER_EXTENSION]: null }, rendered, CORE);
  const meta = carryOverMeta(before, after, rendered);
  if (core === null || meta === null) return null;
  const [was, now, shown] = [before[OFFBOARD_USER_EXTENSION], after[OFFBOARD_USER_EXTENSION], rendered[OFFBOARD_USER_EXTENSION]];
  if (!isObject(was) || !isObject(now) || !isObject(shown)) return null;
  const extension = carryOver(was, now, shown, EXTENSION);
  if (extension === null) return null;
  return { ...core, meta, [OFFBOARD_USER_EXTENSION]: extension };
}
