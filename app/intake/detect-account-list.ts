import type { CompiledLexicon } from "./compile-lexicon.js";
import type { FoundEmail } from "./detect-identities.js";
import type { DetectorHit } from "./detector-hit.js";
import { personalWords } from "./detect-removal-list.js";
import type { ConceptHits } from "./find-concepts.js";
import { latinOf, localWords } from "./named-people.js";
import { tokenRange } from "./token-queries.js";
import { SEP, type Tokens } from "./tokenize.js";

/** Tokens looked at before the leaver's address for what puts it in a list to act on ("Accounts:", "disable", "konta ... :"). */
const LABEL_BEFORE = 8;
/** Tokens one list item may take between two addresses ("eshaw (Perforce), build-signing@", "以及"). */
const ITEM_GAP = 6;
/** Tokens after the other address read for what makes it a subject, a recipient or someone in a role ("x@ will take over"). */
const AFTER = 3;
/**
 * Characters that may separate list items or the words of one: commas, slashes, '+', '&', brackets, spaces, a login's '-', '.'
 * or '_' ("balves-vpn"), a JSON array's quotes and brackets ('"accounts_to_close": ["a@…", "b@…"]') (not ';' or ':', and
 * no sentence end, which end the list).
 */
const LIST_SEPARATORS = /^[\s,/+&()._"'[\]\u3001\uff0c\uff08\uff09-]*$/;
const COPY_WORDS = new Set(["cc", "bcc", "copy", "kopie", "copie", "copia", "kopia"]);

interface ListConcepts {
  label: number[];
  /** What sets the list aside before the leaver's address: a hand-over, a notice, a negation ("forward her mail to: a@, b@"; not "from", which "as contas de Beatriz Alves:" has). */
  aside: number[];
  blockers: number[];
}
const CONCEPTS = new WeakMap<CompiledLexicon, ListConcepts>();
function listConcepts(lex: CompiledLexicon): ListConcepts {
  let ids = CONCEPTS.get(lex);
  if (ids === undefined) {
    ids = {
      label: ["ACTION", "PERSON_ACTION", "TARGET_NOUN", "ACCOUNT_NOUN", "ACCOUNT_OF"].map((c) => lex.id(c as never)),
      aside: ["HANDOVER_VERB", "NOTIFY", "NOT", "NEGATION", "DONT", "SEND"].map((c) => lex.id(c as never)),
      blockers: ["HANDOVER", "HANDOVER_VERB", "ROLE_PERSON", "LEAVER_BOSS", "COLLEAGUE", "NOTIFY", "STAYS", "FROM", "NOT", "NEGATION", "DONT", "HER_HIS", "SEND"].map((c) => lex.id(c as never)),
    };
    CONCEPTS.set(lex, ids);
  }
  return ids;
}

/**
 * Another person's address slipped into the list of the leaver's own accounts, written inline: "Accounts:
 * elliot.shaw@…, eshaw (Perforce), and ryan.cho@…", "Comptes à fermer : hugo.bernard@…, hbernard (Perforce) et
 * antoine.roux@…", "as contas de Beatriz Alves: beatriz.alves@…, balves-vpn e joao.pereira@…", "请停用 liu.yang@… 以及
 * chen.jing@… 的账号" (target.extra_identity). The leaver's address (the request's target, or the address of a person the text
 * names when intake chose no target among several addresses) stands after an action or an
 * account label, and the next address follows it as an item of the same list (commas, a conjunction, short items between),
 * a person's address (two name words, no role word) that shares no name with the leaver's address or name. Not a finding:
 * the leaver's own second address ("elliot.shaw.adm@"), an address something is handed, sent or copied to ("and transfer his
 * files to ryan.cho@", "cc ryan.cho@"), someone in a role or who stays ("ryan.cho@ (her manager)", "ryan.cho@ stays"), a
 * sentence or a ';' or ':' between, a role or team mailbox. Lists on item lines are detect-removal-list.ts's. Cheap: only texts
 * whose target address is written with another address after or before it.
 */
export function detectAccountList(text: string, tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits, emails: readonly FoundEmail[], target: string | null, allowed: readonly string[], targetName: string | null): DetectorHit[] {
  if (emails.length < 2) return [];
  const { label, aside, blockers } = listConcepts(lex);
  const at = leaverAddress(tokens, lex, hits, emails, target, label, aside);
  if (at < 0) return [];
  const leaver = emails[at]!.email;
  const allowedSet = new Set(allowed.map((a) => a.trim().toLowerCase()));
  const mine = [...localWords(leaver), ...(targetName ?? "").toLowerCase().split(/\s+/).filter((w) => w.length >= 2)];
  // Walk the list on from the leaver's address, item by item (the next address each time).
  for (let k = at + 1; k < emails.length; k++) {
    const prev = emails[k - 1]!;
    const e = emails[k]!;
    const [pLast] = tokenRange(tokens, prev.start, prev.end).slice(1);
    const [eFirst, eLast] = tokenRange(tokens, e.start, e.end);
    if (pLast === undefined || pLast < 0 || eFirst < 0 || !listItemGap(text, tokens, hits, pLast, eFirst, blockers)) return [];
    if (e.email === leaver || allowedSet.has(e.email)) continue;
    if (personalWords(e.email) === null || shareName(localWords(e.email), mine)) continue;
    if (COPY_WORDS.has(tokens.keys[eFirst - 1] ?? "") || subjectOrRole(tokens, hits, eLast, blockers)) return [];
    return [{ rule: "target.extra_identity", technique: "additional or swapped target identity", severity: "high", start: e.start, end: e.end, reason: "lists another person's address among the leaver's own accounts to act on" }];
  }
  return [];
}

/** Addresses looked at for the leaver's when the request names no target (several addresses, none chosen). */
const MAX_CANDIDATES = 20;

/**
 * The index of the leaver's address in a list to act on: the request's target, or, when intake chose none among several
 * addresses, the first address standing in such a list whose words name a person the text writes out ("Leaver: Elliot Shaw
 * ... Accounts: elliot.shaw@…"); -1 when none.
 */
function leaverAddress(tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits, emails: readonly FoundEmail[], target: string | null, label: number[], aside: number[]): number {
  const inAList = (k: number) => {
    const [first] = tokenRange(tokens, emails[k]!.start, emails[k]!.end);
    return first >= 0 && inList(tokens, hits, first, label, aside);
  };
  if (target !== null) {
    // Any place the target is written: a record gives it once in its own field and again in the list ('"email": "a@…", …
    // "accounts_to_close": ["a@…", "b@…"]').
    const wanted = target.trim().toLowerCase();
    for (let k = 0; k < emails.length && k < MAX_CANDIDATES; k++) if (emails[k]!.email === wanted && inAList(k)) return k;
    return -1;
  }
  const starts = hits.starts[lex.id("CAPNAME")];
  const ends = hits.ends[lex.id("CAPNAME")];
  if (starts === undefined || ends === undefined || starts.length === 0) return -1;
  const names: string[] = [];
  for (let k = 0; k < starts.length && names.length < 40; k++) for (let j = starts[k]!; j <= ends[k]!; j++) names.push(tokens.keys[j] ?? "");
  for (let k = 0; k < emails.length && k < MAX_CANDIDATES; k++) if (shareName(localWords(emails[k]!.email), names) && inAList(k)) return k;
  return -1;
}

/**
 * A record's snake_case key naming accounts to act on ("accounts_to_close", "logins_to_disable", "accounts_to_offboard"):
 * one token, which no lexicon entry reads.
 */
const LIST_KEY = /^(?:[a-z]+_)*(?:accounts?|logins?|users?)_(?:to_)?(?:close|disable|deactivate|revoke|remove|delete|offboard|deprovision|suspend)$|^(?:close|disable|deactivate|revoke|remove|delete|offboard|deprovision|suspend)_(?:accounts?|logins?|users?)$/;

/** Whether an action or an account label stands a few tokens before the leaver's address, in its sentence, with nothing setting it aside. */
function inList(tokens: Tokens, hits: ConceptHits, first: number, label: number[], aside: number[]): boolean {
  for (let j = first - 1; j >= Math.max(0, first - LABEL_BEFORE); j--) {
    if ((tokens.sep[j + 1] ?? 0) & (SEP.sentence | SEP.paragraph)) return false;
    if (hits.at.hasAny(j, aside)) return false;
    if (hits.at.hasAny(j, label) || LIST_KEY.test(tokens.keys[j] ?? "")) return true;
  }
  return false;
}

/** Whether the tokens between two addresses are one list item at most: few, with list separators only and nothing setting the next aside. */
function listItemGap(text: string, tokens: Tokens, hits: ConceptHits, last: number, next: number, blockers: number[]): boolean {
  if (next - last - 1 > ITEM_GAP) return false;
  for (let j = last + 1; j <= next; j++) {
    if ((tokens.sep[j] ?? 0) & (SEP.sentence | SEP.paragraph | SEP.keyValue)) return false;
    if (!LIST_SEPARATORS.test(text.slice(tokens.ends[j - 1] ?? 0, tokens.starts[j] ?? 0))) return false;
    if (j < next && hits.at.hasAny(j, blockers)) return false;
  }
  return true;
}

/**
 * Whether two lists of name words share one: equal, or one the start of the other ("alex", "alexander"). Stricter than
 * samePerson, whose typo allowance makes short names alike ("jing" and "yang" are two edits apart): a list names a second
 * person only when no word of the leaver's is in it.
 */
function shareName(a: readonly string[], b: readonly string[]): boolean {
  for (const x0 of a) {
    const x = latinOf(x0);
    for (const y0 of b) {
      const y = latinOf(y0);
      if (x === y || (Math.min(x.length, y.length) >= 3 && (x.startsWith(y) || y.startsWith(x)))) return true;
    }
  }
  return false;
}

/** Whether the words right after the address, in its clause, make it a subject, a recipient or someone in a role ("x@ (her manager)", "x@ stays"). */
function subjectOrRole(tokens: Tokens, hits: ConceptHits, last: number, blockers: number[]): boolean {
  for (let j = last + 1; j < Math.min(tokens.count, last + 1 + AFTER); j++) {
    if ((tokens.sep[j] ?? 0) & (SEP.sentence | SEP.paragraph | SEP.clause)) return false;
    if (hits.at.hasAny(j, blockers)) return true;
  }
  return false;
}
