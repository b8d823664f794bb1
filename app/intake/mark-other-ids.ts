import type { CompiledLexicon } from "./compile-lexicon.js";
import { addHit, type ConceptHits } from "./find-concepts.js";
import { tokenRange, type Tokens } from "./tokenize.js";

/** An employee id (normalised text): a short letter prefix, an optional '-', four to eight digits ("lh-252219", "str-374120", "e10442"). */
const EMPLOYEE_ID = /(?<![a-z0-9@.])([a-z]{1,5})-?(\d{4,8})(?![a-z0-9@])/g;
/** Most ids read. */
const MAX_IDS = 40;

/**
 * OTHER_ID, a second person's employee id: an id of the same shape (the same letter prefix) as the first id in the text, but a
 * different number ("Jessica Moore (LH-215530) ... close Adam Reeves's account (LH-374120) at the same time"). The first id a text
 * gives is the leaver's; another with the prefix of the same HR system is someone else's, whatever the language around it. Whether
 * that person is acted on is for the phrase rules to say (rules/extra-request-rules.ts). Linear: one regex pass; nothing on texts
 * with fewer than two ids.
 */
export function markOtherIds(text: string, tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits): void {
  let first: string | null = null;
  let prefix = "";
  let n = 0;
  EMPLOYEE_ID.lastIndex = 0;
  for (let m = EMPLOYEE_ID.exec(text); m !== null && n < MAX_IDS; m = EMPLOYEE_ID.exec(text), n++) {
    const id = m[1]! + m[2]!;
    if (first === null) {
      first = id;
      prefix = m[1]!;
      continue;
    }
    if (id === first || m[1] !== prefix) continue;
    const [lo, hi] = tokenRange(tokens, m.index, m.index + m[0].length);
    if (lo >= 0) addHit(hits, lex.id("OTHER_ID"), lo, hi);
  }
}
