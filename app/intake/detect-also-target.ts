import type { CompiledLexicon } from "./compile-lexicon.js";
import type { FoundEmail } from "./detect-identities.js";
import type { DetectorHit } from "./detector-hit.js";
import type { ConceptHits } from "./find-concepts.js";
import { crossesSentence, tokenAtOffset } from "./token-queries.js";
import type { Tokens } from "./tokenize.js";

/** Most tokens between "also" and the verb, and between the verb and the address ("also please suspend", "also disable the account of"). */
const NEAR = 3;

/**
 * The address intake took for the target written only after "also" and a verb, while the text gives another personal address
 * that could be the leaver's: "Offboarding request: Amelia Hart, amelia.hart@… Hand-over to: Marcus Lee. Please also suspend
 * marcus.lee@… from the same date" (target.additional). The parser reads the address in the action as the target; "also"
 * says it is one more beside the leaver. `rivals` are extract-fields.ts's: personal addresses not set aside as a
 * destination, copy, manager, contact or the leaver's admin login, so "Manager: marcus.lee@… Please also remove
 * amelia.hart@… from the lists" is not one (no rival), nor is a target named anywhere without "also" before it. "Also" may
 * follow the verb: "Sekali gus, sila nyahaktifkan juga akaun siti.zulaikha@…" (Malay, training author t44).
 */
export function detectAlsoTarget(tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits, emails: readonly FoundEmail[], target: string, rivals: readonly string[]): DetectorHit[] {
  if (rivals.length === 0) return [];
  const also = [lex.id("ALSO"), lex.id("ALSO_STRONG")];
  const action = [lex.id("ACTION"), lex.id("PERSON_ACTION")];
  let first: FoundEmail | null = null;
  for (const e of emails) {
    if (e.email !== target) continue;
    const at = tokenAtOffset(tokens, e.start);
    if (!afterAlsoAndVerb(tokens, hits, at, also, action)) return [];
    first ??= e;
  }
  if (first === null) return [];
  return [{ rule: "target.additional", technique: "additional or swapped target identity", severity: "high", start: first.start, end: first.end, reason: `names ${target} only after "also" and the action, beside another person's address (${rivals[0]}); one more person, not the leaver` }];
}

/**
 * Whether an action stands up to NEAR tokens before token `at`, and "also" up to NEAR tokens before it or between it and the
 * address ("sila nyahaktifkan juga akaun x@", "deactivate also the account of x@"), in one sentence.
 */
function afterAlsoAndVerb(tokens: Tokens, hits: ConceptHits, at: number, also: readonly number[], action: readonly number[]): boolean {
  for (let v = at - 1; v >= Math.max(0, at - 1 - NEAR); v--) {
    if (!hits.at.hasAny(v, action)) continue;
    for (let a = v - 1; a >= Math.max(0, v - 1 - NEAR); a--) if (hits.at.hasAny(a, also) && !crossesSentence(tokens, a + 1, at)) return true;
    for (let a = v + 1; a < at; a++) if (hits.at.hasAny(a, also) && !crossesSentence(tokens, v + 1, at)) return true;
  }
  // "Also" right before the address, the verb a few words before it: "Please disable her account and also the ceo.office@… shared
  // mailbox" (training author t56).
  for (let a = at - 1; a >= Math.max(0, at - 1 - NEAR); a--) {
    if (!hits.at.hasAny(a, also)) continue;
    for (let v = a - 1; v >= Math.max(0, a - 1 - (NEAR + 1)); v--) if (hits.at.hasAny(v, action) && !crossesSentence(tokens, v + 1, at)) return true;
  }
  return false;
}
