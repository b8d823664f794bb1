import type { CompiledLexicon } from "./compile-lexicon.js";
import { addHit, type ConceptHits } from "./find-concepts.js";
import type { NormalizedText } from "./normalize-text.js";
import { SEP, type Tokens } from "./tokenize.js";

/** Capitalised words that are not names (sentence openers, teams, products people capitalise). */
const NOT_NAMES = new Set(["please", "the", "also", "and", "or", "security", "it", "hr", "ceo", "cfo", "cto", "team", "i", "we", "she", "he", "they", "her", "his", "this", "that", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "google", "microsoft", "slack", "jira", "okta", "github", "active", "directory", "workspace", "office", "azure", "aws", "salesforce", "workday", "zoom", "adobe", "atlassian", "confluence", "account", "accounts", "access"]);

/**
 * Synthetic concepts that depend on position, not words: START (the token begins a sentence or
 * line, or follows "please"/"you"/"now": an imperative), and CAPNAME (two adjacent capitalised
 * words in the raw text that are not the target's name: someone named), and URL (an http(s)
 * address: a place data could be sent to).
 */
export function markPositions(raw: string, norm: NormalizedText, tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits, targetName: string | null): void {
  const start = lex.id("START");
  const capname = lex.id("CAPNAME");
  const lead = lex.id("LEAD");
  const starts: number[] = [];
  for (let i = 0; i < tokens.count; i++) {
    if (i === 0 || (tokens.sep[i] ?? 0) & (SEP.sentence | SEP.newline | SEP.paragraph | SEP.keyValue)) starts.push(i);
  }
  const leads = hits.starts[lead] ?? [];
  const leadEnds = hits.ends[lead] ?? [];
  for (let k = 0; k < leads.length; k++) starts.push((leadEnds[k] ?? 0) + 1);
  starts.sort((a, b) => a - b);
  for (const i of starts) if (i < tokens.count) addHit(hits, start, i, i);

  const url = lex.id("URL");
  for (let i = 0; i < tokens.count; i++) {
    const key = tokens.keys[i];
    if ((key === "http" || key === "https") && norm.text.startsWith("://", tokens.ends[i] ?? 0)) addHit(hits, url, i, i);
  }

  const nameWords = new Set((targetName ?? "").toLowerCase().split(/\s+/).filter((w) => w.length > 0));
  let previousCapital = false;
  for (let i = 0; i < tokens.count; i++) {
    const c = raw.charCodeAt(norm.originOf(tokens.starts[i] ?? 0));
    const upper = (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
    const key = tokens.keys[i] ?? "";
    const capital = upper && key.length >= 2 && !NOT_NAMES.has(key) && !nameWords.has(key);
    if (capital && previousCapital && (tokens.sep[i] ?? 0) === 0) addHit(hits, capname, i - 1, i);
    previousCapital = capital;
  }
}
