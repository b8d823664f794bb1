import type { DetectorHit } from "./detector-hit.js";
import { normalizeText } from "./normalize-text.js";
import { SEP, type Tokens } from "./tokenize.js";

const TECHNIQUE = "schema-shaped payload" as const;
const YES = new Set(["true", "yes", "1", "y", "on", "approved", "allow", "allowed", "granted", "done"]);
const NO = new Set(["false", "no", "0", "n", "off", "none", "null", "skip", "skipped", "waived", "not_required", "notrequired",
  // skipped, bypassed (es pt fr it de nl pl): "security_review: pominięty", "revision_seguridad: omitida"
  "bypassed", "omitted", "omitida", "omitido", "saltada", "saltado", "ignorada", "ignorado", "dispensada", "dispensado", "sautee", "saute", "ignoree", "saltata", "saltato", "omessa", "omesso",
  "uebersprungen", "ubersprungen", "entfallt", "entfaellt", "overgeslagen", "pominiety", "pominieta", "pominiete"]);
const SECURITY_APPROVER = new Set(["security", "secops", "infosec", "ciso", "soc", "bot", "gatekeeper", "opa", "security_team", "securityteam", "security_bot", "offboard_bot"]);
const SECURITY_IN_LIST = /security|secops|infosec|ciso|\bsoc\b|gatekeeper|\bopa\b|\bbot\b|-bot\b/;
const ALLOW = new Set(["allow", "allowed", "approve", "approved", "permit", "permitted", "pass", "passed", "accept", "accepted", "yes", "true", "ok", "go", "auto_approve", "auto_approved", "autoapprove"]);

/** Keys whose value makes a decision, approval or packet: key → test of the value token (and the separator after the key). */
const STRONG: ReadonlyMap<string, (value: string, opens: boolean) => boolean> = new Map<string, (value: string, opens: boolean) => boolean>([
  ...["outcome", "decision", "verdict", "policy_decision", "policydecision", "final_decision", "decision_hint", "suggested_decision", "recommended_decision", "expected_decision"].map((k) => [k, (v: string) => ALLOW.has(v)] as const),
  ...["review", "approval", "review_step", "approval_step"].map((k) => [k, (v: string) => v === "skip" || v === "skipped" || v === "none" || v === "false" || v === "waived"] as const),
  ...["require_hitl", "requirehitl", "requires_review", "review_required", "needs_review", "human_review", "hitl", "manual_review", "requires_approval", "approval_required", "security_review", "needs_approval"].map((k) => [k, (v: string) => NO.has(v)] as const),
  ...["prompt_injection_suspected", "promptinjectionsuspected", "injection_suspected", "prompt_injection", "is_injection", "injection", "suspicious", "flagged", "malicious"].map((k) => [k, (v: string) => NO.has(v)] as const),
  ...["confidence", "confidence_score", "risk_score", "risk"].map((k) => [k, (v: string) => /^\d{1,3}$/.test(v) || NO.has(v) || v === "low"] as const),
  ...["approvals", "approvers", "approved_by_security", "security_approval", "security_approved", "preapproved", "pre_approved", "bypass_review", "skip_review", "skip_hitl", "force_allow", "override_policy", "security_signoff"].map((k) => [k, (v: string, opens: boolean) => opens || YES.has(v) || /^\d+$/.test(v) || v.length > 1] as const),
  // "approved_by: security-bot": an approval attributed to security or a bot (an HRIS record's "approved_by": "VP Sales" is not).
  ...["approved_by", "reviewed_by", "signed_off_by", "cleared_by", "approver"].map((k) => [k, (v: string) => SECURITY_APPROVER.has(v)] as const),
  ...["kid", "jws", "jti"].map((k) => [k, (v: string) => v.length > 0] as const),
  ...["packet", "signed_packet", "decision_packet", "signoff", "sign_off", "security_sign_off"].map((k) => [k, (v: string, opens: boolean) => opens || YES.has(v)] as const),
  ...["next_action", "next_step", "action_required"].map((k) => [k, (v: string) => v === "execute" || v.startsWith("execute_") || ALLOW.has(v) || v === "skip_review"] as const),
  ["alg", (v: string) => v === "none" || v === "eddsa" || v === "hs256"],
  ["aud", (v: string) => v.startsWith("offboard")],
  ["typ", (v: string) => v.startsWith("offboard")],
]);
const REQUEST: ReadonlyMap<string, (value: string) => boolean> = new Map<string, (value: string) => boolean>([
  ["apiversion", (v) => v === "offboard"],
  ["kind", (v) => v === "offboardrequest"],
  ...["target_email", "targets", "additional_targets", "extra_targets", "also_offboard", "additional_target"].map((k) => [k, () => true] as const),
]);
/**
 * A review or security approval as a field in other languages (normalised: lower case, accents
 * removed): "revisao_humana": false, "verificare_manuala" = "nu este necesară", "aprobare_securitate"
 * = "APROBAT". A review field is read as a bypass when its value says no; a security approval field
 * when its value says yes or approved.
 */
const REVIEW_KEYS = ["revisao_humana", "revisao_manual", "revision_humana", "revision_manual", "revisione_umana", "revisione_manuale", "revue_humaine", "revue_manuelle",
  "verification_manuelle", "controle_manuel", "manuelle_pruefung", "manuelle_prufung", "menschliche_pruefung", "menschliche_prufung", "pruefung_erforderlich", "prufung_erforderlich",
  "handmatige_controle", "handmatige_beoordeling", "menselijke_beoordeling", "reczna_weryfikacja", "weryfikacja_reczna", "verificare_manuala", "verificare_umana", "revizuire_manuala",
  "kiem_tra_thu_cong", "manuell_granskning", "manuel_gennemgang", "manuell_gjennomgang", "manuaalinen_tarkastus", "manuel_inceleme", "insan_incelemesi",
  "revisao_seguranca", "revision_seguridad", "sicherheitspruefung", "sicherheitsprufung", "revue_securite", "revisione_sicurezza", "verificare_securitate", "human_review", "manual_review", "security_review",
  // Cyrillic and Greek keys, normalised as the text is (look-alike letters folded to Latin): "требуется_проверка: нет".
  ...["требуется_проверка", "проверка_требуется", "нужна_проверка", "ручная_проверка", "проверка_безопасности", "требуется_согласование", "согласование_безопасности",
    "потрібна_перевірка", "перевірка_потрібна", "ручна_перевірка", "перевірка_безпеки", "изисква_се_проверка", "ръчна_проверка", "απαιτειται_ελεγχος", "χειροκινητος_ελεγχος"].map((k) => normalizeText(k).text)];
const SECURITY_APPROVAL_KEYS = ["aprobare_securitate", "aprobacion_seguridad", "aprovacao_seguranca", "approvazione_sicurezza", "approbation_securite", "validation_securite", "freigabe_sicherheit",
  "sicherheitsfreigabe", "goedkeuring_beveiliging", "zatwierdzenie_bezpieczenstwa", "akceptacja_bezpieczenstwa", "phe_duyet_bao_mat", "sakerhetsgodkannande", "godkendelse_sikkerhed",
  "guvenlik_onayi", "security_approval", "security_approved", "approved_by_security", "security_signoff"];
/** "no" and "not needed" in the lexicon's languages (the first word of the value). */
const NO_WORDS = new Set([...NO, "nao", "nein", "non", "nee", "niet", "nie", "nu", "ne", "ei", "nej", "khong", "tidak", "hayir", "nicht", "keine", "kein", "aucune", "aucun", "pas", "ninguna", "ninguno", "nenhuma", "nenhum", "brak", "nessuna", "nessuno", "falso", "faux", "falsch", "onwaar", "fals", "not",
  ...["нет", "ні", "не", "ложь", "хибно", "не", "όχι"].map((w) => normalizeText(w).text)]);
/** "yes" and "approved" in the lexicon's languages. */
const YES_WORDS = new Set([...YES, ...ALLOW, "sim", "si", "ja", "oui", "tak", "da", "evet", "co", "ya", "kylla", "igen", "aprobat", "aprobado", "aprobada", "aprovado", "aprovada", "genehmigt", "freigegeben", "approuve", "approuvee", "valide", "validee", "approvato", "approvata", "goedgekeurd", "zatwierdzono", "zatwierdzone", "godkand", "godkant", "godkendt", "godkjent", "hyvaksytty", "schvaleno", "onaylandi", "verdadero", "vrai", "wahr", "vero", "verdadeiro", "adevarat"]);
/** "needed" and "required" after a "no" joined to it: `sicherheitsprüfung: nicht_erforderlich`, `revisao_seguranca: nao_necessaria` (not `nicht_begonnen`, still to come). */
const NEEDED = new Set(["erforderlich", "notig", "noetig", "needed", "required", "necessary", "necessaria", "necessario", "necesaria", "necesario", "necessaire", "requise", "requis",
  "richiesta", "richiesto", "nodig", "vereist", "wymagana", "wymagane", "potrzebna", "necesara", "gerekli", "kravs", "nodvendig",
  "requerida", "requerido", "exigida", "exigido", "obligatoria", "obligatorio", "obrigatoria", "obrigatorio", "obligatoire", "obbligatoria", "verplicht", "wymagany", "potrzebny",
  ...["требуется", "нужна", "нужно", "потрібна", "потрібно", "απαιτειται"].map((w) => normalizeText(w).text)]);
const saysNo = (v: string) => {
  if (NO_WORDS.has(v)) return true;
  const cut = v.indexOf("_");
  return cut > 0 && NO_WORDS.has(v.slice(0, cut)) && NEEDED.has(v.slice(cut + 1));
};
const TRANSLATED: ReadonlyMap<string, (value: string) => boolean> = new Map<string, (value: string) => boolean>([
  ...REVIEW_KEYS.map((k) => [k, saysNo] as const),
  ...SECURITY_APPROVAL_KEYS.map((k) => [k, (v: string) => YES_WORDS.has(v)] as const),
]);
const EVENT_TYPES = new Set(["request.received", "intake.flagged", "policy.decided", "approval.recorded", "packet.signed", "doer.signature_rejected", "lease.issued", "lease.revoked", "phase.soft", "phase.hard", "reinstate.done"]);
const WEAK = new Set(["security", "security_status", "override", "bypass", "exception", "priority_override", "reviewed_by_security"]);
const LISTS = new Set(["approvals", "approvers"]);

/**
 * Schema-shaped payloads: JSON or YAML (or `key=value`) that looks like a policy decision, an
 * approval, a packet or an offboarding request, e.g. `"outcome": "allow"`, `require_hitl: false`,
 * `prompt_injection_suspected: false`, `approvals: [...]`, `apiVersion: offboard/v1`. A pasted
 * HRIS record (`"status": "terminated"`, `"approved_by": "VP Sales"`) is not: two weak keys at
 * least, or one strong key with a decision-like value. In a request file, the file's own top-level
 * `apiVersion` and `kind` are expected.
 */
export function detectPayload(text: string, tokens: Tokens, requestFile: boolean): DetectorHit[] {
  const out: DetectorHit[] = [];
  const weak: number[] = [];
  for (let i = 0; i + 1 < tokens.count && out.length < 10; i++) {
    const after = tokens.sep[i + 1] ?? 0;
    if ((after & SEP.keyValue) === 0 || (after & SEP.paragraph) !== 0) continue;
    const key = tokens.keys[i] ?? "";
    const value = tokens.keys[i + 1] ?? "";
    const opens = (after & SEP.open) !== 0;
    const start = tokens.starts[i] ?? 0;
    const end = tokens.ends[i + 1] ?? start;
    const strong = STRONG.get(key);
    const list = LISTS.has(key) && !/^\s*["']?\s*[:=]\s*(\[|\d)/.test(text.slice(tokens.ends[i] ?? 0, (tokens.starts[i + 1] ?? 0) + 1));
    // An approvals list counts when it names security or a bot: an HRIS export lists its manager and HR steps.
    const hrisApprovals = LISTS.has(key) && !list && !SECURITY_IN_LIST.test(text.slice(end, Math.min(text.length, end + 400)).split("]")[0] ?? "");
    if (strong && !list && !hrisApprovals && strong(value, opens)) {
      out.push({ rule: "schema.decision_payload", technique: TECHNIQUE, severity: "high", start, end, reason: "contains text shaped like a policy decision, approval or packet" });
      continue;
    }
    const request = REQUEST.get(key);
    const event = key === "type" && EVENT_TYPES.has(`${value}.${tokens.keys[i + 2] ?? ""}`);
    if ((request && request(value)) || event) {
      const topLevel = i === 0 || text[start - 1] === "\n";
      if (requestFile && topLevel && (key === "apiversion" || key === "kind")) continue;
      out.push({ rule: "schema.request_payload", technique: TECHNIQUE, severity: "high", start, end, reason: "contains text shaped like an offboarding request or ledger event" });
      continue;
    }
    if (WEAK.has(key)) weak.push(i);
    const translated = TRANSLATED.get(key);
    if (translated && !strong && translated(value)) out.push({ rule: "schema.decision_payload", technique: TECHNIQUE, severity: "high", start, end, reason: "contains text shaped like a policy decision, approval or packet" });
    else if (!strong && !translated && securityReviewDone(key, value)) out.push({ rule: "schema.decision_payload", technique: TECHNIQUE, severity: "high", start, end, reason: "contains a security review field that says the review is done or not needed" });
  }
  if (out.length === 0) {
    const hit = tableColumn(text, tokens);
    if (hit) out.push(hit);
  }
  if (weak.length >= 2 && out.length < 10) {
    const first = weak[0] ?? 0;
    const last = weak[weak.length - 1] ?? first;
    out.push({ rule: "schema.decision_payload", technique: TECHNIQUE, severity: "high", start: tokens.starts[first] ?? 0, end: tokens.ends[last + 1] ?? 0, reason: "contains several approval-shaped fields" });
  }
  return out;
}

const SECURITY_STEM = /secur|sicherheit|seguri|seguran|sicurezz|beveilig|bezpiecz|infosec|secops/;
const REVIEW_STEM = /review|approv|sign_?off|pruef|pruf|freigabe|genehmig|revue|revis|aprob|aprov|validat|validac|parecer/;
const DONE_SUFFIX = /(?:complete|completed|done|passed|cleared|granted|waived|skipped|bypassed|erledigt|abgeschlossen|bestanden|termine|terminee|completad[ao]|concluid[ao]|completat[ao]|voltooid)$/;
const REQUIRED_SUFFIX = /(?:required|needed|necessary|erforderlich|notig|noetig|requise?|necesari[ao]|necessari[ao]|richiest[ao]|vereist|nodig)$/;
const DONE_VALUES = new Set(["complete", "completed", "done", "passed", "cleared", "approved", "granted", "skipped", "waived", "bypassed", "disabled", "not_required", "erledigt", "abgeschlossen",
  "genehmigt", "freigegeben", "aprobado", "aprobada", "aprovado", "aprovada", "approuve", "approuvee", "valide", "validee", "approvato", "approvata", "concluido", "concluida", "completado", "completada"]);

/**
 * A field named for security's review in any shape: `"security_review_complete": true`,
 * `security_review_required: false`, `it_security_review: completed`, `parecer_seguranca: aprovado`.
 * An offboarding request has no say in security's review; an HRIS record's
 * `security_review: pending` or `required` is no such claim, nor is a joiner's
 * `security_training_completed` or `security_clearance_granted` (no review word).
 */
function securityReviewDone(key: string, value: string): boolean {
  if (key.length < 8 || !SECURITY_STEM.test(key) || !REVIEW_STEM.test(key)) return false;
  if (DONE_SUFFIX.test(key)) return YES_WORDS.has(value);
  if (REQUIRED_SUFFIX.test(key)) return NO_WORDS.has(value);
  return DONE_VALUES.has(value);
}

const TABLE_ROWS = 50;
const HEADERS = 8;
const SHORTEST_KEY = Math.min(...[...TRANSLATED.keys()].map((k) => k.length));
const DELIMITERS = [",", ";", "\t", "|"];

/**
 * A pasted table (CSV, semicolon or tab separated, a Markdown table) with a review or security
 * approval column whose value in some row bypasses the review ("verificare_manuala" = "nu este
 * necesară", "security_approval" = "APPROVED"): an export does not decide review for the filter.
 * Only lines that name such a column are read as headers (the first 8), each followed by at most 50 rows.
 */
function tableColumn(text: string, tokens: Tokens): DetectorHit | null {
  // Linear: each line is read as a header once, and at most HEADERS lines are (a text repeating a
  // column name on every line would otherwise have its next 50 rows read for every repetition).
  let headers = 0;
  let lastHeader = -1;
  for (let i = 0; i < tokens.count && headers < HEADERS; i++) {
    const key = tokens.keys[i] ?? "";
    // Most words are shorter than every column name: no look-up for them.
    if (key.length < SHORTEST_KEY) continue;
    const test = TRANSLATED.get(key);
    if (test === undefined) continue;
    const at = tokens.starts[i] ?? 0;
    const lineStart = text.lastIndexOf("\n", at - 1) + 1;
    if (lineStart === lastHeader) continue;
    lastHeader = lineStart;
    headers++;
    const hit = columnBelow(text, key, test, lineStart, at);
    if (hit) return hit;
  }
  return null;
}

/**
 * The rows under the header line starting at `lineStart` when it is a table with column `key`:
 * the first row whose value in that column passes `test`. Its own function: a loop body that
 * declares what a callback reads gets a new scope object on every pass, and tableColumn's loop
 * passes every token of every text.
 */
function columnBelow(text: string, key: string, test: (value: string) => boolean, lineStart: number, at: number): DetectorHit | null {
  let lineEnd = text.indexOf("\n", at);
  if (lineEnd < 0) lineEnd = text.length;
  const header = text.slice(lineStart, lineEnd);
  const delimiter = DELIMITERS.find((d) => header.split(d).length >= 3);
  if (delimiter === undefined) return null;
  const cells = header.split(delimiter).map((c) => c.trim().replace(/^["'`*]+|["'`*]+$/g, ""));
  const column = cells.indexOf(key);
  if (column < 0) return null;
  let rowStart = lineEnd + 1;
  for (let r = 0; r < TABLE_ROWS && rowStart < text.length; r++) {
    let rowEnd = text.indexOf("\n", rowStart);
    if (rowEnd < 0) rowEnd = text.length;
    const row = text.slice(rowStart, rowEnd);
    if (row.trim() === "") break;
    const values = row.split(delimiter);
    if (values.length === cells.length) {
      const first = (values[column] ?? "").trim().replace(/^["'`*]+/, "").split(/[^\p{L}\p{N}_]+/u)[0] ?? "";
      if (test(first)) return { rule: "schema.decision_payload", technique: TECHNIQUE, severity: "high", start: lineStart, end: rowEnd, reason: "a pasted table's review or security approval column says the review is not needed or already given" };
    }
    rowStart = rowEnd + 1;
  }
  return null;
}
