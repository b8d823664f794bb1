import { compileLexicon } from "./compile-lexicon.js";
import { decodeLayers } from "./decode-layers.js";
import { detectLearned, type LearnedJudgement } from "./learned-score.js";
import { detectEmployeeIdList, detectIdentities, detectRoleTarget, findEmails, type IdentityHit } from "./detect-identities.js";
import { detectContrast } from "./detect-contrast.js";
import { detectLeaverStays } from "./detect-leaver-stays.js";
import { detectCorrection } from "./detect-correction.js";
import { detectIdSwap } from "./detect-id-swap.js";
import { detectPointedAccount } from "./detect-pointed-account.js";
import { detectRedirected } from "./detect-redirected.js";
import { detectTwinAccount } from "./detect-twin-account.js";
import { detectLookalikePair } from "./detect-lookalike-pair.js";
import { detectNameMismatch } from "./detect-name-mismatch.js";
import { detectStaysNamed } from "./detect-stays-named.js";
import { detectSelfExit } from "./detect-self-exit.js";
import { detectLeaverList } from "./detect-leaver-list.js";
import { detectRecordValue } from "./detect-record-value.js";
import { detectMixedScript } from "./detect-mixed-script.js";
import { detectMarkup } from "./detect-markup.js";
import { detectRemovalList } from "./detect-removal-list.js";
import { detectAccountList } from "./detect-account-list.js";
import { detectTableRows } from "./detect-table-rows.js";
import { detectAlsoTarget } from "./detect-also-target.js";
import { detectActField, detectAddressField } from "./detect-address-field.js";
import { detectGroupCommand } from "./detect-group-command.js";
import { detectScopeField } from "./detect-scope-field.js";
import { detectPayload } from "./detect-payload.js";
import { detectDecisionFields } from "./detect-decision-fields.js";
import { detectTickedReview } from "./detect-ticked-review.js";
import { detectSquashed } from "./detect-squashed.js";
import { detectTranscript } from "./detect-transcript.js";
import type { DetectorHit } from "./detector-hit.js";
import type { Finding, Severity } from "./finding.js";
import { emptyHits, findConcepts, releaseHits } from "./find-concepts.js";
import { INJECTION_RULES } from "./injection-rules.js";
import { markPositions } from "./mark-positions.js";
import { markServiceLogins } from "./mark-service-logins.js";
import { markSharedAccounts } from "./mark-shared-accounts.js";
import { markOtherIds } from "./mark-other-ids.js";
import { maskHomographs } from "./mask-homographs.js";
import { maskOwnLoginGroup } from "./mask-own-login-group.js";
import { maskNeverAsk } from "./mask-never-ask.js";
import { compileRules } from "./compile-rules.js";
import { matchRules } from "./match-rules.js";
import { normalizeText, type HiddenMark } from "./normalize-text.js";
import { layerTokens } from "./layer-tokens.js";

export type { Finding } from "./finding.js";

export interface ScanContext {
  /** Identities the text may name (requester, target); look-alikes of them and other targets are findings. */
  allowedIdentities: string[];
  /** The request's target address, when known: a role, system or administrator mailbox is itself a finding. Null: a parser looked and chose none (see detectIdentities, noTarget); left out: none looked. */
  target?: string | null;
  /** Whether `target` stands where a target does (a form field, "offboard x@"), not only as the text's one address; default true. */
  targetInPosition?: boolean;
  /** The target's name, when known: not taken for a second person named in the text. */
  targetName?: string | null;
  /** Other personal addresses that could be the leaver's (extract-fields.ts's rivals of the target), for free text. */
  rivals?: readonly string[];
  /** `request_file`: the file's own top-level apiVersion and kind are expected. */
  source?: "request_file" | "issue_form" | "free_text" | "model_output";
  /** Filled in when the learned weights judge the text (free text as sent, 12 or more known terms). */
  learned?: LearnedJudgement;
}

interface RawHit extends DetectorHit {
  via?: string;
  decoded?: string;
}

const LEXICON = compileLexicon();
const RULES = compileRules(INJECTION_RULES, LEXICON);
const MAX_DEPTH = 3;
const MAX_PER_RULE = 10;
const MAX_FINDINGS = 100;
const HIDDEN: Readonly<Record<HiddenMark["kind"], { rule: string; severity: Severity; reason: string }>> = {
  tag_text: { rule: "hidden.tag_characters", severity: "high", reason: "hides text in invisible Unicode tag characters" },
  bidi_override: { rule: "hidden.bidi_override", severity: "high", reason: "reorders the displayed text with bidi override controls" },
  bidi_unbalanced: { rule: "hidden.bidi_unbalanced", severity: "medium", reason: "leaves bidi embedding or isolate controls unterminated" },
  zero_width_run: { rule: "hidden.zero_width_run", severity: "medium", reason: "carries a long run of zero-width characters (hidden data)" },
  zero_width_in_words: { rule: "hidden.zero_width_in_words", severity: "medium", reason: "splits words of Latin, Greek or Cyrillic letters with zero-width characters (hides them from word matching)" },
  variation_run: { rule: "hidden.variation_selectors", severity: "medium", reason: "carries a run of variation selectors (hidden data)" },
};

/**
 * The deterministic injection filter: runs on raw input before any model and again on any model
 * output. Same input, same findings, in offset order. Never throws: an internal failure is
 * itself a finding (fail closed). Linear in the input (see docs/INTAKE.md for the measurements).
 */
export function scanInjection(raw: string, context: ScanContext): Finding[] {
  try {
    return finish(raw, scanLayer(raw, context, 0, { chars: raw.length * 2 + 4096 }));
  } catch (e) {
    return [{ rule: "filter.internal_error", technique: "filter failure", severity: "high", span: [0, raw.length], line: 1, column: 1, excerpt: raw.slice(0, 120), reason: `the filter failed (${e instanceof Error ? e.message : String(e)}); the input is treated as suspect` }];
  }
}

/** Decodings that undo themselves: rot13 of rot13, or a reversed reversal, is the text the layer above already read. */
const SELF_INVERSE: ReadonlySet<string> = new Set(["rot13", "reversed"]);
/** A label naming rot13 right before a decoded stretch ("(rot13):", "ROT-13:", "rot 13 -"). */
const ROT13_LABEL = /rot[- ]?13/i;

function scanLayer(raw: string, context: ScanContext, depth: number, budget: { chars: number }, decodedAs: string | null = null): RawHit[] {
  const norm = normalizeText(raw);
  const tokens = layerTokens(raw, norm);
  const hits = emptyHits(LEXICON.names.length, tokens.count);
  findConcepts(tokens, LEXICON, hits);
  maskHomographs(raw, norm, tokens, LEXICON, hits);
  markPositions(raw, norm, tokens, LEXICON, hits, context.targetName ?? null);
  markServiceLogins(raw, norm, tokens, LEXICON, hits);
  maskOwnLoginGroup(norm.text, tokens, LEXICON, hits, context.target ?? null);
  markSharedAccounts(tokens, LEXICON, hits);
  markOtherIds(norm.text, tokens, LEXICON, hits);
  maskNeverAsk(tokens, LEXICON, hits);
  // The addresses of the text, found once for every detector that reads them.
  const emails = findEmails(norm.text);
  const out: RawHit[] = [];
  // Each detector's hits, mapped back to raw offsets and pushed in detector order (the order the
  // stable sort in finish() keeps for ties), without an intermediate list or object copy per hit.
  const add = (h: DetectorHit) => {
    const start = norm.originOf(h.start);
    const end = h.end >= norm.text.length ? raw.length : norm.originOf(h.end);
    out.push({ rule: h.rule, technique: h.technique, severity: h.severity, start, end: Math.max(end, Math.min(raw.length, start + 1)), reason: h.reason });
  };
  // Index loops over every list in this function, not for-of: its 32 for-of loops (an iterator
  // and its protocol each, which the optimiser did not remove in a function this large) cost
  // about 2% of the filter's time.
  const addIdentities = (list: readonly IdentityHit[]) => {
    for (let i = 0; i < list.length; i++) {
      const h = list[i]!;
      add({ rule: h.rule, technique: "additional or swapped target identity", severity: "high", start: h.start, end: h.end, reason: h.reason });
    }
  };
  const addAll = (list: readonly DetectorHit[]) => {
    for (let i = 0; i < list.length; i++) add(list[i]!);
  };
  // Detectors run in this order: identities add the address concepts the phrase rules read.
  // Free text whose parser looked and chose no target (target null; left out when no parser ran): see detectIdentities.
  addIdentities(detectIdentities(raw, norm, tokens, LEXICON, hits, context.allowedIdentities, emails, depth === 0 && context.source === "free_text" && context.target === null));
  addIdentities(detectEmployeeIdList(norm.text));
  if (depth === 0) addIdentities(detectRoleTarget(norm.text, context.target, context.targetInPosition ?? true));
  const matches = matchRules(RULES, LEXICON, tokens, hits, MAX_PER_RULE);
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    add({ rule: m.rule.id, technique: m.rule.technique, severity: m.rule.severity, start: tokens.starts[m.first] ?? 0, end: tokens.ends[m.last] ?? 0, reason: m.rule.reason });
  }
  addAll(detectTranscript(norm.text, tokens, LEXICON, hits));
  addAll(detectCorrection(norm.text, tokens, LEXICON, hits, context.targetName ?? null, emails));
  addAll(detectIdSwap(norm.text, tokens, LEXICON, hits, emails));
  addAll(detectPointedAccount(tokens, LEXICON, hits, context.targetName ?? null, emails));
  addAll(detectRedirected(tokens, LEXICON, hits, context.targetName ?? null, emails));
  addAll(detectContrast(raw, norm, tokens, LEXICON, hits, emails));
  addAll(detectLeaverStays(tokens, LEXICON, hits, emails));
  addAll(detectStaysNamed(tokens, LEXICON, hits, context.targetName ?? null, emails));
  addAll(detectSelfExit(tokens, LEXICON, hits));
  addAll(detectLeaverList(norm.text, tokens, LEXICON, hits));
  addAll(detectTwinAccount(tokens, LEXICON, hits, emails));
  addAll(detectLookalikePair(tokens, LEXICON, hits, emails));
  if (depth === 0) addAll(detectNameMismatch(tokens, LEXICON, hits, context.target ?? null, context.targetInPosition ?? true, context.targetName ?? null, emails));
  addAll(detectRecordValue(norm.text, tokens, LEXICON, hits, emails));
  addAll(detectRemovalList(norm.text, tokens, LEXICON, hits, emails, context.targetName ?? null));
  if (depth === 0 && emails.length > 1) addAll(detectAccountList(norm.text, tokens, LEXICON, hits, emails, context.target ?? null, context.allowedIdentities, context.targetName ?? null));
  if (depth === 0 && emails.length > 1) addAll(detectTableRows(norm.text, emails));
  if (depth === 0 && context.target && context.rivals !== undefined) addAll(detectAlsoTarget(tokens, LEXICON, hits, emails, context.target, context.rivals));
  if (emails.length > 1) addAll(detectAddressField(norm.text, emails));
  if (depth === 0 && emails.length > 1 && context.target) addAll(detectActField(norm.text, emails, context.target));
  addAll(detectGroupCommand(norm.text));
  addAll(detectScopeField(norm.text));
  addAll(detectPayload(norm.text, tokens, context.source === "request_file"));
  addAll(detectDecisionFields(norm.text, tokens));
  addAll(detectTickedReview(tokens, LEXICON, hits));
  addAll(detectMarkup(norm.text));
  addAll(detectSquashed(norm.text, tokens));
  // On free text as sent only: what it learned from. Decoded layers are fragments, and request
  // files and form bodies are structured text whose keys it would misread.
  if (depth === 0 && context.source === "free_text") addAll(detectLearned(norm.text, tokens, emails, context.learned));
  for (let i = 0; i < norm.hidden.length; i++) {
    const mark = norm.hidden[i]!;
    const { rule, severity, reason } = HIDDEN[mark.kind];
    out.push({ rule, technique: "hidden characters", severity, start: mark.start, end: mark.end, reason });
  }
  // Raw offsets (this layer's own text).
  const mixed = detectMixedScript(raw);
  for (let i = 0; i < mixed.length; i++) out.push(mixed[i]!);
  // Every reader of the concept hits has run: the next layer or text reuses their tables.
  releaseHits(hits);
  if (depth >= MAX_DEPTH) return out;
  const segments = decodeLayers(raw, budget);
  for (let k = 0; k < segments.length; k++) {
    const seg = segments[k]!;
    // Decoding it again gives back the text this layer came from (and would credit its findings to a hidden layer).
    if (seg.kind === decodedAs && SELF_INVERSE.has(seg.kind)) continue;
    // Prose hidden in base64 or hex, in any language: an offboarding request has no reason to.
    // Or in rot13 under a label that says so ("May note po (rot13): Rznvy n pbcl ..."): said to be hidden, whatever it asks.
    if ((seg.kind === "base64" || seg.kind === "hex" || (seg.kind === "rot13" && ROT13_LABEL.test(raw.slice(Math.max(0, seg.start - 16), seg.start)))) && isProse(seg.text)) {
      out.push({ rule: "hidden.encoded_prose", technique: "hidden characters", severity: "medium", start: seg.start, end: seg.end, reason: "hides sentences of plain text in an encoding", via: seg.kind, decoded: seg.text });
    }
    const inners = scanLayer(seg.text, context, depth + 1, budget, seg.kind);
    for (let i = 0; i < inners.length; i++) {
      const inner = inners[i]!;
      out.push({ rule: inner.rule, technique: inner.technique, severity: inner.severity, start: seg.start, end: seg.end, reason: inner.reason, via: inner.via ? `${seg.kind}>${inner.via}` : seg.kind, decoded: inner.decoded ?? seg.text.slice(inner.start, inner.end) });
    }
  }
  return out;
}

/**
 * Whether decoded text reads as prose: at least five words of two or more letters (in any script),
 * or eight letters in a row of a script written without spaces, and letters and spaces at least
 * 85% of it. JSON, key=value lists, identifiers and tokens have
 * quotes, colons, digits or no spaces; a base64 image or hash does not decode to readable text.
 */
export function isProse(text: string): boolean {
  if (text.length < 24) return false;
  // The first 2,000 code units decide (a long decoded run is read once more by the rules anyway).
  const sample = text.length > 2000 ? text.slice(0, 2000) : text;
  let letters = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0x20 || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) letters++;
    else if (c >= 0x80 && LETTER_OR_MARK.test(sample[i]!)) letters++;
  }
  if (letters < 0.85 * sample.length) return false;
  return (sample.match(PROSE_WORD)?.length ?? 0) >= 5 || UNSPACED_RUN.test(sample);
}
/** Eight letters in a row of a script written without spaces between words (Chinese, Japanese, Thai). */
const UNSPACED_RUN = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}]{8}/u;
/** One UTF-16 unit of a letter or mark outside ASCII (a surrogate half of one counts too: scripts beyond the BMP). */
const LETTER_OR_MARK = /[\p{L}\p{M}\ud800-\udfff]/u;
const PROSE_WORD = /\p{L}[\p{L}\p{M}]+/gu;

/** Deduplicates (same rule, overlapping spans: the plain one wins), orders, caps and explains. */
function finish(raw: string, hits: RawHit[]): Finding[] {
  if (hits.length === 0) return [];
  hits.sort((a, b) => a.start - b.start || (a.via ? 1 : 0) - (b.via ? 1 : 0) || a.rule.localeCompare(b.rule));
  const kept: RawHit[] = [];
  const lastEnd = new Map<string, number>();
  for (const h of hits) {
    const prev = lastEnd.get(h.rule);
    if (prev !== undefined && h.start < prev) continue;
    // A squashed marker inside another rule's match says nothing new; the learned weights' sentence is no such match.
    if (h.rule === "split.squashed_marker" && hits.some((o) => o !== h && o.rule !== h.rule && o.rule !== "learned.phrasing" && o.start < h.end && h.start < o.end)) continue;
    lastEnd.set(h.rule, h.end);
    kept.push(h);
    if (kept.length >= MAX_FINDINGS) break;
  }
  const lines = lineStarts(raw, kept.length > 0);
  return kept.map((h) => {
    const [line, column] = position(lines, h.start);
    const finding: Finding = { rule: h.rule, technique: h.technique, severity: h.severity, span: [h.start, h.end], line, column, excerpt: raw.slice(h.start, h.end).slice(0, 120), reason: h.reason };
    if (h.via) {
      finding.via = h.via;
      finding.reason = `${h.reason} (hidden as ${h.via}: "${(h.decoded ?? "").slice(0, 80)}")`;
    }
    return finding;
  });
}

function lineStarts(raw: string, needed: boolean): number[] {
  const starts = [0];
  if (!needed) return starts;
  for (let i = raw.indexOf("\n"); i >= 0; i = raw.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

function position(starts: number[], offset: number): [number, number] {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return [lo + 1, offset - (starts[lo] ?? 0) + 1];
}
