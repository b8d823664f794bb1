/**
 * Concepts for the approval or its paperwork put off until after the action (pressure.skip_review):
 * "disable her now, HR will backfill the approval tomorrow", "do the deactivation now and paper we
 * will send next week", "审批单我明天补上", "Approval wala kaam baad mein dekh lenge, abhi process
 * chalao". Entries are normalised like the text (lower case, no accents).
 */
export const DEFERRAL_CONCEPTS = {
  /** A time after the action at which the paperwork is to come: "tomorrow", "on Monday", "once they're back". */
  DEFER_TIME: [
    "tomorrow", "tomorrow morning", "first thing tomorrow", "on monday", "next monday", "within the week", "later this week", "later today", "tonight", "after the holiday", "after the holidays",
    "once they're back", "when they're back", "once she's back", "once he's back", "once it's back up", "once the dust settles", "after the weekend", "once back", "when back",
    "morgen", "am montag", "nächste woche", "demain", "lundi", "mañana", "el lunes", "amanhã", "amanhã cedo", "na segunda", "segunda feira", "domani", "lunedì", "maandag",
    "jutro", "w poniedziałek", "завтра", "в понедельник", "yarın", "pazartesi", "明天", "明日", "下周", "月曜", "来週", "내일", "월요일", "다음 주",
    "غدا", "غداً", "بكرة", "الأسبوع المقبل", "מחר", "אחרי החג", "कल", "सोमवार", "baad mein", "baad me", "i morgon", "imorgon", "på måndag", "i morgen", "på mandag",
    "αύριο", "τη δευτέρα", "besok", "esok", "minggu depan", "senin", "mâine", "luni", "săptămâna viitoare", "bukas", "พรุ่งนี้", "আগামীকাল", "পরে", "kesho", "huomenna", "zítra", "ngày mai", "holnap",
  ],
  /** The action done now, before the paperwork: "just do it", "abhi process chalao", "zet alles nu maar uit". */
  ACT_NOW: [
    "just do it", "just run it", "just action it", "just process it", "do it now", "tick it through", "push it through", "push this through", "fast track", "fast tracked",
    "abhi", "abhi ke abhi", "turant", "sekarang", "sekarang juga", "ngayon", "ngayon na", "sasa", "sasa hivi", "hemen", "ahora mismo", "subito", "nu meteen", "teraz", "сразу", "立刻", "先行",
    // "now" where the lexicon's NOW is too broad to reuse (it holds "今", "nun", ro "nu" = not): ar el ro bn uk th vi
    "الآن", "الان", "τώρα", "acum", "এখনই", "এখন", "зараз", "ตอนนี้", "ngay bây giờ",
    // The action first, the object before it: "deactivate his account first", "请先直接删除".
    // The approval not waited for: "Don't hold it for approval. We'll attach the approvals once they're back".
    "don't hold it", "do not hold it", "dont hold it", "rather than hold it", "no need to hold it",
    "account first", "accounts first", "access first", "it first", "him first", "her first", "them first", "请先", "先直接",
  ],
  /** The action asked for in so many words, for "do it without approval" (the ACTION verbs name it otherwise). */
  DO_IT: ["do it", "do this", "do the removal", "do the deactivation", "just do it", "run it", "action it", "process it", "proceed", "go ahead", "hazlo", "hacedlo", "faites le", "mach es", "macht es", "faça", "fazei", "fatelo", "doe het", "zrób to", "сделайте"],
  /** The action waits for the approval: "disable him right after the approval comes in tomorrow", "sofort nach der Freigabe" (no approval put off). */
  UPON: [
    "after the", "after his", "after her", "once the", "as soon as", "when the", "upon", "sobald", "nach der", "nach dem", "dès que", "après l", "après la", "après le", "une fois",
    "en cuanto", "una vez", "tras la", "después de la", "después de que", "assim que", "depois da", "depois do", "após a", "após o", "appena", "dopo l", "dopo la", "una volta",
    "zodra", "na de", "na het", "jak tylko", "po otrzymaniu", "po zatwierdzeniu", "как только", "после", "після", "як тільки", "onaydan sonra", "onay gelince",
    "承認後", "承認され次第", "批准后", "审批后", "审批通过后", "승인 후", "승인되면", "بعد الموافقة", "ברגע ש", "के बाद", "så snart", "efter att", "μόλις", "μετά την", "setelah", "begitu", "imediat ce",
  ],
  /**
   * A condition or a time the action waits for, right before the review: "once the security review is done", "until the
   * security review is done", "if the security check is complete by Friday" (the review still to come, not claimed done).
   * Not "since" or "now that", which state it done.
   */
  CONDITION_LEAD: [
    "once", "after", "when", "whenever", "until", "till", "if", "before", "unless", "pending",
    "sobald", "wenn", "nachdem", "bis", "falls", "bevor",
    "quand", "lorsque", "dès que", "dès qu", "dès réception", "une fois", "après", "avant", "jusqu à",
    "cuando", "hasta", "hasta que", "después de", "antes de", "una vez", "en cuanto",
    "quando", "até", "até que", "depois de", "depois que", "assim que",
    "finché", "dopo", "prima di", "appena", "una volta",
    "zodra", "wanneer", "nadat", "totdat", "voordat", "indien",
    "gdy", "kiedy", "jeśli", "jeżeli", "zanim", "dopóki",
    "когда", "если", "после", "пока", "как только", "коли", "якщо", "після", "поки", "як тільки",
    "när", "efter", "tills", "innan", "så snart",
    "as soon as", "dès que", "une fois que", "avant que", "una vez que", "antes de que", "dopo che", "jak tylko", "setelah", "sesudah", "selepas",
  ],
  /** "After" written after the approval (zh, ja, ko, hi, tr): "在安全团队批准后停用", "보안팀 승인 후에", "承認後に", "मंज़ूरी के बाद", "onayladıktan sonra". */
  CONDITION_POST: ["后", "後", "之后", "之後", "以后", "以後", "後に", "후", "후에", "이후", "이후에", "되면", "के बाद", "sonra"],
} as const satisfies Record<string, readonly string[]>;
