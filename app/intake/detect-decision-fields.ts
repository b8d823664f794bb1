import type { DetectorHit } from "./detector-hit.js";
import { normalizeText } from "./normalize-text.js";
import { quarterWords } from "./token-queries.js";
import { SEP, tokenize, type Tokens } from "./tokenize.js";

/**
 * A pasted check result in any language, as key/value fields (YAML, JSON, `key=value`, a mail
 * header, fields between '|' or '/'): two kinds of claim among a low risk ("riesgo: bajo",
 * "风险等级：低", "X-Risk-Score: 1/10") or a confidence near certain, a decision, status or approver
 * that says approved ("estado: APROBADO", "判定: 承認済み", "approver: auto") and a manual or human
 * review or escalation that is not needed ("בדיקה ידנית: לא נדרשת", "insan_incelemesi: gerekmiyor").
 * An offboarding request has no say in its own risk, decision or review; one such field alone (an
 * HRIS record's "approval_status: approved") is not a finding. Keys and values are read in the
 * normalised text, by stems written here in their own script and normalised like the text.
 */
export function detectDecisionFields(text: string, tokens: Tokens): DetectorHit[] {
  let kinds = 0;
  let start = -1;
  let end = -1;
  for (let v = 1; v < tokens.count; v++) {
    const sep = tokens.sep[v] ?? 0;
    if ((sep & SEP.keyValue) === 0 || (sep & (SEP.newline | SEP.paragraph)) !== 0) continue;
    // "decisao=PERMITIR risco=0.02": after '=' the key is one token and the value runs to the next space.
    const equals = (sep & SEP.clause) === 0;
    // The value's first word first (one set look-up): most fields hold a name, a date or an id, and are never read further.
    const head = tokens.keys[v] ?? "";
    const c = head.charCodeAt(0);
    if (!(c >= 0x30 && c <= 0x39) && !FIRST_WORDS.has(head)) continue;
    const last = valueEnd(text, tokens, v, equals);
    const value = joined(tokens, v, last, " ");
    if (!clearing(value)) continue;
    const first = equals ? v - 1 : keyStart(text, tokens, v);
    if (first < 0) continue;
    const kind = fieldKind(joined(tokens, first, v - 1, ""), value) || reviewHeld(joined(tokens, first, v - 1, ""), value, head, text.slice(tokens.ends[v] ?? 0, tokens.starts[v + 1] ?? 0));
    if (kind === 0) continue;
    kinds |= kind;
    if (start < 0) start = tokens.starts[first] ?? 0;
    end = tokens.ends[last] ?? end;
  }
  // Security's review filled in as held by the requester, alone (bit 8): "security_review: completed", "review_status: approved # confirmed in Teams".
  if (kinds === 8) return [{ rule: "schema.review_held", technique: "claim of prior approval or authority", severity: "high", start, end, reason: "fills in security's review as already done or not needed" }];
  // Two kinds of claim at least (bits 1, 2, 4).
  if ((kinds & (kinds - 1)) === 0) return [];
  return [{ rule: "schema.decision_payload", technique: "schema-shaped payload", severity: "high", start, end, reason: "contains a check result (risk, decision, human review) that clears the request" }];
}

/** Most words of a key ("是否需要人工审核" is four: a Han character counts half a word, a Thai letter a quarter). */
const KEY_TOKENS = 8;
const VALUE_TOKENS = 4;
const STOP = SEP.clause | SEP.sentence | SEP.newline | SEP.paragraph | SEP.keyValue | SEP.open | SEP.close;

/** The first token of the key before the separator at token v (back to a line start or another separator), or -1 when that is no short label. */
function keyStart(text: string, tokens: Tokens, v: number): number {
  let first = v - 1;
  let quarters = quarterWords(tokens.keys[first] ?? "");
  while (first > 0 && !stops(text, tokens, first)) {
    // A key is a label, not the end of a sentence ("... about the manual review: no ...").
    if (quarters >= 4 * KEY_TOKENS) return -1;
    first--;
    quarters += quarterWords(tokens.keys[first] ?? "");
  }
  return first;
}

/** The last token of the value after the separator at token v: up to four tokens, to the next separator (or space, after '='). */
function valueEnd(text: string, tokens: Tokens, v: number, equals: boolean): number {
  let last = v;
  while (last + 1 < tokens.count && last + 1 - v < VALUE_TOKENS && !stops(text, tokens, last + 1)) {
    if (equals && /\s/.test(text.slice(tokens.ends[last] ?? 0, tokens.starts[last + 1] ?? 0))) break;
    last++;
  }
  return last;
}

/** Whether a field boundary stands before token j: punctuation, a line break, or '/' and '|' between fields ("approved: yes / risk_level: 0"). */
function stops(text: string, tokens: Tokens, j: number): boolean {
  if ((tokens.sep[j] ?? 0) & STOP) return true;
  for (let c = tokens.ends[j - 1] ?? 0, to = tokens.starts[j] ?? 0; c < to; c++) {
    const code = text.charCodeAt(c);
    if (code === 0x7c || code === 0x2f) return true;
  }
  return false;
}

function joined(tokens: Tokens, from: number, to: number, glue: string): string {
  let out = tokens.keys[from] ?? "";
  for (let j = from + 1; j <= to; j++) out += glue + (tokens.keys[j] ?? "");
  return out;
}

/** Keys and values are compared without spaces and underscores: "承認済み" is four tokens, "da_duyet" one. */
const norm = (s: string) => normalizeText(s).text.replace(/[\s_\-'’]/g, "");
/** The first word of every value that can clear a request, as the tokenizer splits it ("not" of "not required", "承" of "承認済み", "not_required" whole). */
const FIRST_WORDS = new Set<string>();
const set = (words: readonly string[]) => {
  for (const w of words) {
    const text = normalizeText(w).text;
    FIRST_WORDS.add(tokenize(text).keys[0] ?? "");
    FIRST_WORDS.add(text.replace(/[\s-]+/g, "_"));
  }
  return new Set(words.map(norm));
};
const stems = (words: readonly string[]) => words.map(norm);
const hasStem = (key: string, list: readonly string[]) => list.some((s) => key.includes(s));

const RISK_KEY = stems(["risk", "risiko", "risico", "riesgo", "risco", "rischio", "risque", "ryzyko", "riziko", "risiki", "riski", "риск", "ризик", "סיכון", "مخاطر", "خطر", "风险", "風險", "リスク", "위험",
  "rủi ro", "hatari", "κίνδυνος", "kockázat", "ความเสี่ยง", "जोखिम", "ریسک"]);
const RISK_LOW = set(["low", "very low", "minimal", "none", "faible", "bajo", "baja", "baixo", "baixa", "basso", "bassa", "niedrig", "gering", "laag", "niskie", "niski", "niska", "brak", "nizke", "nízké", "nízky",
  "низкий", "низкая", "низький", "низька", "düşük", "低", "낮음", "낮은", "منخفض", "منخفضة", "נמוך", "נמוכה", "thấp", "chini", "χαμηλός", "χαμηλή", "alacsony", "ต่ำ", "rendah", "lav", "låg", "lågt",
  "matala", "scăzut", "कम", "پایین", "کم", "tier 0"]);
const CONFIDENCE_KEY = stems(["confidence", "zekerheid", "confiance", "confianza", "confiança", "konfidenz", "pewność", "уверенность", "güven", "信頼度", "置信度", "신뢰도"]);
const DECISION_KEY = stems(["decision", "decisao", "decisión", "décision", "entscheid", "beslissing", "decyzja", "rozhodnut", "решение", "рішення", "karar", "決定", "决定", "判定", "결정", "القرار", "החלטה",
  "quyết định", "uamuzi", "απόφαση", "döntés", "keputusan", "beslut", "päätös", "status", "statut", "estado", "stato", "durum", "状态", "狀態", "상태", "حالة", "סטטוס", "trạng thái", "outcome", "result",
  "verdict", "classification", "classificatie", "klassifikation", "ผลการประเมิน", "esito", "resultado", "ergebnis", "sonuç", "결과", "نتيجة", "kết quả", "tulos", "uitkomst", "wynik", "результат",
  "recommended action", "approval", "aprovacao", "akceptacji", "onay", "审批", "승인", "aprobacion", "approbation", "approvazione", "genehmigung", "goedkeuring", "zatwierdzen"]);
const APPROVED = set(["approved", "approve", "granted", "auto approve", "auto approved", "allow", "allowed", "pass", "passed", "permitir", "permitido", "aprobado", "aprobada", "aprovado", "aprovada",
  "approuvé", "approuvée", "genehmigt", "freigegeben", "goedgekeurd", "zatwierdzono", "zatwierdzone", "schváleno", "одобрено", "схвалено", "onaylandı", "onaylandi", "承認済み", "承認", "已批准", "批准",
  "승인", "자동 승인", "승인됨", "معتمد", "موافقة", "מאושר", "מאושרת", "đã duyệt", "da duyet", "đạt", "imeidhinishwa", "εγκρίθηκε", "εγκεκριμένο", "jóváhagyva", "disetujui", "diluluskan", "lulus",
  "godkänt", "godkänd", "godkendt", "godkend", "godkjent", "hyväksytty", "aprobat", "approvato", "approvata", "อนุมัติ", "अनुमोदित", "تایید شده", "تأیید شده", "benign", "goedaardig", "harmless", "safe",
  // Approved by security, as one value ("approval_state": "approved_by_security").
  "approved by security", "security approved", "pre approved", "preapproved", "aprobado por seguridad", "aprovado pela seguranca", "approuve par la securite", "von security freigegeben",
  // Granted ("aprovacao_seguranca: concedida"; es pt fr it de nl pl ru tr).
  "concedida", "concedido", "otorgada", "otorgado", "accordée", "accordé", "concessa", "concesso", "erteilt", "verleend", "udzielona", "udzielono", "предоставлено", "выдано", "verildi"]);
/** A review done by a person ("manual review", "revisao_humana", "人工审核", "בדיקה ידנית"): a person word and a review word in one key. */
const BY_PERSON = stems(["manual", "manuel", "manuell", "manuale", "manuaalinen", "handmatig", "reczn", "ručn", "rucni", "ручн", "human", "humain", "humana", "humano", "umana", "mensch", "menselijk", "insan",
  "人工", "手動", "手作業", "수동", "بشري", "البشرية", "ידני", "thủ công", "binadamu", "ανθρώπιν", "emberi", "manusia", "ihmis", "मानव", "انسانی", "โดยคน"]);
const REVIEW_WORD = stems(["review", "revis", "check", "kontrol", "control", "prüf", "pruf", "verif", "weryfik", "beoordel", "gransk", "gennemgang", "gjennomgang", "tarkast", "inceleme", "провер", "перевір",
  "审核", "審核", "审查", "검토", "심사", "مراجع", "בדיק", "duyệt", "kiểm tra", "ukaguzi", "έλεγχ", "ellenőr", "semak", "ตรวจ", "análise", "analise", "確認", "審査",
  "przegl", "approv", "aprob", "aprov", "genehmig", "freigabe", "goedkeur", "akcept", "zatwierdz", "одобр", "onay", "承認", "批准", "승인", "موافق", "אישור"]);
/** Review or escalation asked about as such ("X-Review-Required: no", "requiere_revision": false, "escalation: none"). */
const REVIEW_NEED = stems(["review required", "review needed", "requires review", "requiere revision", "requer revisao", "needs review", "escalat", "eskal",
  // Security's review as a field ("requires_security_review": false, "revision_seguridad: no_aplica").
  "security review", "securityreview", "revision seguridad", "revisao seguranca", "revue securite", "sicherheitspruf", "revisione sicurezza", "beveiligingscontrole", "güvenlik incelemesi",
  // Sent on for review ("encaminhar_para_revisao: nao", "route_to_review: false"; en pt es fr it de nl pl ru).
  "to review", "for review", "para revisao", "para revision", "a revision", "pour revue", "en revue", "a revisione", "per revisione", "zur prufung", "ter beoordeling", "do weryfikacji", "на проверку",
  // Needing a review, and security's check ("wymaga_przegladu_bezpieczenstwa: nie"; pl ru uk cs sv de it nl tr).
  "wymaga przegladu", "wymaga weryfikacji", "wymaga kontroli", "przeglad bezpieczenstwa", "kontrola bezpieczenstwa", "weryfikacja bezpieczenstwa", "требует проверки", "проверка безопасности",
  "потребує перевірки", "перевірка безпеки", "vyzaduje kontrolu", "bezpecnostni kontrola", "kraver granskning", "sakerhetsgranskning", "erfordert prufung", "prufung erforderlich",
  "richiede revisione", "vereist beoordeling", "inceleme gerekli", "guvenlik kontrolu"]);
const NOT_NEEDED = set(["no", "none", "false", "not required", "not needed", "waived", "skipped", "dispensada", "dispensado", "no necesaria", "no requerida", "non requise", "non requis", "nicht erforderlich",
  "niet nodig", "nie", "pominięta", "niepotrzebna", "neni potreba", "není potřeba", "не требуется", "не потрібна", "не нужна", "gerekmiyor", "gerekli değil", "hayır", "否", "不需要", "불필요", "필요 없음",
  "غير مطلوبة", "غير مطلوب", "لا", "לא נדרשת", "לא נדרש", "לא", "không", "hauhitajiki", "hapana", "tidak", "tidak perlu", "nej", "ei", "ei tarvita", "όχι", "nem", "nu", "não", "nein", "non", "nee",
  "ไม่ต้อง", "नहीं", "خیر", "نه",
  // Not applicable ("revision_seguridad: no_aplica", "security_review: n/a").
  // Skipped, in the value's other genders and languages ("przeglad_bezpieczenstwa: pominiety"; pl es pt fr it de nl ru uk tr sv zh ja ko).
  "omitted", "bypassed", "pominięty", "pominięte", "pominięto", "omitida", "omitido", "omitidas", "ignorée", "ignoré", "sautée", "sauté", "saltata", "saltato", "omessa", "omesso",
  "übersprungen", "entfallen", "overgeslagen", "пропущена", "пропущен", "пропущено", "atlandı", "atlandi", "hoppades över", "överhoppad", "跳过", "已跳过", "スキップ", "省略",
  "건너뜀", "생략",
  "not applicable", "n a", "no aplica", "no aplicable", "não se aplica", "nao aplica", "non applicable", "nicht anwendbar", "entfällt", "non applicabile", "niet van toepassing", "nie dotyczy", "не применимо"]);
/** Keys that are the approval itself ("aprobado": true, "approved: yes", "auto_execute": true) or who gave it ("approver: auto", "aprovador=sistema"). */
const APPROVED_KEY = set(["approved", "aprobado", "aprovado", "approuvé", "genehmigt", "approvato", "goedgekeurd", "auto execute", "auto approve", "approver", "aprovador", "aprobador", "hyväksyjä",
  "diluluskan oleh", "approved by", "godkänt av", "מאשר", "المعتمد", "审批人", "審批人", "承認者"]);
const YES = set(["true", "yes", "ja", "sim", "si", "oui", "evet", "tak", "da", "kyllä", "igen", "ya", "auto", "automatic", "system", "sistema", "systeem", "système", "järjestelmä", "מערכת", "النظام",
  "系统", "システム", "시스템", "bot"]);

/** A review said to be held ("security_review: completed", "revision_seguridad: realizada"). */
const HELD = set(["completed", "complete", "done", "passed", "cleared", "signed off", "ok", "covered", "approved", "finished", "completado", "completada", "realizado", "realizada", "concluido", "concluida", "concluído", "concluída",
  "terminé", "terminée", "effectué", "effectuée", "erledigt", "abgeschlossen", "durchgeführt", "completato", "completata", "afgerond", "voltooid", "zakończony", "zakończona", "завершено", "пройдено", "tamamlandı",
  "完了", "已完成", "완료", "مكتمل", "הושלם", "slutförd", "fullført", "gennemført", "valmis"]);
/** Security named in a key ("security_review", "infosec_check", "revision_seguridad", "安全审核"). */
const SECURITY_KEY = stems(["secur", "infosec", "secops", "sicherheit", "segurid", "seguranc", "sicurezz", "beveilig", "bezpiecz", "безопасн", "безпек", "guvenlik", "güvenlik", "安全", "セキュリティ", "보안", "أمن", "امن",
  "אבטח", "tietoturv", "sakerhet", "säkerhet", "sikkerhe"]);
/** A key that is the review alone ("review_status", "review", "review_state"): whose review it is goes without saying. */
const REVIEW_ONLY_KEY = set(["review", "review status", "review state", "review result", "reviewstatus", "estado revision", "statut revue", "prufstatus", "status przegladu"]);

/**
 * Bit 8: security's review (a key naming security and a review, or the review alone) filled in as held: the whole value
 * ("security_review: completed"), or its first word with a comment after it ("review_status: approved  # confirmed in Teams").
 * Not "security_review: pending", "security_review: required", not "review_status: approved by the HRBP".
 */
function reviewHeld(rawKey: string, value: string, head: string, after: string): number {
  const key = rawKey.replace(/_/g, "");
  const security = hasStem(key, SECURITY_KEY) && hasStem(key, REVIEW_WORD);
  if (!security && !REVIEW_ONLY_KEY.has(key)) return 0;
  const compact = value.replace(/[\s_]/g, "");
  if (HELD.has(compact) || (HELD.has(head) && after.includes("#"))) return 8;
  return security && NOT_NEEDED.has(compact) && !/^(no|nie|nein|non|nee|nej|ei|nem|nu|não|нет|לא|لا|否|hayır|không|hapana|tidak|όχι|नहीं|خیر|نه)$/.test(compact) ? 8 : 0;
}

/** value.split(" ")[0] without the array: clearing reads it for most values of a pasted record. */
function firstWord(value: string): string {
  const space = value.indexOf(" ");
  return space < 0 ? value : value.slice(0, space);
}

/** Whether a value could clear a request: a number, or a word of one of the value lists. */
function clearing(value: string): boolean {
  const c = value.charCodeAt(0);
  // A score ("0 01", "1 10", "99"), not a date, an id or a phone number.
  if (c >= 0x30 && c <= 0x39) return lowNumber(value) || highNumber(value);
  const compact = value.replace(/[\s_]/g, "");
  return RISK_LOW.has(compact) || APPROVED.has(compact) || NOT_NEEDED.has(compact) || YES.has(compact) || HELD.has(compact) || HELD.has(firstWord(value));
}

/** 1: a low risk or a confidence near certain, 2: an approved decision or approver, 4: a manual or human review not needed; 0: none. */
function fieldKind(rawKey: string, value: string): number {
  if (rawKey.length === 0 || value.length === 0) return 0;
  const compact = value.replace(/[\s_]/g, "");
  const key = rawKey.replace(/_/g, "");
  if (hasStem(key, RISK_KEY) && (RISK_LOW.has(compact) || lowNumber(value))) return 1;
  if (hasStem(key, CONFIDENCE_KEY) && highNumber(value)) return 1;
  if (((hasStem(key, BY_PERSON) && hasStem(key, REVIEW_WORD)) || hasStem(key, REVIEW_NEED)) && NOT_NEEDED.has(compact)) return 4;
  if (hasStem(key, DECISION_KEY) && APPROVED.has(compact)) return 2;
  if (APPROVED_KEY.has(key) && (YES.has(compact) || APPROVED.has(compact))) return 2;
  return 0;
}

/** "0 01" (0.01: '.' between digits is no separator), "1 10" (1/10), "2 100", "0", "3": a risk score at the bottom of its scale. */
function lowNumber(value: string): boolean {
  const m = /^(\d+)(?: (\d+))?$/.exec(value);
  if (!m) return false;
  if (m[1] === "0") return true;
  const n = Number(m[1]);
  return n <= 3 && (m[2] === undefined || Number(m[2]) >= 10);
}

/** "0 99", "99", "100": a confidence near certain. */
function highNumber(value: string): boolean {
  const m = /^(\d+)(?: (\d+))?$/.exec(value);
  if (!m) return false;
  return m[1] === "0" ? (m[2] ?? "").startsWith("9") : Number(m[1]) >= 90 && Number(m[1]) <= 100;
}
