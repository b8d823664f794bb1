/**
 * Concepts for keeping oversight out: acting before anyone notices (BEFORE, ANYONE, NOTICE_VERB), told not to (DONT)
 * flag, log or escalate it (FLAG_LOG; not "log her out": PARTICLE) or notify anyone (NOTIFY). The action now, the approval
 * after it and no time to wait are in urgency.ts (see override.ts for the entry syntax).
 */
export const OVERSIGHT_CONCEPTS = {
  BEFORE: ["before", "bevor", "ehe", "avant que", "antes de que", "antes que", "zanim", "прежде чем", "пока не", "前に", "之前", "전에", "قبل أن", "לפני ש", "से पहले", "قبل از اینکه",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "перш ніж", "înainte ca", "înainte să", "dřív než", "sebelum", "innan", "ennen kuin", "mielőtt",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "prije nego",
    // bg (Bulgarian)
    "преди да",
  ],
  ANYONE: [
    "anyone", "anybody", "somebody", "someone", "the team", "security", "reviewers", "approvers", "jemand", "quelqu", "alguien", "alguém", "ktoś", "кто нибудь", "кто то", "kimse", "biri",
    "誰か", "有人", "누군가", "أحد", "מישהו", "कोई", "کسی",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "хтось", "cineva", "někdo", "niekto", "seseorang", "ada yang", "någon", "nogen", "noen", "kukaan", "joku", "κανείς", "κάποιος", "valaki", "bárki",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "netko", "itko",
    // bg (Bulgarian)
    "някой",
    // et (Estonian)
    "keegi",
    // af (Afrikaans)
    "iemand",
    // az (Azerbaijani)
    "kimsə",
  ],
  NOTICE_VERB: [ "seen", "viewed", "looked at", "visionat*", "gesehen", "visto", "vista", "vue","notice*", "review*", "check*", "see", "sees", "look*", "approve*", "catch*", "bemerkt", "merkt", "prüft", "remarque", "note", "revise", "perceba", "zauważy", "sprawdzi", "заметит", "проверит", "fark et*", "気づ", "审核", "发现", "알아차리", "검토", "يلاحظ", "יבחין", "ध्यान", "متوجه",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "помітить", "помітили", "observă", "observe", "všimne", "zjistí", "všimol", "menyadari", "märker", "upptäcker", "opdager", "bemærker", "oppdager", "huomaa", "προσέξει",
    "καταλάβει", "észreveszi", "észrevenné",
  ],
  DONT: ["do not", "dont", "never", "please dont", "not to", "má ṣe fi", "nicht", "ne pas", "não", "nie", "не", "しないで", "不要", "别", "하지 마", "لا", "אל", "मत", "نکن", "نباید",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "đừng", "không được", "jangan", "älä", "älkää", "μην",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "nemoj", "nemojte",
    // sr (Serbian Cyrillic)
    "немој", "немојте",
    // et (Estonian)
    "ärge",
    // af (Afrikaans)
    "moenie",
  ],
  FLAG_LOG: ["flag", "log", "escalate", "escalate it", "escalate this", "eskalier*", "escalade*", "escalar", "escalen", "eskalować", "audit", "record this", "write to the ledger", "write this to the ledger", "protokollier*", "signale*", "enregistre*", "registr*", "зафиксир*", "логир*", "kaydet*", "記録", "记录", "기록", "سجل", "תתעד", "लॉग", "ثبت",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "ghi lại", "ghi nhận", "báo cáo", "raportați", "semnalați", "înregistrați", "zaznamenávejte", "nahlašujte", "eskalujte", "catat", "laporkan", "logga", "flagga",
    "eskalera", "rapportera", "kirjaa", "raportoi", "eskaloi", "καταγράψεις", "αναφέρεις", "naplózd", "jelentsd", "rögzítsd", "บันทึก",
    // af (Afrikaans)
    "aanteken", "eskaleer", "rapporteer",
  ],
  PARTICLE: ["out", "in", "off", "on", "into", "onto", "back"],
  NOTIFY: [
    // sw th bn he (telling the members of a group, not acting on them)
    "mjulishe", "wajulishe", "julisha", "arifu", "แจ้ง", "জানিয়ে দিন", "জানান", "ליידע", "להודיע", "עדכנו",
    "avvisare", "avvisa", "avisad", "avisar", "prévenir", "إبلاغ", "ابلاغ","notify", "tell", "inform", "alert", "cc", "loop in", "benachrichtig*", "informier*", "préviens", "informe*", "avis*", "notifi*", "avisa*", "powiadom*", "poinformuj*", "уведом*", "сообщ*", "bildir*", "haber ver*", "通知", "知らせ", "告诉", "알리*", "통보*", "أبلغ*", "ابلغ*", "תודיע*", "להודיע", "सूचित", "بگو", "اطلاع",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "thông báo", "báo cho", "повідом*", "informați", "anunțați", "informuj*", "upozorni*", "oznam*", "oznám*", "beri tahu", "beritahu*", "maklumkan", "makluman kepada", "memaklumkan", "kabari", "informasikan", "meddela",
    "informera*", "underrätta*", "underret*", "orienter*", "giv besked", "varsle", "varsl*", "gi beskjed", "si fra", "ilmoita", "ilmoittakaa", "kerro", "kertokaa", "tiedota",
    "ενημέρωσε", "ενημερώστε", "ειδοποίησε", "értesítsd", "értesítse", "értesítsétek", "szólj", "แจ้ง",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "obavijest*", "obavijesti",
    // af (Afrikaans)
    "laat weet", "in kennis stel", "stel in kennis",
    // az (Azerbaijani)
    "məlumat ver*", "xəbər ver*", "bildirin",
    // en it: told, and the Italian verb ("everyone in the team has been informed", "informate tutto il reparto")
    "informed", "informing", "informs", "told", "informare", "informate", "informi", "informa", "informiamo", "informando", "avvisate", "avvisiamo",
  ],
  /**
   * The verb of telling at the end of its clause (de nl), after the people it tells: "und alle Mitarbeitenden der Abteilung
   * informieren", "en iedereen in het team op de hoogte brengen" (the group told, not acted on).
   */
  NOTIFY_LAST: [
    "informieren", "benachrichtigen", "unterrichten", "in kenntnis setzen", "bescheid geben", "bescheid sagen", "informiert", "benachrichtigt",
    "informeren", "inlichten", "op de hoogte brengen", "op de hoogte stellen", "laten weten", "geïnformeerd",
  ],
} as const satisfies Record<string, readonly string[]>;
