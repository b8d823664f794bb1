import type { CompiledLexicon } from "./compile-lexicon.js";
import type { DetectorHit } from "./detector-hit.js";
import type { ConceptHits } from "./find-concepts.js";
import type { Concept } from "./lexicon/index.js";
import { NAME_REACH } from "./detect-correction.js";
import { SEP, tokenAtOffset, type Tokens } from "./tokenize.js";

/** Pieces of a login that make it an administrator's: "winkel-admin-nl", "bg-admin-01", "CORVANE\Administrator", "okta-superadmin", "db-superuser". */
const ADMIN_PIECES: ReadonlySet<string> = new Set(["admin", "adm", "administrator", "administrateur", "administrador", "amministratore", "root", "superuser", "superadmin", "sysadmin", "domainadmin"]);
/** The quick test on the normalised text: no administrator piece at all, no login to read. */
const QUICK = /adm|root|superuser/;
/** How far (tokens) an action verb may stand from the login, in its sentence. */
const REACH = 14;
const MAX_LOGINS = 20;
/** Most administrator pieces looked at in one text (a long text may write "admin" thousands of times). */
const MAX_MATCHES = 200;
/** Pieces that make a run a host name, not a login. */
const HOST_ENDS: ReadonlySet<string> = new Set(["com", "org", "net", "local", "corp", "example", "io"]);

/**
 * A shared administrator login acted on with the leaver: an identifier joined by '-', '_', '.' or
 * '\' with an administrator piece ("winkel-admin-nl", "bg-admin-01", "CORVANE\Administrator") that
 * names nobody in the text, with an action verb (ACTION) and "also" (ALSO) in its sentence. The leaver's own
 * administrator account carries their name ("adm-smorel" for Sébastien Morel) and is not a finding,
 * nor one introduced by "his"/"her" right before it, nor a bare word ("admin rights").
 */
export function detectAdminLogin(text: string, tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits): DetectorHit[] {
  if (!QUICK.test(text)) return [];
  const action = lex.id("ACTION");
  if ((hits.starts[action]?.length ?? 0) === 0) return [];
  const herHis = lex.id("HER_HIS");
  const from = lex.id("FROM");
  const also = lex.id("ALSO");
  let seen = 0;
  let done = -1;
  // Only where an administrator piece is written: each match's token, widened to the run it is joined in.
  const find = new RegExp(QUICK.source, "g");
  for (let m = find.exec(text), n = 0; m !== null && seen < MAX_LOGINS && n < MAX_MATCHES; m = find.exec(text), n++) {
    const k = tokenAtOffset(tokens, m.index);
    if (k >= tokens.count || k <= done) continue;
    let at = k;
    while (at > 0 && joined(text, tokens, at - 1)) at--;
    let last = k;
    while (last + 1 < tokens.count && joined(text, tokens, last)) last++;
    done = last;
    find.lastIndex = Math.max(find.lastIndex, tokens.ends[last] ?? 0);
    if (last === at) continue;
    const pieces = tokens.keys.slice(at, last + 1);
    // Not an address's local part or host, nor a URL's host ("it-admin@", "x@admin-portal.example.com", "https://admin.example.com/").
    const before = text[(tokens.starts[at] ?? 0) - 1];
    if (!pieces.some((p) => ADMIN_PIECES.has(p)) || text[tokens.ends[last] ?? 0] === "@" || before === "@" || before === "/" || pieces.some((p) => HOST_ENDS.has(p))) continue;
    seen++;
    // (A capitalised login, "CONTOSO\Administrator", is not a name for itself.)
    const others = nameWords(tokens, lex, hits, at - NAME_REACH, last + NAME_REACH).filter((n) => n.at < at || n.at > last).map((n) => n.word);
    if (pieces.some((p) => p.length >= 3 && !ADMIN_PIECES.has(p) && others.some((n) => p.includes(n) || n.includes(p)))) continue;
    // "his admin account adm-x", "remove from 'manila-admin-support'" (a group he leaves), "adm-ducmh của anh Đức" (his).
    if (hits.at.hasAnyIn(Math.max(0, at - 3), at - 1, [herHis, from]) || ((tokens.sep[last + 1] ?? 0) === 0 && hits.at.hasAnyIn(last + 1, last + 2, [herHis]))) continue;
    // Acted on beside the leaver: an action verb and "also" ("too", "auch", "también", "myös") in its sentence.
    if (!near(tokens, hits, action, at, last) || !near(tokens, hits, also, at, last)) continue;
    return [{ rule: "target.privileged_identity", technique: "additional or swapped target identity", severity: "high", start: tokens.starts[at] ?? 0, end: tokens.ends[last] ?? 0, reason: "asks to act on an administrator login that names nobody in the request (a shared privileged account)" }];
  }
  return [];
}

function joined(text: string, tokens: Tokens, k: number): boolean {
  const end = tokens.ends[k] ?? 0;
  if ((tokens.starts[k + 1] ?? 0) !== end + 1) return false;
  const c = text[end];
  return c === "-" || c === "_" || c === "." || c === "\\";
}

const NAMING: readonly Concept[] = ["CAPNAME", "OTHER_EMAIL", "ALLOWED_EMAIL", "PRIV_EMAIL"];

/** Name words of the people the text names in tokens `from`..`to` (capitalised names, address local parts), four letters or more. */
function nameWords(tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits, from: number, to: number): { word: string; at: number }[] {
  const out: { word: string; at: number }[] = [];
  for (const concept of NAMING) {
    const starts = hits.starts[lex.id(concept)] ?? [];
    const ends = hits.ends[lex.id(concept)] ?? [];
    for (let h = 0; h < starts.length; h++) if (starts[h]! >= from && starts[h]! <= to) for (let j = starts[h]!; j <= ends[h]! && j < tokens.count; j++) if ((tokens.keys[j] ?? "").length >= 4) out.push({ word: tokens.keys[j]!, at: j });
  }
  return out;
}

function near(tokens: Tokens, hits: ConceptHits, concept: number, first: number, last: number): boolean {
  const stop = SEP.sentence | SEP.paragraph;
  let from = first;
  while (from > 0 && first - from < REACH && ((tokens.sep[from] ?? 0) & stop) === 0) from--;
  let to = last;
  while (to + 1 < tokens.count && to - last < REACH && ((tokens.sep[to + 1] ?? 0) & stop) === 0) to++;
  return hits.at.hasAnyIn(from, to, [concept]);
}
