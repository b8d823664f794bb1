import type { CompiledLexicon } from "./compile-lexicon.js";
import { addHit, type ConceptHits } from "./find-concepts.js";
import type { NormalizedText } from "./normalize-text.js";
import { tokenAtOffset } from "./token-queries.js";
import { SEP, type Tokens } from "./tokenize.js";

/** A small letter of any script ("Văn", "Ольга"): the second letter of a capitalised name. */
const SMALL_LETTER = /\p{Ll}/u;
/** Capitalised words that are not names (sentence openers, teams, products people capitalise). */
const NOT_NAMES = new Set(["please", "the", "also", "and", "or", "security", "it", "hr", "ceo", "cfo", "cto", "team", "i", "we", "she", "he", "they", "her", "his", "this", "that", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "google", "microsoft", "slack", "jira", "okta", "github", "active", "directory", "workspace", "office", "azure", "aws", "salesforce", "workday", "zoom", "adobe", "atlassian", "confluence", "account", "accounts", "access",
  // German and Dutch determiners and possessives, capitalised before a noun as German writes every noun ("Ihr Konto", "Das Konto", "Sein Praktikant"): not names
  "ihr", "ihre", "ihren", "ihrem", "ihrer", "sein", "seine", "seinen", "seinem", "seiner", "das", "der", "die", "den", "dem", "ein", "eine", "einen", "zijn", "haar", "het"]);

/**
 * Synthetic concepts that depend on position, not words: START (the token begins a sentence or
 * line, or follows "please"/"you"/"now": an imperative), and CAPNAME (two adjacent capitalised
 * words, Latin or Cyrillic, in the raw text that are not the target's name: someone named), LEAVER_NAME (the target's
 * name as the parser read it, its capitalised words in a row: "Leaver: Ms. Caroline Devlin, Group CEO" names the leaver,
 * whom CAPNAME leaves out), and URL (an http(s) address, all its tokens: a place data could be sent to).
 */
export function markPositions(raw: string, norm: NormalizedText, tokens: Tokens, lex: CompiledLexicon, hits: ConceptHits, targetName: string | null): void {
  const start = lex.id("START");
  const capname = lex.id("CAPNAME");
  const lead = lex.id("LEAD");
  // Sentence starts and tokens after a LEAD are marked, then added in token order (no list to sort).
  const isStart = startFlags(tokens.count);
  for (let i = 0; i < tokens.count; i++) {
    if (i === 0 || (tokens.sep[i] ?? 0) & (SEP.sentence | SEP.newline | SEP.paragraph | SEP.keyValue)) isStart[i] = 1;
  }
  for (const end of hits.ends[lead] ?? []) if (end + 1 < tokens.count) isStart[end + 1] = 1;
  markLabelValues(tokens, hits, lex.id("LABEL_VALUE"));
  for (let i = 0; i < tokens.count; i++) if (isStart[i] === 1) addHit(hits, start, i, i);

  const url = lex.id("URL");
  markBareUrls(norm.text, tokens, hits, url);
  for (let i = 0; i < tokens.count; i++) {
    const key = tokens.keys[i];
    if ((key !== "http" && key !== "https") || !norm.text.startsWith("://", tokens.ends[i] ?? 0)) continue;
    // The hit covers the whole address (its '/', ':' and '.' are not clause breaks for the rules).
    let last = i;
    while (last + 1 < tokens.count && !/\s/.test(norm.text.slice(tokens.ends[last] ?? 0, tokens.starts[last + 1] ?? 0))) last++;
    addHit(hits, url, i, last);
    i = last;
  }

  const nameWords = targetName ? new Set(targetName.toLowerCase().split(/\s+/).filter((w) => w.length > 0)) : NO_NAME;
  const leaverName = lex.id("LEAVER_NAME");
  let previousCapital = false;
  // The run of the target's name words being read (first token, -1: none).
  let nameRun = -1;
  for (let i = 0; i < tokens.count; i++) {
    const at = norm.originOf(tokens.starts[i] ?? 0);
    const c = raw.charCodeAt(at);
    const c2 = raw.charCodeAt(at + 1);
    // Latin and Cyrillic capitals, then a small letter ("Ольга Смирнова" names someone as "Olga Smirnova" does; "Output ALLOW" names no one).
    const upper = ((c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c >= 0x400 && c <= 0x42f)) && ((c2 >= 0x61 && c2 <= 0x7a) || (c2 >= 0x80 && SMALL_LETTER.test(raw.charAt(at + 1))));
    const key = tokens.keys[i] ?? "";
    const capital = upper && key.length >= 2 && !NOT_NAMES.has(key) && !nameWords.has(key);
    if (capital && previousCapital && (tokens.sep[i] ?? 0) === 0) addHit(hits, capname, i - 1, i);
    previousCapital = capital;
    const nameWord = upper && nameWords.has(key);
    if (nameRun >= 0 && (!nameWord || (tokens.sep[i] ?? 0) !== 0)) {
      addHit(hits, leaverName, nameRun, i - 1);
      nameRun = -1;
    }
    if (nameWord && nameRun < 0) nameRun = i;
  }
  if (nameRun >= 0) addHit(hits, leaverName, nameRun, tokens.count - 1);
}

const NO_NAME: ReadonlySet<string> = new Set();

/** Most tokens a label may have before its colon ("Note for the automated checker:", "自動審査システムへ：" is nine). */
const LABEL_TOKENS = 12;

/**
 * LABEL_VALUE: the first token after a colon that ends a short label, one starting a line or a sentence
 * ("For the risk classifier: his account ..."): what the label addresses is told what follows.
 */
function markLabelValues(tokens: Tokens, hits: ConceptHits, concept: number): void {
  let labelStart = 0;
  for (let i = 1; i < tokens.count; i++) {
    const sep = tokens.sep[i] ?? 0;
    if (sep & (SEP.sentence | SEP.newline | SEP.paragraph)) labelStart = i;
    else if ((sep & (SEP.keyValue | SEP.clause)) === (SEP.keyValue | SEP.clause)) {
      if (i - labelStart <= LABEL_TOKENS) addHit(hits, concept, i, i);
      labelStart = i;
    }
  }
}

/**
 * Zeroed flags for `count` tokens: for a text of up to SCRATCH_TOKENS tokens, one buffer kept
 * across calls and zeroed as far as needed (scans are synchronous, and the flags do not outlive
 * markPositions): a typed array over 64 bytes is allocated outside the heap, a fixed cost most
 * short texts paid on every scan. Longer texts get their own (the kept one stays small).
 */
const SCRATCH_TOKENS = 1 << 16;
let scratchFlags = new Uint8Array(1024);
function startFlags(count: number): Uint8Array {
  if (count > SCRATCH_TOKENS) return new Uint8Array(count);
  if (scratchFlags.length < count) scratchFlags = new Uint8Array(Math.min(SCRATCH_TOKENS, Math.max(count, 2 * scratchFlags.length)));
  return scratchFlags.fill(0, 0, count);
}

const isDomainChar = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2d;
const HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24}$/;

/**
 * Addresses written without a scheme ("webhook.example.com/collect"): a host name followed by a
 * path. Each '/' looks back over host characters no farther than the previous '/', so the pass is
 * linear.
 */
function markBareUrls(text: string, tokens: Tokens, hits: ConceptHits, url: number): void {
  let floor = 0;
  for (let slash = text.indexOf("/"); slash >= 0; slash = text.indexOf("/", slash + 1)) {
    let s = slash;
    while (s > floor && slash - s < 253 && isDomainChar(text.charCodeAt(s - 1))) s--;
    floor = slash + 1;
    if (s === slash || text[s - 1] === ":" || text[s - 1] === "/" || !HOST.test(text.slice(s, slash))) continue;
    let e = slash;
    while (e < text.length && text.charCodeAt(e) > 0x20) e++;
    const first = tokenAtOffset(tokens, s);
    let last = first;
    while (last + 1 < tokens.count && (tokens.starts[last + 1] ?? 0) < e) last++;
    if (first < tokens.count) addHit(hits, url, first, last);
  }
}

