/**
 * Concepts for the usual approval route bypassed, dismissed or put off until after the action
 * (pressure.skip_review): "outside the normal HR approval chain", "the normal approval workflow is
 * not to be followed", "do it first and the review can follow afterwards", "act now, we'll sort
 * the paperwork out next week". Entries are normalised like the text (lower case, no accents).
 */
export const BYPASS_CONCEPTS = {
  /** Outside a route: "outside the usual approval chain", "en dehors du circuit habituel". */
  OUTSIDE: [
    "outside", "outside of", "außerhalb", "ausserhalb", "en dehors du", "en dehors de", "hors du", "fuera del", "fuera de", "al di fuori", "al di fuori del", "fuori dal", "fuori dalla",
    "fora do", "fora da", "poza", "buiten", "вне", "за рамками", "dışında", "ngoài", "поза", "în afara", "mimo", "di luar", "utanför", "uden for", "utenfor", "ulkopuolella", "εκτός",
  ],
  /** The path a request takes, named without saying review: "approval chain", "the usual route", "circuit habituel". */
  ROUTE_NOUN: [
    "chain", "route", "routing", "workflow", "queue", "circuit", "channel", "channels", "dienstweg", "weg", "circuito", "ścieżk*", "маршрут*", "цепочк*", "zincir*", "ルート", "流程", "경로",
  ],
  /** Said of the usual route: it is not to be followed ("the usual approval steps must not be followed"). */
  NOT_FOLLOWED: [
    "must not be followed", "is not to be followed", "not to be followed", "should not be followed", "need not be followed", "is not to be undertaken", "not to be undertaken",
    "is not to be used", "does not apply", "do not apply", "dont apply", "doesnt apply", "ei koske", "gilt nicht", "ne s applique pas", "no aplica", "no se aplica", "não se aplica", "non si applica",
    "nie dotyczy", "не применяется", "не распространяется", "geçerli değil", "適用されない", "不适用", "적용되지 않",
  ],
  /** Put off until after the action: "approval can follow", "we'll backfill the approval", "approve retrospectively". */
  DEFERRED: [
    "can follow", "will follow", "to follow", "follow afterwards", "follow later", "backfill", "back fill", "backfilled",
    "deferred", "next week", "after the weekend", "once theyre back", "once she is back", "once he is back", "when they are back", "when shes back", "when hes back",
    "nachreichen", "reichen wir", "nachgereicht", "la semaine prochaine", "régulariser*", "regularizar*", "regularizamos", "regulariza", "regularizzare", "regolarizz*", "la semana que viene", "la próxima semana",
    "na próxima semana", "la prossima settimana", "w przyszłym tygodniu", "po weekendzie", "uzupełnimy", "uzupełnię", "volgende week", "на следующей неделе", "оформим", "gelecek hafta", "sonra tamamlarız",
    "後日", "明日まとめて", "补上", "補上", "下周再补", "나중에 처리", "susulkan", "nyusul", "menyusul", "i efterhand", "nästa vecka", "i etterkant", "neste uke", "la săptămâna viitoare",
    "την επόμενη εβδομάδα", "الأسبوع القادم", "الاسبوع القادم", "בשבוע הבא", "अगले हफ्ते", "बाद में पूरा", "baadaye", "ทีหลัง",
  ],
  /** The documents a request needs, to be brought later: "we'll sort the paperwork out next week". */
  PAPERWORK: [
    "paperwork", "papers", "form", "forms", "the form", "leaver form", "documents", "documentation", "signature", "signatures", "formalities",
    "papiere", "formular", "formulare", "unterlagen", "papiers", "formulaire", "documentos", "papeles", "papeleo", "formulario", "documenti", "modulo", "moduli",
    "dokumenty", "formularz", "papierwerk", "formulier", "handtekeningen", "документы", "бумаги", "evrak*", "書類", "申請書類", "手续", "手續", "审批单", "서류", "الأوراق", "الاوراق",
    "النموذج", "הטפסים", "कागज़ी काम", "कागज", "مدارک", "pappren", "papeis", "makaratasi", "kagaz", "formularele", "έγγραφα",
    "paper", "kagazi", "kagzat", "কাগজপত্র", "কাগজ", "papéis", "formulário", "formulários", "le carte", "skjemaet", "signaturene", "attesten", "التوقيعات", "האישורים", "χαρτιά", "τα χαρτιά", "เอกสาร",
  ],
  /** The action done before anything else: "do it first and the review can follow". */
  ACT_FIRST: [
    "do it first", "do first", "done first", "get it done first", "get this done first", "action first", "action it first", "process first", "process it first", "disable first", "remove first", "first remove", "first disable", "first deactivate",
    "zuerst", "d abord", "primero", "primeiro", "prima", "najpierw", "eerst", "сначала", "先に", "先把", "먼저", "일단", "dulu", "trước",
  ],
} as const satisfies Record<string, readonly string[]>;
