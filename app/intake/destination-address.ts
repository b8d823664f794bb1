import type { Concept } from "./lexicon/index.js";
import type { ConceptHits } from "./find-concepts.js";
import { CUES, LEX } from "./extract-lexicon.js";
import { crossesSentence, quarterWords } from "./token-queries.js";
import { SEP, type Tokens } from "./tokenize.js";
import { storedIn } from "./storage-destination.js";

/** Which address of free text is a destination (sent, copied or handed to, put down at), not the leaver's: for extract-fields.ts. */

/** Tokens before a recipient address within which the send verb must stand ("send the PST ... to x@"). */
const SEND_REACH = 20;
/** Tokens between "her personal address" / "mon adresse perso est plus pratique :" and the address. */
const PERSONAL_REACH = 4;

/**
 * Whether the address at token `first` is where something is to be sent: a recipient ("to", "à",
 * "na", "pro", "with", or a forwarding parameter like -ForwardingSmtpAddress) after a send verb in the
 * same sentence, or an address introduced as a personal mailbox ("her personal address",
 * "mon adresse perso est plus pratique :", "na prywatny mail").
 */
export function isDestination(tokens: Tokens, hits: ConceptHits, first: number, last: number): boolean {
  const personalEnds = hits.ends[PERSONAL];
  if (personalEnds !== undefined) {
    for (let k = 0; k < personalEnds.length; k++) {
      const end = personalEnds[k] ?? -1;
      if (end >= first || first - end - 1 > PERSONAL_REACH) continue;
      if (!crossesSentence(tokens, end + 1, first)) return true;
    }
  }
  if (first < 1) return false;
  if (storedIn(tokens, hits, first, last)) return true;
  let before = first - 1;
  // "-ForwardingSmtpAddress x@": the parameter is both the verb and the recipient marker.
  if (hits.at.hasAny(before, SENDS) && FORWARD_PARAMETER.test(tokens.keys[before] ?? "")) return true;
  // A field named for where something goes: "mail_forward: x@", "drive_transfer_to: x@", "crm_contacts_export = x@".
  if ((tokens.sep[first] ?? 0) & SEP.keyValue && DESTINATION_FIELD.test(tokens.keys[before] ?? "")) return true;
  // The party named first, its address after it: "email it to the agency at x@", "to the contractor running the migration, x@".
  before = recipientBeforeParty(tokens, hits, first, before);
  // "to the address x@", "gửi về địa chỉ x@": past the word for an address, and the article or
  // adjective before it, to the recipient marker or the send verb that carries one.
  const noun = hitEndingAt(hits, ADDRESS, before);
  if (noun >= 0 && !((tokens.sep[first] ?? 0) & (SEP.sentence | SEP.paragraph))) {
    for (let j = noun - 1; j >= Math.max(0, noun - 1 - NOUN_REACH); j--) {
      if ((tokens.sep[j + 1] ?? 0) & (SEP.sentence | SEP.paragraph)) break;
      if (hits.at.hasAny(j, RECIPIENTS) || hitEndingAt(hits, RECIPIENT_ID, j) >= 0) {
        before = j;
        break;
      }
      if (hitEndingAt(hits, SENDS[0]!, j) >= 0) return true;
    }
  }
  // A postposition after the address and the verb right after it: "x@-এ পাঠিয়ে দিন", "x@ pe bhej dena".
  if (last + 2 < tokens.count && hits.at.has(last + 1, POST_ID) && !((tokens.sep[last + 1] ?? 0) & (SEP.sentence | SEP.paragraph))) {
    for (let j = last + 2; j < Math.min(tokens.count, last + 2 + VERB_AFTER); j++) {
      if ((tokens.sep[j] ?? 0) & (SEP.sentence | SEP.paragraph)) break;
      if (hits.at.hasAny(j, SENDS)) return true;
    }
  }
  // A Korean postposition glued to the address ("x@example.net로 보내 주세요"): the verb right after it.
  if (GLUED_POST.test(tokens.keys[last] ?? "")) {
    for (let j = last + 1; j < Math.min(tokens.count, last + 1 + VERB_AFTER); j++) {
      if ((tokens.sep[j] ?? 0) & (SEP.sentence | SEP.paragraph)) break;
      if (hits.at.hasAny(j, SENDS)) return true;
    }
  }
  if (!hits.at.hasAny(before, RECIPIENTS) && hitEndingAt(hits, RECIPIENT_ID, before) < 0) return false;
  // The verb last ("das Postfach an x@ weiterleiten"): right after the address.
  for (let j = last + 1; j < Math.min(tokens.count, last + 1 + VERB_AFTER); j++) {
    if ((tokens.sep[j] ?? 0) & (SEP.sentence | SEP.paragraph)) break;
    if (hits.at.hasAny(j, SENDS)) return true;
  }
  // Measured in quarter-words, as the phrase rules measure gaps: a Han or kana character is half
  // a word and a Thai letter a quarter (those scripts make every character a token).
  let reach = 4 * SEND_REACH;
  for (let j = before - 1; j >= 0 && reach > 0; j--) {
    if ((tokens.sep[j + 1] ?? 0) & (SEP.sentence | SEP.paragraph)) return false;
    if (hits.at.hasAny(j, SENDS)) return true;
    reach -= quarterWords(tokens.keys[j] ?? "");
  }
  return false;
}

/** Tokens before an address within which "cc" makes it a copy's recipient ("cc'ing her skip-level and payroll (x@)"); a "Cc:" header line reaches its end. */
const COPY_BEFORE = 8;
const HEADER_REACH = 40;
const COPY = LEX.id("CARBON_COPY" as Concept);

/**
 * Whether the address is put in copy of mail (CARBON_COPY, lexicon/carbon-copy.ts): "cc everything to x@", "Bcc: x@", "cc
 * x@", "cc'ing her manager and payroll (x@)" (up to COPY_BEFORE tokens, no target cue such as "disable" between, no line
 * end), every address of a "Cc:" header line, and the copy named after the address, "put x@ in cc", "x@ en copie", "x@ in
 * CC setzen" (a phrase or a word in another script there: a bare "cc" after "dana@ (cc her manager)" copies someone else).
 * Not a send verb for isDestination: "To: x@⏎Cc: y@" sends nothing to x@.
 */
export function copiedTo(tokens: Tokens, hits: ConceptHits, first: number, last: number): boolean {
  const starts = hits.starts[COPY];
  const ends = hits.ends[COPY];
  if (starts === undefined || ends === undefined || starts.length === 0) return false;
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k] ?? -1;
    const e = ends[k] ?? -1;
    if (s > last && s - last <= 2 && (e > s || (tokens.keys[s] ?? "").charCodeAt(0) > 0x7f) && !crossesLine(tokens, last + 1, s)) return true;
    if (e >= first || first - e > HEADER_REACH || crossesLine(tokens, e + 1, first)) continue;
    // A header line: "Cc:" first on its line, the addresses after it to the line end.
    if (((tokens.sep[e + 1] ?? 0) & SEP.keyValue) !== 0 && (s === 0 || ((tokens.sep[s] ?? 0) & (SEP.newline | SEP.paragraph)) !== 0)) return true;
    if (first - e > COPY_BEFORE) continue;
    let cue = false;
    for (let j = e + 1; j < first && !cue; j++) cue = hits.at.hasAny(j, CUES);
    if (!cue) return true;
  }
  return false;
}

const GOES = LEX.id("CARGO_GOES" as Concept);
const AT_ID = LEX.id("PLACE_AT" as Concept);
const PLACE_ID = LEX.id("PLACE_VERB" as Concept);
const ACTIVE_ID = LEX.id("ACTIVE_WORD" as Concept);
/** Tokens before "to x@" within which the data named makes the address where it goes. */
const CARGO_REACH = 10;

/**
 * The data named before "to x@", whatever the verb, with no target cue between: "her passwords should go to x@", "la
 * exportación de su buzón vaya a x@", "eksport jej skrzynki ma trafić do x@" (not "disable her mailbox and the account, to
 * x@": a cue nearer). Weaker than a send verb: such an address is no target, but leaves no other as the only one ("her
 * OneDrive goes to her manager Tim (x@) ... pointing crew to y@").
 */
export function cargoTo(tokens: Tokens, hits: ConceptHits, first: number, last: number): boolean {
  const before = first - 1;
  if (before < 1) return false;
  // "ends up at x@", "landet bei x@" (CARGO_GOES, lexicon/cargo-destination.ts); "at x@" only after a verb that puts the data down.
  const goes = hitEndingAt(hits, GOES, before);
  const placed = goes < 0 && hits.at.has(before, AT_ID);
  if (goes < 0 && !placed && !hits.at.hasAny(before, RECIPIENTS) && hitEndingAt(hits, RECIPIENT_ID, before) < 0) return false;
  // "leave her mailbox at x@ active": the account itself, kept as it is.
  if (placed) for (let j = last + 1; j <= Math.min(tokens.count - 1, last + 3); j++) if (hits.at.has(j, ACTIVE_ID)) return false;
  let cargo = false;
  for (let j = (goes >= 0 ? goes : before) - 1; j >= Math.max(0, before - CARGO_REACH); j--) {
    if ((tokens.sep[j + 1] ?? 0) & (SEP.sentence | SEP.paragraph) || hits.at.hasAny(j, CUES)) return false;
    if (!cargo && hits.at.hasAny(j, CARGO)) {
      if (!placed) return true;
      cargo = true;
    } else if (cargo && hits.at.has(j, PLACE_ID)) return true;
  }
  return false;
}

/**
 * The address given right beside an outside party it belongs to (OUTSIDE_PARTY): "the external auditor (x@)", "an den
 * externen Prüfer x@", "x@ (her new employer)". Only next to it (an article or bracket between at most): "the litigation hold
 * from outside counsel, the offboarding of x@" names the leaver.
 */
export function outsideParty(tokens: Tokens, hits: ConceptHits, first: number, last: number): boolean {
  const starts = hits.starts[OUTSIDE];
  const ends = hits.ends[OUTSIDE];
  if (starts === undefined || ends === undefined) return false;
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k] ?? -1;
    const e = ends[k] ?? -1;
    if (e < first && first - e <= 1 && !crossesLine(tokens, e + 1, first)) return true;
    if (s > last && s - last <= 2 && (tokens.sep[last + 1] ?? 0) & SEP.open && !crossesLine(tokens, last + 1, s)) return true;
  }
  return false;
}

/** Tokens between a contact word after an address and the address ("x@ までお問い合わせ"). */
const CONTACT_AFTER = 3;
/** Tokens between the person named ("her manager", "his intern") and their address. */
const TIED_REACH = 5;

/**
 * The address of the leaver's own manager, or of someone tied to the leaver, named right before it in its sentence: "Her
 * manager is tom.berg@", "questions to his line manager Tom Berg (tom.berg@)", "ihre Vorgesetzte anna.roth@" (LEAVER_BOSS,
 * lexicon/leaver-boss.ts), "her assistant Kareem Nasser (k.nasser@)" (RELATED_PERSON, lexicon/extra-person.ts). Someone
 * else's, so no target; taken as the only address, the manager was parsed as the leaver, and an extra person slipped in
 * became "the leaver". Not a cue nearer to the address ("her manager asked us to offboard x@").
 */
export function tiedPersonAddress(tokens: Tokens, hits: ConceptHits, first: number): boolean {
  return namedBefore(tokens, hits, BOSS, first) || namedBefore(tokens, hits, RELATED, first);
}

/**
 * An address given as whom to ask, or under a role's label, right before it on its line (not "Glasgow contact centre⏎x@"): "Questions -> x@", "Contact for
 * queries: x@", "Referente: x@", "Подробности у меня: x@" (CONTACT_FOR, lexicon/sign-off.ts); "Line manager: Isabelle Moreau
 * x@", "Manager: Paolo Conti (x@)", "manager_email: x@" (ROLE_PERSON then ':'). A contact or the role's holder, not the
 * leaver; or whom to ask right after it, "x@ までお問い合わせください". Not with a target cue between ("Contact: please offboard x@").
 */
export function contactAddress(tokens: Tokens, hits: ConceptHits, first: number, last: number): boolean {
  if (namedBefore(tokens, hits, CONTACT, first, crossesLine)) return true;
  // Whom to ask after the address, as Japanese and Korean put it: "上長の x@ までお問い合わせください", "x@ 으로 문의".
  for (const s of hits.starts[CONTACT] ?? []) if (s > last && s - last <= CONTACT_AFTER && !crossesLine(tokens, last + 1, s)) return true;
  const ends = hits.ends[ROLE];
  if (ends === undefined) return false;
  for (let k = 0; k < ends.length; k++) {
    const e = ends[k] ?? -1;
    if (e >= first || first - e > TIED_REACH || ((tokens.sep[e + 1] ?? 0) & SEP.keyValue) === 0 || crossesLine(tokens, e + 1, first)) continue;
    if (!hits.at.hasAnyIn(e + 1, first - 1, CUES)) return true;
  }
  return false;
}

/** Whether a hit of `concept` ends up to TIED_REACH tokens before token `first`, in its sentence (or line), with no target cue after it. */
function namedBefore(tokens: Tokens, hits: ConceptHits, concept: number, first: number, crosses = crossesSentence): boolean {
  const ends = hits.ends[concept];
  if (ends === undefined) return false;
  for (let k = 0; k < ends.length; k++) {
    const e = ends[k] ?? -1;
    if (e >= first || first - e > TIED_REACH || crosses(tokens, e + 1, first)) continue;
    if (!hits.at.hasAnyIn(e + 1, first - 1, CUES)) return true;
  }
  return false;
}

/** Whether a sentence end, paragraph or line break separates token `from - 1` from token `to` (separators of tokens from..to). */
function crossesLine(tokens: Tokens, from: number, to: number): boolean {
  for (let j = from; j <= to; j++) if ((tokens.sep[j] ?? 0) & (SEP.sentence | SEP.paragraph | SEP.newline)) return true;
  return false;
}

/** The first token of a hit of `concept` that ends at token `end`, or -1. */
function hitEndingAt(hits: ConceptHits, concept: number, end: number): number {
  const ends = hits.ends[concept];
  if (ends === undefined) return -1;
  for (let k = 0; k < ends.length; k++) if (ends[k] === end) return hits.starts[concept]?.[k] ?? -1;
  return -1;
}

/** Tokens between a recipient marker and the word for an address: "an meine private Adresse", "to the address". */
const NOUN_REACH = 3;
const ADDRESS = LEX.id("ADDRESS_NOUN" as Concept);
const RECIPIENT_ID = LEX.id("RECIPIENT" as Concept);
const POST_ID = LEX.id("POST_RECIPIENT" as Concept);

/** An address's last token with "to" glued on in Hangul: "net로", "com으로", "net에게" (decomposed, as the text is normalised). */
const GLUED_POST = new RegExp("[a-z0-9](?:" + ["으로", "로", "에게", "에"].map((p) => p.normalize("NFD")).join("|") + ")$");
/** Tokens after the address within which a final verb counts: "x@example.net weiterleiten", "x@example.net adresine gönderin". */
const VERB_AFTER = 3;

/** Send verbs, and the participles of the passive ("seja compartilhado com x@", "shared with x@"). */
const SENDS = [LEX.id("SEND" as Concept), LEX.id("HANDOVER_VERB" as Concept), LEX.id("SHARED_TO" as Concept), LEX.id("SEND_ZH" as Concept)];
const RECIPIENTS = [LEX.id("RECIPIENT" as Concept), LEX.id("SHARED_WITH" as Concept)];
const PERSONAL = LEX.id("PERSONAL_ADDRESS" as Concept);
const OUTSIDE = LEX.id("OUTSIDE_PARTY" as Concept);
const BOSS = LEX.id("LEAVER_BOSS" as Concept);
const RELATED = LEX.id("RELATED_PERSON" as Concept);
const CONTACT = LEX.id("CONTACT_FOR" as Concept);
/** What is sent: the leaver's secrets or data. */
const CARGO = [LEX.id("SECRET" as Concept), LEX.id("EXFIL_OBJECT" as Concept)];

/** Exchange and similar settings whose value is where mail goes. */
const FORWARD_PARAMETER = /^forwarding(smtp)?address$|^forward_?to$|^redirect_?to$/;
/** A snake_case field whose name says its value is where something is forwarded, transferred, exported, shared or sent. */
const DESTINATION_FIELD = /^(?:[a-z0-9]+_)*(?:forward|forwarding|redirect|transfer|export|share|send|copy|deliver|upload)(?:_[a-z0-9]+)*$/;

/** Tokens between a recipient marker and the address that follows the party it names ("to the transfer space of Hartley & Marsh LLP at x@"). */
const PARTY_REACH = 8;

/**
 * When the address follows the party it belongs to, the recipient marker before that party: "to
 * the agency at x@" ("at" right before the address), "to the contractor running the data
 * migration, x@" (a comma or colon right before it), "an ihren Nachfolger x@" (a role noun right
 * before it). The token to read as `before`, else `before`
 * itself. Stops at a sentence end and at a target cue ("to me, and offboard x@").
 */
function recipientBeforeParty(tokens: Tokens, hits: ConceptHits, first: number, before: number): number {
  const at = tokens.keys[before] === "at" && ((tokens.sep[before] ?? 0) & (SEP.sentence | SEP.paragraph | SEP.clause)) === 0;
  // (Or in brackets after the party: "sent to her consultancy (x@)", "copiados para um Google Drive externo (x@)".)
  const apposed = ((tokens.sep[first] ?? 0) & (SEP.clause | SEP.keyValue | SEP.open)) !== 0 && ((tokens.sep[first] ?? 0) & (SEP.sentence | SEP.paragraph)) === 0;
  // A role noun right before the address, or before the name it gives: "an ihren Nachfolger x@ schicken", "to her
  // successor x@", "an ihre Nachfolgerin Anna Berg (x@) weiterleiten".
  const role = roleBefore(tokens, hits, before) && ((tokens.sep[first] ?? 0) & (SEP.sentence | SEP.paragraph)) === 0;
  if (!at && !apposed && !role) return before;
  for (let j = at ? before - 1 : before; j >= Math.max(0, first - 1 - PARTY_REACH); j--) {
    if (hits.at.hasAny(j, RECIPIENTS)) return j;
    if (hits.at.hasAny(j, CUES) || hits.at.hasAny(j, SENDS)) return before;
    if ((tokens.sep[j] ?? 0) & (SEP.sentence | SEP.paragraph)) return before;
  }
  return before;
}
const ROLE = LEX.id("ROLE_PERSON" as Concept);
/** Most name words between a role noun and the address: "her successor Anna Maria Berg (x@)". */
const NAME_WORDS = 3;

/** A role noun at `before`, or up to NAME_WORDS words before it with nothing but spaces between (the name it introduces). */
function roleBefore(tokens: Tokens, hits: ConceptHits, before: number): boolean {
  for (let j = before; j >= Math.max(0, before - NAME_WORDS); j--) {
    if (hits.at.has(j, ROLE)) return true;
    if ((tokens.sep[j] ?? 0) !== 0) return false;
  }
  return false;
}
