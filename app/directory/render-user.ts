import { OFFBOARD_USER_EXTENSION } from "./state.js";

type Json = Record<string, unknown>;

const CORE_USER = "urn:ietf:params:scim:schemas:core:2.0:User";
/** What Date#toISOString prints for years 0 to 9999: SCIMMY renders such a dateTime as itself. */
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

/** A multi-valued complex attribute's declared sub-attributes, in SCIMMY's order, and the values its `type` may take. */
interface MultiValued {
  readonly subs: readonly string[];
  /** undefined: any string; an array: only these (an empty one: none, as for roles). */
  readonly types?: readonly string[];
}
const EMAILS: MultiValued = { subs: ["value", "display", "type", "primary"], types: ["work", "home", "other"] };
const ENTITLEMENTS: MultiValued = { subs: ["value", "display", "type", "primary"] };
const ROLES: MultiValued = { subs: ["value", "display", "type", "primary"], types: [] };
const GROUPS: MultiValued = { subs: ["value", "$ref", "display", "type"], types: ["direct", "indirect"] };
/** The sub-attributes of `name`, in SCIMMY's order. */
const NAME = ["formatted", "familyName", "givenName", "middleName", "honorificPrefix", "honorificSuffix"];

/** Thrown inside the renderer for anything outside the shapes it was shown to render exactly. */
const DECLINE = Symbol("decline");

const isObject = (v: unknown): v is Json => {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};
const str = (v: unknown): string => {
  if (typeof v !== "string") throw DECLINE;
  return v;
};
const bool = (v: unknown): boolean => {
  if (typeof v !== "boolean") throw DECLINE;
  return v;
};
/** SCIMMY casts integers through String(v), which prints a safe integer as digits (and -0 as "0"). */
const int = (v: unknown): number => {
  if (typeof v !== "number" || !Number.isSafeInteger(v)) throw DECLINE;
  return v;
};
const isoDate = (v: unknown): string => {
  if (typeof v !== "string" || !ISO.test(v) || new Date(v).toISOString() !== v) throw DECLINE;
  return v;
};

/** Copies `source`'s own keys, all of which must be among `allowed` and none undefined, in `allowed`'s order. */
function inOrder(source: unknown, allowed: readonly string[], value: (key: string, v: unknown) => unknown, nonEmpty = false): Json {
  if (!isObject(source)) throw DECLINE;
  const keys = Object.keys(source);
  if (nonEmpty && keys.length === 0) throw DECLINE;
  const out: Json = {};
  let seen = 0;
  for (const key of allowed) {
    if (!Object.hasOwn(source, key)) continue;
    const v = source[key];
    if (v === undefined) throw DECLINE;
    out[key] = value(key, v);
    seen++;
  }
  if (seen !== keys.length) throw DECLINE; // a key SCIMMY would match case-insensitively, or drop
  return out;
}

/** Array#map, but over holes too (map skips them; SCIMMY does not). */
function each<T>(source: unknown[], f: (v: unknown) => T): T[] {
  const out: T[] = [];
  for (let i = 0; i < source.length; i++) out.push(f(source[i]));
  return out;
}

function multiValued(source: unknown, attribute: MultiValued): Json[] {
  if (!Array.isArray(source)) throw DECLINE;
  return each(source, (item) =>
    inOrder(item, attribute.subs, (key, v) => {
      if (key === "primary") return bool(v);
      if (key === "$ref") throw DECLINE; // a reference: SCIMMY validates it
      if (key === "type" && attribute.types !== undefined && !attribute.types.includes(str(v))) throw DECLINE;
      return str(v);
    }),
  );
}

/**
 * SCIMMY 1.3.5's outbound rendering of a User (`new SCIMMY.Schemas.User(user, "out", basepath)`
 * then JSON), computed directly, for the shapes the directory's egress handler produces
 * (toScimUser) with values SCIMMY passes through unchanged; null for anything else, which SCIMMY
 * then renders (or refuses) itself.
 *
 * What SCIMMY does to such a user, and so what this does: attributes in the order of its User
 * schema (schemas, id, meta, userName, name, displayName, title, userType, active, emails, groups,
 * entitlements, roles, then the extension), complex values' sub-attributes in their declared
 * order, `meta` as resourceType, created, lastModified, location (basepath/id); strings, booleans
 * and safe integers as they are, and dates as their toISOString form (so only dates already in
 * that form are taken here). Declined: a type outside an attribute's canonical values (SCIMMY
 * refuses the user: any typed role, a non-canonical email type), a key SCIMMY would match only
 * case-insensitively or would drop, a value of another type, an empty id, a non-ISO date, `$ref`s. The differential tests (test/directory/render-user.test.ts,
 * fast-routes.test.ts) compare this with SCIMMY on generated users.
 */
export function renderUserFast(user: Json, basepath: string): Json | null {
  try {
    return render(user, basepath);
  } catch (e) {
    if (e === DECLINE) return null;
    throw e;
  }
}

const TOP = new Set(["id", "userName", "name", "displayName", "title", "userType", "active", "emails", "roles", "entitlements", "groups", OFFBOARD_USER_EXTENSION, "meta"]);

function render(user: Json, basepath: string): Json {
  if (!isObject(user)) throw DECLINE;
  for (const key of Object.keys(user)) if (!TOP.has(key) || user[key] === undefined) throw DECLINE;
  const id = str(user.id);
  if (id === "") throw DECLINE;
  const meta = user.meta;
  if (!isObject(meta) || Object.keys(meta).length !== 2) throw DECLINE;
  const extension = user[OFFBOARD_USER_EXTENSION];
  if (!isObject(extension) || Object.keys(extension).length !== 3) throw DECLINE;
  const out: Json = {
    schemas: [CORE_USER, OFFBOARD_USER_EXTENSION],
    id,
    meta: { resourceType: "User", created: isoDate(meta.created), lastModified: isoDate(meta.lastModified), location: `${basepath}/${id}` },
    userName: str(user.userName),
    name: inOrder(user.name, NAME, (_key, v) => str(v), true),
    displayName: str(user.displayName),
  };
  if (user.title !== undefined) out.title = str(user.title);
  out.userType = str(user.userType);
  out.active = bool(user.active);
  out.emails = multiValued(user.emails, EMAILS);
  out.groups = multiValued(user.groups, GROUPS);
  out.entitlements = multiValued(user.entitlements, ENTITLEMENTS);
  out.roles = multiValued(user.roles, ROLES);
  const escalations = extension.escalations;
  if (!Array.isArray(escalations)) throw DECLINE;
  out[OFFBOARD_USER_EXTENSION] = { sessions: int(extension.sessions), productionOwner: bool(extension.productionOwner), escalations: each(escalations, int) };
  return out;
}
