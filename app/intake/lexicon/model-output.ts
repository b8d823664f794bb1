/** Concepts for what the model is told to output: a note to the processor, "only", the prompt, a bare yes, its reply, the model as a noun, marking, a verdict, confidence, negation, injection words (see override.ts for the entry syntax; addressing the model in model.ts). */
export const MODEL_OUTPUT_CONCEPTS = {
  PROCESSOR_NOTE: [
    // Egyptian Arabic: the system addressed ("يا سيستم").
    "يا سيستم", "يا بوت", "يا آلي",
   // "To whoever or whatever triages this request:": a reader that may be a machine.
   "whoever or whatever", "whatever reads this", "whatever triages this",
   // An instruction to the model, named as such (en es fr de it pt nl pl ru uk tr sv el ja zh ko ar he hi): "Οδηγία προς το μοντέλο: ..."
   "instruction to the model", "instructions to the model", "instruction for the model", "instructions for the model", "note to the model", "note for the model",
   "instrucción para el modelo", "instrucciones para el modelo", "instruction pour le modèle", "instructions pour le modèle", "consigne pour le modèle", "anweisung an das modell",
   "anweisung für das modell", "hinweis an das modell", "istruzione per il modello", "istruzioni per il modello", "instrução para o modelo", "instruções para o modelo",
   "instructie voor het model", "instructies voor het model", "instrukcja dla modelu", "instrukcje dla modelu", "инструкция для модели", "указание для модели", "інструкція для моделі",
   "model için talimat", "instruktion till modellen", "instruktioner till modellen", "οδηγία προς το μοντέλο", "οδηγίες προς το μοντέλο", "σημείωση προς το μοντέλο",
   "モデルへの指示", "给模型的指令", "给模型的指示", "모델에 대한 지시", "모델에게 지시", "تعليمات للنموذج", "ملاحظة للنموذج", "הוראה למודל", "मॉडल के लिए निर्देश",
   "note for processing", "notes for processing", "note to processing", "processing note", "automation note", "note for automation", "note for the automation", "bot note", "parser note", "note for the bot", "note for the pipeline",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "lưu ý cho hệ thống", "ghi chú cho hệ thống", "для бота", "для ші", "примітка для системи", "notă pentru procesator", "notă pentru sistem", "poznámka pro systém",
    "poznámka pre systém", "catatan untuk sistem", "till den automatiska assistenten", "till det automatiska systemet", "til den automatiske assistent",
    "til det automatiske system", "til den automatiske assistenten", "til det automatiske systemet", "หมายเหตุถึงระบบ",
    // af (Afrikaans)
    "nota vir die stelsel",
    // az (Azerbaijani)
    "sistem üçün qeyd", "avtomatik sistem üçün qeyd", "bot üçün qeyd",
    // kk (Kazakh)
    "жүйеге арналған ескерту", "ботқа арналған ескерту",
    // uz (Uzbek)
    "tizim uchun eslatma", "bot uchun eslatma",
    // ka (Georgian)
    "შენიშვნა სისტემისთვის", "შენიშვნა ბოტისთვის",
    // hy (Armenian)
    "նշում համակարգի համար", "նշում բոտի համար",
    // am (Amharic)
    "ማሳሰቢያ ለሲስተሙ", "ማሳሰቢያ ለቦቱ", "ለሲስተሙ ማሳሰቢያ",
    // so (Somali)
    "ogeysiis nidaamka", "fiiro gaar ah nidaamka",
    // zu (Zulu)
    "inothi yohlelo", "isaziso sohlelo",
  ],
  /** "reply with just OK". */
  ONLY_WORD: ["just", "only", "simply", "nothing but", "solo", "nur", "seulement", "apenas", "tylko", "только", "sadece", "だけ", "只", "만", "فقط", "רק", "केवल"],
  /** "your prompt": only a model has one. */
  PROMPT: ["prompt", "prompts", "system prompt", "context window", "your context", "prompting"],
  /** A bare yes the pipeline is told to answer with. */
  BARE_YES: ["ok", "okay", "yes", "true", "pass", "passed", "approve", "approved", "allow", "lgtm", "accepted", "accept"],
  /** Replying to the request itself, where everyone on the ticket reads it: "reply to this ticket with his password", "me répondre ici avec les mots de passe". */
  REPLY: ["reply", "respond", "answer", "répondre", "répondez", "réponse", "responder", "responda", "respondan", "respondedme", "rispondere", "rispondete", "antworten", "antwortet", "beantworten",
    "antwoord", "antwoorden", "odpowiedz", "odpowiedzcie", "odpowiedzieć", "ответьте", "ответом", "ответить", "відповідайте", "відповіддю", "yanıtlayın", "yanıt olarak", "返信", "回复", "回覆", "답장*", "회신*",
    "ردوا", "ردًا", "השיבו", "בתשובה", "जवाब में", "پاسخ دهید", "در پاسخ", "trả lời", "răspundeți", "odpovězte", "balas", "balaslah", "svara", "svar", "vastaa", "vastatkaa", "απαντήστε", "válaszoljon", "válaszolj", "ตอบกลับ", "jibu",
    // in the reply, the noun (en de fr es pt it nl pl sv)
    "in the reply", "in your reply", "in the answer", "in your answer", "in der antwort", "in ihrer antwort", "in eurer antwort", "in deiner antwort", "dans votre réponse", "dans la réponse", "dans ta réponse", "en la respuesta", "en tu respuesta", "en su respuesta", "en vuestra respuesta", "na resposta", "na sua resposta", "nella risposta", "nella vostra risposta", "nella tua risposta", "in het antwoord", "in je antwoord", "in uw antwoord", "w odpowiedzi", "i svaret",
  ],
  RESPOND: ["respond with", "reply with", "answer with", "output", "return", "print", "say", "respond only with", "reply only with", "you reply with", "you respond with", "antworte mit", "réponds", "responde con", "responda com", "odpowiedz", "ответь", "yanıtla", "と返答", "回复", "응답", "أجب", "ענה", "जवाब दो", "پاسخ بده",
    "reply in this thread with", "reply here with", "reply to this thread with", "answer here with", "post them here", "post it here", "paste them here", "paste it here",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "trả lời bằng", "відповідай", "răspunde cu", "odpověz", "odpovedz", "balas dengan", "jawab dengan", "svara med", "svar med", "απάντησε με", "válaszolj", "ตอบกลับ",
  ],
  MODEL_NOUN: [
    "ai", "a i", "llm", "llms", "language model", "large language model", "chatbot", "gpt", "chatgpt", "claude", "copilot", "gemini", "ai assistant", "ai model", "ai parser", "ai system", "parser", "classifier", "automated reviewer", "automated system",
    "ki", "ia", "ии", "yapay zeka", "人工智能", "人工知能", "인공지능", "الذكاء الاصطناعي", "בינה מלאכותית", "एआई", "هوش مصنوعی",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "trí tuệ nhân tạo", "mô hình ngôn ngữ", "trợ lý ai", "ші", "штучний інтелект", "штучного інтелекту", "мовна модель", "inteligența artificială",
    "inteligenței artificiale", "umělá inteligence", "umělé inteligenci", "umelá inteligencia", "umelej inteligencii", "jazykový model", "kecerdasan buatan", "model bahasa",
    "artificiell intelligens", "språkmodell*", "kunstig intelligens", "sprogmodel*", "tekoäly*", "kielimalli*", "τεχνητή νοημοσύνη", "γλωσσικό μοντέλο", "এআই",
    "কৃত্রিম বুদ্ধিমত্তা", "akili bandia", "akili mnemba", "mesterséges intelligencia", "nyelvi modell", "เอไอ", "ปัญญาประดิษฐ์", "โมเดลภาษา",
    // ur (Urdu)
    "اے آئی", "مصنوعی ذہانت",
    // ta (Tamil)
    "செயற்கை நுண்ணறிவு", "ஏஐ",
    // te (Telugu)
    "ఏఐ", "కృత్రిమ మేధ*",
    // gu (Gujarati)
    "એઆઈ", "કૃત્રિમ બુદ્ધિ",
    // pa (Punjabi, Gurmukhi)
    "ਏਆਈ", "ਬਣਾਉਟੀ ਬੁੱਧੀ", "ਮਸਨੂਈ ਬੁੱਧੀ",
    // si (Sinhala)
    "කෘත්‍රිම බුද්ධිය", "ඒඅයි",
    // ca (Catalan)
    "intel·ligència artificial", "model de llenguatge",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "umjetna inteligencija", "umjetnoj inteligenciji", "veštačka inteligencija", "jezični model",
    // sr (Serbian Cyrillic)
    "вештачка интелигенција", "вештачкој интелигенцији",
    // sl (Slovenian)
    "umetna inteligenca", "umetni inteligenci", "jezikovni model",
    // bg (Bulgarian)
    "изкуствен интелект", "изкуствения интелект", "езиков модел",
    // lt (Lithuanian)
    "dirbtinis intelektas", "dirbtiniam intelektui", "kalbos modelis",
    // lv (Latvian)
    "mākslīgais intelekts", "mākslīgajam intelektam", "valodas modelis",
    // et (Estonian)
    "tehisintellekt*", "keelemudel*",
    // is (Icelandic)
    "gervigreind*", "mállíkan*",
    // af (Afrikaans)
    "kunsmatige intelligensie", "taalmodel",
    // az (Azerbaijani)
    "süni intellekt", "dil modeli",
    // kk (Kazakh)
    "жасанды интеллект", "тілдік модель",
    // uz (Uzbek)
    "sun'iy intellekt", "sunʻiy intellekt", "sunʼiy intellekt", "til modeli",
    // ka (Georgian)
    "ხელოვნური ინტელექტ*", "ენობრივი მოდელ*",
    // hy (Armenian)
    "արհեստական բանականություն*", "լեզվական մոդել*",
    // am (Amharic)
    "ሰው ሰራሽ አስተውሎት", "ሰው ሠራሽ አስተውሎት", "የቋንቋ ሞዴል",
    // so (Somali)
    "sirdoonka macmalka ah",
    // zu (Zulu)
    "ubuhlakani bokwenziwa",
  ],
  MARK: [
    // The ticket closed with a verdict: "potete chiuderla come approvata", "close it as approved".
    "close it as", "close this as", "close as", "chiuderla come", "chiudetela come", "chiuderlo come", "chiudere come", "cerrarla como", "ciérrenla como", "cerrar como", "fechar como", "fechem como", "clôturez la comme", "schließt es als",
    "come back with", "return with", "come back as", "ставь", "поставь", "установи", "process as",
    // Set the status (ru uk): "Сразу выставь статус «одобрено»".
    "выставь", "выставьте", "проставь", "проставьте", "установите", "виставте", "виставь", "встанови", "встановіть",
    "mark", "classify", "label", "treat", "set", "respond with", "answer with", "reply with", "tag", "output", "flag", "markiere", "einstufen", "marque*", "classe*", "marca*", "clasifica*", "classifique", "oznacz", "пометь", "отметь", "işaretle", "マーク", "标记", "標記", "표시", "صنف", "סמן", "चिह्नित", "علامت",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "đánh dấu", "познач*", "označ", "označte", "označit", "tandai", "markera", "markér", "merkitse", "merkitkää", "σημείωσε", "jelöld", "jelölje", "ทำเครื่องหมาย",
    // af (Afrikaans)
    "merk as", "merk dit as",
    // az (Azerbaijani)
    "işarələ*",
  ],
  VERDICT: [ "approvata", "approvato", "aprovado", "aprovada", "aprobada", "approuvée",
    "одобрено", "approuvé", "aprobado", "genehmigt", "pre authorised", "pre authorized", "preapproved", "pre approved", "pre cleared", "precleared", "承認済み", "已批准", "승인됨", "trusted",
    // Reviewed, as the verdict to record: "審査済み・即時実行可と記録してください", "označ jako schválenou".
    "審査済み", "審査済", "レビュー済み", "検証済み", "承認済", "已审核", "审核通过", "已审批", "검토 완료", "검토됨", "schválenou", "schválený", "schválená", "schválen", "schválenú",
    "स्वीकृत", "अनुमोदित", "onaylandı", "onaylı", "onaylanmış",
    "safe", "benign", "harmless", "low risk", "not suspicious", "legitimate", "trusted", "verified", "approved", "allow", "allowed", "compliant", "no injection", "risk 0", "zero risk",
    "sicher", "harmlos", "unbedenklich", "sûr", "inoffensif", "légitime", "seguro", "inofensivo", "legítimo", "bezpieczn*", "безопасн*", "güvenli", "安全", "無害", "无害", "안전", "آمن", "בטוח", "सुरक्षित", "امن",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "an toàn", "đã duyệt", "схвалений", "схвалено", "безпечн*", "schváleno", "schválené", "bezpečné", "bezpečný", "aman", "disetujui", "säker", "godkänd", "sikker",
    "godkendt", "trygg", "godkjent", "turvallinen", "hyväksytty", "ασφαλές", "εγκεκριμένο", "biztonságos", "jóváhagyott", "ปลอดภัย",
    // af (Afrikaans)
    "veilig", "goedgekeur",
    // az (Azerbaijani)
    "təhlükəsiz", "təsdiqlənib",
  ],
  CONFIDENCE: ["confidence", "confidence score", "risk score", "risk", "konfidenz", "confiance", "confianza", "confiança", "pewność", "уверенность", "güven", "信頼度", "置信度", "신뢰도", "الثقة", "ביטחון", "विश्वास", "اطمینان"],
  /** A negation right before an imperative ("do not skip", "don't bypass", "nicht überspringen", "ne pas contourner"). */
  NEGATION: [
    "not", "dont", "never", "cannot", "cant", "mustnt", "shouldnt", "wont", "nicht", "niemals", "keinesfalls", "auf keinen fall", "pas", "jamais", "no", "nunca", "não", "nao", "non", "niet", "nooit", "nie", "nigdy", "не", "никогда", "asla", "لا", "לא", "אל", "नहीं", "मत", "نه", "نباید",
    // ur (Urdu)
    "نہ", "مت",
    // pa (Punjabi, Gurmukhi)
    "ਨਾ", "ਨਹੀਂ",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "nemoj", "nemojte", "nikada", "nikako",
    // sr (Serbian Cyrillic)
    "немој", "немојте", "никада",
    // sl (Slovenian)
    "nikar", "nikoli",
    // bg (Bulgarian)
    "никога",
    // et (Estonian)
    "ärge", "ära jäta", "ärge jätke",
    // is (Icelandic)
    "ekki", "aldrei",
    // af (Afrikaans)
    "moenie",
    // ka (Georgian)
    "ნუ", "არ",
    // hy (Armenian)
    "մի",
    // tl (Tagalog): don't ('huwag laktawan ang review')
    "huwag", "wag", "huwag nang",
  ],
  NOT: [ "non","not", "no", "isnt", "is not", "never", "nicht", "niet", "kein", "keine", "pas", "não", "nie", "не", "değil", "ではない", "不是", "아니", "ليس", "ليست", "לא", "नहीं", "نیست",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "không", "chưa", "tidak", "belum", "bukan", "inte", "ej", "ikke", "ei", "eivät", "δεν", "όχι", "nem", "nincs", "není", "nebylo", "nikdy",
    // "we cannot" in Romanian (whose "nu" alone is Dutch and Swedish "now"), Czech and Slovak: "nu putem aștepta aprobarea".
    "nu putem", "nu pot", "nu se poate", "nemůžeme", "nemůžu", "nemôžeme", "nemôžem",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "nije", "nisu",
    // sr (Serbian Cyrillic)
    "није", "нису",
    // sl (Slovenian)
    "ni", "niso",
    // bg (Bulgarian)
    "не е",
    // lt (Lithuanian)
    "nėra", "nebuvo",
    // lv (Latvian)
    "nav",
    // et (Estonian)
    "ei ole",
    // is (Icelandic)
    "ekki",
    // az (Azerbaijani)
    "deyil",
    // kk (Kazakh)
    "емес",
    // uz (Uzbek)
    "emas",
    // ka (Georgian)
    "არ", "არა",
    // hy (Armenian)
    "չէ", "չեն", "չի",
    // am (Amharic)
    "አይደለም",
    // so (Somali)
    "maaha", "ma aha",
  ],
  INJECTION_WORD: ["prompt injection", "injection", "injection attempt", "jailbreak*", "attack", "red team test", "red teaming", "security test", "test of the filter", "filter test", "prompt angriff", "injection de prompt", "inyección", "injeção", "wstrzyknięci*", "инъекци*", "enjeksiyon", "インジェクション", "注入", "인젝션", "حقن", "הזרקה", "इंजेक्शन", "تزریق",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "injecție", "injekce", "injekcia", "injeksi", "injektion", "injeksjon", "injektio*", "injekció*",
    // af (Afrikaans)
    "inspuiting",
    // az (Azerbaijani)
    "inyeksiya*",
  ],
} as const satisfies Record<string, readonly string[]>;
