import { OFFBOARD_USER_EXTENSION } from "./state.js";

type Json = Record<string, unknown>;

/** SCIMMY's `hasActualValues` (dist/lib/types.js): some value, at any depth, other than undefined. */
function hasActualValues(target: object): boolean {
  return Object.values(target).some((v) => (typeof v === "object" ? hasActualValues(v as object) : v !== undefined));
}

/**
 * A User as SCIMMY 1.3.5's PATCH shows it, from the user's outbound rendering (rendered-users.ts).
 * SCIMMY's PATCH coerces the rendering twice more (into its patch target, then out again), and
 * reading an extension off a schema instance drops its attributes that hold no actual value
 * (Schema's extension getter, dist/lib/types.js): an empty `escalations` array is in a GET's
 * answer but not in a PATCH's. Nothing else changes between the renderings; the property test in
 * test/directory/patch-answer.test.ts holds SCIMMY's own chain to that.
 */
export function asPatchAnswer(rendering: Json): Json {
  const extension = rendering[OFFBOARD_USER_EXTENSION];
  if (typeof extension !== "object" || extension === null) return rendering;
  const kept = Object.entries(extension).filter(([, v]) => v !== undefined && !(typeof v === "object" && v !== null && !hasActualValues(v)));
  return { ...rendering, [OFFBOARD_USER_EXTENSION]: Object.fromEntries(kept) };
}
