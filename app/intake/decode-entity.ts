/**
 * HTML character references (`&#105;`, `&#x69;`, `&lt;`...) in raw intake text, decoded in place by
 * normalizeText (normalize-text.ts).
 */

const NAMED: readonly (readonly [string, number])[] = [["lt", 0x3c], ["gt", 0x3e], ["amp", 0x26], ["quot", 0x22], ["apos", 0x27], ["nbsp", 0xa0]];
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const hexValue = (c: number) => (c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x57 : c >= 0x41 && c <= 0x46 ? c - 0x37 : -1);

/**
 * The character reference at the '&' at `at`: what /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(lt|gt|amp|quot|apos|nbsp));?/y
 * matches there, read by hand (a regex exec and its match array per '&' cost more than the
 * reference); null when none, or when it is no Unicode scalar value.
 */
export function decodeEntity(raw: string, at: number): { cp: number; end: number } | null {
  let i = at + 1;
  let cp = -1;
  if (raw.charCodeAt(i) === 0x23) {
    let j = i + 1;
    let value = 0;
    for (; j < i + 8 && isDigit(raw.charCodeAt(j)); j++) value = value * 10 + raw.charCodeAt(j) - 0x30;
    if (j > i + 1) {
      cp = value;
      i = j;
    }
    else {
      const x = raw.charCodeAt(i + 1);
      if (x !== 0x78 && x !== 0x58) return null;
      let k = i + 2;
      value = 0;
      for (; k < i + 8 && hexValue(raw.charCodeAt(k)) >= 0; k++) value = value * 16 + hexValue(raw.charCodeAt(k));
      if (k === i + 2) return null;
      cp = value;
      i = k;
    }
  } else {
    const named = NAMED.find(([name]) => raw.startsWith(name, i));
    if (named === undefined) return null;
    cp = named[1];
    i += named[0].length;
  }
  if (raw.charCodeAt(i) === 0x3b) i++;
  if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
  return { cp, end: i };
}
