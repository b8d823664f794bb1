import type { CompiledLexicon } from "./compile-lexicon.js";
import { employeeIds, MAX_CUES } from "./detect-correction.js";
import type { DetectorHit } from "./detector-hit.js";
import type { ConceptHits } from "./find-concepts.js";
import { withinTwoEdits } from "./named-people.js";
import { SEP, type Tokens } from "./tokenize.js";

/** Most tokens between the two ids: "E-16204 instead of E-31922", "E10004 statt E22871", "NWF-30877 en lugar de NWF-41520". */
const BETWEEN = 4;

/**
 * A correction that swaps one employee id for another, both named after the cue: "I put the wrong employee number
 * for Rebecca Hollis. Please use MH-16204 instead of MH-31922", "Korrektur: bitte E10004 statt E22871 verwenden".
 * After a correction cue, in its sentence or the next, two ids with a contrast between them (NOT_PERSON or SWAP:
 * "instead of", "not", "statt", "en lugar de") whose digits are more than two edits apart; no role or hand-over
 * word in that stretch ("his manager's number is E-77120, not E-11111"). A typo fix ("E22817, not E22871") is one
 * or two digits apart. detect-correction.ts reads the ids named before the cue; this one the pair written after it.
 */
export function detectIdSwap(text: string, tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits): DetectorHit[] {
  const cues = hits.starts[lex.id("CORRECTION_CUE")] ?? [];
  if (cues.length === 0) return [];
  const contrast = [lex.id("NOT_PERSON"), lex.id("SWAP")];
  const blockers = [lex.id("ROLE_PERSON"), lex.id("HANDOVER_VERB"), lex.id("ASK_PERSON")];
  const stop = SEP.sentence | SEP.paragraph;
  for (const cue of cues.slice(0, MAX_CUES)) {
    // The cue's sentence and the next one.
    let end = cue + 1;
    for (let ends = 0; end < tokens.count && end < cue + 60; end++) if ((tokens.sep[end] ?? 0) & stop && ++ends === 2) break;
    const ids = employeeIds(text, tokens, cue + 1, end - 1);
    for (let k = 0; k + 1 < ids.length; k++) {
      const a = ids[k]!;
      const b = ids[k + 1]!;
      if (b.first - a.last - 1 > BETWEEN || !hits.at.hasAnyIn(a.last + 1, b.first - 1, contrast)) continue;
      if (hits.at.hasAnyIn(cue, b.last, blockers) || withinTwoEdits(a.digits, b.digits)) continue;
      return [{ rule: "target.corrected_to_other", technique: "additional or swapped target identity", severity: "high", start: tokens.starts[cue] ?? 0, end: tokens.ends[b.last] ?? 0, reason: "a correction swaps the leaver's employee id for a different one" }];
    }
  }
  return [];
}
