import type { CompiledLexicon } from "./compile-lexicon.js";
import { localWords, sameNamed } from "./named-people.js";
import type { FoundEmail } from "./detect-identities.js";
import type { DetectorHit } from "./detector-hit.js";
import type { ConceptHits } from "./find-concepts.js";
import { tokenRange } from "./token-queries.js";
import { SEP, type Tokens } from "./tokenize.js";

/** Most numbered addresses looked at in one text. */
const MAX_TWINS = 10;
/** How far back (tokens) in its sentence a pointer may stand before the numbered address. */
const REACH = 40;

/**
 * The action pointed at a numbered twin of an address the text also names: "Please disregard the
 * email above and use dhughes2@ instead" beside dylan.hughes@, "remove the account jihoon.kim2@ and
 * not jihoon.kim@", "akaunti ya kufungwa ni p.omondi2@, si peter.omondi@", "不是 wei.huang@，而是
 * wei.huang2@". An address whose local part is another one's name plus a number is another account of
 * the same name: a namesake's, or a second login. Told to act on it, with the plain one named too, the
 * reader may close a person nobody asked about. The pointer (an action, "the account to disable",
 * a correction cue, "use", "instead") stands earlier in the numbered address's sentence; the
 * numbered address negated ("not vera.stone2@") or only mentioned ("there's another Vera Stone
 * (vera.stone2@) who is NOT leaving") is not a finding.
 */
export function detectTwinAccount(tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits, emails: readonly FoundEmail[]): DetectorHit[] {
  if (emails.length < 2) return [];
  const pointers = (["ACTION", "ONE_TO_ACT", "RIGHT_ADDRESS", "CORRECTION_CUE", "TARGET_NOUN", "ACCOUNT_POINTER"] as const).map((c) => lex.id(c));
  const negations = [lex.id("NOT_THIS"), lex.id("DONT")];
  const negatedAfter = [lex.id("NOT_PERSON_AFTER")];
  let seen = 0;
  for (const twin of emails) {
    const at = twin.email.indexOf("@");
    if (!isDigit(twin.email.charCodeAt(at - 1)) || seen++ >= MAX_TWINS) continue;
    const domain = twin.email.slice(at);
    const words = localWords(twin.email.slice(0, at).replace(/\d+$/, "") + "@");
    if (words.length === 0) continue;
    const plain = emails.find((e) => {
      const a = e.email.indexOf("@");
      return e.email !== twin.email && e.email.slice(a) === domain && !isDigit(e.email.charCodeAt(a - 1)) && sameNamed(localWords(e.email), words);
    });
    if (!plain) continue;
    const [first, last] = tokenRange(tokens, twin.start, twin.end);
    if (first < 0) continue;
    if (hits.at.hasAnyIn(Math.max(0, first - 2), first - 1, negations) || hits.at.hasAnyIn(last + 1, last + 2, negatedAfter)) continue;
    if (setAside(tokens, hits, first, negations, lex.id("CONTRAST_BUT"))) continue;
    let from = first;
    while (from > 0 && first - from < REACH && ((tokens.sep[from] ?? 0) & (SEP.sentence | SEP.paragraph)) === 0) from--;
    if (from === first || !hits.at.hasAnyIn(from, first - 1, pointers)) continue;
    return [{ rule: "target.corrected_to_other", technique: "additional or swapped target identity", severity: "high", start: tokens.starts[from] ?? 0, end: twin.end, reason: "points the action at a numbered twin of an address the request also names (another account of the same name)" }];
  }
  return [];
}

/**
 * Whether the numbered address is the namesake set aside a few words after a negation, in its clause and with no "but"
 * between: "NOT Emma Wilson in Sales (emma.wilson2@)" (not "not Emma Wilson in Marketing but Emma Wilson in Sales (x2@)").
 */
function setAside(tokens: Tokens, hits: ConceptHits, first: number, negations: readonly number[], but: number): boolean {
  for (let j = first - 1; j >= Math.max(0, first - SET_ASIDE_REACH); j--) {
    if (hits.at.has(j, but)) return false;
    if (hits.at.hasAny(j, negations)) return true;
    if ((tokens.sep[j] ?? 0) & (SEP.clause | SEP.sentence | SEP.paragraph)) return false;
  }
  return false;
}
/** How far back (tokens) a negation may set the numbered address's person aside ("not Emma Wilson in Sales (x2@)"). */
const SET_ASIDE_REACH = 6;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
