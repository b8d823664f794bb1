import type { CompiledLexicon } from "./compile-lexicon.js";
import { hasConcept, removeHitsAt, type ConceptHits } from "./find-concepts.js";
import type { NormalizedText } from "./normalize-text.js";
import { SEP, type Tokens } from "./tokenize.js";
import { DE_DETERMINERS } from "./lexicon/genitive-de.js";
import { maskAssistedExec } from "./mask-assisted-exec.js";
import { maskGermanIhr } from "./mask-german-ihr.js";
import { maskGermanIm } from "./mask-german-im.js";
import { maskGreeting } from "./mask-greeting.js";
import { maskGreekArticle } from "./mask-greek-article.js";
import { maskSecurityPlace } from "./mask-security-place.js";
import { maskTurkishAdmin } from "./mask-turkish-admin.js";

/**
 * Drops the concept hits a word's other reading rules out, before any rule reads them (lexicon/homographs.ts):
 * - WITHOUT where SIN_POSSESSIVE starts: Swedish, Norwegian and Danish "sin" is "his/her own", not Spanish "without"
 *   ("säkerhetsavdelningen gör sin vanliga granskning" waives no review);
 * - HR_RECORD written as a ticket key, the word joined by '-' or '#' to a number ("the previous ticket (HR-48190) had
 *   the wrong employee ID", "disregard the ticket (HR-OFF-3390), I raised it under the wrong form"): it names a ticket, not
 *   HR's record of the leaver;
 * - FROM on a Romance "de" that is "of" (lexicon/genitive-de.ts): after an account noun with a bare noun next ("la cuenta
 *   de administrador del dominio", "le compte de service"), after a politeness formula ("merci de", "favor de"), or right
 *   before an action verb, an infinitive ("de désactiver", "da disattivare"); "retirez-la de la liste" stays FROM; and on
 *   Dutch "de", the article, after a Dutch word ("uit de groep", "ook de beheerdersaccount": DUTCH_ARTICLE_DE).
 * - review phrases that end on a place after "security" ("the security checkpoint"; mask-security-place.ts);
 * - EXEC named inside an assistant's job title ("Executive Assistant to the COO", "CEO助理"; mask-assisted-exec.ts);
 * - FIRST_PERSON on German "im" ("im Ticket"), which is no English "I'm" glued (mask-german-im.ts);
 * - HER_HIS on German "ihr" after a verb of the second person plural ("könnt ihr den auch deaktivieren": you; mask-german-ihr.ts);
 * - "everyone" as people acted on where a greeting opens a line with it ("Hi everyone,"; mask-greeting.ts);
 * - HER_HIS on Greek "της", "του" where it is the article before a name ("της Μαρίας"; mask-greek-article.ts);
 * - the manager readings of Turkish "yöneticisi" after a word for systems ("sistem yöneticisi": an administrator; mask-turkish-admin.ts);
 * - UNTIL on "do" with no day, month, end or number after it (lexicon/until-do.ts): English "do" ("do it now") and the
 *   Slavic "to" ("wyślij do działu") wait for nothing; "do piątku", "do 30.11" stay UNTIL.
 * Cheap on texts it does not apply to: presence bits tested.
 */
export function maskHomographs(raw: string, norm: NormalizedText, tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits): void {
  const text = norm.text;
  const sin = lex.id("SIN_POSSESSIVE");
  const without = lex.id("WITHOUT");
  if (hasConcept(hits, sin) && hasConcept(hits, without)) for (const start of [...(hits.starts[sin] ?? [])]) if (hits.at.has(start, without)) removeHitsAt(hits, without, start);
  const from = lex.id("FROM");
  if (hasConcept(hits, from)) maskGenitiveDe(raw, norm, tokens, lex, hits, from);
  maskSecurityPlace(tokens, lex, hits);
  maskAssistedExec(tokens, lex, hits);
  maskGermanIm(raw, norm, tokens, lex, hits);
  maskGermanIhr(tokens, lex, hits);
  maskGreeting(tokens, lex, hits);
  maskGreekArticle(raw, norm, tokens, lex, hits);
  maskTurkishAdmin(tokens, lex, hits);
  const until = lex.id("UNTIL");
  if (hasConcept(hits, until)) maskUntilDo(tokens, lex, hits, until);
  const record = lex.id("HR_RECORD");
  if (!hasConcept(hits, record)) return;
  for (const start of [...(hits.starts[record] ?? [])]) if (ticketKey(text, tokens, start)) removeHitsAt(hits, record, start);
}

/** Drops FROM where a Romance "de" (or Italian "da" before an infinitive) is "of" or introduces a verb, or a Dutch "de" is the article (see maskHomographs). */
function maskGenitiveDe(raw: string, norm: NormalizedText, tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits, from: number): void {
  const of = lex.id("OF_HEAD");
  const polite = lex.id("POLITE_DE");
  const dutch = lex.id("DUTCH_ARTICLE_DE");
  const action = lex.id("ACTION");
  const drop: number[] = [];
  for (const c of [of, polite, dutch]) {
    if (!hasConcept(hits, c)) continue;
    const ends = hits.ends[c] ?? [];
    for (const e of ends) {
      if (tokens.keys[e] !== "de" || !hits.at.has(e, from)) continue;
      // A determiner or a capitalised word next may be "from" ("de la liste", "de Slack"; "le compte de Julien Mercier" is left as it was).
      if (c === of && (e + 1 >= tokens.count || DE_DETERMINERS.has(tokens.keys[e + 1] ?? "") || capitalised(raw, norm, tokens, e + 1))) continue;
      drop.push(e);
    }
  }
  if (hasConcept(hits, action)) {
    for (const i of hits.starts[from] ?? []) {
      const key = tokens.keys[i];
      if ((key === "de" || key === "da") && i + 1 < tokens.count && tokens.sep[i + 1] === 0 && hits.at.has(i + 1, action)) drop.push(i);
    }
  }
  for (const i of drop) removeHitsAt(hits, from, i);
}


/** Drops UNTIL on a "do" followed by neither a time word of lexicon/until-do.ts nor a number (see maskHomographs). */
function maskUntilDo(tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits, until: number): void {
  const next = lex.id("UNTIL_DO_NEXT");
  const drop: number[] = [];
  for (const i of hits.starts[until] ?? []) {
    if (tokens.keys[i] !== "do") continue;
    const after = tokens.keys[i + 1] ?? "";
    const sep = tokens.sep[i + 1] ?? 0;
    const c = after.charCodeAt(0);
    if (i + 1 < tokens.count && (sep & (SEP.sentence | SEP.paragraph | SEP.clause)) === 0 && ((c >= 0x30 && c <= 0x39) || hits.at.has(i + 1, next))) continue;
    drop.push(i);
  }
  for (const i of drop) removeHitsAt(hits, until, i);
}

/** Whether token `i` is joined by '-' or '#' to a number that follows it ("HR-48190", "hr#2231"). */
function ticketKey(text: string, tokens: Tokens, i: number): boolean {
  if (i + 1 >= tokens.count) return false;
  const end = tokens.ends[i] ?? 0;
  const sep = text.charCodeAt(end);
  if ((sep !== 0x2d && sep !== 0x23) || tokens.starts[i + 1] !== end + 1) return false;
  if (/^\d+$/.test(tokens.keys[i + 1] ?? "")) return true;
  // A key of more parts, a word between: "HR-OFF-3390".
  const next = tokens.ends[i + 1] ?? 0;
  return i + 2 < tokens.count && text.charCodeAt(next) === 0x2d && tokens.starts[i + 2] === next + 1 && /^\d+$/.test(tokens.keys[i + 2] ?? "");
}

/** Whether token i is written with a capital first letter in the raw text. */
function capitalised(raw: string, norm: NormalizedText, tokens: Tokens, i: number): boolean {
  const c = raw[norm.originOf(tokens.starts[i] ?? 0)] ?? "";
  return c !== c.toLowerCase();
}
