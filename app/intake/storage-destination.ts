import type { Concept } from "./lexicon/index.js";
import type { ConceptHits } from "./find-concepts.js";
import { CUES, LEX } from "./extract-lexicon.js";
import { crossesSentence, quarterWords } from "./token-queries.js";
import { SEP, type Tokens } from "./tokenize.js";

/** An address that stands for storage the leaver's files are put into: for isDestination (destination-address.ts). */

/** Tokens before the storage within which the verb that puts the files there must stand (as SEND_REACH, destination-address.ts). */
const VERB_REACH = 20;
/** Tokens after the address within which the verb counts when it comes last. */
const VERB_AFTER = 3;
/** Tokens between the storage named and its address ("the transfer space of Hartley & Marsh LLP at x@"). */
const STORE_REACH = 7;
/** Tokens between "in"/"into" and the storage ("into the shared Dropbox", "in his personal Dropbox"). */
const INTO_REACH = 3;
const STORE_VERB_ID = LEX.id("STORE_VERB" as Concept);
const STORE_PLACE_ID = LEX.id("STORE_PLACE" as Concept);
const INTO_ID = LEX.id("INTO" as Concept);

/**
 * Whether the address names storage the data is put into: "drop them in his Dropbox (x@)", "upload it to the transfer space
 * of Hartley & Marsh LLP at x@", "copiați dosarul în folderul lui (x@)". A verb that puts files there (STORE_VERB), "in",
 * "into", "to" (INTO) and the storage (STORE_PLACE) in that order (or the verb right after the address: "in den Datenraum …
 * unter x@ hochladen"), in the address's sentence, no line end or clause break
 * but a bracket, colon or comma right before the address, and no target cue between ("move his files to the shared folder
 * and disable x@" names the leaver). Not "put a hold on his mailbox (x@)": a mailbox is no storage here.
 */
export function storedIn(tokens: Tokens, hits: ConceptHits, first: number, last: number): boolean {
  const ends = hits.ends[STORE_PLACE_ID];
  if (ends === undefined) return false;
  // The verb last: "in den Datenraum der Kanzlei unter x@ hochladen".
  let verbAfter = false;
  for (let j = last + 1; j < Math.min(tokens.count, last + 1 + VERB_AFTER) && !verbAfter; j++) {
    if ((tokens.sep[j] ?? 0) & (SEP.sentence | SEP.paragraph)) break;
    verbAfter = hits.at.has(j, STORE_VERB_ID);
  }
  for (let k = 0; k < ends.length; k++) {
    const e = ends[k] ?? -1;
    const s = hits.starts[STORE_PLACE_ID]?.[k] ?? -1;
    if (e >= first || first - e > STORE_REACH || crossesSentence(tokens, e + 1, first, SEP.sentence | SEP.paragraph | SEP.newline) || hits.at.hasAnyIn(e + 1, first - 1, CUES)) continue;
    let clause = false;
    for (let j = e + 1; j < first && !clause; j++) clause = ((tokens.sep[j] ?? 0) & SEP.clause) !== 0;
    if (clause) continue;
    for (let j = s - 1; j >= Math.max(0, s - 1 - INTO_REACH); j--) {
      if (((tokens.sep[j + 1] ?? 0) & (SEP.sentence | SEP.paragraph | SEP.newline | SEP.clause)) !== 0) break;
      if (!hits.at.has(j, INTO_ID)) continue;
      if (verbAfter) return true;
      let reach = 4 * VERB_REACH;
      for (let v = j - 1; v >= 0 && reach > 0; v--) {
        if (((tokens.sep[v + 1] ?? 0) & (SEP.sentence | SEP.paragraph)) !== 0 || hits.at.hasAny(v, CUES)) break;
        if (hits.at.has(v, STORE_VERB_ID)) return true;
        reach -= quarterWords(tokens.keys[v] ?? "");
      }
      break;
    }
  }
  return false;
}

