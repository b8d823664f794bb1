import type { CompiledLexicon } from "./compile-lexicon.js";
import { skeleton } from "./confusables.js";
import { adminLoginOf, secondMailboxes } from "./second-mailbox.js";
import { namesLeaver, type LeaverCache } from "./leaver-mailbox.js";
import { addHit, type ConceptHits } from "./find-concepts.js";
import type { NormalizedText } from "./normalize-text.js";
import { tokenRange } from "./token-queries.js";
import { SEP, type Tokens } from "./tokenize.js";
import { actsItself, alsoAfterGenitive, contextAfter, contextBefore, contextConcepts, handedTo, namedOutside } from "./address-context.js";

/** An identity-shaped problem, in normalised offsets. */
export interface IdentityHit {
  rule: "target.extra_identity" | "target.privileged_identity" | "target.wildcard" | "target.lookalike_identity";
  start: number;
  end: number;
  reason: string;
}

/** One email-like address found in normalised text. */
export interface FoundEmail {
  /** As normalised (lower case, confusables folded). */
  email: string;
  start: number;
  end: number;
}

const table = (chars: string) => Uint8Array.from({ length: 128 }, (_, c) => ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || chars.includes(String.fromCharCode(c)) ? 1 : 0));
const LOCAL_CHARS = table("._%+*'-");
const DOMAIN_CHARS = table(".*-");
const isIn = (t: Uint8Array, c: number) => c < 0x80 && t[c] === 1;
const PRIVILEGED = new Set(["ceo", "cfo", "cto", "coo", "cio", "ciso", "cso", "founder", "cofounder", "co-founder", "president", "chairman", "owner", "board", "root", "admin", "administrator", "sysadmin", "superuser", "super-admin", "superadmin", "domain-admin", "domainadmin", "global-admin", "breakglass", "break-glass", "break.glass", "emergency", "firecall"]);
const GROUPS = new Set(["all", "everyone", "everybody", "allstaff", "all-staff", "all.staff", "staff", "employees", "all-employees", "allemployees", "users", "all-users", "company", "team"]);
const MAX_SKELETONS = 200;
/** A domain: labels of letters, digits and hyphens, a top-level label of letters (or a wildcard). */
const DOMAIN = /^(\*\.)?[a-z0-9*-]+(\.[a-z0-9-]+)*\.[a-z*]{2,24}$/;

/** Every address in the normalised text: found from each '@', expanded over bounded character classes (linear). */
export function findEmails(text: string): FoundEmail[] {
  const out: FoundEmail[] = [];
  let floor = 0;
  for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) {
    let s = at;
    while (s > floor && at - s < 64 && isIn(LOCAL_CHARS, text.charCodeAt(s - 1))) s--;
    // A hyphen joining a prefix to the address ("ל-x@", "x@-এ") is no part of it.
    while (s < at && (text[s] === "." || text[s] === "'" || text[s] === "-")) s++;
    let e = at + 1;
    while (e < text.length && e - at < 254 && isIn(DOMAIN_CHARS, text.charCodeAt(e))) e++;
    while (e > at + 1 && (text[e - 1] === "." || text[e - 1] === "-")) e--;
    let domain = text.slice(at + 1, e);
    if (!DOMAIN.test(domain) && domain !== "*") {
      // A German or Dutch compound joins a noun to the address with a hyphen ("alle *@carebridge.example.net-accounts",
      // "die x@example.com-Adresse"): the address ends before it.
      const h = domain.lastIndexOf("-");
      if (h < 0 || !DOMAIN.test(domain.slice(0, h)) || !/^[a-z]+$/.test(domain.slice(h + 1))) continue;
      domain = domain.slice(0, h);
      e = at + 1 + h;
    }
    out.push({ email: text.slice(s, e), start: s, end: e });
    floor = e;
  }
  return out;
}

/** The one address of `emails` outside `allowed`, or null when there are none or several. */
function onlyOther(emails: readonly FoundEmail[], allowed: ReadonlySet<string>): string | null {
  let only: string | null = null;
  for (const { email } of emails) {
    if (allowed.has(email) || email === only) continue;
    if (only !== null) return null;
    only = email;
  }
  return only;
}

/**
 * Identity checks on every address: executives, root and break-glass mailboxes, wildcards and
 * group mailboxes, look-alikes of an allowed identity (UTS #39 skeletons), and any address that is
 * not allowed and stands where a target would (after "offboard", "disable", "target", "instead"...,
 * or as the subject of "should be deactivated"). A plain mention (a manager to hand over to) is
 * not a finding. Adds OTHER_EMAIL / PRIV_EMAIL / EXTERNAL_EMAIL concept hits for the phrase rules.
 */
export function detectIdentities(raw: string, norm: NormalizedText, tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits, allowedIdentities: readonly string[], emails: readonly FoundEmail[] = findEmails(norm.text), noTarget = false): IdentityHit[] {
  // Most texts name no address (or only in a decoded layer): nothing below is needed for them.
  if (emails.length === 0) return [];
  const allowed = new Set<string>();
  const allowedDomains = new Set<string>();
  for (const identity of allowedIdentities) {
    const a = identity.trim().toLowerCase();
    if (a.length === 0) continue;
    allowed.add(a);
    allowedDomains.add(organisationDomain(a.slice(a.lastIndexOf("@") + 1)));
  }
  // A parser that chose no target and a text with one address besides the allowed ones: that address is the only candidate
  // for the leaver's. "vi inoltro la richiesta di offboarding per Antonio Rizzo (x@)", read as a forward, left the parser
  // without a target; the address is then no identity extra to one (below).
  const soleCandidate = noTarget ? onlyOther(emails, allowed) : null;
  let allowedSkeletons: (readonly [string, string])[] | null = null;
  const skeletonsOfAllowed = () => (allowedSkeletons ??= [...allowed].map((a) => [a, skeleton(a)] as const));
  const { before, between, action, clause, handover, itself, genitiveAlso } = contextConcepts(lex);
  const out: IdentityHit[] = [];
  const seen = new Set<string>();
  let skeletons = 0;
  let previousInContext = -10;
  let second: Set<string> | null = null;
  const leaverCache: LeaverCache = { leavers: null, own: null };
  for (const found of emails) {
    const { email, start, end } = found;
    const rawText = foldRaw(raw.slice(norm.originOf(start), norm.originOf(end)));
    const local = email.slice(0, email.indexOf("@"));
    const [first, last] = tokenRange(tokens, start, end);
    // A bare domain in brackets names whose accounts a noun means ("the partner's accounts (@partner.example.com) they
    // manage themselves"): a wildcard only where a target stands, like a group mailbox.
    const bracketed = local.length === 0 && norm.text[start - 1] === "(" && norm.text[end] === ")";
    if (/[*%]/.test(email) || (local.length === 0 && !bracketed)) {
      // A wildcard is never a target, even when intake took it for one.
      if (!seen.has(email)) out.push({ rule: "target.wildcard", start, end, reason: "targets a wildcard or a group mailbox" });
      seen.add(email);
      continue;
    }
    if (allowed.has(email) && rawText === email) {
      if (first >= 0) addHit(hits, lex.id("ALLOWED_EMAIL"), first, last);
      if (first >= 0 && contextBefore(tokens, hits, first, before, between)) previousInContext = last;
      continue;
    }
    // The address's own skeleton once, not once per allowed identity it is compared with.
    let rawSkeleton: string | null = null;
    if (allowed.has(email) || (allowed.size > 0 && skeletons++ < MAX_SKELETONS && skeletonsOfAllowed().some(([a, sk]) => a !== rawText && sk === (rawSkeleton ??= skeleton(rawText))))) {
      out.push({ rule: "target.lookalike_identity", start, end, reason: "looks like an allowed identity but is a different address (confusable characters)" });
      continue;
    }
    if (first >= 0) addHit(hits, lex.id("OTHER_EMAIL"), first, last);
    // Outside the organisation (no allowed identity has its organisation's domain), or a person's second mailbox: where data must not go.
    const outside = allowedDomains.size > 0 && !allowedDomains.has(organisationDomain(email.slice(email.lastIndexOf("@") + 1)));
    const external = first >= 0 && (outside || namedOutside(tokens, hits, lex.id("OUTSIDE_PARTY"), first, last) || (second ??= secondMailboxes(emails, tokens, raw, norm)).has(email) || (allowed.size > 0 && namesLeaver(email, first, tokens, lex, hits, leaverCache, allowed)));
    if (external) addHit(hits, lex.id("EXTERNAL_EMAIL"), first, last);
    // (Not the leaver's own administrator login, "rdominguez-admin@" beside "raul.dominguez@": theirs to remove, not a second target.)
    const privileged = isPrivileged(local) && !adminLoginOf(email, allowed);
    if (privileged && first >= 0) addHit(hits, lex.id("PRIV_EMAIL"), first, last);
    // "offboard a@example.com and b@example.com": an address coordinated with one in a target position is in one too (not one after a
    // "cc" or a role word, "disable a@, cc b@ on the confirmation"; not one that takes over or collects, "a@; b@ takes over").
    const coordinated = first >= 0 && first - previousInContext <= 2 && ((tokens.sep[first] ?? 0) & (SEP.sentence | SEP.paragraph)) === 0 && !hits.at.hasAnyIn(previousInContext + 1, first - 1, between);
    const inContext = first >= 0 && (coordinated || contextBefore(tokens, hits, first, before, between) || ((contextAfter(tokens, hits, last, action, clause) || alsoAfterGenitive(tokens, hits, last, genitiveAlso, action)) && !handedTo(norm.text, tokens, hits, first, handover))) && !actsItself(tokens, hits, last, itself, action);
    if (inContext) previousInContext = last;
    const key = `${email}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (/[*%]/.test(email) || (inContext && GROUPS.has(local)) || (local.length === 0 && (inContext || actedOnInClause(tokens, hits, first, action)))) {
      out.push({ rule: "target.wildcard", start, end, reason: "targets a wildcard or a group mailbox" });
    } else if (privileged) {
      out.push({ rule: "target.privileged_identity", start, end, reason: "names an executive, root or break-glass identity that is not the request's target" });
      if (inContext) out.push({ rule: "target.extra_identity", start, end, reason: "asks to act on an identity other than the request's target" });
    } else if (inContext && !adminLoginOf(email, allowed) && (email !== soleCandidate || external)) {
      // (Not the leaver's own administrator login listed with the first: "tom.birch@ (standard), tom.birch-adm@ (Domain Admins)".
      // Not the text's only address when the parser chose no target, unless named as outside or personal ("개인 계정 x@"): there is
      // no target for it to be extra to, and with none the request goes to a human anyway.)
      out.push({ rule: "target.extra_identity", start, end, reason: "asks to act on an identity other than the request's target" });
    }
  }
  return out;
}

/** Tokens looked back over, within the clause, for the action done to a bracketed bare domain. */
const BARE_DOMAIN_BACK = 12;

/**
 * An action earlier in the clause of a bracketed bare domain: "nhờ khóa luôn các account bên đối tác (@x)" locks the
 * partner's accounts; "các account bên đối tác (@x) thì phía họ tự quản lý" only says whose they are.
 */
function actedOnInClause(tokens: Tokens, hits: ConceptHits, first: number, action: number): boolean {
  for (let j = first - 1; j >= Math.max(0, first - BARE_DOMAIN_BACK); j--) {
    if ((tokens.sep[j + 1] ?? 0) & (SEP.clause | SEP.sentence | SEP.paragraph | SEP.newline)) return false;
    if (hits.at.hasAny(j, [action])) return true;
  }
  return false;
}

/** Second-level labels under which a country's names are registered ("example.co.uk"). */
const SECOND_LEVEL = new Set(["co", "com", "net", "org", "ac", "gov", "edu", "ne", "or", "go"]);

/**
 * The domain an organisation registers, which its subdomains share: "eu.northwind.example.com" and
 * "example.com" are one organisation, "example.net" another. The last two labels, or three under a
 * country's generic second level ("example.co.uk"); no public-suffix list, so a shared hosting
 * suffix counts as one organisation (the finding errs towards "inside").
 */
export function organisationDomain(domain: string): string {
  const last = domain.lastIndexOf(".");
  if (last < 0) return domain;
  const second = domain.lastIndexOf(".", last - 1);
  if (second < 0) return domain;
  const tld = domain.slice(last + 1);
  if (tld.length === 2 && SECOND_LEVEL.has(domain.slice(second + 1, last))) {
    const third = domain.lastIndexOf(".", second - 1);
    return third < 0 ? domain : domain.slice(third + 1);
  }
  return domain.slice(second + 1);
}

const EMPLOYEE_IDS = /\b(?:e|emp-?)\d{3,7}\b/g;

/**
 * More employee ids than one request can be about: four or more distinct ids (the target's, and
 * perhaps a manager's or an approver's, are expected; a list of further ids is a batch slipped
 * into one request).
 */
export function detectEmployeeIdList(text: string): IdentityHit[] {
  if (!/\d{3}/.test(text)) return [];
  // Made with the first id: most texts with three digits in a row (a date, a ticket) have none.
  let ids: Map<string, number> | null = null;
  let last = 0;
  // An exec loop from lastIndex 0, not matchAll (which clones the regex on every call); the regex never matches "".
  EMPLOYEE_IDS.lastIndex = 0;
  for (let m = EMPLOYEE_IDS.exec(text); m !== null; m = EMPLOYEE_IDS.exec(text)) {
    ids ??= new Map();
    if (!ids.has(m[0])) ids.set(m[0], m.index);
    last = m.index + m[0].length;
    if (ids.size > 50) break;
  }
  if (ids === null || ids.size < 4) return [];
  const first = [...ids.values()][1] ?? 0;
  return [{ rule: "target.extra_identity", start: first, end: Math.max(last, first + 1), reason: `names ${ids.size} distinct employee ids; a request is about one person` }];
}

/**
 * Mailboxes of a role, a team or a system rather than a person ("secops-oncall", "it-helpdesk", "svc-deploy"); "ga"
 * and "da" are how mailbox names abbreviate global and domain admin ("ga-ops", "da-infra").
 */
const ROLE_PARTS = new Set(["ga", "da", "oncall", "on-call", "secops", "security", "soc", "shared", "service", "svc", "noreply", "no-reply", "helpdesk", "servicedesk", "devops", "sre", "infra", "ops", "billing", "payroll", "alerts", "alerting", "monitoring", "bot", "automation", "ci", "deploy", "system", "it", "team", "prod", "production", "global", "main", "access", "account", "ops-team", "sec", "infosec", "dev", "test", "admins"]);

/**
 * An executive's or head's own role mailbox ("rektor@", "dean@", "director@"): a finding only as the request's target (a
 * mailbox the text merely mentions is often the one approving or told).
 */
const EXEC_MAILBOX = new Set(["rector", "rektor", "recteur", "rettore", "reitor", "rectora", "dean", "dekan", "dziekan", "decano", "decana", "doyen", "provost", "chancellor", "vicechancellor", "vice-chancellor", "principal", "headmaster", "headteacher",
  "director", "directeur", "directrice", "direktor", "direktorin", "direttore", "direttrice", "directora", "diretor", "diretora", "dyrektor", "presidente", "praesident", "prasident", "prezes",
  "mayor", "maire", "alcalde", "sindaco", "burgemeester", "buergermeister", "burgermeister", "minister", "ministro", "superintendent", "managingdirector", "managing-director", "generaldirektor", "geschaeftsfuehrer", "geschaftsfuhrer"]);

/**
 * The request's own target, when it is an executive, root, break-glass, role, team or system
 * mailbox made of role words alone (no person's name in it): offboarding removes a person's access, so a request aimed at a shared or privileged
 * identity is sent to a human whatever else the text says.
 */
export function detectRoleTarget(text: string, target: string | null | undefined, inTargetPosition = true): IdentityHit[] {
  const email = target?.trim().toLowerCase() ?? "";
  const local = email.slice(0, Math.max(0, email.indexOf("@")));
  if (local === "") return [];
  // Only a mailbox with no personal part: "secops-oncall", "admin-root"; "dana.admin" is Dana's.
  // A role word numbered ("breakglass01", "admin2") is the same role mailbox.
  const parts = local.split(/[._+-]/).filter((p) => p !== "" && !/^\d+$/.test(p)).map(unnumbered);
  // An executive, root, admin or break-glass mailbox is a finding wherever the text puts it; a team
  // or service mailbox only when it stands where the target does (else it is often someone to cc).
  const privileged = PRIVILEGED.has(unnumbered(local)) || (parts.length > 0 && parts.every((p) => PRIVILEGED.has(p) || EXEC_MAILBOX.has(p) || p === "domain" || p === "global" || p === "super"));
  if (!privileged && (!inTargetPosition || parts.length === 0 || !parts.every((p) => ROLE_PARTS.has(p) || PRIVILEGED.has(p)))) return [];
  const at = text.indexOf(email);
  const [start, end] = at >= 0 ? [at, at + email.length] : [0, Math.min(1, text.length)];
  return [{ rule: "target.privileged_identity", start, end, reason: "the request's target is a role, team, system or administrator mailbox, not a person" }];
}

/** An executive, root or break-glass local part, or one whose first or last part (split at . _ + -) is one. */
function isPrivileged(local: string): boolean {
  if (PRIVILEGED.has(local)) return true;
  // "breakglass01", "admin-02": a numbered role mailbox (the digits are the only thing added).
  if (/\d$/.test(local)) {
    const bare = local.replace(/[._+-]?\d+$/, "");
    if (bare !== local && bare !== "" && isPrivileged(bare)) return true;
  }
  let first = -1;
  let last = -1;
  for (let i = 0; i < local.length; i++) {
    const c = local.charCodeAt(i);
    if (c === 0x2e || c === 0x5f || c === 0x2b || c === 0x2d) {
      if (first < 0) first = i;
      last = i;
    }
  }
  // No separator: the only part is the whole, tested above.
  return first >= 0 && (PRIVILEGED.has(local.slice(0, first)) || PRIVILEGED.has(local.slice(last + 1)));
}

/** A local part or one of its parts without the number after it: "breakglass01" → "breakglass". */
function unnumbered(part: string): string {
  const bare = part.replace(/\d+$/, "");
  return bare === "" ? part : bare;
}

const ASCII = /^[\x00-\x7f]*$/;

/**
 * The address as written, invisible characters dropped, NFKC and lower case. ASCII (most
 * addresses) has no invisible character and is its own NFKC: only lower-cased, without the ICU call.
 */
function foldRaw(s: string): string {
  return ASCII.test(s) ? s.toLowerCase() : stripInvisible(s).normalize("NFKC").toLowerCase();
}

function stripInvisible(s: string): string {
  return s.replace(/[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, "");
}
