import type { Contrasted, PersonReader } from "./person-reader.js";
import { SEP, type Tokens } from "./tokenize.js";

/**
 * Whether the one set aside is contrasted with the words right before its negation rather than with
 * person `y`: "Liverpool ONE (not Liverpool Speke)", a store told apart from another of the same
 * town, shares its first word with a phrase within three words before the negation that is not `y`
 * and names no one `y` is (`same`). Not "the leaver is Ravi Menon, not Ravi Mehta" beside
 * ravi.menon@: the phrase before is the person `y` stands for.
 */
export function contrastsNeighbour(tokens: Tokens, reader: PersonReader, neg: number, x: Contrasted, y: Contrasted, same: (a: Contrasted, b: Contrasted) => boolean): boolean {
  const head = x.words[0];
  if (!head) return false;
  for (let j = neg - 1; j >= 0 && j >= neg - 3; j--) {
    if ((tokens.sep[j + 1] ?? 0) & (SEP.sentence | SEP.paragraph)) return false;
    if (tokens.keys[j] !== head) continue;
    if (j >= y.first && j <= y.last) return false;
    const p = reader.personAt(j);
    return !(p && same(p, y));
  }
  return false;
}

/**
 * The full name an address of one name word stands for, when the sentence writes it out before the address: "The leaver is Ravi
 * Menon on the online-shop team (ravi.m@...), not Ravi Mehta" compares Ravi Mehta with Ravi Menon, not with "ravi" (which both
 * share). Null when `y` is not such an address or no other full name of its word is written between `from` and it.
 */
export function addressWrittenOut(reader: PersonReader, y: Contrasted, x: Contrasted, from: number): Contrasted | null {
  if (y.alias !== null || y.words.length !== 1 || !reader.isAddressAt(y.first)) return null;
  const word = y.words[0]!;
  let found: Contrasted | null = null;
  for (const p of reader.peopleIn(from, y.first - 1)) {
    if (p.last >= y.first || (p.first <= x.last && p.last >= x.first)) continue;
    if (p.words.length >= 2 && p.alias === null && p.words.includes(word)) found = p;
  }
  return found;
}
