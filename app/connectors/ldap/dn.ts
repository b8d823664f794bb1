/**
 * A comparable form of a DN: lower case, no spaces around `,` and `=`. Enough for the DNs a
 * directory hands back (attribute types and values of the schemas used here match case-insensitively);
 * it is not a full RFC 4514 normaliser (no hex escapes, no multi-valued RDN reordering).
 */
export function normalizeDn(dn: string): string {
  return dn
    .trim()
    .replace(/\s*(?<!\\)([,=+])\s*/g, "$1")
    .toLowerCase();
}

export function sameDn(a: string, b: string): boolean {
  return normalizeDn(a) === normalizeDn(b);
}

/** True when `dn` is `base` or below it. */
export function isDnWithin(dn: string, base: string): boolean {
  const d = normalizeDn(dn);
  const b = normalizeDn(base);
  return d === b || d.endsWith(`,${b}`);
}

/** True when `dn` is strictly below `base`. */
export function isDnBelow(dn: string, base: string): boolean {
  return normalizeDn(dn).endsWith(`,${normalizeDn(base)}`);
}
