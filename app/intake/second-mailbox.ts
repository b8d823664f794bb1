import type { FoundEmail } from "./detect-identities.js";
import type { NormalizedText } from "./normalize-text.js";
import type { Tokens } from "./tokenize.js";

/** A local part's last word that makes the mailbox someone's own, outside work ("jl.private@", "dana.home@"); not first ("personal.kabine@": German staff). */
const PERSONAL_PARTS: ReadonlySet<string> = new Set(["private", "privat", "prive", "privato", "privado", "privada", "prywatny", "personal", "perso", "personale", "pessoal", "home"]);

/**
 * Words that make an address a role or team mailbox, the same person's other work account or a
 * mailbox IT keeps ("hr-ops.basel@", "dana.reyes.adm@" to disable too, "jonas.lindgren.archive@"
 * for retention), not a person's own second mailbox.
 */
export const WORK_PARTS: ReadonlySet<string> = new Set([
  "a", "adm", "admin", "administrator", "da", "ga", "sa", "ea", "su", "root", "sec", "svc", "service", "ops", "dev", "test", "ext", "extern", "external",
  "contractor", "consultant", "temp", "old", "new", "alt", "legacy", "archive", "archiv", "shared", "retention", "hold", "leaver", "leavers",
  "hr", "it", "team", "desk", "helpdesk", "servicedesk", "support", "payroll", "office", "group", "dept", "info", "noreply", "billing", "finance", "security", "infosec", "soc", "oncall", "bot", "system",
]);

/** Letters only, at least two: a word, not an initial or a number. */
const isWord = (part: string) => part.length >= 2 && /^[a-z]+$/.test(part);

function localParts(email: string): string[] {
  return email.slice(0, email.indexOf("@")).split(/[._+-]+/).filter((p) => p.length > 0);
}

/** The parts that make a login a person's administrator login ("tom.birch-adm", "adm-tbirch", "a-jdoe"). */
const ADMIN_PARTS: ReadonlySet<string> = new Set(["a", "adm", "admin", "administrator", "da", "ga", "sa", "ea", "su", "priv", "pa"]);

/**
 * Whether an address is the administrator login of an allowed identity (the leaver's own): the same domain and the
 * same local parts, with one administrator part added before or after ("tom.birch@" and "tom.birch-adm@", "adm.tom.birch@"),
 * or the rest joined into one login of the initial and surname or the whole name ("adm-aleroy@" for "adrien.leroy@").
 * The leaver's own second account, listed to be removed with the first, is no other person.
 */
export function adminLoginOf(email: string, allowed: ReadonlySet<string>): boolean {
  const domain = email.slice(email.indexOf("@"));
  const own = localParts(email);
  if (own.length < 2) return false;
  for (const a of allowed) {
    if (a.slice(a.indexOf("@")) !== domain) continue;
    const parts = localParts(a);
    const sameCount = own.length === parts.length + 1;
    const extraLast = sameCount && ADMIN_PARTS.has(own[own.length - 1]!) && parts.every((p, i) => p === own[i]);
    const extraFirst = sameCount && ADMIN_PARTS.has(own[0]!) && parts.every((p, i) => p === own[i + 1]);
    if (extraLast || extraFirst) return true;
    // The rest written as one login, the initial and the surname or the whole name: "adm-aleroy@" for "adrien.leroy@".
    const rest = (ADMIN_PARTS.has(own[0]!) ? own.slice(1) : ADMIN_PARTS.has(own[own.length - 1]!) ? own.slice(0, -1) : []).join("");
    if (parts.length >= 2 && rest.length >= 4 && (rest === parts.join("") || rest === parts[0]![0] + parts.slice(1).join(""))) return true;
  }
  return false;
}

/**
 * Addresses that are a second mailbox of a person the text names, where a leaver's data leaves
 * with the leaver whatever the domain: another address's name parts plus a further word
 * ("reza.ahmadi@" and "reza.ahmadi.backup@"; an initial stands for a name: "oleksandr.kovalenko@"
 * and "o.kovalenko.docs@"), a name written out in the text plus a further word ("Jonas Lindgren"
 * and "jonas.lindgren.private@", an initial for the first name: "David Kim" and "d.kim.consulting@"; not "Sun-hee Bae"
 * and "sun-hee.bae@", the whole name), or a
 * personal word last ("jl.private@"). Not a role or team mailbox, the same person's other work
 * account or an archive IT keeps (WORK_PARTS). Linear: addresses are compared through the words
 * they share, and the text's words are read once, only when an address of three or more parts
 * is left to decide.
 */
export function secondMailboxes(emails: readonly FoundEmail[], tokens: Tokens, raw: string, norm: NormalizedText): Set<string> {
  const out = new Set<string>();
  // The first MAX_ADDRESSES addresses: a request names a few people, not a directory.
  const parts = emails.slice(0, MAX_ADDRESSES).map((e) => localParts(e.email));
  // Each word of 3+ letters, by the addresses that have it: the only others an address can extend.
  const byWord = new Map<string, number[]>();
  parts.forEach((own, i) => {
    for (const p of new Set(own)) if (p.length >= 3 && isWord(p)) push(byWord, p, i);
  });
  // Addresses of three or more parts still undecided, by their words: looked for among the text's words.
  const pending = new Map<string, number[]>();
  for (let i = 0; i < parts.length; i++) {
    const own = parts[i]!;
    if (own.length < 2 || own.some((p) => WORK_PARTS.has(p))) continue;
    if (PERSONAL_PARTS.has(own[own.length - 1]!) || own.some((p) => (byWord.get(p) ?? []).slice(0, MAX_SHARING).some((j) => j !== i && extraWords(parts[j]!, own)))) out.add(emails[i]!.email);
    else if (own.length >= 3) for (const p of new Set(own)) if (isWord(p)) push(pending, p, i);
  }
  if (pending.size > 0) namedInText(pending, parts, emails, tokens, raw, norm, out);
  return out;
}

const MAX_ADDRESSES = 200;
/** Addresses compared per shared word: a request names a few people, a list of thousands sharing a word is no request to read. */
const MAX_SHARING = 16;

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Whether `own` is every part of `other` (a name of two or more parts, one a word of 3+ letters) plus a further word. */
function extraWords(other: readonly string[], own: readonly string[]): boolean {
  if (other.length < 2 || own.length <= other.length) return false;
  const used = new Array<boolean>(own.length).fill(false);
  let exact = false;
  for (const p of other) {
    const k = own.findIndex((q, j) => !used[j] && (q === p || (q.length === 1 && p.startsWith(q)) || (p.length === 1 && q.startsWith(p))));
    if (k < 0) return false;
    used[k] = true;
    if (own[k] === p && p.length >= 3 && isWord(p)) exact = true;
  }
  return exact && own.some((p, k) => !used[k] && isWord(p));
}

/**
 * Adds the pending addresses two or more of whose consecutive parts are a name written out in
 * the text (consecutive words outside every address, the first capitalised) and whose other parts
 * include a word: the name and something more, not the whole name. One pass over the tokens.
 */
function namedInText(pending: Map<string, number[]>, parts: readonly string[][], emails: readonly FoundEmail[], tokens: Tokens, raw: string, norm: NormalizedText, out: Set<string>): void {
  let e = 0;
  for (let t = 0; t + 1 < tokens.count; t++) {
    const at = tokens.starts[t] ?? 0;
    while (e < emails.length && emails[e]!.end <= at) e++;
    if (e < emails.length && emails[e]!.start <= at) continue;
    const candidates = pending.get(tokens.keys[t] ?? "");
    if (candidates === undefined || !capitalised(raw, norm, at)) continue;
    for (const i of candidates.length > MAX_SHARING ? candidates.slice(0, MAX_SHARING) : candidates) {
      const own = parts[i]!;
      const j = own.indexOf(tokens.keys[t]!);
      // An initial before the surname stands for the first name written before it ("d.kim.consulting@" and "David Kim").
      if (j >= 1 && own[j - 1]!.length === 1 && t >= 1 && (tokens.keys[t - 1] ?? "").startsWith(own[j - 1]!) && capitalised(raw, norm, tokens.starts[t - 1] ?? 0)) {
        if (own.some((p, k) => (k < j - 1 || k > j) && isWord(p))) out.add(emails[i]!.email);
        continue;
      }
      if (j + 1 >= own.length || tokens.keys[t + 1] !== own[j + 1]) continue;
      let n = 2;
      while (j + n < own.length && tokens.keys[t + n] === own[j + n]) n++;
      if (own.some((p, k) => (k < j || k >= j + n) && isWord(p))) out.add(emails[i]!.email);
    }
  }
}

/** Written with a capital in the raw text (Latin letters, as the address's parts are): a name. */
function capitalised(raw: string, norm: NormalizedText, at: number): boolean {
  const c = raw.charCodeAt(norm.originOf(at));
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}
