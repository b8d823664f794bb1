/**
 * Concepts for acting as someone: what the model is told to do, act as or pretend to be, permissions,
 * role nouns and labels, modes and boundary markers (see override.ts for the entry syntax; the reader
 * told what it now is in role-shift.ts).
 */
export const ACT_AS_CONCEPTS = {
  MODEL_DO: [
    "respond", "reply", "answer", "output", "approve", "act", "behave", "obey", "comply", "always", "only", "print", "return", "mark", "classify",
    "antworte*", "genehmige", "réponds", "répondez", "approuve", "responde", "aprueba", "responda", "aprove", "odpowiadaj", "zatwierdzaj",
    "отвечай", "одобряй", "cevap ver", "onayla", "答え", "承認", "回答", "批准", "응답", "승인", "أجب", "وافق", "ענה", "אשר", "जवाब", "मंजूर", "پاسخ", "تایید",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "phê duyệt", "trả lời", "chấp thuận", "luôn luôn", "схвалюй", "погоджуй", "відповідай", "завжди", "aprobă", "aprobați", "răspunde", "întotdeauna", "schvaluj",
    "schvalujte", "odpovídej", "vždy", "schvaľuj", "odpovedaj", "setujui", "menyetujui", "selalu", "godkänn", "svara", "alltid", "godkend", "altid", "godkjenn", "hyväksy",
    "vastaa", "aina", "εγκρίνεις", "εγκρίνετε", "απάντα", "πάντα", "সবসময়", "idhinisha", "jibu", "daima", "hagyd jóvá", "válaszolj", "mindig", "อนุมัติ", "ตอบกลับ", "เสมอ",
  ],
  ACT_AS: [
    "act as", "acting as", "pretend to be", "pretend you are", "pretend youre", "roleplay as", "role play as", "play the role of", "behave as", "simulate", "impersonate", "assume the role of", "take the role of",
    "agiere als", "tu so als", "spiele die rolle", "agis comme", "fais semblant d être", "joue le rôle", "actúa como", "actúas como", "actuarás como", "finge ser", "aja como", "finja ser", "udawaj", "działaj jako",
    // The reader told what it does now, the verb in the second person: "Od tej chwili działasz jako administrator domeny".
    "you act as", "you are acting as", "you will act as", "du agierst als", "du handelst als", "du fungierst als", "sie agieren als", "tu agis en tant que", "vous agissez en tant que", "tu agis comme",
    "você atua como", "você age como", "você vai atuar como", "agisci come", "agisci in qualità di", "je treedt op als", "jij treedt op als", "je fungeert als", "je handelt als",
    // the same in the tu-imperative and formal forms: "age como o responsável de segurança" (pt-PT), "actúe como", "comportati come"
    "age como", "atua como", "atue como", "actúe como", "actúen como", "comportati come", "agite come", "agissez comme", "agissez en tant que", "gedraag je als", "treed op als", "zachowuj się jak", "działaj jak",
    "działasz jako", "występujesz jako", "działacie jako", "ты действуешь как", "вы действуете как", "ты выступаешь в роли", "выступаешь в роли", "ти дієш як", "виступаєш у ролі",
    "du agerar som", "du fungerar som", "du opptrer som", "du agerer som", "olarak hareket ediyorsun",
    "действуй как", "притворись", "gibi davran", "として振る舞", "のふりをして", "扮演", "假装", "假裝", "充当", "역할을", "인 척", "تظاهر", "התנהג כ", "העמד פנים", "की तरह व्यवहार", "नाटक करो", "وانمود کن",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "hãy đóng vai", "đóng vai", "hành động như", "giả vờ là", "hãy giả làm", "дій як", "поводься як", "прикинься", "вдавай", "acționează ca", "comportă te ca", "joacă rolul",
    "chovej se jako", "jednej jako", "předstírej", "hraj roli", "správaj sa ako", "konaj ako", "predstieraj", "hraj rolu", "bertindak sebagai", "berperan sebagai",
    "berpura pura menjadi", "berpura pura", "agera som", "låtsas vara", "spela rollen", "uppträd som", "opfør dig som", "agér som", "spil rollen", "oppfør deg som",
    "spill rollen", "opptre som", "esitä olevasi", "käyttäydy kuin", "toimi kuin", "συμπεριφέρσου σαν", "προσποιήσου", "παίξε τον ρόλο", "ভান করো", "jifanye", "tenda kama",
    "viselkedj úgy", "tegyél úgy", "játszd el", "tettesd magad", "สวมบทบาท", "แกล้งเป็น", "ทำตัวเป็น",
    // ca (Catalan)
    "actua com", "actueu com", "fes com si fossis", "fes el paper de", "interpreta el paper de",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "ponašaj se kao", "djeluj kao", "deluj kao", "pretvaraj se da si", "glumi", "preuzmi ulogu",
    // sr (Serbian Cyrillic)
    "понашај се као", "делуј као", "претварај се да си", "глуми",
    // sl (Slovenian)
    "obnašaj se kot", "deluj kot", "pretvarjaj se da si", "igraj vlogo",
    // bg (Bulgarian)
    "действай като", "дръж се като", "преструвай се че си", "играй ролята на",
    // lt (Lithuanian)
    "elkis kaip", "veik kaip", "apsimesk", "vaidink",
    // lv (Latvian)
    "rīkojies kā", "uzvedies kā", "izliecies", "tēlo",
    // et (Estonian)
    "käitu nagu", "tegutse nagu", "teeskle", "mängi rolli", "kehasta",
    // is (Icelandic)
    "hagaðu þér eins og", "láttu eins og", "þykstu vera", "leiktu hlutverk",
    // af (Afrikaans)
    "tree op as", "speel die rol van", "gedra jou soos",
    // az (Azerbaijani)
    "kimi davran", "kimi davranın", "rolunu oyna",
    // ka (Georgian)
    "იმოქმედე როგორც", "იმოქმედეთ როგორც", "მოიქეცი როგორც", "მოიქეცით როგორც",
    // hy (Armenian)
    "գործիր որպես", "գործեք որպես", "հանդես եկ որպես", "հանդես եկեք որպես",
    // so (Somali)
    "u dhaqan sidii", "u dhaqmo sidii", "u shaqee sidii",
    // taking up a role, the imperative (pt es it fr de nl pl ru uk tr; not "asume el papel de", "assume o papel de": also "she takes on the role of")
    "assuma o papel de", "assuma o papel do", "assuma o papel da", "asuma el papel de", "asuma el rol de", "assumi il ruolo di", "assumete il ruolo di", "assumez le rôle de", "übernimm die rolle", "neem de rol aan van", "przyjmij rolę", "возьми на себя роль", "візьми на себе роль", "rolünü üstlen",
    // As if the reader were someone else (en es fr de pt it nl pl ru uk sv)
    "act as if you were", "act as though you were", "act as if you are", "behave as if you were", "actúa como si fueras", "actúa como si fuera", "actúe como si fuera", "haz como si fueras", "agis comme si tu étais", "agissez comme si vous étiez", "fais comme si tu étais", "faites comme si vous étiez", "tu so als wärst du", "tun sie so als wären sie", "handle so als wärst du", "aja como se fosse", "faça de conta que é", "agisci come se fossi", "agite come se foste", "fai finta di essere", "doe alsof je", "gedraag je alsof je", "zachowuj się jakbyś był", "zachowuj się jakbyś była", "udawaj że jesteś", "веди себя так будто ты", "веди себя как будто ты", "представь что ты", "поводься так ніби ти", "уяви що ти", "agera som om du vore", "låtsas att du är",
  ],
  /**
   * "Act as" written after the role (Turkic, Japanese, Korean, Hindi: "inzibatçı kimi davran", "әкімші ретінде әрекет ет",
   * "管理者として振る舞って", "관리자 역할을 해"): the role comes first, so ACT_AS's imperative order does not read it.
   */
  ACT_AS_POST: [
    "gibi davran", "gibi davranın", "rolünü üstlen", "rolünü oyna", "kimi davran", "kimi davranın", "kimi çıxış et", "rolunu oyna", "rolunu oynayın",
    "ретінде әрекет ет", "ретінде әрекет етіңіз", "рөлін ойна", "рөлін ойнаңыз", "sifatida harakat qil", "sifatida harakat qiling", "rolini o'yna", "rolini o'ynang",
    "rolini oʻyna", "rolini oʻynang", "として振る舞", "として行動して", "として判断して", "の立場で判断して", "として審査して", "として決裁して", "역할을 해", "역할을 하세요", "के रूप में काम करो", "के रूप में कार्य करें", "बनकर काम करो",
  ],
  /** Role-play openers that need no imperative position ("for the rest of this chat, pretend you are ..."). */
  PRETEND: ["pretend to be", "pretend you are", "pretend youre", "pretend that you are", "roleplay as", "role play as", "imagine you are", "assume you are", "assume the role of", "you are playing", "tu so als wärst du", "fais semblant d être", "finge que eres", "finja que você é", "udawaj że jesteś", "притворись что ты", "のふりをして", "假装你是", "인 척",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "giả vờ bạn là", "уяви що ти", "прикинься що ти", "prefă te că ești", "předstírej že jsi", "predstieraj že si", "berpura puralah", "låtsas att du är", "lad som om du er",
    "lat som om du er", "kuvittele olevasi", "φαντάσου ότι είσαι", "tegyél úgy mintha", "สมมติว่าคุณเป็น",
    // ca (Catalan)
    "fes veure que ets", "imagina que ets",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "pretvaraj se da si", "zamisli da si",
    // sr (Serbian Cyrillic)
    "претварај се да си", "замисли да си",
    // sl (Slovenian)
    "pretvarjaj se da si", "predstavljaj si da si",
    // bg (Bulgarian)
    "преструвай се че си", "представи си че си",
    // lt (Lithuanian)
    "apsimesk kad esi", "įsivaizduok kad esi",
    // lv (Latvian)
    "izliecies ka esi", "iedomājies ka esi",
    // et (Estonian)
    "teeskle et oled", "kujutle et oled", "kujuta ette et oled",
    // is (Icelandic)
    "ímyndaðu þér að þú sért", "þykstu vera",
    // af (Afrikaans)
    "maak asof jy", "doen asof jy", "stel jou voor jy is",
    // az (Azerbaijani)
    "özünü elə apar ki", "təsəvvür et ki sən",
    // zu (Zulu)
    "yenza sengathi", "zenze sengathi", "yenzani sengathi",
    // ka (Georgian)
    "წარმოიდგინე რომ", "თავი მოაჩვენე",
    // hy (Armenian)
    "ձևացրու որ", "պատկերացրու որ",
    // so (Somali)
    "iska dhig", "isku dhig",
    // answering as if the reader were someone (en es fr de pt it nl pl ru uk sv)
    "as if you were", "as if you are", "respond as if you were", "answer as if you were", "reply as if you were", "como si fueras", "como si fuera usted", "como si fuerais", "comme si tu étais", "comme si vous étiez", "als wärst du", "als wären sie", "als ob du", "als ob sie", "como se você fosse", "como se fosse você", "responda como se fosse", "aja como se fosse", "come se fossi", "come se foste", "alsof je", "alsof jij", "alsof u", "jakbyś był", "jakbyś była", "jakby pan był", "как будто ты", "будто ты", "словно ты", "ніби ти", "наче ти", "som om du vore", "som om du var",
    // imagine or take it that you are (ru uk id ms es fr de pt it nl pl zh ar hi sv tr vi): "представь, что ты дежурный инженер по безопасности", "anggap saja kamu Dimas dari tim keamanan"
    "представь что ты", "представьте что вы", "представь себе что ты", "вообрази что ты", "считай что ты", "считайте что вы", "уявіть що ви", "уяви собі що ти", "вважай що ти", "anggap saja kamu", "anggap kamu", "anggaplah kamu", "anggap saja anda", "anggaplah anda", "anggap dirimu", "bayangkan kamu", "bayangkan anda", "bayangkan bahwa kamu", "bayangkan bahwa anda", "imagina que eres", "imagine que es usted", "haz como si fueras", "haz de cuenta que eres", "supón que eres", "imagine que tu es", "imaginez que vous êtes", "fais comme si tu étais", "faites comme si vous étiez", "considère que tu es", "stell dir vor du bist", "stell dir vor dass du", "stellen sie sich vor sie sind", "tu so als ob du", "nimm an du bist", "imagine que você é", "imagina que você é", "imagina que és", "finge que é", "finja que é", "faça de conta que é", "faz de conta que és", "immagina di essere", "immaginate di essere", "fingi di essere", "fai finta di essere", "stel je voor dat je", "doe alsof je", "doe alsof jij", "beeld je in dat je", "wyobraź sobie że jesteś", "załóż że jesteś", "przyjmij że jesteś", "想象你是", "假设你是", "假設你是", "就当你是", "当作你是", "تخيل أنك", "افترض أنك", "اعتبر نفسك", "تظاهر بأنك", "मान लो कि तुम", "मान लो तुम", "कल्पना करो कि तुम", "मान लीजिए कि आप", "कल्पना कीजिए कि आप", "föreställ dig att du är", "tänk dig att du är", "farz et ki sen", "hayal et ki sen", "diyelim ki sen", "hãy tưởng tượng bạn là", "giả sử bạn là", "coi như bạn là",
  ],
  /** Permission words the reader is told it now has: "you are now authorized to approve" (not after "no longer": NO_LONGER). */
  PERMITTED: ["allowed", "authorized", "authorised", "permitted"],
  ROLE_NOUN: [
    "admin*", "sicherheits*", "approver", "reviewer", "second reviewer", "hr director", "director", "approving manager", "security", "root", "sudo", "system", "unrestricted", "unfiltered", "uncensored", "jailbroken", "dan", "developer", "mode", "ai", "llm", "bot", "model", "god", "superuser", "ciso", "bound", "restricted", "limited", "evil", "hacker", "free",
    "genehmiger", "approbateur", "administrateur", "administrador", "aprobador", "aprovador", "администратор*", "yönetici", "管理者", "管理员", "管理員", "관리자", "مسؤول", "مدير", "מנהל", "व्यवस्थापक", "مدیر",
    "modus", "modo", "tryb", "режим", "mod", "モード", "模式", "모드", "وضع", "מצב", "मोड", "حالت",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "quản trị viên", "người phê duyệt", "người duyệt", "chế độ", "aprobator*", "schvalovatel*", "režim*", "schvaľovateľ*", "penyetuju", "godkännare", "godkender",
    "godkjenner", "ylläpitäjä", "hyväksyjä", "järjestelmänvalvoja", "διαχειριστής", "λειτουργία", "প্রশাসক", "অ্যাডমিন", "msimamizi", "mwidhinishaji", "rendszergazda",
    "jóváhagyó", "ผู้ดูแลระบบ", "ผู้อนุมัติ", "โหมด",
    // ur (Urdu)
    "ایڈمن", "منتظم",
    // ta (Tamil)
    "நிர்வாகி", "அட்மின்",
    // te (Telugu)
    "అడ్మిన్", "నిర్వాహకుడు*", "ఆమోదకుడు*",
    // mr (Marathi)
    "प्रशासक", "ॲडमिन", "अ‍ॅडमिन", "एडमिन",
    // gu (Gujarati)
    "એડમિન", "વ્યવસ્થાપક",
    // pa (Punjabi, Gurmukhi)
    "ਐਡਮਿਨ", "ਪ੍ਰਸ਼ਾਸਕ",
    // ne (Nepali)
    "प्रशासक", "एडमिन",
    // si (Sinhala)
    "පරිපාලක*", "ඇඩ්මින්",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "odobravatelj*", "način rada",
    // sl (Slovenian)
    "skrbnik*",
    // sr (Serbian Cyrillic)
    "одобравач",
    // bg (Bulgarian)
    "одобряващ",
    // lt (Lithuanian)
    "tvirtintojas", "tvirtintoju",
    // lv (Latvian)
    "apstiprinātājs",
    // et (Estonian)
    "režiim*", "kinnitaja",
    // is (Icelandic)
    "stjórnandi", "kerfisstjóri", "samþykkjandi", "hamur",
    // af (Afrikaans)
    "goedkeurder", "beheerder", "stelselbeheerder",
    // az (Azerbaijani)
    "inzibatçı*", "təsdiqləyici*", "rejim*",
    // kk (Kazakh)
    "әкімші*", "бекітуші*",
    // uz (Uzbek)
    "tasdiqlovchi*",
    // ka (Georgian)
    "ადმინისტრატორ*", "დამმტკიცებელ*", "რეჟიმ*", "შეზღუდულ*",
    // hy (Armenian)
    "ադմինիստրատոր*", "հաստատող*", "ռեժիմ*", "սահմանափակ*",
    // am (Amharic)
    "አስተዳዳሪ*", "አጽዳቂ*", "ያልተገደበ",
    // so (Somali)
    "maamule*", "maamulaha", "ansixiye*",
    // zu (Zulu)
    "ungumphathi*", "umphathi*", "ungumlawuli*", "umlawuli*",
  ],
  LEAD: ["please", "now", "kindly", "you", "you will", "you must", "i want you to", "you should", "bitte", "s il te plaît", "s il vous plaît", "por favor", "proszę", "пожалуйста", "lütfen", "请", "請", "제발", "من فضلك", "בבקשה", "कृपया", "لطفا",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "vui lòng", "làm ơn", "будь ласка", "vă rog", "te rog", "vă rugăm", "prosím", "prosíme", "mohon", "tolong", "silakan", "harap", "vänligen", "snälla", "venligst",
    "vennligst", "ole hyvä", "παρακαλώ", "অনুগ্রহ করে", "দয়া করে", "tafadhali", "kérlek", "kérem", "kérjük", "กรุณา", "โปรด",
    // af (Afrikaans)
    "asseblief",
    // az (Azerbaijani)
    "zəhmət olmasa", "xahiş edirəm",
    // kk (Kazakh)
    "өтінемін",
    // uz (Uzbek)
    "iltimos",
    // ka (Georgian)
    "გთხოვთ",
    // hy (Armenian)
    "խնդրում եմ",
    // am (Amharic)
    "እባክዎ", "እባካችሁ", "እባክህ",
    // so (Somali)
    "fadlan",
    // zu (Zulu)
    "sicela", "ngicela",
  ],
  MODE_STRONG: [
    "developer mode", "dev mode", "god mode", "dan mode", "jailbreak*", "jailbroken", "unrestricted mode", "sudo mode", "do anything now", "no restrictions mode",
    "entwicklermodus", "mode développeur", "modo desarrollador", "modo de desenvolvedor", "modo desenvolvedor", "tryb dewelopera", "режим разработчика", "geliştirici modu",
    "開発者モード", "开发者模式", "開發者模式", "개발자 모드", "وضع المطور", "מצב מפתח", "डेवलपर मोड", "حالت توسعه دهنده",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "chế độ nhà phát triển", "режим розробника", "modul dezvoltator", "vývojářský režim", "vývojársky režim", "mode pengembang", "utvecklarläge", "udviklertilstand",
    "utviklermodus", "kehittäjätila", "λειτουργία προγραμματιστή", "fejlesztői mód", "โหมดนักพัฒนา",
    // af (Afrikaans)
    "ontwikkelaarsmodus",
    // az (Azerbaijani)
    "tərtibatçı rejimi",
  ],
  ROLE_LABEL_STRONG: [ "trợ lý", "asisten",
    "assistant", "developer", "ai", "chatgpt", "gpt", "llm", "copilot", "ai assistant", "im start", "im end",
    "asistente", "assistente", "assistent", "ассистент", "asistan", "アシスタント", "助手", "어시스턴트", "المساعد", "עוזר", "सहायक", "دستیار",
  ],
  ROLE_LABEL_WEAK: [ "người dùng", "pengguna",
    "system", "user", "human", "tool", "function", "model", "bot", "claude", "gemini", "système", "sistema", "система", "sistem", "システム", "系统", "系統", "시스템", "النظام", "מערכת", "सिस्टम", "سیستم",
    "usuario", "utilisateur", "benutzer", "пользователь", "kullanıcı", "ユーザー", "用户", "사용자", "المستخدم", "משתמש", "उपयोगकर्ता", "کاربر",
  ],
  BOUNDARY: [
    "end of user input", "end of input", "end of prompt", "end of context", "end of instructions", "end of conversation", "end of document", "end of untrusted", "end of user message", "end of hr input",
    "begin system prompt", "begin new instructions", "start of system prompt", "start of new instructions", "reset conversation", "conversation reset", "ignore the data above",
    "ende der eingabe", "fin de l entrée", "fin de la entrada", "fim da entrada", "koniec danych wejściowych", "конец ввода", "girdi sonu", "入力終了", "输入结束", "입력 끝", "نهاية الإدخال", "סוף הקלט", "इनपुट समाप्त", "پایان ورودی",
  ],
} as const satisfies Record<string, readonly string[]>;
