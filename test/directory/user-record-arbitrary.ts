import fc from "fast-check";
import { USER_TYPES, type UserRecord } from "../../app/directory/state.js";

/** The id every generated record has (the tests store one user at a time). */
export const RECORD_ID = "a0000000-0000-4000-8000-000000000001";

// Any record the store accepts (state.ts), including ones SCIMMY cannot render (typed roles,
// non-canonical email types, dates that are no dates): those must fall back, not diverge.
export const text = fc.oneof(fc.constantFrom("", "Ann", "O'Neil", "Zoë", "a b"), fc.string({ maxLength: 8 }));
const multiValue = (types: string[]) =>
  fc.record(
    { value: fc.string({ minLength: 1, maxLength: 8 }), display: text, type: fc.constantFrom(...types), primary: fc.boolean() },
    { requiredKeys: ["value"] },
  );
const date = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 4_000_000_000_000 }).map((t) => new Date(t).toISOString()) },
  { weight: 1, arbitrary: fc.constantFrom("2025-01-01", "2025-01-01T10:00:00Z", "not a date") },
);
export const userRecord: fc.Arbitrary<UserRecord> = fc.record(
  {
    id: fc.constant(RECORD_ID),
    userName: fc.oneof(fc.constantFrom("pat.lee@example.com", "Pat.Lee@Example.com"), fc.string({ minLength: 3, maxLength: 10 })),
    name: fc.record({ givenName: text, familyName: text, formatted: text }),
    displayName: text,
    title: text,
    userType: fc.constantFrom(...USER_TYPES),
    active: fc.boolean(),
    emails: fc.array(multiValue(["work", "home", "other", "corporate"]), { maxLength: 2 }),
    roles: fc.array(fc.oneof({ weight: 6, arbitrary: fc.record({ value: fc.string({ minLength: 1, maxLength: 8 }) }) }, { weight: 1, arbitrary: multiValue(["x"]) }), { maxLength: 2 }),
    entitlements: fc.array(multiValue(["licence", "seat"]), { maxLength: 3 }),
    sessions: fc.oneof(fc.constant(0), fc.nat({ max: 9 })),
    productionOwner: fc.boolean(),
    escalations: fc.array(fc.nat({ max: 2_000_000_000 }), { maxLength: 2 }),
    created: date,
    lastModified: date,
  },
  { requiredKeys: ["id", "userName", "name", "displayName", "userType", "active", "emails", "roles", "entitlements", "sessions", "productionOwner", "escalations", "created", "lastModified"] },
);
