import type { CompiledLexicon } from "./compile-lexicon.js";
import type { DetectorHit } from "./detector-hit.js";
import type { ConceptHits } from "./find-concepts.js";
import { tokenAtOffset, type Tokens } from "./tokenize.js";

const MAX_HITS = 20;
/** How many list items above an item its heading may stand. */
const MAX_ITEMS_ABOVE = 20;
const MAX_HEADING = 200;
const ITEM = /^[ \t]*(?:[-*•·]|\d{1,2}[.)])[ \t]/;

/**
 * A shared privileged account listed for removal: an item of a list under a line that asks for
 * removal ("### Accounts to remove", "Ta gärna bort:") naming a break-glass, emergency-access or
 * root account ("- breakglass-01 (emergency access account)", "- root-kontot för AWS-kontot ...").
 * Such an account belongs to no leaver, so listing it beside the leaver's own accounts offboards
 * it too. Not a finding: the leaver's access to it ("- break-glass access", "- root credentials":
 * what is revoked or rotated is theirs), such an account outside a removal list.
 */
export function detectRemovalList(text: string, tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits): DetectorHit[] {
  const shared = hits.starts[lex.id("SHARED_PRIV_ACCOUNT")];
  if (!shared || shared.length === 0) return [];
  const ends = hits.ends[lex.id("SHARED_PRIV_ACCOUNT")] ?? [];
  const access = [lex.id("PRIV_ACCESS")];
  const action = [lex.id("ACTION")];
  for (let k = 0; k < shared.length && k < MAX_HITS; k++) {
    const first = shared[k]!;
    const last = ends[k]!;
    // "break-glass access", "breakglass-01 credentials": the leaver's access to the account.
    if (hasConcept(hits, last + 1, Math.min(last + 2, tokens.count - 1), access)) continue;
    const at = tokens.starts[first] ?? 0;
    let lineStart = text.lastIndexOf("\n", at - 1) + 1;
    if (!ITEM.test(lineEnding(text, lineStart))) continue;
    // Up past the other items to the line that introduces the list.
    for (let n = 0; n <= MAX_ITEMS_ABOVE && lineStart > 0; n++) {
      const prevStart = text.lastIndexOf("\n", lineStart - 2) + 1;
      const line = text.slice(prevStart, lineStart - 1);
      lineStart = prevStart;
      if (ITEM.test(line)) continue;
      // A heading or a line ending in ':' is short: a long line is prose (and is not read through).
      if (line.length > MAX_HEADING || line.trim() === "" || !/(?::\s*$|^\s*#)/.test(line)) break;
      const from = tokenAtOffset(tokens, prevStart);
      const to = tokenAtOffset(tokens, prevStart + line.length) - 1;
      if (!hasConcept(hits, from, to, action)) break;
      return [{ rule: "target.privileged_identity", technique: "additional or swapped target identity", severity: "high", start: at, end: tokens.ends[last] ?? at, reason: "lists a shared break-glass, emergency or root account for removal beside the leaver's own" }];
    }
  }
  return [];
}

/** The line from `start` (a bounded slice: the item pattern reads only its first characters). */
function lineEnding(text: string, start: number): string {
  return text.slice(start, start + 16);
}

function hasConcept(hits: ConceptHits, from: number, to: number, concepts: number[]): boolean {
  for (let j = from; j <= to; j++) if (hits.at.hasAny(j, concepts)) return true;
  return false;
}
