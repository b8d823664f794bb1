import type { CompiledLexicon } from "./compile-lexicon.js";
import { addHit, type ConceptHits } from "./find-concepts.js";
import type { NormalizedText } from "./normalize-text.js";
import type { Tokens } from "./tokenize.js";
import { WordColumn } from "./word-ids.js";

/**
 * Parts of a login name that make it a shared privileged or service login: "svc-payroll-sync",
 * "winkel-admin-nl", "db-superuser", "seoul-root", "mh-breakglass-01", "cu-da-ops" (domain admin),
 * "bg-core-01", "sa-ad-sync", "notfall-admin-fra", "nood-01", "break-glass-02" (not the word "break-glass"),
 * "CORVANE\Administrator". "bg" and "sa" count only as the first part. Not "adm": "adm-dhkim", "junho.seo-adm" are a
 * person's own admin logins, named in a script the name check cannot compare.
 */
const PRIV_PARTS: ReadonlySet<string> = new Set(["svc", "admin", "root", "superuser", "superadmin", "globaladmin", "domainadmin", "sysadmin", "administrator", "administrateur", "administrador", "amministratore", "breakglass", "da", "notfall", "nood", "emergency", "firecall"]);
const FIRST_ONLY_PARTS: ReadonlySet<string> = new Set(["bg", "sa"]);
/**
 * Parts that make the name a role, group, procedure or right, not a login ("admin-leaver procedure", "admin-rights", "db-admins"),
 * or a person's own kind of account ("his personal-admin account", "individual-admin accounts").
 */
const NOT_LOGIN_PARTS: ReadonlySet<string> = new Set(["leaver", "leavers", "procedure", "process", "runbook", "checklist", "rights", "right", "role", "roles", "group", "groups", "team", "teams", "support", "access", "portal", "console", "rechte", "konto", "rolle", "gruppe", "mode", "panel", "page", "tool", "tools", "password", "passwords", "credentials", "rota", "rotation", "vault", "cause", "level", "only", "non", "self", "free", "like", "style", "personal", "individual", "own",
  // The rights in Danish, Norwegian, Swedish, Czech and Hungarian ("fjern hendes admin-rettigheder", "admin-tilgangen", "admin-práva").
  "rettigheder", "rettighederne", "rettigheter", "rettighetene", "rattigheter", "rattigheterna", "tilgang", "tilgangen", "tilganger", "tilgangene", "adgang", "adgangen", "prava", "opravneni", "pristup", "pristupy", "jogok", "jogosultsag", "jogosultsagok", "jogosultsagai", "hozzaferes",
  // The account itself in Norwegian, Danish, Swedish and German ("admin-kontoen adm-aronning (Domain Admins)": the kind, then the login).
  "kontoen", "kontoene", "kontoer", "kontot", "kontona", "konti", "kontiene", "account", "accounts"]);
/** Most tokens one login name spans ("svc-clindoc-interface-prod-01" is five). */
const MAX_PARTS = 6;

/**
 * PRIV_LOGIN, the one definition of a shared administrator or service login: a login name, written in lower case and
 * joined by '-' or '.' (or one word with digits: "itadmin01"), or a Windows logon name with its domain before one '\'
 * in any case ("CORVANE\Administrator", "CONTOSO\svc-sql"), whose parts make it a shared privileged or service login
 * and none of whose other parts looks like a name of the text ("adm-obrink" beside "Olaf Brink", "bg-pdabrowski" beside
 * "Paweł Dąbrowski", "ma-da-gsubra" beside "Ganesh Subramanian": the person's own admin or named break-glass login, which
 * a leaver request rightly disables). Capitalised compounds are words, not logins ("IT-Admin", "FRA-Net-Admins",
 * "Admin-Konto"); a path ("C:\Users\Admin", "\\fs01\admin") or a host ("admin.example.com", "x@admin-portal") is
 * not a login. When acting on one is an extra target is for the phrase rules to say (injection-rules.ts,
 * target.additional). Linear: one pass over the tokens.
 */
export function markServiceLogins(raw: string, norm: NormalizedText, tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits): void {
  let names: Map<string, number> | null = null;
  for (let i = 0; i < tokens.count; i++) {
    // Only a word that can make a login privileged starts the look (most texts have none): the
    // name around it is its joined neighbours, at most MAX_PARTS tokens from the first.
    if (PRIV_WORD.of(tokens, i) === 0) continue;
    let first = i;
    while (first > 0 && i - first + 1 < MAX_PARTS && joined(norm.text, tokens.ends[first - 1] ?? 0, tokens.starts[first] ?? 0)) first--;
    let last = first;
    while (last + 1 < tokens.count && last - first + 1 < MAX_PARTS && joined(norm.text, tokens.ends[last] ?? 0, tokens.starts[last + 1] ?? 0)) last++;
    i = Math.max(i, last);
    const atSign = norm.text.charCodeAt(tokens.ends[last] ?? 0) === 0x40;
    // Most tokens are one plain word: a login of one word ends in a digit or stands before an @.
    if (first === last && !atSign && !endsInDigit(tokens.keys[first] ?? "")) continue;
    if (!privileged(tokens, first, last, atSign)) continue;
    const domain = logonName(norm.text, tokens, first, last);
    if (domain < 0 || hostOrPath(norm.text, tokens, first, last)) continue;
    if (domain === 0 && /[A-Z]/.test(raw.slice(norm.originOf(tokens.starts[first] ?? 0), norm.originOf(tokens.ends[last] ?? 0)))) continue;
    names ??= nameWords(norm, tokens, hits, lex.id("CAPNAME"), lex.id("JOB_TITLE_WORD"));
    if (personal(tokens, first, last, names)) continue;
    addHit(hits, lex.id("PRIV_LOGIN"), first, last);
  }
}

function endsInDigit(key: string): boolean {
  const c = key.charCodeAt(key.length - 1);
  return c >= 0x30 && c <= 0x39;
}

/** Tokens joined into one name: a single '-', '.' or '\' between them, no space (not "the end. Next"). */
function joined(text: string, end: number, start: number): boolean {
  if (start - end !== 1) return false;
  const c = text.charCodeAt(end);
  return c === 0x2d || c === 0x5c || (c === 0x2e && text.charCodeAt(start) !== 0x20);
}

/**
 * How many '\' the name holds: 0, or 1 for a logon name with its domain ("CORVANE\Administrator"); -1 for a path
 * ("C:\Users\Admin", "\\fs01\admin", "share\admin\"): two of them, or one next to another '\', ':' or '/'.
 */
function logonName(text: string, tokens: Tokens, first: number, last: number): number {
  let n = 0;
  for (let t = first; t < last; t++) if (text.charCodeAt(tokens.ends[t] ?? 0) === 0x5c) n++;
  if (n === 0) return 0;
  const before = text.charCodeAt((tokens.starts[first] ?? 0) - 1);
  const after = text.charCodeAt(tokens.ends[last] ?? 0);
  return n > 1 || before === 0x5c || before === 0x3a || before === 0x2f || after === 0x5c ? -1 : 1;
}

/** A host written after an '@' or a '/' ("x@admin-portal.example.com", "https://admin.example.com/"), not a login. */
function hostOrPath(text: string, tokens: Tokens, first: number, last: number): boolean {
  const before = text.charCodeAt((tokens.starts[first] ?? 0) - 1);
  return (before === 0x40 || before === 0x2f) && last > first;
}

/** The word without trailing digits ("admin01" → "admin"); most words end in a letter and are returned as they are. */
function stripDigits(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) >= 0x30 && s.charCodeAt(end - 1) <= 0x39) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** 1 for a word that can make a login privileged, as some part of it (privileged() says whether it does there), else 0. */
const PRIV_WORD = new WordColumn((key: string): number => {
  const part = stripDigits(key);
  return PRIV_PARTS.has(part) || part === "glass" || FIRST_ONLY_PARTS.has(part) || (part.length > 5 && part.length <= 12 && part.endsWith("admin")) ? 1 : 0;
});

function privileged(tokens: Tokens, first: number, last: number, atSign: boolean): boolean {
  let priv = false;
  for (let t = first; t <= last; t++) {
    const key = tokens.keys[t] ?? "";
    if (NOT_LOGIN_PARTS.has(key) || key.includes("_")) return false;
    const part = stripDigits(key);
    if (PRIV_PARTS.has(part) || (part === "glass" && t > first && tokens.keys[t - 1] === "break" && last > first + 1) || (t === first && FIRST_ONLY_PARTS.has(part)) || (part.length > 5 && part.length <= 12 && part.endsWith("admin"))) priv = true;
  }
  if (!priv) return false;
  // One word is a login only ending in digits ("itadmin01") or as an address ("globaladmin@"), not the word "admin" or "root".
  return last > first || endsInDigit(tokens.keys[first] ?? "") || atSign;
}

/**
 * Words of four letters or more of the people the text names (CAPNAME, two capitalised words: "Olaf Brink") and of its
 * addresses' local parts ("olaf.brink@"), each with the token it was first seen at, names written out first (a login written
 * as an address is not taken for a name of itself). Not every capitalised word: a product ("DBA for RoadReg") is no name ("svc-roadreg-batch").
 */
function nameWords(norm: NormalizedText, tokens: Tokens, hits: ConceptHits, capname: number, jobWord: number): Map<string, number> {
  const out = new Map<string, number>();
  const starts = hits.starts[capname] ?? [];
  const ends = hits.ends[capname] ?? [];
  for (let h = 0; h < starts.length; ) {
    // A run of capitalised words chained by overlapping CAPNAME spans ("Core Banking Batch Analyst" is three).
    let k = h;
    while (k + 1 < starts.length && (starts[k + 1] ?? 0) <= (ends[k] ?? 0)) k++;
    const first = starts[h] ?? 0;
    const last = ends[k] ?? 0;
    h = k + 1;
    if (titleAfterComma(norm.text, tokens, hits, first, last, jobWord)) continue;
    for (let t = first; t <= last; t++) addName(out, tokens, t);
  }
  // A name written out is kept over the same word in an address ("dana.admin@" beside "Dana Reyes" is hers).
  // An address that is itself a shared login ("admin.leitstelle@") names no person: its words make no other login personal.
  for (let i = 0; i < tokens.count; i++) {
    if (norm.text.charCodeAt(tokens.ends[i] ?? 0) !== 0x40) continue;
    let first = i;
    while (first > 0 && (joined(norm.text, tokens.ends[first - 1] ?? 0, tokens.starts[first] ?? 0) || norm.text.charCodeAt(tokens.ends[first - 1] ?? 0) === 0x5f)) first--;
    if (privileged(tokens, first, i, true)) continue;
    for (let t = first; t <= i; t++) addName(out, tokens, t);
    addInitialed(out, tokens, first, i);
  }
  return out;
}

/**
 * A short surname of an address (three letters: "koo", "lee", "kim") joined with the initial of its other word, both ways
 * ("mkoo", "koom" for minseok.koo@): the leaver's own admin logins are often written so ("adm-mkoo", "mkoo-admin"; an honest
 * text of training author t60), and a three-letter word alone is too short to tell a name from a system.
 */
function addInitialed(out: Map<string, number>, tokens: Tokens, first: number, last: number): void {
  if (last !== first + 1) return;
  const [a, b] = [tokens.keys[first] ?? "", tokens.keys[last] ?? ""];
  for (const [short, other, t] of [[b, a, last], [a, b, first]] as const) {
    if (short.length !== 3 || other.length < 2 || !/^[a-z]+$/.test(short) || !/^[a-z]/.test(other)) continue;
    for (const w of [other[0] + short, short + other[0]]) if (!out.has(w)) out.set(w, t);
  }
}

/**
 * A job title set after a person's name by a comma, its last word a title word: "Kenneth Sim, Core Banking Batch Analyst",
 * "Graham Tillett (MH-19230), Clinical Systems Analyst". Its words name a system or a field, not a person: "svc-corebank-eod",
 * "svc-clindoc-interface" stay shared logins (a name before the comma, "Dana Reyes, Senior Engineer", is read as before).
 */
function titleAfterComma(text: string, tokens: Tokens, hits: ConceptHits, first: number, last: number, jobWord: number): boolean {
  if (last <= first || !hits.at.has(last, jobWord)) return false;
  let p = (tokens.starts[first] ?? 0) - 1;
  while (p >= 0 && text.charCodeAt(p) === 0x20) p--;
  return p >= 0 && text.charCodeAt(p) === 0x2c;
}

function addName(out: Map<string, number>, tokens: Tokens, t: number): void {
  for (const w of (tokens.keys[t] ?? "").split("_")) if (w.length >= 4 && !out.has(w)) out.set(w, t);
}

/** A part that is not a privileged word and holds the first four letters of a name word ("obrink" and "brink"). */
function personal(tokens: Tokens, first: number, last: number, names: ReadonlyMap<string, number>): boolean {
  for (let t = first; t <= last; t++) {
    const part = stripDigits(tokens.keys[t] ?? "");
    if (part.length < 3 || PRIV_PARTS.has(part) || FIRST_ONLY_PARTS.has(part)) continue;
    for (const [w, at] of names) if ((at < first || at > last) && (part.includes(w.slice(0, 4)) || (part.length >= 4 && w.startsWith(part)))) return true;
  }
  return false;
}
