import type { CompiledLexicon } from "./compile-lexicon.js";
import { employeeIdAt } from "./detect-correction.js";
import { namedPeopleOfText, samePerson, type Named } from "./named-people.js";
import type { FoundEmail } from "./detect-identities.js";
import type { DetectorHit } from "./detector-hit.js";
import type { ConceptHits } from "./find-concepts.js";
import { tokenAtOffset } from "./token-queries.js";
import { SEP, type Tokens } from "./tokenize.js";

const MAX_HITS = 20;
/** How many list items above an item its heading may stand. */
const MAX_ITEMS_ABOVE = 20;
const MAX_HEADING = 200;
const ITEM = /^[ \t]*(?:[-*•·]|\d{1,2}[.)])[ \t]/;
/**
 * A line holding only an address or a login, with an optional note in brackets: an item of a list written without bullets
 * ("Konti der skal lukkes:" / "rasmus.kjaer@..." / "rkjaer (VPN)" / "mette.bach@...").
 */
const BARE_ITEM = /^[ \t]*[a-z0-9][a-z0-9._%+-]*(?:@[a-z0-9.-]+)?[ \t]*(?:\([^()\n]{0,40}\))?[ \t]*$/i;
const isItem = (line: string) => ITEM.test(line);
const isBareItem = (line: string) => BARE_ITEM.test(line);

/** Whether a line of the text is a list item: each line start read once (itemAt). */
function hasItemLine(text: string): boolean {
  for (let at = 0; at >= 0 && at < text.length; at = text.indexOf("\n", at) + 1 || -1) if (itemAt(text, at)) return true;
  return false;
}

/** Whether the line starting at `at` is a list item ("- ", "* ", "• ", "1. ", "2) "), read by hand (as ITEM). */
function itemAt(text: string, at: number): boolean {
  const n = text.length;
  let i = at;
  while (i < n && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  const c = text.charCodeAt(i);
  let next = i + 1;
  if (c >= 0x30 && c <= 0x39) {
    if (next < n && text.charCodeAt(next) >= 0x30 && text.charCodeAt(next) <= 0x39) next++;
    const p = text.charCodeAt(next);
    if (p !== 0x2e && p !== 0x29) return false;
    next++;
  } else if (c !== 0x2d && c !== 0x2a && c !== 0x2022 && c !== 0xb7) return false;
  const after = text.charCodeAt(next);
  return after === 0x20 || after === 0x09;
}

/**
 * What a list under a line asking for removal ("### Accounts to remove", "Ta gärna bort:",
 * "Systemer der skal lukkes:") should not hold beside the leaver's own accounts:
 *
 * - a shared privileged account: an item naming a break-glass, emergency-access or root account
 *   ("- breakglass-01 (emergency access account)", "- root-kontot för AWS-kontot ..."). Such an
 *   account belongs to no leaver, so listing it offboards it too. Not a finding: the leaver's access
 *   to it ("- break-glass access", "- root credentials": what is revoked or rotated is theirs), such
 *   an account outside a removal list;
 * - another person: an item naming someone by a personal address ("- Frederik Dahl
 *   (frederik.dahl@...) - alle adgange") when the text introduced the leaver, with an id or an
 *   address, above the list as someone else. Not a finding: the leaver's own address, an address
 *   something is handed to or someone in a role beside the leaver ("- mailbox: forward to her
 *   manager kai.lee@"), a role or team mailbox.
 */
export function detectRemovalList(text: string, tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits, emails: readonly FoundEmail[] = [], targetName: string | null = null): DetectorHit[] {
  const action = [lex.id("ACTION")];
  // Every finding here is an item of a list: a text with no item line has none (most texts), but for another person's address
  // in a list written without bullets, one address or login a line under the heading.
  if (!hasItemLine(text)) return emails.length < 2 ? [] : otherPerson(text, tokens, lex, hits, action, emails, targetName, isBareItem);
  const shared = sharedAccount(text, tokens, lex, hits, action, emails);
  if (shared.length > 0) return shared;
  const person = emails.length === 0 ? [] : otherPerson(text, tokens, lex, hits, action, emails, targetName);
  if (person.length > 0) return person;
  return otherLogin(text, tokens, hits, action, emails);
}

/** "- Manhattan WMS: CMENDOZA, JRAMOS2": an item naming a system, then the accounts in it. */
const ACCOUNTS_ITEM = /^[ \t]*(?:[-*•·]|\d{1,2}[.)])[ \t]+[^:\n]{1,40}:[ \t]*([a-z0-9][a-z0-9._-]{1,30}(?:[ \t]*[,;/][ \t]*[a-z0-9][a-z0-9._-]{1,30}){0,5})[ \t]*$/;
const MAX_ITEMS = 100;

/**
 * A login of someone else beside the leaver's in one item of a removal list: "- Manhattan WMS:
 * CMENDOZA, JRAMOS2" where "cmendoza" is the leaver's (an item of the same list gives it alone, or
 * it is the local part of an address or the number of an employee id in the text) and "jramos2"
 * is nobody's the text names. Not a finding: the leaver's second account in the system
 * ("cmendoza, cmendoza-adm": one contains the other), logins of which none is known to be the
 * leaver's, system names ("- Systems: Okta, M365").
 */
function otherLogin(text: string, tokens: Tokens, hits: ConceptHits, action: number[], emails: readonly FoundEmail[]): DetectorHit[] {
  // Item lines with a ':' (each line read once; a line is matched only when it is an item with a colon).
  const items: { start: number; values: string[] }[] = [];
  for (let at = 0; at >= 0 && at < text.length && items.length < MAX_ITEMS; ) {
    const nl = text.indexOf("\n", at);
    const end = nl < 0 ? text.length : nl;
    if (end - at <= 120 && itemAt(text, at)) {
      const colon = text.indexOf(":", at);
      if (colon >= 0 && colon < end) {
        const m = ACCOUNTS_ITEM.exec(text.slice(at, end));
        if (m) items.push({ start: at, values: (m[1] ?? "").split(/[ \t]*[,;/][ \t]*/) });
      }
    }
    at = nl < 0 ? -1 : nl + 1;
  }
  if (!items.some((i) => i.values.length >= 2)) return [];
  // The leaver's identities: local parts of addresses, employee id numbers, logins an item gives alone.
  const known = new Set<string>(emails.map((e) => e.email.slice(0, e.email.indexOf("@"))));
  // Numbers listed in an item that are the number of an employee id in the text ("NWF-MX-30877"): only
  // tokens equal to such a number, or glued to letters before it ("E22871"), are read as ids.
  const numbers = new Set<string>();
  for (const item of items) if (item.values.length >= 2) for (const v of item.values) if (/^\d+$/.test(v)) numbers.add(v);
  for (let j = 0; j < tokens.count && numbers.size > 0; j++) {
    const key = tokens.keys[j] ?? "";
    const c = key.charCodeAt(key.length - 1);
    if (c < 0x30 || c > 0x39) continue;
    if (numbers.has(key)) {
      for (let k = Math.max(0, j - 3); k < j; k++) if (employeeIdAt(text, tokens, k)?.last === j) known.add(key);
    } else {
      const id = employeeIdAt(text, tokens, j);
      if (id && numbers.has(id.digits)) known.add(id.digits);
    }
  }
  for (const item of items) if (item.values.length === 1) known.add(item.values[0] ?? "");
  for (const item of items) {
    if (item.values.length < 2) continue;
    const mine = item.values.filter((v) => known.has(v));
    if (mine.length === 0) continue;
    const digits = (v: string) => /^\d+$/.test(v);
    // A group or team the leaver is taken out of ("cmendoza, wms-users") is no one's login.
    const other = item.values.find((v) => !known.has(v) && !v.split(/[._-]/).some((p) => ROLE_WORDS.has(p)) && mine.every((k) => digits(k) === digits(v) && !v.includes(k) && !k.includes(v) && v.slice(0, 4) !== k.slice(0, 4)));
    if (other === undefined || removalHeading(text, tokens, hits, action, item.start) < 0) continue;
    const at = text.indexOf(other, item.start);
    return [{ rule: "target.extra_identity", technique: "additional or swapped target identity", severity: "high", start: at, end: at + other.length, reason: "lists another account beside the leaver's own in one item of a removal list" }];
  }
  return [];
}

function sharedAccount(text: string, tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits, action: number[], emails: readonly FoundEmail[]): DetectorHit[] {
  const shared = hits.starts[lex.id("SHARED_PRIV_ACCOUNT")];
  if (!shared || shared.length === 0) return [];
  const ends = hits.ends[lex.id("SHARED_PRIV_ACCOUNT")] ?? [];
  const access = [lex.id("PRIV_ACCESS")];
  for (let k = 0; k < shared.length && k < MAX_HITS; k++) {
    const first = shared[k]!;
    const last = ends[k]!;
    // "break-glass access", "breakglass-01 credentials": the leaver's access to the account.
    if (hits.at.hasAnyIn(last + 1, Math.min(last + 2, tokens.count - 1), access)) continue;
    const at = tokens.starts[first] ?? 0;
    if (removalHeading(text, tokens, hits, action, at) < 0) continue;
    // "- leon.fraser-admin@… (Google Workspace super admin)": the role of the leaver's own admin address, in brackets after it.
    if (roleOfOwnAddress(text, at, emails)) continue;
    return [{ rule: "target.privileged_identity", technique: "additional or swapped target identity", severity: "high", start: at, end: tokens.ends[last] ?? at, reason: "lists a shared break-glass, emergency or root account for removal beside the leaver's own" }];
  }
  return [];
}

/** Characters between an opening bracket and the role phrase in it ("(Google Workspace super admin)"). */
const ROLE_IN_BRACKETS = 30;

/**
 * Whether the phrase at `at` stands in brackets right after an address whose local part shares a name word of four letters
 * or more with another address of the text: "- leon.fraser-admin@… (Google Workspace super admin)" beside "leon.fraser@…"
 * is the role of the leaver's own admin address (an honest text of training author t64). Not a login ("- breakglass-01
 * (emergency access account)"), not an address that names nobody of the text.
 */
function roleOfOwnAddress(text: string, at: number, emails: readonly FoundEmail[]): boolean {
  const open = text.lastIndexOf("(", at);
  if (open < 0 || at - open > ROLE_IN_BRACKETS || text.slice(open, at).includes(")")) return false;
  let end = open;
  while (end > 0 && (text[end - 1] === " " || text[end - 1] === "\t")) end--;
  const before = emails.find((e) => e.end === end);
  if (!before) return false;
  const words = (e: FoundEmail) => e.email.slice(0, e.email.indexOf("@")).split(/[._+-]/).filter((w) => w.length >= 4);
  const own = new Set(words(before));
  return emails.some((e) => e !== before && words(e).some((w) => own.has(w)));
}

/** Words of a role, team or system mailbox: an address made of them is nobody's own. */
const ROLE_WORDS = new Set(["all", "team", "staff", "group", "groups", "users", "members", "shared", "service", "svc", "admin", "admins", "ops", "it", "hr", "info", "support", "helpdesk", "noreply", "no", "reply", "finance", "sales", "security", "dev", "test", "bot", "system", "office", "mailbox", "list", "dl"]);

/**
 * The name words of a person's address ("frederik.dahl", "k.bakker": two words or more, letters only, one of three letters at
 * least, no role word), or null for any other address.
 */
export function personalWords(email: string): string[] | null {
  const words = email.slice(0, email.indexOf("@")).split(/[._+-]/);
  return words.length >= 2 && words.every((w) => /^\p{L}+$/u.test(w) && !ROLE_WORDS.has(w)) && words.some((w) => w.length >= 3) ? words : null;
}

function otherPerson(text: string, tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits, action: number[], emails: readonly FoundEmail[], targetName: string | null, item: (line: string) => boolean = isItem): DetectorHit[] {
  const aside = [lex.id("ROLE_PERSON"), lex.id("HANDOVER_VERB"), lex.id("PERSONAL_ADDRESS"), lex.id("HER_HIS")];
  let people: readonly Named[] | null = null;
  for (let k = 0; k < emails.length && k < MAX_HITS; k++) {
    const e = emails[k]!;
    // Only an address on an item line (most are in prose).
    const itemStart = text.lastIndexOf("\n", e.start - 1) + 1;
    if (item === isItem ? !itemAt(text, itemStart) : !item(lineAt(text, itemStart))) continue;
    const words = personalWords(e.email);
    if (words === null) continue;
    const heading = removalHeading(text, tokens, hits, action, e.start, item);
    if (heading < 0) continue;
    const lineStart = text.lastIndexOf("\n", e.start - 1) + 1;
    const lineEnd = text.indexOf("\n", e.end);
    const from = tokenAtOffset(tokens, lineStart);
    const to = tokenAtOffset(tokens, lineEnd < 0 ? text.length : lineEnd) - 1;
    if (hits.at.hasAnyIn(from, to, aside)) continue;
    people ??= namedPeopleOfText(tokens, lex, hits, targetName, emails);
    // The leaver, introduced above the list or in its heading with an address or an id ("Please disable the following
    // accounts for Joanna Pike (JP-7781):"); someone else listed for removal.
    const headingBreak = text.indexOf("\n", tokens.starts[heading] ?? 0);
    const headingEnd = tokenAtOffset(tokens, headingBreak < 0 ? text.length : headingBreak) - 1;
    const above = people.filter((p) => p.last < heading || (p.last <= headingEnd && identified(text, tokens, p)));
    if (!above.some((p) => identified(text, tokens, p))) continue;
    const mine = words.filter((w) => w.length >= 2);
    if (above.some((p) => samePerson(p.words, mine))) continue;
    return [{ rule: "target.extra_identity", technique: "additional or swapped target identity", severity: "high", start: e.start, end: e.end, reason: "lists another person's address for removal beside the leaver's own accounts" }];
  }
  return [];
}

/** An address, or a name written with its address or employee id right after it ("Mette Kjær (HT-81205)"). */
function identified(text: string, tokens: Tokens, p: Named): boolean {
  for (let j = p.first + 1; j <= p.last; j++) if ((tokens.sep[j] ?? 0) & SEP.at) return true;
  const next = p.last + 1;
  if (next >= tokens.count || ((tokens.sep[next] ?? 0) & SEP.open) === 0) return false;
  return employeeIdAt(text, tokens, next) !== null || ((tokens.sep[next + 1] ?? 0) & SEP.at) !== 0;
}

/**
 * The first token of the line that introduces the list holding the item at offset `at` (a heading
 * or a short line ending in ':' that asks for removal, above the other items), or -1.
 */
function removalHeading(text: string, tokens: Tokens, hits: ConceptHits, action: number[], at: number, item: (line: string) => boolean = isItem): number {
  let lineStart = text.lastIndexOf("\n", at - 1) + 1;
  if (!item(item === isItem ? lineEnding(text, lineStart) : lineAt(text, lineStart))) return -1;
  // Up past the other items to the line that introduces the list.
  for (let n = 0; n <= MAX_ITEMS_ABOVE && lineStart > 0; n++) {
    const prevStart = text.lastIndexOf("\n", lineStart - 2) + 1;
    const line = text.slice(prevStart, lineStart - 1);
    lineStart = prevStart;
    if (item(line)) continue;
    // A heading or a line ending in ':' is short: a long line is prose (and is not read through).
    if (line.length > MAX_HEADING || line.trim() === "" || !/(?::\s*$|^\s*#)/.test(line)) return -1;
    const from = tokenAtOffset(tokens, prevStart);
    const to = tokenAtOffset(tokens, prevStart + line.length) - 1;
    return hits.at.hasAnyIn(from, to, action) ? from : -1;
  }
  return -1;
}

/** The whole line from `start`. */
function lineAt(text: string, start: number): string {
  const end = text.indexOf("\n", start);
  return text.slice(start, end < 0 ? text.length : end);
}

/** The line from `start` (a bounded slice: the item pattern reads only its first characters). */
function lineEnding(text: string, start: number): string {
  return text.slice(start, start + 16);
}
