import type { CompiledLexicon } from "./compile-lexicon.js";
import type { DetectorHit } from "./detector-hit.js";
import type { ConceptHits } from "./find-concepts.js";
import { SEP, type Tokens } from "./tokenize.js";

/**
 * Security's review ticked off by the requester in a Markdown checklist: "- [x] Security review (covered by last
 * quarter's access recertification)", "- [x] Revisão de segurança". The review is the bot's to route; a request
 * that ticks it has filled in the reviewer's box (not "- [ ] Security review", not "- [x] Manager notified", not a
 * ticked "RSA SecurID token"). Cheap: reads only the hits of security's review, which most texts do not have.
 */
export function detectTickedReview(tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits): DetectorHit[] {
  for (const concept of [lex.id("GATE_SECURITY"), lex.id("SEC_REVIEW_ALT")]) {
    const starts = hits.starts[concept] ?? [];
    for (let k = 0; k < starts.length; k++) {
      const s = starts[k]!;
      const box = s - 1;
      if (box < 0 || tokens.keys[box] !== "x") continue;
      if (((tokens.sep[box] ?? 0) & SEP.open) === 0 || ((tokens.sep[s] ?? 0) & SEP.close) === 0) continue;
      return [{ rule: "schema.review_held", technique: "claim of prior approval or authority", severity: "high", start: Math.max(0, (tokens.starts[box] ?? 1) - 1), end: tokens.ends[hits.ends[concept]?.[k] ?? s] ?? 0, reason: "ticks security's review off as already done" }];
    }
  }
  return [];
}
