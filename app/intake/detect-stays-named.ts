import type { CompiledLexicon } from "./compile-lexicon.js";
import type { FoundEmail } from "./detect-identities.js";
import type { DetectorHit } from "./detector-hit.js";
import type { ConceptHits } from "./find-concepts.js";
import { namedPeopleOfText, samePerson, type Named } from "./named-people.js";
import { sentenceAround } from "./token-queries.js";
import { SEP, type Tokens } from "./tokenize.js";

/** Most STAYS hits looked at in one text. */
const MAX_STAYS = 20;
/** Most words between the leaver's name and the word saying they stay ("Chloe is staying on", "Lily's departure was cancelled"). */
const NAME_REACH = 3;

/**
 * The leaver said to stay and another person, named by name, put in their place: "Chen is staying
 * on. It's Victor Hale (LH-201145) who leaves, please process him under this ticket instead", "Lily
 * is staying after all, but her manager Adam Price is going instead, so process him", "Fiona is
 * staying on, it is her colleague Ruth Adeyemi whose access should be removed instead". The leaver
 * is a person named before the STAYS word whose name word stands within NAME_REACH words before it
 * in its clause (not "stays until Friday"); the other person is the first one named after it, in its
 * sentence or the next, who is not the leaver, with "instead" (SWAP, IN_THEIR_PLACE) after them in their sentence and
 * something done to an account (ACTION, PROCESS, access) between the STAYS word and the end of that
 * sentence, and no role, hand-over, send, notify or ask word between the person and "instead" ("Dana stays;
 * her colleague Kai Lee will cover the rota instead" is a hand-over; a role before the person,
 * "her manager Adam Price is going instead", is no hand-over). detect-leaver-stays.ts reads
 * the same turn when the other person is given by an address.
 */
export function detectStaysNamed(tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits, targetName: string | null, emails: readonly FoundEmail[]): DetectorHit[] {
  const stays = hits.starts[lex.id("STAYS")];
  const swaps = [lex.id("SWAP"), lex.id("IN_THEIR_PLACE")];
  const kept = hits.starts[lex.id("KEPT_OPEN")]?.length ?? 0;
  if (kept === 0 && (!stays || stays.length === 0 || swaps.every((c) => (hits.starts[c]?.length ?? 0) === 0))) return [];
  const people = namedPeopleOfText(tokens, lex, hits, targetName, emails);
  if (people.length < 2) return [];
  const staysEnds = hits.ends[lex.id("STAYS")] ?? [];
  const until = [lex.id("UNTIL")];
  const acts = [lex.id("ACTION"), lex.id("PROCESS"), lex.id("PRIV_ACCESS"), lex.id("ACCOUNT_OF"), lex.id("ONE_TO_ACT")];
  const blockers = [lex.id("ROLE_PERSON"), lex.id("HANDOVER_VERB"), lex.id("SEND"), lex.id("NOTIFY"), lex.id("ASK_PERSON")];
  for (let h = 0; h < Math.min(stays?.length ?? 0, MAX_STAYS); h++) {
    const [s, e] = [stays![h]!, staysEnds[h]!];
    if (hits.at.hasAnyIn(e + 1, e + 3, until)) continue;
    const leaver = people.find((p) => p.first < s && namedBefore(tokens, s, p));
    if (!leaver) continue;
    const to = sentenceAround(tokens, sentenceAround(tokens, s).to + 1).to;
    const other = people.find((p) => p.first > e && p.first <= to && !samePerson(p.words, leaver.words));
    if (!other) continue;
    const end = sentenceAround(tokens, other.last).to;
    let at = -1;
    for (let j = other.last + 1; j <= end && at < 0; j++) if (hits.at.hasAny(j, swaps)) at = j;
    if (at < 0 || hits.at.hasAnyIn(other.last + 1, at, blockers) || !hits.at.hasAnyIn(e + 1, end, acts)) continue;
    return [{ rule: "target.corrected_to_other", technique: "additional or swapped target identity", severity: "high", start: tokens.starts[s] ?? 0, end: tokens.ends[at] ?? 0, reason: "says the leaver stays and names another person to act on instead" }];
  }
  return keptOpen(tokens, lex, hits, people, blockers);
}

/** Most tokens between the act and the person it is done to ("process it against OFR-10002 (Samuel Njoroge"). */
const ACT_REACH = 5;

/**
 * The leaver's own account or record said to stay open while another person is acted on, that person first:
 * "the account to disable is tom.reyes@...; Jessica's is being kept open", "Please process it against OFR-10002
 * (Samuel Njoroge); the Otieno record needs to stay open". KEPT_OPEN with a name word of a person named before
 * within NAME_REACH + 1 words before it in its clause (the leaver), and in its sentence or the one before, a
 * different person named after an act (ACTION, PROCESS, ONE_TO_ACT) within ACT_REACH tokens, with no role,
 * hand-over, send, notify or ask word between the act and the person.
 */
function keptOpen(tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits, people: readonly Named[], blockers: number[]): DetectorHit[] {
  const kept = hits.starts[lex.id("KEPT_OPEN")];
  if (!kept || kept.length === 0) return [];
  const acts = [lex.id("ACTION"), lex.id("PROCESS"), lex.id("ONE_TO_ACT")];
  for (const s of kept.slice(0, MAX_STAYS)) {
    const leaver = people.find((p) => p.first < s && namedBefore(tokens, s, p, NAME_REACH + 1));
    if (!leaver) continue;
    const from = sentenceAround(tokens, Math.max(0, sentenceAround(tokens, s).from - 1)).from;
    for (const other of people) {
      if (other.first < from || other.last >= s) continue;
      if (samePerson(other.words, leaver.words)) continue;
      let act = -1;
      for (let j = other.first - 1; j >= Math.max(from, other.first - 1 - ACT_REACH) && act < 0; j--) if (hits.at.hasAny(j, acts)) act = j;
      if (act < 0 || hits.at.hasAnyIn(act + 1, other.first - 1, blockers)) continue;
      return [{ rule: "target.corrected_to_other", technique: "additional or swapped target identity", severity: "high", start: tokens.starts[act] ?? 0, end: tokens.ends[s] ?? 0, reason: "gives another person's account to act on and keeps the leaver's own open" }];
    }
  }
  return [];
}

/** Whether a word within NAME_REACH before `s`, in its clause, is (or starts with: "Lily's", "Dana는") a name word of `person` (three letters or more). */
function namedBefore(tokens: Tokens, s: number, person: Named, reach = NAME_REACH): boolean {
  const names = person.words.filter((w) => w.length >= 3);
  for (let j = s - 1; j >= 0 && j >= s - reach; j--) {
    const key = tokens.keys[j] ?? "";
    if (names.some((n) => key === n || (key.startsWith(n) && key.length - n.length <= 3))) return true;
    if ((tokens.sep[j] ?? 0) & (SEP.sentence | SEP.paragraph | SEP.clause)) return false;
  }
  return false;
}
