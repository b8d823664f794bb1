import type { CompiledLexicon } from "./compile-lexicon.js";
import { localWords, samePerson } from "./named-people.js";
import type { FoundEmail } from "./detect-identities.js";
import type { DetectorHit } from "./detector-hit.js";
import type { ConceptHits } from "./find-concepts.js";
import { sentenceAround, tokenRange } from "./token-queries.js";
import { SEP, type Tokens } from "./tokenize.js";

/** Most STAYS hits looked at in one text. */
const MAX_STAYS = 20;
/** Most words between the leaver's name and the word saying they stay ("Dana Reyes has decided to stay", "डाना कंपनी में रहेंगी"). */
const NAME_REACH = 3;
/** Most words written before the leaver's address that can be their name ("Baja de Dana Reyes, dana.reyes@", "دانا رييس، dana.reyes@"). */
const NAME_RUN = 3;
/** Most words between the other address and what is done to it ("la cuenta de x@", "x@ 계정을 대신 비활성화해"). */
const ACT_REACH = 6;
/** A preposition right before the other address that makes it a recipient ("forward her mail to x@"). */
const TO_SOMEONE: ReadonlySet<string> = new Set(["to", "an", "naar", "till", "dla", "для", "à", "a", "para", "per"]);

/**
 * The leaver said to stay and another person's address given to act on: "Dana se queda; por favor
 * apliquen la solicitud a la cuenta de anton.berg@", "Дана залишається, тож заблокуйте anton.berg@",
 * "Dana stannar ändå, så inaktivera anton.berg@ i stället", "دانا ستبقى معنا، لذا يرجى تعطيل حساب
 * anton.berg@". The leaver is the person of the text's first address: a word of its local part, or
 * one of the words written right before it (the name in any script), within NAME_REACH words before
 * STAYS in its clause, and not "stays until Friday". The other address is in that sentence or the
 * next, is none of the leaver's, is not named before the STAYS sentence, and is acted on (ACTION,
 * ACCOUNT_OF, SWAP, ONE_TO_ACT within ACT_REACH words, in its sentence) with no role, hand-over,
 * send or notify word right before it ("her successor anton.berg@ stays" is a hand-over, and someone
 * else who stays, "Anton Berg (anton.berg@) is staying in the team", is not the leaver).
 */
export function detectLeaverStays(tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits, emails: readonly FoundEmail[]): DetectorHit[] {
  const stays = hits.starts[lex.id("STAYS")];
  if (!stays || stays.length === 0 || emails.length < 2) return [];
  const leaver = emails[0]!;
  const [lFirst] = tokenRange(tokens, leaver.start, leaver.end);
  if (lFirst < 0) return [];
  const names = leaverWords(tokens, hits, lex, leaver.email, lFirst);
  if (names.length === 0) return [];
  const staysEnds = hits.ends[lex.id("STAYS")] ?? [];
  const until = [lex.id("UNTIL")];
  const acts = [lex.id("ACTION"), lex.id("ACCOUNT_OF"), lex.id("SWAP"), lex.id("ONE_TO_ACT"), lex.id("ACCOUNT_POINTER")];
  const blockers = [lex.id("ROLE_PERSON"), lex.id("HANDOVER_VERB"), lex.id("SEND"), lex.id("NOTIFY")];
  for (let h = 0; h < Math.min(stays.length, MAX_STAYS); h++) {
    const [s, e] = [stays[h]!, staysEnds[h]!];
    if (s <= lFirst || !namedBefore(tokens, s, names) || hits.at.hasAnyIn(e + 1, e + 3, until)) continue;
    const { from, to: end } = sentenceAround(tokens, s);
    const to = sentenceAround(tokens, end + 1).to;
    const [fromOffset, toOffset] = [tokens.starts[from] ?? 0, tokens.ends[to] ?? Infinity];
    // Only the addresses of the two sentences are visited (emails are sorted by offset); those before them are gathered only when one is a candidate.
    let before: Set<string> | null = null;
    for (let k = firstEndingAfter(emails, fromOffset); k < emails.length && emails[k]!.start <= toOffset; k++) {
      const other = emails[k]!;
      if (other.email === leaver.email || samePerson(localWords(other.email), names)) continue;
      const [first, last] = tokenRange(tokens, other.start, other.end);
      if (first < from || last < 0) continue;
      if (!actedOn(tokens, hits, first, last, acts) || hits.at.hasAnyIn(Math.max(from, first - 4), first - 1, blockers) || TO_SOMEONE.has(tokens.keys[first - 1] ?? "")) continue;
      before ??= new Set(emails.filter((x) => x.end < fromOffset).map((x) => x.email));
      if (before.has(other.email)) continue;
      return [{ rule: "target.corrected_to_other", technique: "additional or swapped target identity", severity: "high", start: tokens.starts[Math.min(s, first)] ?? 0, end: tokens.ends[Math.max(e, last)] ?? 0, reason: "says the leaver stays and gives another person's account to act on" }];
    }
  }
  return [];
}

/** Index of the first address ending at or after `offset` (addresses sorted by offset); binary search. */
function firstEndingAfter(emails: readonly FoundEmail[], offset: number): number {
  let lo = 0;
  let hi = emails.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((emails[mid]?.end ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The leaver's name words: the address's local part, and up to NAME_RUN words right before it with no concept on them, in its line. */
function leaverWords(tokens: Tokens, hits: ConceptHits, lex: CompiledLexicon, email: string, first: number): string[] {
  const out = localWords(email).filter((w) => w.length >= 3);
  // Marks of place, not of meaning: a sentence's first word, a label's value, a capitalised name.
  const marks = [lex.id("START"), lex.id("LABEL_VALUE"), lex.id("CAPNAME")];
  for (let j = first - 1; j >= 0 && j >= first - NAME_RUN; j--) {
    if ((tokens.sep[j + 1] ?? 0) & (SEP.sentence | SEP.paragraph | SEP.newline | SEP.keyValue)) break;
    // A word some concept reads ("de", "for", "Offboarding") is no name.
    if (hits.at.hasOtherThan(j, marks)) break;
    const key = tokens.keys[j] ?? "";
    if ([...key].length >= 3) out.push(key);
  }
  return out;
}

/** Whether a word within NAME_REACH before `s`, in its clause, is (or starts with: "Dana는", "Dana'nın") one of the leaver's name words. */
function namedBefore(tokens: Tokens, s: number, names: readonly string[]): boolean {
  for (let j = s - 1; j >= 0 && j >= s - NAME_REACH; j--) {
    const key = tokens.keys[j] ?? "";
    if (names.some((n) => key === n || (key.startsWith(n) && key.length - n.length <= 3))) return true;
    if ((tokens.sep[j] ?? 0) & (SEP.sentence | SEP.paragraph | SEP.clause)) return false;
  }
  return false;
}

/** Whether something is done to the address at [first, last]: an act concept within ACT_REACH words either side, in its sentence. */
function actedOn(tokens: Tokens, hits: ConceptHits, first: number, last: number, acts: number[]): boolean {
  let lo = first;
  while (lo > 0 && first - lo < ACT_REACH && ((tokens.sep[lo] ?? 0) & (SEP.sentence | SEP.paragraph)) === 0) lo--;
  let hi = last;
  while (hi + 1 < tokens.count && hi - last < ACT_REACH && ((tokens.sep[hi + 1] ?? 0) & (SEP.sentence | SEP.paragraph)) === 0) hi++;
  return hits.at.hasAnyIn(lo, first - 1, acts) || hits.at.hasAnyIn(last + 1, hi, acts);
}
