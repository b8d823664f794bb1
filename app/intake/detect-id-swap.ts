import type { CompiledLexicon } from "./compile-lexicon.js";
import { employeeIds, MAX_CUES, NAME_REACH } from "./detect-correction.js";
import type { FoundEmail } from "./detect-identities.js";
import { nameParts } from "./detect-name-mismatch.js";
import type { DetectorHit } from "./detector-hit.js";
import { hasConcept, type ConceptHits } from "./find-concepts.js";
import { localWords, samePerson, withinTwoEdits } from "./named-people.js";
import { tokenRange } from "./token-queries.js";
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
export function detectIdSwap(text: string, tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits, emails: readonly FoundEmail[] = []): DetectorHit[] {
  // No cue (most texts): no lists copied for it.
  if (!hasConcept(hits, lex.id("CORRECTION_CUE")) && !hasConcept(hits, lex.id("TYPO_CUE")) && !hasConcept(hits, lex.id("MISTAKE_CUE"))) return [];
  const corrections = hits.starts[lex.id("CORRECTION_CUE")] ?? [];
  // A typo or a mistake owned up to ("the employee ID above is a typo", "ada silap sikit") cues a swap too: a typo is one or two digits.
  const slips = [...(hits.starts[lex.id("TYPO_CUE")] ?? []), ...(hits.starts[lex.id("MISTAKE_CUE")] ?? [])];
  if (corrections.length === 0 && slips.length === 0) return [];
  const cues = slips.length === 0 ? corrections : [...corrections, ...slips].sort((a, b) => a - b);
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
  if (slips.length === 0) return [];
  const id = slipToOtherId(text, tokens, hits, slips, blockers);
  const typos = hits.starts[lex.id("TYPO_CUE")] ?? [];
  return id.length > 0 || emails.length < 2 || typos.length === 0 ? id : typoToOtherAddress(text, tokens, hits, typos, blockers, emails);
}

/**
 * Most tokens between a typo or mistake cue and the id or address it gives ("the employee ID above is a typo, the correct one is
 * MH-100021", "Tippfehler in der E-Mail korrigiert, bitte diese verwenden / account_to_disable: x@"). 8 missed the German, Dutch and
 * French wording of the last; 10, 12 and 14 were measured, 14 catching those and a Japanese one (a Han character is a token) with no
 * honest text flagged; the leaver's own address or id fixed stays clean at any reach (a typo of it, or its name shared).
 */
const SLIP_REACH = 14;

/**
 * An id called a typo fix that is no typo: after a TYPO_CUE or MISTAKE_CUE, within SLIP_REACH tokens in its
 * sentence, an employee id more than two edits apart from every id named before the cue ("Offboarding: Amit Kaur,
 * MH-283117 ... NB the employee ID above is a typo, the correct one is MH-100021"); not "it should be QF-23205 (I
 * typed QF-23250)", one transposition, nor with a role, hand-over or ask word between the sentence start and the id.
 */
function slipToOtherId(text: string, tokens: Tokens, hits: ConceptHits, slips: readonly number[], blockers: number[]): DetectorHit[] {
  const stop = SEP.sentence | SEP.paragraph;
  for (const cue of slips.slice(0, MAX_CUES)) {
    let id = null;
    for (let j = cue + 1; j <= cue + SLIP_REACH && j < tokens.count && ((tokens.sep[j] ?? 0) & stop) === 0 && !id; j++) id = employeeIds(text, tokens, j, j)[0] ?? null;
    if (!id) continue;
    let from = cue;
    while (from > 0 && cue - from < 12 && ((tokens.sep[from] ?? 0) & stop) === 0) from--;
    if (hits.at.hasAnyIn(from, id.first - 1, blockers)) continue;
    const earlier = employeeIds(text, tokens, cue - NAME_REACH, cue - 1);
    if (earlier.length === 0 || earlier.some((e) => withinTwoEdits(e.digits, id.digits))) continue;
    return [{ rule: "target.corrected_to_other", technique: "additional or swapped target identity", severity: "high", start: tokens.starts[cue] ?? 0, end: tokens.ends[id.last] ?? 0, reason: "calls a different employee id a typo fix" }];
  }
  return [];
}

/**
 * An address called a typo fix that is no typo: after a TYPO_CUE, within SLIP_REACH tokens in its sentence (a line
 * break allowed: "# fixed typo in the email, use this one" / "account_to_disable: j.morgan@"), an address whose local
 * part is a name (two parts) and is neither a typo of nor shares a name word with any other address of the text, one
 * named before the cue among them ("james.miller@"); not "owen.price@ (I wrote owen.prince@)", not a mailbox such as
 * "privacy@", not with a role, hand-over or ask word between.
 */
function typoToOtherAddress(text: string, tokens: Tokens, hits: ConceptHits, typos: readonly number[], blockers: number[], emails: readonly FoundEmail[]): DetectorHit[] {
  const stop = SEP.sentence | SEP.paragraph;
  const local = (e: FoundEmail) => e.email.slice(0, e.email.indexOf("@"));
  for (const cue of typos.slice(0, MAX_CUES)) {
    const cueStart = tokens.starts[cue] ?? 0;
    // The sender's own address in a mail header ("From: Kofi Osei <kofi.osei@…>") is no address the typo fix replaces.
    if (!emails.some((e) => e.end <= cueStart && !SENDER_LINE.test(lineBefore(text, e.start)))) continue;
    let limit = cue + 1;
    while (limit < tokens.count && limit <= cue + SLIP_REACH && ((tokens.sep[limit] ?? 0) & stop) === 0) limit++;
    const after = emails.find((e) => e.start > cueStart && e.start <= (tokens.starts[limit - 1] ?? 0));
    if (!after || nameParts(after.email) === null) continue;
    const [first, last] = tokenRange(tokens, after.start, after.end);
    if (first < 0 || hits.at.hasAnyIn(cue, first - 1, blockers)) continue;
    const words = localWords(after.email);
    if (emails.some((e) => e !== after && (withinTwoEdits(local(e), local(after)) || samePerson(localWords(e.email), words)))) continue;
    return [{ rule: "target.corrected_to_other", technique: "additional or swapped target identity", severity: "high", start: cueStart, end: tokens.ends[last] ?? 0, reason: "calls a different person's address a typo fix" }];
  }
  return [];
}

/** A mail header naming the sender, before an address on its line: "From: Kofi Osei <", "Von:", "De :", "Van:", "Od:", "От:". */
const SENDER_LINE = /^[ \t>]*(?:from|von|de|van|od|от|da|från|fra|kimden|lähettäjä)[ \t]*:/;

/** The text from the start of the line holding offset `at` up to `at` (the text is normalised: lower case). */
function lineBefore(text: string, at: number): string {
  return text.slice(text.lastIndexOf("\n", at - 1) + 1, at);
}
