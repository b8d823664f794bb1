import type { CompiledLexicon } from "./compile-lexicon.js";
import type { DetectorHit } from "./detector-hit.js";
import type { ConceptHits } from "./find-concepts.js";
import { TITLES } from "./keep-abbreviations.js";
import { samePerson } from "./named-people.js";
import { crossesSentence } from "./token-queries.js";
import type { Tokens } from "./tokenize.js";

/** Tokens from the start of the text in which the writer introduces themselves ("Hi, this is Kofi Mensah"). */
const INTRO_REACH = 12;
/** Most tokens between a leaver cue and the name it introduces ("Leaver: Kwame Asante"). */
const LEAVER_REACH = 2;
/** Most leaver cues looked at. */
const MAX_CUES = 20;

/**
 * The writer says the exit is their own and names someone else as the leaver: "Hi, this is Kofi Mensah.
 * HR asked me to fill in my own exit form ... Leaver: Kwame Asante, station manager" (someone else's
 * access removed on the writer's form). The writer is the capitalised name right after WRITER_INTRO near
 * the start of the text; the leaver the capitalised name (or the parsed target's name) right after a leaver
 * cue after MY_EXIT. Not when the two are one person ("Leaver: Kofi Mensah"), and nothing without MY_EXIT
 * (HR writing "this is Ama from HR ... Leaver: Kwame Asante"). Cheap: one presence test on texts without MY_EXIT.
 */
export function detectSelfExit(tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits): DetectorHit[] {
  const mine = hits.starts[lex.id("MY_EXIT")];
  if (mine === undefined || mine.length === 0) return [];
  const capname = lex.id("CAPNAME");
  const leaverName = lex.id("LEAVER_NAME");
  const names = [capname, leaverName];
  const writer = writerName(tokens, lex, hits, names);
  if (writer === null) return [];
  const cueConcepts = [lex.id("LEAVER"), lex.id("LEAVER_INTRO")];
  let seen = 0;
  for (const cue of cueConcepts) {
    for (const end of hits.ends[cue] ?? []) {
      if (end <= mine[0]! || seen++ >= MAX_CUES) continue;
      for (let j = end + 1; j <= end + LEAVER_REACH && j < tokens.count; j++) {
        if (!hits.at.hasAny(j, names) || crossesSentence(tokens, end + 1, j)) continue;
        const words = nameAt(tokens, hits, names, j);
        if (words.length > 0 && !samePerson(words, writer)) {
          return [{ rule: "target.corrected_to_other", technique: "additional or swapped target identity", severity: "high", start: tokens.starts[mine[0]!] ?? 0, end: tokens.ends[j] ?? 0, reason: "the writer calls the exit their own but names someone else as the leaver" }];
        }
        break;
      }
    }
  }
  return [];
}

/** The capitalised name right after WRITER_INTRO in the first INTRO_REACH tokens, or null. */
function writerName(tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits, names: number[]): string[] | null {
  for (const end of hits.ends[lex.id("WRITER_INTRO")] ?? []) {
    if (end >= INTRO_REACH) break;
    if (end + 1 < tokens.count && hits.at.hasAny(end + 1, names) && !crossesSentence(tokens, end + 1, end + 1)) {
      const words = nameAt(tokens, hits, names, end + 1);
      if (words.length > 0) return words;
    }
  }
  return null;
}

/** The words of the name hit starting at `j` (its longest), titles left out. */
function nameAt(tokens: Tokens, hits: ConceptHits, names: number[], j: number): string[] {
  let last = j;
  for (const c of names) {
    const starts = hits.starts[c] ?? [];
    const k = starts.indexOf(j);
    if (k >= 0) last = Math.max(last, Math.min(j + 3, hits.ends[c]?.[k] ?? j));
  }
  return tokens.keys.slice(j, last + 1).filter((w) => !TITLES.has(w) && /^[a-z]+$/.test(w));
}
