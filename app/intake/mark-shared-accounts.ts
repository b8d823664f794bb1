import type { CompiledLexicon } from "./compile-lexicon.js";
import { addHit, type ConceptHits } from "./find-concepts.js";
import type { Tokens } from "./tokenize.js";

/** Most words between a team word and the account it describes ("the shared duty manager account", "共享班组账号"). */
const MAX_BEFORE = 3;
/** Most words between an account and a team word after it ("la cuenta compartida", "حساب المحطة المشترك"). */
const MAX_AFTER = 1;

/**
 * TEAM_ACCOUNT, an account a team uses (lexicon/shared-account.ts): a team word (SHARED_ADJ) and an account noun
 * (ACCOUNT_NOUN) in one phrase, with only spaces, hyphens and other words between, none of them "and", a possessive or
 * "from": "the shared duty manager account", "the station login", "la cuenta compartida de la planta 3", "общую учётную
 * запись", "共享班组账号", "공용 계정" (not "the shared drive and his account", not "the shared folders of his account").
 * Whether acting on one is an extra target is for the phrase rules to say (rules/shared-account-rules.ts). Linear in the
 * hits of the two concepts; nothing to do in a text without a team word.
 */
export function markSharedAccounts(tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits): void {
  const adjStarts = hits.starts[lex.id("SHARED_ADJ")];
  const nounStarts = hits.starts[lex.id("ACCOUNT_NOUN")];
  if (!adjStarts || !nounStarts) return;
  const adjEnds = hits.ends[lex.id("SHARED_ADJ")]!;
  const nounEnds = hits.ends[lex.id("ACCOUNT_NOUN")]!;
  const breakers = [lex.id("AND_PLAIN"), lex.id("HER_HIS"), lex.id("FROM")];
  const team = lex.id("TEAM_ACCOUNT");
  // Hits are kept sorted by start (the rules read a single concept's list as it is): one that would start before the last is dropped.
  let last = -1;
  let n = 0;
  for (let a = 0; a < adjStarts.length; a++) {
    const s = adjStarts[a]!;
    const e = adjEnds[a]!;
    // The first noun that can follow this adjective (nouns are sorted by start, adjectives too).
    while (n < nounStarts.length && nounEnds[n]! < s - MAX_AFTER - 1) n++;
    for (let k = n; k < nounStarts.length && nounStarts[k]! <= e + MAX_BEFORE + 1; k++) {
      const ns = nounStarts[k]!;
      const ne = nounEnds[k]!;
      let from = -1;
      let to = -1;
      if (ns > e && open(tokens, hits, breakers, e + 1, ns)) [from, to] = [s, ne];
      else if (ne < s && s - ne - 1 <= MAX_AFTER && open(tokens, hits, breakers, ne + 1, s)) [from, to] = [ns, e];
      if (from < last || from < 0) continue;
      addHit(hits, team, from, to);
      last = from;
    }
  }
}

/** Whether tokens from..to (the second slot's first token) are one phrase: no separator but spaces before any, no breaker word among them. */
function open(tokens: Tokens, hits: ConceptHits, breakers: readonly number[], from: number, to: number): boolean {
  for (let t = from; t <= to; t++) {
    if ((tokens.sep[t] ?? 0) !== 0) return false;
    if (t < to && hits.at.hasAny(t, breakers)) return false;
  }
  return true;
}
