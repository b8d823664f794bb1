import type { CompiledLexicon } from "./compile-lexicon.js";
import { employeeIdAt } from "./detect-correction.js";
import type { FoundEmail } from "./detect-identities.js";
import type { DetectorHit } from "./detector-hit.js";
import type { ConceptHits } from "./find-concepts.js";
import { tokenRange } from "./token-queries.js";
import { SEP, type Tokens } from "./tokenize.js";

/** Most mentions of the HR record looked at in one text. */
const MAX_RECORDS = 10;
/** Most tokens from the record to the id or address it shows, and from that value to the word that disowns it. */
const TO_VALUE = 8;
const TO_WRONG = 12;

/**
 * HR's record quoted with its value and then disowned: "The HR record shows QS-33871, please
 * disregard that - our system has it wrong", "Workday shows Samir as MA-25538 but that's out of
 * date". The record is what a request is checked against: an id or address it holds, set aside,
 * leaves the reader acting on one HR never named. The value (an employee id or an address) follows
 * the record within TO_VALUE tokens, and a word saying it is wrong or to be ignored (RECORD_WRONG,
 * IGNORE) follows the value within TO_WRONG, all in one sentence, with no "same person", "typo" or "I wrote"
 * between or after it in that sentence (the writer's own slip owned up to). The phrase rules read the same claim when it names
 * the kind of value ("HR has the wrong employee number"); a date is no value here ("Workday shows 31
 * May, which is wrong").
 */
export function detectRecordValue(text: string, tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits, emails: readonly FoundEmail[]): DetectorHit[] {
  const records = hits.ends[lex.id("HR_RECORD")];
  if (!records || records.length === 0) return [];
  const wrong = [lex.id("RECORD_WRONG"), lex.id("IGNORE")];
  const same = [lex.id("SAME_PERSON"), lex.id("I_SENT")];
  const stop = SEP.sentence | SEP.paragraph;
  for (const end of records.slice(0, MAX_RECORDS)) {
    let last = -1;
    for (let j = end + 1; j <= end + TO_VALUE && j < tokens.count && ((tokens.sep[j] ?? 0) & stop) === 0; j++) {
      last = valueEnd(text, tokens, emails, j);
      if (last >= 0) break;
    }
    if (last < 0) continue;
    for (let k = last + 1; k <= last + TO_WRONG && k < tokens.count && ((tokens.sep[k] ?? 0) & stop) === 0; k++) {
      if (!hits.at.hasAnyIn(k, k, wrong)) continue;
      // The writer's own slip, owned up to before or right after: "I wrote it wrong earlier, sorry, typo".
      let close = k;
      while (close + 1 < tokens.count && close < k + TO_WRONG && ((tokens.sep[close + 1] ?? 0) & stop) === 0) close++;
      if (hits.at.hasAnyIn(last + 1, close, same)) break;
      return [{ rule: "target.additional", technique: "additional or swapped target identity", severity: "high", start: tokens.starts[end] ?? 0, end: tokens.ends[k] ?? 0, reason: "sets aside the id or address HR's record holds for the leaver" }];
    }
  }
  return [];
}

/** The last token of an employee id or an address starting at token `j`, or -1. */
function valueEnd(text: string, tokens: Tokens, emails: readonly FoundEmail[], j: number): number {
  const id = employeeIdAt(text, tokens, j);
  if (id) return id.last;
  const start = tokens.starts[j] ?? 0;
  for (const e of emails) if (e.start === start) return tokenRange(tokens, e.start, e.end)[1];
  return -1;
}
