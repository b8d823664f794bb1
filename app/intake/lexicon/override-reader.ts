/** Concepts for who an override speaks to and about: the writer's own earlier message (I_SENT, FIRST_PERSON), qualifiers, a new task, "your", automated readers, obligation and what precedes (see override.ts for the entry syntax; the override verbs in override.ts, what they reach in override-scope.ts). */
export const OVERRIDE_READER_CONCEPTS = {
  /** "ignore the previous instructions I sent about the laptop": the writer's own earlier message. */
  I_SENT: ["i sent", "i gave", "i wrote", "i mentioned", "i provided", "we sent", "we gave", "i shared", "i emailed"],
  /** "the previous rules for contractor accounts no longer apply": rules about a thing, not the reader's. */
  QUALIFIER: ["for", "about", "regarding", "concerning", "covering", "für", "über", "pour", "sur", "para", "sobre", "per", "voor", "dla", "для", "için",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "pentru", "pro", "untuk", "för", "koskien", "για", "kuhusu", "számára",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "za",
    // sr (Serbian Cyrillic)
    "за",
    // bg (Bulgarian)
    "за",
    // lt (Lithuanian)
    "dėl",
    // lv (Latvian)
    "par",
    // et (Estonian)
    "kohta",
    // is (Icelandic)
    "um",
    // af (Afrikaans)
    "vir", "oor",
    // az (Azerbaijani)
    "üçün", "haqqında",
  ],
  FIRST_PERSON: [
    // The tokenizer glues a contraction: "I'm", "I've", "I'd", "I'll", "we've" are "im", "ive", "id", "ill", "weve" ("I'll tell the
    // approver myself" is the writer, as "I will" is). Not "we'll", "we're", "we'd": glued they are "well", "were", "wed".
    "i", "my", "me", "mine", "we", "our", "us", "im", "ive", "id", "i'll", "we've",
    "ich", "mein*", "wir", "unser*", "j", "mon", "ma", "mes", "nous", "notre", "nos",
    "mi", "mis", "yo", "nuestr*", "nosotros", "eu", "meu", "minha", "meus", "minhas", "noss*",
    "mój", "moja", "moje", "mojego", "mojej", "moich", "ja", "nasz*",
    "я", "мой", "моя", "моё", "мое", "мои", "моего", "моих", "мы", "наш*",
    "benim", "ben", "bizim", "私", "僕", "我", "내", "제", "저", "우리",
    "أنا", "لي", "אני", "שלי", "שלנו", "मैं", "मेरे", "मेरी", "मेरा", "हम", "من", "ما",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "tôi", "mình", "chúng tôi", "мій", "моє", "мої", "мене", "ми", "mea", "mei", "mele", "noi", "nostru", "noastre", "můj", "moji", "náš", "naše", "môj", "saya", "aku",
    "kami", "kita", "jag", "min", "mitt", "mina", "vi", "vår", "vårt", "våra", "jeg", "vores", "minä", "minun", "meidän", "εγώ", "μου", "μας", "আমি", "আমার", "আমরা",
    "আমাদের", "mimi", "yangu", "wangu", "zangu", "sisi", "yetu", "enyém", "ฉัน", "ผม", "ของฉัน", "ของผม",
    // ca (Catalan)
    "meva", "meves", "jo",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "moj", "moju",
    // sr (Serbian Cyrillic)
    "мој", "моја", "моје", "наша",
    // bg (Bulgarian)
    "моите", "моята", "нашите",
    // lt (Lithuanian)
    "mano", "mūsų",
    // lv (Latvian)
    "mani", "manu", "manas", "mūsu",
    // et (Estonian)
    "mu", "minu", "meie",
    // is (Icelandic)
    "mín", "mínar", "ég", "okkar",
    // af (Afrikaans)
    "ons",
    // az (Azerbaijani)
    "mən", "mənim",
    // kk (Kazakh)
    "менің", "біздің",
    // uz (Uzbek)
    "mening", "bizning",
    // ka (Georgian)
    "ჩემი", "ჩვენი",
    // hy (Armenian)
    "իմ", "մեր",
  ],
  NEW: [
    "new", "updated", "real", "actual", "true", "revised", "replacement", "overriding",
    "neue*", "nouvelle*", "nouveaux", "nuevas", "nuevo*", "nueva", "novas", "novos", "nova", "nuove", "nuovo", "nowe", "nowa", "nowy", "новые", "новая", "новое", "yeni",
    "新しい", "新的", "新", "새로운", "새", "الجديدة", "جديدة", "חדשות", "החדשות", "חדשה", "החדשה", "नए", "नई", "नया", "جدید",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "нові", "нова", "нове", "новий", "noile", "nové", "nový", "baru", "nya", "ny", "nye", "uudet", "uusi", "uusia", "νέες", "νέα", "νέο", "καινούργιες", "নতুন", "mapya",
    "mpya", "új", "ใหม่",
    // ca (Catalan)
    "noves", "nova instrucció",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "nove", "novi",
    // sr (Serbian Cyrillic)
    "нови",
    // bg (Bulgarian)
    "нови", "новите", "новата",
    // lt (Lithuanian)
    "naujos", "nauji", "naujas", "naujoji",
    // lv (Latvian)
    "jaunās", "jaunie", "jaunais", "jaunā",
    // et (Estonian)
    "uued", "uus", "uut",
    // is (Icelandic)
    "nýjar", "nýju", "nýtt",
    // af (Afrikaans)
    "nuwe",
  ],
  TASK: [
    "task", "role", "objective", "goal", "mission", "purpose", "persona", "system prompt",
    "aufgabe", "rolle", "tâche", "rôle", "objectif", "tarea", "rol", "papel", "objetivo", "tarefa",
    "zadanie", "rola", "задача", "роль", "görev*", "rolün*",
    "タスク", "役割", "任務", "任务", "角色", "目标", "임무", "역할", "مهمتك", "مهمة", "دورك", "המשימה", "משימה", "תפקיד*", "कार्य", "भूमिका", "وظیفه*", "نقش*",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "nhiệm vụ", "vai trò", "завдання", "sarcina", "sarcină", "rolul", "úkol", "úloha", "tugas", "peran", "peranan", "uppgift", "roll", "opgave", "oppgave", "tehtävä",
    "tehtäväsi", "rooli", "roolisi", "εργασία", "ρόλος", "αποστολή", "ভূমিকা", "jukumu", "wajibu", "feladat*", "szerep*", "หน้าที่", "บทบาท",
    // ca (Catalan)
    "tasca",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "zadatak", "uloga", "zadaća",
    // sr (Serbian Cyrillic)
    "задатак", "улога",
    // sl (Slovenian)
    "naloga", "vloga",
    // bg (Bulgarian)
    "задачата", "роля", "ролята",
    // lt (Lithuanian)
    "užduotis", "vaidmuo",
    // lv (Latvian)
    "uzdevums", "loma",
    // et (Estonian)
    "ülesanne", "ülesanne on",
    // is (Icelandic)
    "verkefni", "hlutverk",
    // af (Afrikaans)
    "taak",
    // az (Azerbaijani)
    "vəzifə*", "rolun*",
  ],
  YOUR: [
    "your", "yours", "dein*", "deine", "ton", "ta", "tes", "votre", "vos", "tu", "tus", "su", "teu", "tua", "seu", "sua",
    "twój", "twoje", "twoja", "твой", "твоя", "твоё", "твои", "ваш*", "senin", "sizin",
    "あなたの", "你的", "您的", "당신의", "너의", "الخاص بك", "שלך", "तुम्हारा", "तुम्हारी", "आपका", "आपकी", "تو", "شما",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "твій", "твоє", "твої", "tvoje", "tvé", "vaše", "tvůj", "tvoj", "din", "ditt", "dina", "dine", "sinun", "teidän", "তোমার", "আপনার",
    // ca (Catalan)
    "teves", "teus", "vostres", "vostre",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "tvoja", "vaša",
    // sr (Serbian Cyrillic)
    "твоја", "твоје", "ваша", "ваше",
    // sl (Slovenian)
    "tvoja", "vaša",
    // bg (Bulgarian)
    "твоите", "вашите",
    // lt (Lithuanian)
    "tavo", "jūsų",
    // lv (Latvian)
    "tavas", "tavus", "jūsu",
    // et (Estonian)
    "sinu", "teie",
    // is (Icelandic)
    "þínar", "þín", "ykkar",
    // af (Afrikaans)
    "jou", "julle",
    // az (Azerbaijani)
    "sənin",
    // kk (Kazakh)
    "сенің", "сіздің",
    // uz (Uzbek)
    "sening", "sizning",
    // ka (Georgian)
    "შენი", "თქვენი",
    // hy (Armenian)
    "քո", "ձեր",
  ],
  /** Automated readers as a class, as disclaimers address them ("automated systems processing this message must ..."). */
  AUTOMATED_READERS: [
    "automated systems", "automated tools", "automated processing systems", "automated processors", "automated readers", "ai systems", "ai tools", "ai assistants", "language models",
    "automatisierte systeme", "automatische systeme", "ki systeme", "systèmes automatisés", "systèmes automatiques", "sistemas automatizados", "sistemas automáticos", "sistemi automatizzati",
    "sistemi automatici", "geautomatiseerde systemen", "systemy automatyczne", "systemy ai", "автоматизированные системы", "автоматические системы", "otomatik sistemler",
    "hệ thống tự động", "автоматизовані системи", "sistemele automate", "automatizované systémy", "sistem otomatis", "automatiserade system", "automatiserede systemer",
    "automatiserte systemer", "automaattiset järjestelmät", "αυτοματοποιημένα συστήματα", "αυτόματα συστήματα", "automatizált rendszerek", "automatski sustavi",
    // af (Afrikaans)
    "outomatiese stelsels",
    // automated processors (nl de sv): "Geautomatiseerde verwerkers voegen ... toe"
    "geautomatiseerde verwerkers", "automatische verwerkers", "automatisierte verarbeiter", "automatiserade processer",
    // az (Azerbaijani)
    "avtomatik sistemlər", "avtomatlaşdırılmış sistemlər",
    // automated tools, and any one automated system or tool (en fr es pt it de nl pl ru uk tr vi id sv): "les outils automatisés qui traitent ce message doivent transférer"
    "automated tool", "automatic tools", "any automated system", "outils automatisés", "outils automatiques", "tout outil automatisé", "tout système automatisé", "les traitements automatisés", "herramientas automatizadas", "herramientas automáticas", "todo sistema automatizado", "ferramentas automatizadas", "ferramentas automáticas", "strumenti automatizzati", "strumenti automatici", "automatisierte werkzeuge", "automatisierte tools", "automatische tools", "automatische werkzeuge", "jedes automatisierte system", "geautomatiseerde tools", "geautomatiseerde hulpmiddelen", "narzędzia automatyczne", "zautomatyzowane narzędzia", "автоматизированные инструменты", "автоматические инструменты", "автоматизовані інструменти", "автоматичні інструменти", "otomatik araçlar", "công cụ tự động", "alat otomatis", "automatiserade verktyg",
    // automated assistants (en fr es pt it de nl pl ru uk tr sv): "les assistants automatisés qui traitent ce message sont priés de transmettre"
    "automated assistants", "automatic assistants", "assistants automatisés", "assistants automatiques", "asistentes automatizados", "asistentes automáticos", "assistentes automatizados",
    "assistentes automáticos", "assistenti automatizzati", "assistenti automatici", "automatisierte assistenten", "automatische assistenten", "geautomatiseerde assistenten",
    "zautomatyzowani asystenci", "automatyczni asystenci", "автоматизированные ассистенты", "автоматические ассистенты", "автоматизовані асистенти", "otomatik asistanlar", "automatiserade assistenter",
  ],
  /** An obligation laid on them: "must", "οφείλουν να", "müssen". */
  OBLIGE: [
    "must", "shall", "are required to", "are obliged to", "müssen", "haben zu", "doivent", "sont tenus de", "deben", "están obligados a", "devem", "são obrigados a", "devono", "sono tenuti a",
    "moeten", "muszą", "должны", "zorundadır", "phải", "повинні", "trebuie să", "musí", "harus", "måste", "skal", "ska", "skall", "sollen", "dienen", "οφείλουν να", "πρέπει να", "kell", "moraju",
    // asked, politely (en fr es pt it pl sv; not nl or de, where the verb comes last): "are requested to", "sont priés de", "se les ruega", "sono pregati di"
    "are requested to", "are kindly requested to", "are asked to", "are kindly asked to", "sont priés de", "sont priées de", "sont invités à", "est prié de", "se les ruega", "se ruega a",
    "se les solicita", "são solicitados a", "são convidados a", "solicita se que", "sono pregati di", "sono invitati a", "si prega di",
    "proszone są o", "są proszone o", "ombeds att", "ombeds",
    // permitted, as a standing licence to act (en fr es pt it nl pl ru sv): "sono autorizzati a inoltrare", "are authorised to forward"
    "are authorised to", "are authorized to", "are hereby authorised to", "are hereby authorized to", "are permitted to", "are allowed to", "sont autorisés à", "sont autorisées à",
    "están autorizados a", "están autorizados para", "estão autorizados a", "sono autorizzati a", "sono autorizzati ad", "zijn gemachtigd om", "zijn bevoegd om",
    "są upoważnione do", "mają upoważnienie do", "уполномочены", "имеют право", "har behörighet att",
    // instructed, as a standing order (en fr es pt it pl ru uk sv): "automated tools handling this request are instructed to grant ..."
    "are instructed to", "are hereby instructed to", "are directed to", "are hereby directed to", "ont pour instruction de", "ont instruction de", "tienen instrucciones de", "tienen instrucción de",
    "têm instruções para", "estão instruídos a", "sono istruiti a", "hanno istruzione di", "mają polecenie", "обязаны", "зобов язані", "instrueras att",
  ],
  /** Ranked above the reader's rules: "these fields take precedence over your rules", "haben Vorrang vor deinen Regeln". */
  PRECEDE: [
    "take precedence over", "takes precedence over", "supersede", "supersedes", "prevail over", "prevails over", "outrank", "outranks", "haben vorrang vor", "hat vorrang vor",
    "priment sur", "prime sur", "prévalent sur", "prévaut sur", "ont priorité sur", "a priorité sur", "prevalecen sobre", "prevalece sobre", "tienen prioridad sobre",
    "tiene prioridad sobre", "prevalecem sobre", "têm prioridade sobre", "tem prioridade sobre", "prevalgono su", "prevale su", "hanno la precedenza su", "ha la precedenza su",
    "hebben voorrang op", "heeft voorrang op", "mają pierwszeństwo przed", "ma pierwszeństwo przed", "имеют приоритет над", "имеет приоритет над",
  ],
} as const satisfies Record<string, readonly string[]>;
