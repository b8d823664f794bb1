import type { CompiledLexicon } from "./compile-lexicon.js";
import { hasConcept, removeHitsAt, type ConceptHits } from "./find-concepts.js";
import { SEP, type Tokens } from "./tokenize.js";

/** Shortest word of the leaver's address compared with a login's parts ("dana", not "d"). */
const MIN_NAME = 4;

/**
 * Drops BREAKGLASS ("Domain Admins") where it is the group of the leaver's own admin login, written in brackets right
 * after it: "Eivind har disse privilegerte tilgangene som må fjernes: - eivind.solheim-adm (Domain Admins)", "Má tyto
 * privilegované účty, které je třeba zrušit: - jvacek-adm (Domain Admins)", "- adm-mbrouwer (AD domain admin)" (up to two words
 * between the bracket and the group). The login is the leaver's (a part of it holds
 * the first four letters of a word of the request's target address, "jvacek" for jiri.vacek@), so the account removed is
 * hers or his and the bracket says which group it sits in, not a shared administrator account slipped in. Someone else's
 * login in front of it ("- kari.nordmann-adm (Domain Admins)"), or the group acted on with no login before it ("please also
 * remove the Domain Admins account"), keeps it. Needs the target address (scan-injection.ts context.target).
 */
export function maskOwnLoginGroup(text: string, tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits, target: string | null): void {
  if (target === null) return;
  const group = lex.id("BREAKGLASS");
  if (!hasConcept(hits, group)) return;
  const words = target.toLowerCase().split("@")[0]!.split(/[^a-z]+/).filter((w) => w.length >= MIN_NAME);
  if (words.length === 0) return;
  const drop: number[] = [];
  for (const start of hits.starts[group] ?? []) {
    // The bracket opens at the group or up to two words before it, naming where the group is: "adm-mbrouwer (AD domain admin)".
    for (let open = start; open >= Math.max(1, start - 2); open--) {
      if (((tokens.sep[open] ?? 0) & SEP.open) === 0) continue;
      if (ownLoginEndsAt(text, tokens, open - 1, words)) drop.push(start);
      break;
    }
  }
  for (const start of drop) removeHitsAt(hits, group, start);
}

/** Whether a login of two parts or more ("eivind.solheim-adm", "jvacek-adm") ends at token `last` and one part is the leaver's name. */
function ownLoginEndsAt(text: string, tokens: Tokens, last: number, words: readonly string[]): boolean {
  let first = last;
  while (first > 0 && joined(text, tokens.ends[first - 1] ?? 0, tokens.starts[first] ?? 0)) first--;
  if (first === last) return false;
  for (let t = first; t <= last; t++) {
    const part = tokens.keys[t] ?? "";
    if (part.length < 3) continue;
    for (const w of words) if (part.includes(w.slice(0, MIN_NAME)) || (part.length >= MIN_NAME && w.startsWith(part))) return true;
  }
  return false;
}

/** Tokens joined into one login: a single '-' or '.' between them, no space. */
function joined(text: string, end: number, start: number): boolean {
  if (start - end !== 1) return false;
  const c = text.charCodeAt(end);
  return c === 0x2d || (c === 0x2e && text.charCodeAt(start) !== 0x20);
}
