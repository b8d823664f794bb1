import { cargoTo, contactAddress, copiedTo, isDestination, outsideParty, tiedPersonAddress } from "./destination-address.js";
import { findEmails } from "./detect-identities.js";
import { nameParts } from "./detect-name-mismatch.js";
import { CUES, LEX } from "./extract-lexicon.js";
import { emptyHits, findConcepts, type ConceptHits } from "./find-concepts.js";
import { findDates } from "./find-dates.js";
import type { Concept } from "./lexicon/index.js";
import { normalizeText } from "./normalize-text.js";
import { REQUEST_KINDS, type RequestFile } from "./request-schema.js";
import { tokenAtOffset } from "./token-queries.js";
import { SEP, tokenize, type Tokens } from "./tokenize.js";
import { adminLoginOf } from "./second-mailbox.js";
import { writerAddress } from "./writer-address.js";
import { maskTurkishAdmin } from "./mask-turkish-admin.js";

export type RequestKind = RequestFile["spec"]["reason"];

/** What the deterministic parser found in free text, and on what basis (confidence is computed from the basis). */
export interface ExtractedFields {
  /** Every address, as written (NFKC, lower case, invisible characters removed), the requester excluded. */
  candidates: string[];
  targetEmail: string | null;
  /**
   * named_address: the only address, in brackets right after the name it spells, not in a mail header, and said to leave
   * right after ("Dana Reyes (dana.reyes@…) resigned"); only_address: the only address, no more; action_context: the only one
   * in a target position.
   */
  targetBasis: "named_address" | "only_address" | "action_context" | "ambiguous" | "none";
  /** The target stands where a target stands (after "offboard", "employee:", "target"...), not merely the only address. */
  targetInContext: boolean;
  /**
   * The other addresses that could be the leaver's: personal ones (a local part of name words, nameParts), not the
   * target, and nothing the parser set aside (a destination, a copy, a contact, the writer, the leaver's admin login).
   * A target chosen by its position beside one of them is contested (free-text-confidence.ts, CONTESTED_TARGET_CAP).
   */
  rivals: string[];
  employeeId: string | null;
  name: string | null;
  effectiveDate: string | null;
  dateBasis: "single" | "labelled" | "inferred" | "ambiguous_order" | "conflicting" | "none";
  kind: RequestKind | null;
  kindBasis: "single" | "majority" | "conflicting" | "none";
}

const EMPLOYEE_ID = /\b(?:employee|staff|personnel|personal|emp)[ -]?(?:id|number|no|nr|nummer)\.?\s{0,3}[:#]?\s{0,3}([A-Z0-9][A-Z0-9-]{2,11})\b|\b(E\d{3,7})\b/gi;

/** The address of someone the text says is not the leaver: the leaver's manager or a person tied to them, a contact, the writer. */
function someoneElse(raw: string, originOf: (i: number) => number, tokens: Tokens, hits: ConceptHits, first: number, last: number): boolean {
  return tiedPersonAddress(tokens, hits, first) || contactAddress(tokens, hits, first, last) || writerAddress(raw, originOf, tokens, hits, first);
}

/**
 * The deterministic free-text parser: addresses, the target among them (the only one standing where
 * a target stands: after "offboard", "employee:", "target"...; else the only address, weaker
 * evidence unless it is in brackets after the name it spells), employee id, name (when the
 * address's local part is written out as words), effective date and kind. It never guesses: two
 * equally good candidates give null and a basis saying why.
 */
export function extractFields(raw: string, options: { requester?: string | null; now: number }): ExtractedFields {
  const norm = normalizeText(raw);
  const tokens = tokenize(norm.text);
  const hits = emptyHits(LEX.names.length);
  findConcepts(tokens, LEX, hits);
  maskTurkishAdmin(tokens, LEX, hits);
  const requester = options.requester?.trim().toLowerCase() ?? null;
  // A hand-over verb or a role ("manager_email", "successor") between the cue and the address
  // makes it someone else's; "her from" makes it what the leaver is removed from ("remove her from
  // the shared mailbox x@", extract-lexicon.ts REMOVED_FROM).
  const blockers = ["HANDOVER_VERB", "ROLE_PERSON", "REMOVED_FROM"].map((c) => LEX.id(c as Concept));
  const all: string[] = [];
  const inContext = new Set<string>();
  // Addresses something is sent to ("forward her mailbox to x@", "send the PST to x@") or named as
  // a personal mailbox ("mon adresse perso : x@"): where data goes, never the leaver.
  const destinations = new Set<string>();
  // Addresses put in copy ("Cc: x@", "cc'ing her manager (x@)", "put x@ in cc"), where the data named before goes ("her
  // passwords should go to x@"), named as an outside party's ("the external auditor (x@)", "her new employer, x@"), as the
  // leaver's manager's or a person's tied to the leaver ("Her manager is x@", "his assistant Kareem (x@)"), as a contact
  // ("Questions -> x@", "Line manager: Isabelle Moreau x@"), as the writer's ("Regards, / Mia Torres / x@", "ping me at
  // x@"): no target either, but weaker than a send, so the one address left is no "only address" ("From: Greta <g@>⏎To:
  // …⏎Cc: Jan <j@>"; a forwarded mail's sender beside "To: HR Ops <hr.ops@>" may be the leaver's manager as well as the
  // leaver: letting such addresses leave the other as the target named the manager in eleven dev and training texts).
  const aside = new Set<string>();
  let previousInContext = -10;
  for (const found of findEmails(norm.text)) {
    const email = clean(raw.slice(norm.originOf(found.start), found.end >= norm.text.length ? raw.length : norm.originOf(found.end)));
    if (email === requester || email === "") continue;
    if (!all.includes(email)) all.push(email);
    const first = tokenAtOffset(tokens, found.start);
    const last = tokenAtOffset(tokens, found.end - 1);
    if (isDestination(tokens, hits, first, last)) destinations.add(email);
    else if (copiedTo(tokens, hits, first, last) || cargoTo(tokens, hits, first, last) || outsideParty(tokens, hits, first, last) || someoneElse(raw, norm.originOf, tokens, hits, first, last)) aside.add(email);
    if (first - previousInContext <= 2 || hasCueBefore(norm.text, tokens, hits, first, CUES, blockers)) {
      inContext.add(email);
      previousInContext = tokenAtOffset(tokens, found.end - 1);
    }
  }
  for (const d of destinations) inContext.delete(d);
  for (const d of aside) inContext.delete(d);
  // The leaver's own administrator login listed beside the plain address ("tom.birch@ (standard), tom.birch-adm@ (Domain
  // Admins)") is the same person's second account, not a second candidate.
  const listed = new Set(all);
  const adminLogins = new Set(all.filter((a) => adminLoginOf(a, listed)));
  for (const d of adminLogins) inContext.delete(d);
  const eligible = all.filter((a) => !destinations.has(a) && !aside.has(a) && !adminLogins.has(a));
  let targetEmail: string | null = null;
  let targetBasis: ExtractedFields["targetBasis"] = all.length === 0 ? "none" : "ambiguous";
  // A target position first ("Please remove x@"), then the only address (weaker evidence, free-text-confidence.ts).
  if (inContext.size === 1) [targetEmail, targetBasis] = [[...inContext][0] ?? null, "action_context"];
  else if (eligible.length === 1 && (all.length === 1 || aside.size === 0)) [targetEmail, targetBasis] = [eligible[0] ?? null, "only_address"];

  const name = nameOf(raw, targetEmail);
  if (targetBasis === "only_address" && targetEmail !== null && name !== null && namedInBrackets(raw, name, targetEmail) && leavesAfter(norm.text, tokens, hits, targetEmail)) targetBasis = "named_address";

  const ids = new Set([...raw.matchAll(EMPLOYEE_ID)].map((m) => (m[1] ?? m[2] ?? "").toUpperCase()));
  // Dates read relative to the clock (no year, a weekday, "today") only when the text writes none whole: "until 5 Jan"
  // beside "Last day: 2026-12-12" is the mailbox's date, not a second leaving date.
  const found = findDates(raw, options.now);
  const whole = found.filter((d) => !d.inferred);
  const dates = whole.length > 0 ? whole : found;
  const distinct = [...new Set(dates.map((d) => d.date))];
  const labelled = [...new Set(dates.filter((d) => d.labelled).map((d) => d.date))];
  let effectiveDate: string | null = null;
  let dateBasis: ExtractedFields["dateBasis"] = distinct.length === 0 ? "none" : "conflicting";
  if (distinct.length === 1) [effectiveDate, dateBasis] = [distinct[0] ?? null, dates.some((d) => d.ambiguous) ? "ambiguous_order" : "single"];
  else if (labelled.length === 1) [effectiveDate, dateBasis] = [labelled[0] ?? null, "labelled"];
  // A date read relative to the clock counts less than one written whole.
  if (effectiveDate !== null && whole.length === 0) dateBasis = "inferred";

  const counts = REQUEST_KINDS.map((k) => (hits.starts[LEX.id(k as Concept)] ?? []).length);
  const best = Math.max(...counts);
  const winners = REQUEST_KINDS.filter((_, i) => counts[i] === best && best > 0);
  const kind = winners.length === 1 ? (winners[0] ?? null) : null;
  const kindBasis: ExtractedFields["kindBasis"] = best === 0 ? "none" : winners.length > 1 ? "conflicting" : counts.filter((c) => c > 0).length > 1 ? "majority" : "single";

  const rivals = eligible.filter((a) => a !== targetEmail && nameParts(a) !== null);
  return { candidates: all, targetEmail, targetBasis, rivals, targetInContext: targetEmail !== null && inContext.has(targetEmail), employeeId: ids.size === 1 ? ([...ids][0] ?? null) : null, name, effectiveDate, dateBasis, kind, kindBasis };
}

function clean(s: string): string {
  return s
    .replace(/[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, "")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/^[.'"]+|[.'"]+$/g, "");
}


/** A target cue in the six tokens before (or a label on the line above), with no sentence end or semicolon, hand-over verb ("transfer her drive to") or role ("manager_email") nearer, and no "to" right before. */
function hasCueBefore(text: string, tokens: Tokens, hits: ConceptHits, first: number, cues: number[], blockers: number[]): boolean {
  if (first > 0 && hits.at.has(first - 1, LEX.id("RECIPIENT" as Concept))) return false;
  let lineAbove = false;
  for (let j = first - 1; j >= Math.max(0, first - 6); j--) {
    const blocked = hits.at.hasAny(j, blockers);
    const boundary = tokens.sep[j + 1] ?? 0;
    // A label on the line just above the address ("### Employee email", "Target") names it, as a
    // form's heading names its answer; a sentence ending before it does not.
    if (boundary & (SEP.sentence | SEP.paragraph)) return j === first - 1 && !(boundary & SEP.sentence) && !blocked && hits.at.hasAny(j, cues);
    if (boundary & SEP.newline) lineAbove = true;
    // Nor across a semicolon: "Please deactivate the account; x@ approved" names x@ as someone else.
    if (boundary & SEP.clause && text.slice(tokens.ends[j] ?? 0, tokens.starts[j + 1] ?? 0).includes(";")) return false;
    if (blocked) return false;
    // On a line above, only a key ("employee_id: MA-42815"): "Claire Dobson, Employee Relations⏎claire.dobson@" is a signature.
    if (hits.at.hasAny(j, cues) && (!lineAbove || j === first - 1 || ((tokens.sep[j + 1] ?? 0) & SEP.keyValue) !== 0)) return true;
  }
  return false;
}


const LEAVING = [...REQUEST_KINDS, "LEAVES"].map((c) => LEX.id(c as Concept));
/** Tokens after an address within which its person is said to leave. */
const LEAVES_WITHIN = 8;

/**
 * Whether the sentence says the person of the address leaves, right after it: "Dana Reyes (dana.reyes@…) resigned", "…
 * (x@) is leaving on Friday" (a kind of exit, LEAVES in lexicon/sign-off.ts); not "Anna Berg (anna.berg@…) takes over his
 * accounts", a successor named with her address.
 */
function leavesAfter(text: string, tokens: Tokens, hits: ConceptHits, email: string): boolean {
  for (const found of findEmails(text)) {
    if (!text.slice(found.start, found.end).includes(email)) continue;
    const last = tokenAtOffset(tokens, found.end - 1);
    for (let j = last + 1; j < Math.min(tokens.count, last + 1 + LEAVES_WITHIN); j++) {
      if ((tokens.sep[j] ?? 0) & (SEP.sentence | SEP.paragraph)) break;
      if (hits.at.hasAny(j, LEAVING)) return true;
    }
  }
  return false;
}

/** A mail header's key at a line's start ("From:", "> Von:", "Cc:"): the names and addresses after it are the mail's, not the request's. */
const HEADER_LINE = /^[\s>]*(?:from|to|cc|bcc|sent|von|an|gesendet|de|à|a|da|para|van|aan|från|till|fra|til|od|do|от|кому)\s*:/i;

/**
 * Whether the text writes the address in brackets right after the name it spells, outside a mail header: "Dana Reyes
 * (dana.reyes@…) resigned", "Tim Baker <tbaker@…>" is no such case (no name in the address), nor "From: Mark Delaney
 * <mark.delaney@…>" (a header names the mail's sender, who may be the leaver's manager).
 */
function namedInBrackets(raw: string, name: string, email: string): boolean {
  const lower = raw.toLowerCase();
  const wanted = name.toLowerCase();
  for (let at = lower.indexOf(email); at >= 0; at = lower.indexOf(email, at + 1)) {
    const before = lower.slice(Math.max(0, at - wanted.length - 4), at);
    if (!/[(<]\s*$/.test(before) || !before.replace(/[\s(<]+$/, "").endsWith(wanted)) continue;
    const line = raw.slice(raw.lastIndexOf("\n", at) + 1, at);
    if (!HEADER_LINE.test(line)) return true;
  }
  return false;
}

/** "Dana Reyes" when the address is dana.reyes@... and the text writes those words side by side. */
function nameOf(raw: string, email: string | null): string | null {
  if (!email) return null;
  const parts = email.slice(0, email.indexOf("@")).split(/[._-]/).filter((p) => /^\p{L}{2,}$/u.test(p));
  if (parts.length < 2) return null;
  const pattern = new RegExp(`(?<![\\p{L}])${parts.map((p) => p.replace(/[^\p{L}]/gu, "")).join("[\\s]{1,3}")}(?![\\p{L}])`, "iu");
  const m = pattern.exec(raw);
  return m ? m[0].replace(/\s+/g, " ") : null;
}
