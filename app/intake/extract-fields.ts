import { compileLexicon } from "./compile-lexicon.js";
import { findEmails } from "./detect-identities.js";
import { emptyHits, findConcepts, type ConceptHits } from "./find-concepts.js";
import { findDates } from "./find-dates.js";
import type { Concept } from "./lexicon/index.js";
import { KIND_CONCEPTS } from "./lexicon/kinds.js";
import { EXEC_LEAVER_CONCEPTS } from "./lexicon/exec-leaver.js";
import { CARBON_COPY_CONCEPTS } from "./lexicon/carbon-copy.js";
import { CARGO_DESTINATION_CONCEPTS } from "./lexicon/cargo-destination.js";
import { KEEP_ACTIVE_CONCEPTS } from "./lexicon/keep-active.js";
import { EXFILTRATION_CONCEPTS } from "./lexicon/exfiltration.js";
import { OUTSIDE_DESTINATION_CONCEPTS } from "./lexicon/outside-destination.js";
import { TARGET_CONCEPTS } from "./lexicon/targets.js";
import { normalizeText } from "./normalize-text.js";
import { REQUEST_KINDS, type RequestFile } from "./request-schema.js";
import { crossesSentence, SEP, tokenAtOffset, tokenize, type Tokens } from "./tokenize.js";

export type RequestKind = RequestFile["spec"]["reason"];

/** What the deterministic parser found in free text, and on what basis (confidence is computed from the basis). */
export interface ExtractedFields {
  /** Every address, as written (NFKC, lower case, invisible characters removed), the requester excluded. */
  candidates: string[];
  targetEmail: string | null;
  targetBasis: "only_address" | "action_context" | "ambiguous" | "none";
  /** The target stands where a target stands (after "offboard", "employee:", "target"...), not merely the only address. */
  targetInContext: boolean;
  employeeId: string | null;
  name: string | null;
  effectiveDate: string | null;
  dateBasis: "single" | "labelled" | "ambiguous_order" | "conflicting" | "none";
  kind: RequestKind | null;
  kindBasis: "single" | "majority" | "conflicting" | "none";
}

const EMPLOYEE_LABEL = ["employee", "email", "e mail", "work email", "work_email", "employee_email", "user_email", "primary_email", "target_email", "target", "user", "staff", "leaver", "mitarbeiter*", "employé*", "empleado*", "funcionári*", "colaborador*", "pracownik*", "сотрудник*", "çalışan", "社員", "员工", "員工", "직원", "الموظف*", "העובד*", "कर्मचारी", "کارمند",
  // The leaver's login named as such: "her login is x@", "Username: x@", "Benutzername: x@".
  "login", "username", "user name", "logon", "login name", "benutzername", "identifiant", "nom d utilisateur", "usuario", "nombre de usuario", "usuário", "nome de usuário", "nome utente", "gebruikersnaam", "nazwa użytkownika", "логин", "kullanıcı adı", "ユーザー名", "用户名", "사용자 이름", "اسم المستخدم"];
/** "to x@", "à x@": the address right after is a recipient. */
const RECIPIENT = ["to", "à", "a", "an", "para", "naar", "aan", "till", "til", "per", "do", "al", "au", "alla", "vers", "pro", "pra", "na", "verso", "ไปที่", "ไปยัง",
  // Tagalog, Hausa, Yoruba, Egyptian Arabic: "paki-send sa x@", "a tura zuwa x@", "ابعتها على x@".
  "sa", "kay", "zuwa", "sí", "على",
  // Indonesian/Malay, Swahili, Vietnamese, Greek, Cyrillic: "kirim ke x@", "tuma kwa x@", "sang x@", "στο x@", "надіслати на x@".
  "ke", "kepada", "kwa", "sang", "στο", "στη", "на",
  // Chinese "转发到 x@", "发给 x@", "给 x@ 发", Hebrew "ל-x@" (the prefix "to"), and the sender named before the address: "email it to me at x@".
  "到", "给", "給", "ל", "me at", "him at", "her at", "us at", "them at", "به", "إلى", "الى"];
/** After the address, a postposition or case ending meaning "to", then the verb: "x@-এ পাঠিয়ে দিন", "x@ pe bhej dena", "x@ पर भेजें", "x@ に送って", "x@로 보내", "x@'e gönderin". */
const POST_RECIPIENT = ["এ", "তে", "pe", "par", "ko", "पर", "को", "に", "宛", "宛て", "まで", "로", "으로", "에게", "에", "e", "ye", "a", "ya", "adresine", "adresime",
  // kk (Kazakh): "x@ мекенжайына жіберіңіздер" (to the address x@, send)
  "мекенжайына", "мекенжайға", "адресіне", "адресына", "поштасына"];
/**
 * "to the address x@", "an meine Adresse x@", "gửi về địa chỉ x@", "til adressen x@": the word for an
 * address between the recipient marker (or a send verb that carries it: "gửi về") and the address.
 */
const ADDRESS_NOUN = ["address", "email", "e mail", "mail", "email address", "e mail address", "mail address", "adresse", "adressen", "mailadresse", "e mail adresse", "emailadresse", "adres", "e mailadres", "mailadres", "adresa", "adresu", "adress", "dirección", "direccion", "endereço", "indirizzo", "địa chỉ", "địa chỉ email", "alamat", "alamat email", "osoite", "osoitteeseen", "διεύθυνση", "címre", "címét", "адрес", "адресу", "ที่อยู่", "อีเมล", "آدرس", "عنوان"];
/** "at x@" after a verb that puts the data down: "park a copy of her files at x@", "déposez l'export chez x@". */
const PLACE_AT = ["at", "bei", "chez", "presso", "bij"];
/** The Chinese send verb as one character after "给 x@" ("给 x@ 发她的邮箱导出"; SEND lists the compounds "发给", "发送"). */
const SEND_ZH = ["发", "發", "寄"];
/** After a send verb, "share it with x@" names a recipient too. */
const SHARED_WITH = ["with", "mit", "avec", "con", "com", "met"];
const LEX = compileLexicon({ ACTION: TARGET_CONCEPTS.ACTION, PERSON_ACTION: TARGET_CONCEPTS.PERSON_ACTION, TARGET_NOUN: TARGET_CONCEPTS.TARGET_NOUN, LEAVER_INTRO: EXEC_LEAVER_CONCEPTS.LEAVER_INTRO, EMPLOYEE_LABEL, HANDOVER_VERB: TARGET_CONCEPTS.HANDOVER_VERB, ROLE_PERSON: TARGET_CONCEPTS.ROLE_PERSON, RECIPIENT, POST_RECIPIENT, SHARED_WITH, ADDRESS_NOUN, SEND: EXFILTRATION_CONCEPTS.SEND, SEND_ZH, SECRET: EXFILTRATION_CONCEPTS.SECRET, EXFIL_OBJECT: EXFILTRATION_CONCEPTS.EXFIL_OBJECT, SHARED_TO: OUTSIDE_DESTINATION_CONCEPTS.SHARED_TO, OUTSIDE_PARTY: OUTSIDE_DESTINATION_CONCEPTS.OUTSIDE_PARTY, PERSONAL_ADDRESS: TARGET_CONCEPTS.PERSONAL_ADDRESS, ...CARBON_COPY_CONCEPTS, ...CARGO_DESTINATION_CONCEPTS, PLACE_AT, ...KEEP_ACTIVE_CONCEPTS, ...KIND_CONCEPTS });
/**
 * What puts an address where a target stands: an action, "offboard", "target", an "Employee:" label, the leaver
 * introduced ("Austritt von Jana Weber (x@)", "Départ de", "退職者:": LEAVER_INTRO) (a hand-over or a role between undoes it).
 */
const CUES = ["ACTION", "PERSON_ACTION", "TARGET_NOUN", "LEAVER_INTRO", "EMPLOYEE_LABEL"].map((c) => LEX.id(c as Concept));
/** Tokens before a recipient address within which the send verb must stand ("send the PST ... to x@"). */
const SEND_REACH = 20;
/** Tokens between "her personal address" / "mon adresse perso est plus pratique :" and the address. */
const PERSONAL_REACH = 4;
const EMPLOYEE_ID = /\b(?:employee|staff|personnel|personal|emp)[ -]?(?:id|number|no|nr|nummer)\.?\s{0,3}[:#]?\s{0,3}([A-Z0-9][A-Z0-9-]{2,11})\b|\b(E\d{3,7})\b/gi;

/**
 * The deterministic free-text parser: addresses, the target among them (the only address, or the
 * only one standing where a target stands: after "offboard", "employee:", "target"...), employee
 * id, name (when the address's local part is written out as words), effective date and kind. It
 * never guesses: two equally good candidates give null and a basis saying why.
 */
export function extractFields(raw: string, options: { requester?: string | null; now: number }): ExtractedFields {
  const norm = normalizeText(raw);
  const tokens = tokenize(norm.text);
  const hits = emptyHits(LEX.names.length);
  findConcepts(tokens, LEX, hits);
  const requester = options.requester?.trim().toLowerCase() ?? null;
  // A hand-over verb or a role ("manager_email", "successor") between the cue and the address
  // makes it someone else's.
  const blockers = ["HANDOVER_VERB", "ROLE_PERSON"].map((c) => LEX.id(c as Concept));
  const all: string[] = [];
  const inContext = new Set<string>();
  // Addresses something is sent to ("forward her mailbox to x@", "send the PST to x@") or named as
  // a personal mailbox ("mon adresse perso : x@"): where data goes, never the leaver.
  const destinations = new Set<string>();
  // Addresses put in copy ("Cc: x@", "cc'ing her manager (x@)", "put x@ in cc"), where the data named before goes ("her
  // passwords should go to x@") or named as an outside party's ("the external auditor (x@)", "her new employer, x@"): no target either, but weaker than a send, so the one address left is no "only address"
  // ("From: Greta <g@>⏎To: …⏎Cc: Jan <j@>").
  const aside = new Set<string>();
  let previousInContext = -10;
  for (const found of findEmails(norm.text)) {
    const email = clean(raw.slice(norm.originOf(found.start), found.end >= norm.text.length ? raw.length : norm.originOf(found.end)));
    if (email === requester || email === "") continue;
    if (!all.includes(email)) all.push(email);
    const first = tokenAtOffset(tokens, found.start);
    const last = tokenAtOffset(tokens, found.end - 1);
    if (isDestination(tokens, hits, first, last)) destinations.add(email);
    else if (copiedTo(tokens, hits, first, last) || cargoTo(tokens, hits, first, last) || outsideParty(tokens, hits, first, last)) aside.add(email);
    if (first - previousInContext <= 2 || hasCueBefore(tokens, hits, first, CUES, blockers)) {
      inContext.add(email);
      previousInContext = tokenAtOffset(tokens, found.end - 1);
    }
  }
  for (const d of destinations) inContext.delete(d);
  for (const d of aside) inContext.delete(d);
  const eligible = all.filter((a) => !destinations.has(a) && !aside.has(a));
  let targetEmail: string | null = null;
  let targetBasis: ExtractedFields["targetBasis"] = all.length === 0 ? "none" : "ambiguous";
  if (eligible.length === 1 && all.length === 1) [targetEmail, targetBasis] = [eligible[0] ?? null, "only_address"];
  else if (inContext.size === 1) [targetEmail, targetBasis] = [[...inContext][0] ?? null, "action_context"];
  else if (eligible.length === 1 && aside.size === 0) [targetEmail, targetBasis] = [eligible[0] ?? null, "only_address"];

  const ids = new Set([...raw.matchAll(EMPLOYEE_ID)].map((m) => (m[1] ?? m[2] ?? "").toUpperCase()));
  const dates = findDates(raw, options.now);
  const distinct = [...new Set(dates.map((d) => d.date))];
  const labelled = [...new Set(dates.filter((d) => d.labelled).map((d) => d.date))];
  let effectiveDate: string | null = null;
  let dateBasis: ExtractedFields["dateBasis"] = distinct.length === 0 ? "none" : "conflicting";
  if (distinct.length === 1) [effectiveDate, dateBasis] = [distinct[0] ?? null, dates.some((d) => d.ambiguous) ? "ambiguous_order" : "single"];
  else if (labelled.length === 1) [effectiveDate, dateBasis] = [labelled[0] ?? null, "labelled"];

  const counts = REQUEST_KINDS.map((k) => (hits.starts[LEX.id(k as Concept)] ?? []).length);
  const best = Math.max(...counts);
  const winners = REQUEST_KINDS.filter((_, i) => counts[i] === best && best > 0);
  const kind = winners.length === 1 ? (winners[0] ?? null) : null;
  const kindBasis: ExtractedFields["kindBasis"] = best === 0 ? "none" : winners.length > 1 ? "conflicting" : counts.filter((c) => c > 0).length > 1 ? "majority" : "single";

  return { candidates: all, targetEmail, targetBasis, targetInContext: targetEmail !== null && inContext.has(targetEmail), employeeId: ids.size === 1 ? ([...ids][0] ?? null) : null, name: nameOf(raw, targetEmail), effectiveDate, dateBasis, kind, kindBasis };
}

function clean(s: string): string {
  return s
    .replace(/[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, "")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/^[.'"]+|[.'"]+$/g, "");
}


/** A target cue in the six tokens before (or a label on the line above), with no sentence end, hand-over verb ("transfer her drive to") or role ("manager_email") nearer, and no "to" right before. */
function hasCueBefore(tokens: Tokens, hits: ConceptHits, first: number, cues: number[], blockers: number[]): boolean {
  if (first > 0 && hits.at.has(first - 1, LEX.id("RECIPIENT" as Concept))) return false;
  for (let j = first - 1; j >= Math.max(0, first - 6); j--) {
    const blocked = hits.at.hasAny(j, blockers);
    const boundary = tokens.sep[j + 1] ?? 0;
    // A label on the line just above the address ("### Employee email", "Target") names it, as a
    // form's heading names its answer; a sentence ending before it does not.
    if (boundary & (SEP.sentence | SEP.paragraph)) return j === first - 1 && !(boundary & SEP.sentence) && !blocked && hits.at.hasAny(j, cues);
    if (blocked) return false;
    if (hits.at.hasAny(j, cues)) return true;
  }
  return false;
}

/**
 * Whether the address at token `first` is where something is to be sent: a recipient ("to", "à",
 * "na", "pro", "with", or a forwarding parameter like -ForwardingSmtpAddress) after a send verb in the
 * same sentence, or an address introduced as a personal mailbox ("her personal address",
 * "mon adresse perso est plus pratique :", "na prywatny mail").
 */
function isDestination(tokens: Tokens, hits: ConceptHits, first: number, last: number): boolean {
  const personalEnds = hits.ends[PERSONAL];
  if (personalEnds !== undefined) {
    for (let k = 0; k < personalEnds.length; k++) {
      const end = personalEnds[k] ?? -1;
      if (end >= first || first - end - 1 > PERSONAL_REACH) continue;
      if (!crossesSentence(tokens, end + 1, first)) return true;
    }
  }
  if (first < 1) return false;
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
function copiedTo(tokens: Tokens, hits: ConceptHits, first: number, last: number): boolean {
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
function cargoTo(tokens: Tokens, hits: ConceptHits, first: number, last: number): boolean {
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
function outsideParty(tokens: Tokens, hits: ConceptHits, first: number, last: number): boolean {
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

/** Whether a sentence end, paragraph or line break separates token `from - 1` from token `to` (separators of tokens from..to). */
function crossesLine(tokens: Tokens, from: number, to: number): boolean {
  for (let j = from; j <= to; j++) if ((tokens.sep[j] ?? 0) & (SEP.sentence | SEP.paragraph | SEP.newline)) return true;
  return false;
}

/** A token's length in quarter-words: 1 for a Thai letter, 2 for a Han or kana character, 4 for a word. */
function quarterWords(key: string): number {
  const c = key.charCodeAt(0);
  return key.length === 1 ? (c >= 0x3040 ? 2 : c >= 0x0e01 && c <= 0x0e4e ? 1 : 4) : 4;
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
  const apposed = ((tokens.sep[first] ?? 0) & (SEP.clause | SEP.keyValue)) !== 0 && ((tokens.sep[first] ?? 0) & (SEP.sentence | SEP.paragraph)) === 0;
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

/** "Dana Reyes" when the address is dana.reyes@... and the text writes those words side by side. */
function nameOf(raw: string, email: string | null): string | null {
  if (!email) return null;
  const parts = email.slice(0, email.indexOf("@")).split(/[._-]/).filter((p) => /^\p{L}{2,}$/u.test(p));
  if (parts.length < 2) return null;
  const pattern = new RegExp(`(?<![\\p{L}])${parts.map((p) => p.replace(/[^\p{L}]/gu, "")).join("[\\s]{1,3}")}(?![\\p{L}])`, "iu");
  const m = pattern.exec(raw);
  return m ? m[0].replace(/\s+/g, " ") : null;
}
