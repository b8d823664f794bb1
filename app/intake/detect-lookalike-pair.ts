import type { CompiledLexicon } from "./compile-lexicon.js";
import type { FoundEmail } from "./detect-identities.js";
import type { DetectorHit } from "./detector-hit.js";
import type { ConceptHits } from "./find-concepts.js";
import { withinTwoEdits } from "./named-people.js";
import { sentenceAround, tokenRange } from "./token-queries.js";
import { SEP, type Tokens } from "./tokenize.js";

/** Most addresses compared pairwise in one text (a list of hundreds is read by the list detectors). */
const MAX_ADDRESSES = 12;
/** Fewest letters of a local part compared: "dp@" and "rk@" are two edits apart and name nobody alike. */
const MIN_LOCAL = 6;
/** How far back (tokens) in its sentence the action or account word may stand before the address. */
const REACH = 12;
/** What ends an address's sentence here: a sentence end, a blank line or a line break. */
const BREAK = SEP.sentence | SEP.paragraph | SEP.newline;

/**
 * Two addresses of one domain a letter or two apart, the action pointed at one of them, and no
 * word anywhere in the text that owns up to a mistake: "Beatriz Olmedo (beatriz.olmedo@) … please
 * disable the account beatriz.olmeda@". An honest typo fix says it is one ("Correction: the address is
 * dana.reyes@, I typed dana.reyse@"), and the correction detectors judge those; a look-alike given
 * silently is how a colleague's account is slipped in where a reader sees the leaver's. Not read:
 * numbered twins ("x2@", detect-twin-account.ts) and one local part inside the other ("j.doe" and
 * "j.doe.adm", the leaver's admin login); the look-alike set aside in its sentence ("a different
 * person, please leave samuel.tan@ untouched", "not x@") or handed something ("forward to x@").
 */
export function detectLookalikePair(tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits, emails: readonly FoundEmail[]): DetectorHit[] {
  if (emails.length < 2) return [];
  const owned = (["CORRECTION_CUE", "TYPO_CUE", "MISTAKE_CUE", "RIGHT_ADDRESS"] as const).map((c) => lex.id(c));
  if (owned.some((c) => (hits.starts[c]?.length ?? 0) > 0)) return [];
  const pointers = (["ACTION", "ONE_TO_ACT", "TARGET_NOUN", "ACCOUNT_POINTER", "ACCOUNT_NOUN"] as const).map((c) => lex.id(c));
  const setAside = (["NOT_THIS", "DONT", "STAYS", "NOT_LEAVING_YET", "NOT_PERSON_AFTER", "KEEP_AWAY_VERB"] as const).map((c) => lex.id(c));
  const handover = lex.id("HANDOVER_VERB");
  const to = lex.id("HANDOVER");
  // Either address handed something or set aside in its sentence: another person, named as such.
  const explained = (e: FoundEmail): boolean => {
    const [first] = tokenRange(tokens, e.start, e.end);
    if (first < 0) return true;
    const { from, to } = sentenceAround(tokens, first, first, BREAK);
    return hits.at.hasAnyIn(from, to, setAside) || hits.at.hasAnyIn(from, first - 1, [handover]) || hits.at.hasAnyIn(Math.max(from, first - 2), first - 1, [to]);
  };
  const distinct = [...new Map(emails.slice(0, MAX_ADDRESSES).map((e) => [e.email, e])).values()];
  for (let i = 0; i < distinct.length; i++) {
    for (let j = i + 1; j < distinct.length; j++) {
      const a = distinct[i]!;
      const b = distinct[j]!;
      if (!lookalike(a.email, b.email)) continue;
      if (explained(a) || explained(b)) continue;
      for (const [act, other] of [[b, a], [a, b]] as const) {
        const [first] = tokenRange(tokens, act.start, act.end);
        if (!hits.at.hasAnyIn(Math.max(sentenceAround(tokens, first, first, BREAK).from, first - REACH), first - 1, pointers)) continue;
        return [{ rule: "target.lookalike_account", technique: "additional or swapped target identity", severity: "high", start: act.start, end: act.end, reason: `acts on ${act.email}, a letter or two from ${other.email} named in the same request, with no word of a correction: a look-alike account in the leaver's place` }];
      }
    }
  }
  return [];
}

/** Whether two addresses share a domain and their local parts (six letters or more) are one or two edits apart, neither inside the other nor the same but for a number. */
export function lookalike(a: string, b: string): boolean {
  const at = a.indexOf("@");
  const bt = b.indexOf("@");
  if (a.slice(at) !== b.slice(bt)) return false;
  const la = a.slice(0, at);
  const lb = b.slice(0, bt);
  if (la === lb || la.length < MIN_LOCAL || lb.length < MIN_LOCAL) return false;
  if (la.includes(lb) || lb.includes(la)) return false;
  const bare = (s: string) => s.replace(/\d+$/, "");
  if (bare(la) === bare(lb)) return false;
  return withinTwoEdits(la, lb);
}
