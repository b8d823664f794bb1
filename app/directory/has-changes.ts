/**
 * SCIMMY 1.3.5's `hasChanges` (dist/lib/messages.js), which decides whether a PATCH answers 200
 * with the resource or 204 with nothing: deep comparison, arrays by length and position, objects
 * by key count and then key by key, Dates by value, NaN equal to NaN. Copied rather than
 * approximated so the fast PATCH path (fast-user-patch.ts) answers 200/204 exactly when SCIMMY
 * does; SCIMMY does not export it.
 */
export function hasChanges(original: unknown, current: unknown): boolean {
  if (original === current) return false;
  if (Array.isArray(original)) {
    const other = (current ?? []) as unknown[];
    return original.length !== other.length || original.some((v, i) => hasChanges(v, other[i]));
  }
  if (original !== null && current !== null && typeof original === "object" && typeof current === "object") {
    if (original instanceof Date) return original.valueOf() !== (current as Date).valueOf();
    const keys = Object.keys(original);
    if (keys.length !== Object.keys(current).length) return true;
    return keys.some((k) => !(k in current) || hasChanges((original as Record<string, unknown>)[k], (current as Record<string, unknown>)[k]));
  }
  // Both NaN: unchanged; anything else that is not identical: changed.
  return original === original && current === current;
}
