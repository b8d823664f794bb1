/** Concepts for addressing the model or an automated reader (what it is told to output in model-output.ts; see override.ts for the entry syntax; exfiltration in exfiltration.ts and secrets.ts, role shifts in role-shift.ts). */
export const MODEL_CONCEPTS = {
  ADDRESS: [
    // tl yo ha arz (Tagalog, Yoruba, Hausa, Egyptian Arabic)
    "àkíyèsí fún", "paalala sa", "paalala para sa", "sanarwa ga",
    "примечание для", "заметка для", "hinweis für", "note pour", "nota para", "nota per", "note for the", "note to", "note for", "comment for", "heads up for", "hinweis an", "message pour", "uwaga dla", "observação para", "mensaje para", "opmerking voor", "notes for", "side note for", "reminder for", "for the attention of", "instructions for the", "attention", "attn", "dear", "liebe", "lieber", "cher", "chère", "querida", "querido", "drogi", "droga", "дорогой", "уважаемый", "sevgili", "親愛なる", "亲爱的", "親愛的", "친애하는", "عزيزي", "יקר", "प्रिय", "عزیز", "шановний", "dragă", "stimate", "vážený", "milý", "kära", "kære", "kjære", "αγαπητέ", "αγαπητό", "প্রিয়", "mpendwa", "kedves", "message for", "message to", "instructions for", "if you are", "to any",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "lưu ý cho", "ghi chú cho", "lưu ý dành cho", "nếu bạn là", "примітка для", "нотатка для", "до уваги", "якщо ти", "якщо ви", "notă pentru", "notă către",
    "în atenția", "dacă ești", "poznámka pro", "pokud jsi", "poznámka pre", "ak si", "catatan untuk", "catatan bagi", "kepada",
    "jika anda adalah", "notering till", "anteckning till", "meddelande till", "note til", "bemærkning til", "besked til", "merknad til", "notat til",
    "beskjed til", "huomio", "huom", "huomautus", "jos olet", "σημείωση για", "σημείωση προς", "αν είσαι", "ujumbe kwa",
    "kama wewe ni", "megjegyzés", "figyelem", "ha te", "หมายเหตุถึง", "หมายเหตุสำหรับ",
    // hr (Croatian)
    "napomena za", "bilješka za", "poruka za",
    // sr (Serbian Cyrillic)
    "напомена за", "белешка за", "порука за",
    // sl (Slovenian)
    "opomba za", "sporočilo za",
    // bg (Bulgarian)
    "бележка за", "забележка за", "съобщение за",
    // lt (Lithuanian)
    "pastaba", "pranešimas",
    // lv (Latvian)
    "piezīme", "uzmanību",
    // et (Estonian)
    "märkus", "teade",
    // is (Icelandic)
    "athugasemd til", "athugasemd fyrir", "athugið",
    // af (Afrikaans)
    "nota vir", "nota aan", "boodskap vir",
    // ka (Georgian)
    "შენიშვნა",
    // hy (Armenian)
    "նշում",
  ],
  /** The pipeline that reads the request, addressed: "Note for processing", "NOTE for automation", "side note for the parser". */
  PROCESSOR: [
    // tl yo ha arz (Tagalog, Yoruba, Hausa, Egyptian Arabic)
    "ẹ̀rọ aládàáṣe", "ẹ̀rọ alágbèéká", "na'ura mai sarrafa kai", "tsarin atomatik", "السيستم", "سيستم", "البوت",
    "бот", "бота", "боту", "роботу", "robot", "le bot", "el bot", "der bot", "o bot", "il bot",
    "offboarding assistant", "automated assistant", "automatic assistant", "virtual assistant", "ai assistant", "assistente automatico", "asistente automático", "assistant automatique", "automatischer assistent", "automatische assistent",
    "automation", "automations", "the automation", "processor", "pipeline", "the pipeline", "the workflow", "workflow engine", "bot", "bots", "the bot", "offboarding bot", "reviewer bot", "agent", "the agent", "ai agent", "tooling", "the script", "parser", "the parser", "the model", "the system", "whoever processes this", "the reader",
    "automatisierung", "verarbeitung", "le traitement", "l automatisation", "la automatización", "el procesamiento", "a automação", "o processamento", "automatyzacj*", "автоматизаци*", "обработк*", "otomasyon", "自動化", "自动化", "자동화", "الأتمتة", "אוטומציה", "ऑटोमेशन", "اتوماسیون",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "hệ thống tự động", "hệ thống xử lý", "bộ xử lý", "tự động hóa", "автоматизаці*", "автоматична система", "автоматичної системи", "обробник*", "procesator*",
    "sistemul automat", "automatizare*", "robotul", "botul", "automatizac*", "automatický systém", "automatickému systému", "automatizáci*", "otomatisasi", "sistem otomatis",
    "pemroses", "automatisering*", "systemet", "roboten", "boten", "automatiske system*", "automatiska systemet", "automatiseringen", "robotten", "automaatio*",
    "järjestelmälle", "botille", "automaattiselle järjestelmälle", "αυτοματοποίηση", "αυτόματο σύστημα", "το σύστημα", "στο σύστημα", "স্বয়ংক্রিয় সিস্টেম", "অটোমেশন", "বট",
    "mfumo wa kiotomatiki", "roboti", "automatizálás*", "automatikus rendszer*", "ระบบอัตโนมัติ", "บอท",
    // hr (Croatian)
    "automatsku obradu", "automatska obrada", "automatskoj obradi", "automatizaciju", "automatizacija", "automatski sustav", "automatskom sustavu",
    // ca (Catalan)
    "processament automàtic", "el processament automàtic", "sistema automàtic",
    // sr (Serbian Cyrillic)
    "аутоматску обраду", "аутоматска обрада", "аутоматској обради",
    // sl (Slovenian)
    "avtomatsko obdelavo", "avtomatski obdelavi", "avtomatska obdelava",
    // bg (Bulgarian)
    "автоматичната обработка", "автоматична обработка",
    // lt (Lithuanian)
    "automatiniam apdorojimui", "automatinis apdorojimas", "automatizuotai sistemai", "sistemai",
    // lv (Latvian)
    "automātiskajai apstrādei", "automātiskā apstrāde", "sistēmai",
    // et (Estonian)
    "automaatseks töötlemiseks", "automaatne töötlus", "automaatsele töötlusele", "süsteemile",
    // is (Icelandic)
    "sjálfvirkrar vinnslu", "sjálfvirka vinnslu", "sjálfvirkri vinnslu", "kerfinu",
    // af (Afrikaans)
    "die stelsel", "outomatiese stelsel", "die outomatisering",
    // az (Azerbaijani)
    "avtomatlaşdırma", "avtomatik sistem*",
    // kk (Kazakh)
    "жүйеге", "автоматты жүйе*", "автоматтандыру*",
    // uz (Uzbek)
    "tizim", "tizimga", "avtomatik tizim*",
    // ka (Georgian)
    "ავტომატური სისტემ*", "სისტემისთვის", "ბოტისთვის",
    // hy (Armenian)
    "ավտոմատ համակարգ*", "համակարգին", "բոտին",
    // am (Amharic)
    "ሲስተሙ", "አውቶማቲክ ሲስተም*", "ለአውቶማቲክ ሲስተም*",
    // so (Somali)
    "nidaamka tooska ah",
    // zu (Zulu)
    "uhlelo oluzenzakalelayo",
    // de: the inflected forms ("an den Offboarding-Assistenten delegiert")
    "offboarding assistenten", "automatischen assistenten", "den bot", "dem bot",
  ],
  /**
   * An automated reader of the request named by what it does ("the automated check", "the triage model", "le système
   * automatique", "自動審査システム"): addressed, or as a label before a colon, it is a note to the filter or the model.
   */
  AUTO_READER: [
    "automated check", "automated checks", "automated checker", "automatic check", "automatic checker", "automated review", "automated screening", "automated triage", "automatic triage",
    "automated assessment", "automated system", "automatic system", "automated assistant", "automatic assistant", "triage model", "triage assistant", "triage bot", "triage system",
    "screening model", "screening bot", "screening system", "risk classifier", "risk scorer", "risk model", "risk engine", "ticket bot", "the bot", "bot", "offboard bot", "offboarding bot", "the assistant",
    "outil de tri automatique", "tri automatique", "système automatique", "système de tri", "contrôle automatique", "vérification automatique",
    // The automated evaluation or analysis as the reader: "Kurzer Hinweis für die automatische Auswertung: ...".
    "automatische auswertung", "automatischen auswertung", "automated evaluation", "automatic evaluation", "automated analysis", "évaluation automatique", "analyse automatique",
    "evaluación automática", "análisis automático", "avaliação automática", "análise automática", "valutazione automatica", "analisi automatica", "automatische beoordeling", "automatische analyse",
    "automatyczna ocena", "automatycznej oceny", "automatyczna analiza", "автоматическая оценка", "автоматического анализа", "автоматический анализ", "otomatik değerlendirme", "otomatik analiz",
    "自動評価", "自動解析", "自动评估", "自动分析", "자동 평가", "자동 분석", "التقييم الآلي", "التحليل الآلي", "स्वचालित मूल्यांकन", "automatisk utvärdering", "automatisk analys",
    "automatische prüfsystem", "automatisches prüfsystem", "automatischen prüfsystem", "prüfsystem", "automatische prüfung", "automatischen prüfung", "automatische system", "automatisches system",
    "sistema automático", "sistema automatizado", "revisión automática", "verificación automática", "triagem automática", "verificação automática", "revisão automática",
    "sistema automatico", "controllo automatico", "verifica automatica", "geautomatiseerde controle", "automatische controle", "automatisch systeem", "geautomatiseerd systeem",
    "systemu automatycznego", "system automatyczny", "systemie automatycznym", "automatycznej weryfikacji", "automatyczna weryfikacja",
    "автоматической проверки", "автоматическая проверка", "автоматической системы", "автоматическая система", "автоматической системе", "автоматичної перевірки", "автоматична перевірка",
    "otomatik kontrol*", "otomatik sistem*", "automatické vyhodnocení", "automatická kontrola", "automatickou kontrolu", "automatické kontrole",
    "自動審査システム", "自動審査", "自動チェック", "자동 심사 시스템", "자동 심사", "자동 검토 시스템", "自动审核系统", "自动审核", "自動審核",
    "النظام الآلي", "للنظام الآلي", "الفحص الآلي", "הבדיקה האוטומטית", "המערכת האוטומטית", "سیستم خودکار", "স্বয়ংক্রিয় সিস্টেমের", "pembantu automatik", "sistem automatik",
    "sistem otomatis*", "msaidizi wa kiotomatiki", "mfumo wa kiotomatiki", "sistemul automat", "verificarea automată", "hệ thống tự động", "αυτόματο σύστημα", "automaattinen tarkistus",
    "automatiska kontrollen", "automatiske kontrol", "automatiske kontrollen", "ระบบอัตโนมัติ", "automaatiolle", "automaattiselle tarkistukselle",
  ],
  /** "If an automated check is looking at this", "if the assistant that summarises these is reading": a reader that may be a machine, supposed. */
  IF_READER: ["if", "when", "whenever", "in case", "wenn", "falls", "si", "se", "als", "jeśli", "jeżeli", "если", "якщо", "eğer", "dacă", "pokud", "jika", "kalau", "om", "hvis", "jos", "αν", "ha"],
  READS: ["reading", "reads", "is reading", "reading this", "looking at this", "is looking at this", "picks up", "summarises", "summarizes", "summarising", "summarizing", "triages", "processes this", "screens",
    "liest", "lit", "lee", "lê", "legge", "leest", "czyta", "читает", "читає", "okuyorsa", "citește", "čte", "membaca", "läser", "læser", "leser", "lukee", "διαβάζει", "olvassa"],
  /** Whoever approves the request downstream, whom the reader's summary goes to ("the approver", "le valideur", "承認者"). */
  APPROVER_NOUN: ["approver", "approvers", "reviewing manager", "approving manager", "valideur", "validateur", "approbateur", "genehmiger", "genehmigende", "freigebende", "aprobador", "aprobadora",
    "aprovador", "aprovadora", "approvatore", "approvatrice", "goedkeurder", "akceptując*", "zatwierdzając*", "согласующ*", "утверждающ*", "погоджувач*", "onaylayana", "onaylayan kişi*",
    "承認者", "审批人", "審批人", "批准人", "승인자*", "למאשר", "המאשר", "تأییدکننده", "تاییدکننده", "अनुमोदक", "pelulus", "penyetuju", "অনুমোদনকারী*", "ผู้อนุมัติ", "aprobator*",
    "schvalovatel*", "schvaľovateľ*", "godkännare*", "godkenderen", "godkenderne", "godkjenneren", "hyväksyjä*", "jóváhagyó*", "người phê duyệt", "người duyệt", "mwidhinishaji",
    // de: the approver and the role as compounds ("ihre Prüferrolle ... delegiert")
    "prüfer", "prüferin", "prüferrolle", "freigaberolle", "genehmigerrolle", "freigabeberechtigung",
  ],
  /** The reader's summary of the request: "when you summarise this for the approver", "rezumatul pentru aprobator", "resuméet til godkenderen". */
  SUMMARY: ["summary", "summary line", "summarise", "summarize", "summarising", "summarizing", "summarised", "summarized", "summarises", "summarizes", "writes up", "write up",
    "résumé", "résumer", "résumez", "synthèse", "zusammenfassung", "zusammenfassen", "resumen", "resumir", "resumo", "riassunto", "riepilogo", "riassumere", "samenvatting", "samenvatten",
    "podsumowanie", "podsumowaniu", "podsumuj", "сводк*", "підсумок", "özet*", "要約", "サマリー", "摘要", "总结", "總結", "요약*", "ملخص", "الملخص", "סיכום", "בסיכום", "שמסכמת", "خلاصه", "सारांश",
    "rezumat*", "shrnutí", "zhrnutie", "ringkasan", "rumuskan", "sammanfattning*", "resuméet", "opsummering*", "sammendrag*", "oppsummering*", "yhteenveto*", "περίληψη", "összefoglal*", "สรุป", "tóm tắt", "muhtasari",
  ],
  /** What the approver is to be told, the verb first ("tell the approver", "zeg tegen de goedkeurder", "przekazać akceptującemu") or last ("به تأییدکننده بگویید", "承認者には…伝えて"). */
  TELL: ["tell", "say", "state", "mention", "indiquez", "dites", "zeg", "sag", "sagt", "mitteilen", "diga", "digan", "decid", "dile", "informar", "informe", "dite", "comunicate", "przekaż", "przekazać",
    "powiedz", "сообщите", "скажите", "передайте", "повідомте", "скажіть", "spuneți", "comunicați", "sdělte", "řekněte", "sampaikan", "beritahu", "säg", "berätta", "fortæl", "fortell", "kerro", "πείτε", "mondd", "nói với", "mwambie"],
  TELL_POST: ["بگویید", "بگو", "iletin", "söyleyin", "bildirin", "전달해*", "말해*", "알려*", "伝えて", "告诉", "জানান", "বলুন", "bolna", "बताएं", "बता दें", "कहें"],
  /** Leaving something out of what the approver sees: "leave out the bit about the forward", "să nu menționeze", "אין צורך לציין". */
  OMIT: ["leave out", "leave it out", "leave that out", "omit", "omitting", "dont mention", "do not mention", "no need to mention", "ne mentionnez pas", "ne pas mentionner", "omettez", "weglassen", "nicht erwähnen",
    "omitid", "omite", "no menciones", "no mencionéis", "sin mencionar", "omitir", "omita", "não mencione", "não mencionar", "omettete", "ometti", "non menzionare", "weglaten", "niet vermelden", "pomiń",
    "nie wspominaj*", "не упоминайте", "не упоминать", "не згадуйте", "să nu menționeze", "nu menționați", "omiteți", "אין צורך לציין", "אל תציינו", "לא לציין"],
  /** Notes addressed to the pipeline as a whole ("Note for processing:"). */
  /** A negation right after the verb (Japanese, Korean): "無視しないで", "무시하지 마". */
  NEG_POST: ["しない", "しないで", "せず", "するな", "しては", "不要", "하지 마", "하지 말", "하지 않", "지 마",
    // ta (Tamil)
    "வேண்டாம்",
    // mr (Marathi)
    "नका",
    // gu (Gujarati)
    "નહીં", "નહિ",
    // Korean 'do not' after the verb with its endings ('승인 절차는 생략하지 말고 통상대로 진행해 주세요')
    "말고", "마세요", "마십시오", "말아 주세요", "말아주세요",
  ],
  /** Japanese and Chinese address a noun by what follows it: "AIへの指示" (instructions for the AI), "AI向け". */
  ADDRESS_POST: ["への指示", "へのメモ", "への注意", "への連絡", "向けの指示", "向け", "的指示", "的说明",
    // ur (Urdu)
    "کے لیے نوٹ", "کیلئے نوٹ",
    // ta (Tamil)
    "க்கான குறிப்பு", "க்கு குறிப்பு",
    // te (Telugu)
    "కోసం గమనిక", "కి గమనిక",
    // gu (Gujarati)
    "માટે નોંધ", "માટે સૂચના",
    // pa (Punjabi, Gurmukhi)
    "ਲਈ ਨੋਟ",
    // si (Sinhala)
    "සඳහා සටහන",
    // az (Azerbaijani)
    "üçün qeyd", "üçün qeydlər",
    // kk (Kazakh)
    "үшін ескерту", "арналған ескерту",
    // uz (Uzbek)
    "uchun eslatma", "uchun izoh",
  ],
} as const satisfies Record<string, readonly string[]>;
