/**
 * Concepts for instruction overrides: the override verbs, what came before, instructions (what an
 * override reaches in override-scope.ts, whom it addresses in override-reader.ts; role shifts in
 * role-shift.ts and act-as.ts). This header describes the entries of every lexicon file. An entry
 * is a word or phrase (words separated by spaces); a trailing `*` makes the last word a prefix (at least 3 characters after
 * normalisation). Entries are normalised exactly like intake text (normalize-text.ts), so accents,
 * case, width, confusables and Persian ZWNJ do not matter. Languages: en de fr es pt it nl pl ru tr
 * ja zh ko ar he hi fa, and (a line of its own in each concept the phrase rules read) vi uk ro cs sk
 * id ms sv da nb fi el bn sw hu th; tl yo ha arz; ca hr/sr/bs (Latin and Serbian Cyrillic) sl bg
 * lt lv et is; ur ta te mr gu pa ne si; af az kk uz ka hy am so zu. The lists are shared by all
 * languages: an entry that is an ordinary word elsewhere ("dia" is Portuguese for day, "farà"
 * Italian for will do, "som" Swedish for as) is written as a phrase or left out. Thai entries match letter by letter (tokenize.ts), also
 * inside longer words: they are words of three or more letters once normalisation has removed the
 * marks, but for pronouns that count only beside other concepts (คุณ, ผม, ฉัน).
 */
export const OVERRIDE_CONCEPTS = {
  IGNORE: [
    // tl yo ha arz (Tagalog, Yoruba, Hausa, Egyptian Arabic)
    "gbàgbé", "kalimutan", "balewalain", "huwag pansinin", "ku manta da", "manta da", "yi watsi da", "انسى", "انسوا", "متاخدش في بالك",
   
    "ignore", "ignoring", "disregard*", "forget", "forgetting", "pay no attention to", "do not follow", "dont follow", "stop following", "no longer follow", "override", "overrule", "neglect", "discard", "set aside", "throw out", "abandon",
    "ignorier*", "vergiss", "vergessen", "missacht*", "nicht beachten", "beachte nicht", "verwirf",
    "ignore*", "oublie*", "ne tiens pas compte", "ne tenez pas compte", "fais abstraction", "faites abstraction", "passe outre", "passez outre",
    "ignora*", "olvida*", "olvide*", "haz caso omiso", "hagan caso omiso", "no hagas caso", "descarta*",
    "esqueça", "esqueca*", "desconsider*", "não siga", "nao siga",
    "dimentica*", "non seguire", "negeer*", "vergeet",
    "zignoruj*", "ignoruj*", "zapomnij*", "pomiń", "nie stosuj się do",
    "игнорируй*", "проигнорируй*", "игнорировать", "забудь*", "не обращай внимания", "не учитывай",
    "yok say*", "görmezden gel*", "unut*", "dikkate alma",
    "無視", "忘れ", "忽略", "无视", "忘记", "忘記", "不要理会", "不理会", "不要理會",
    "무시*", "잊어*", "잊으*",
    "تجاهل*", "انس", "لا تتبع",
    "התעלם*", "תתעלם*", "שכח*", "תשכח*",
    "अनदेखा", "नज़रअंदाज़", "भूल*",
    "نادیده", "فراموش*",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "bỏ qua", "hãy bỏ qua", "phớt lờ", "hãy phớt lờ", "lờ đi", "quên đi", "hãy quên", "đừng tuân theo", "không tuân theo", "đừng làm theo", "không làm theo", "ігноруй*",
    "проігноруй*", "не зважай на", "не зважайте на", "знехтуй*", "нехтуй*", "не виконуй", "не виконуйте", "не дотримуйся", "uitați toate", "uită toate", "uitați de",
    "uită de", "nu ține cont de", "nu țineți cont de", "nu luați în considerare", "nu lua în considerare", "nu respectați", "zapomeň*", "nevšímej si", "nevšímejte si",
    "neřiď se", "neřiďte se", "přehlížej*", "zabudni*", "zabudnite", "nevšímaj si", "nevšímajte si", "neriaď sa", "neriaďte sa", "abaikan*", "lupakan*", "jangan ikuti",
    "jangan mengikuti", "jangan patuhi", "jangan hiraukan", "tidak usah hiraukan", "glöm", "glöm bort", "strunta i", "bortse från", "följ inte", "åsidosätt", "glem",
    "se bort fra", "følg ikke", "tilsidesæt", "ikke følg", "overstyr", "ohita", "ohittakaa", "unohda", "unohtakaa", "jätä huomiotta", "jättäkää huomiotta", "älä noudata",
    "älkää noudattako", "sivuuta", "sivuuttakaa", "αγνόησε", "αγνοήστε", "ξέχνα", "ξεχάστε", "ξέχασε", "μην ακολουθείς", "μην ακολουθήσεις", "παράβλεψε", "παραβλέψτε",
    "উপেক্ষা করো", "উপেক্ষা করুন", "ভুলে যাও", "ভুলে যান", "অগ্রাহ্য করুন", "অগ্রাহ্য করো", "মেনে চলবেন না", "puuza", "puuzeni", "sahau", "sahauni", "usifuate", "msifuate",
    "usizingatie", "figyelmen kívül", "felejtsd el", "felejtse el", "felejtsétek el", "ne kövesd", "ne kövesse", "ignoráld", "ignorálja", "ไม่ต้องสนใจ", "อย่าสนใจ",
    "ไม่ต้องทำตาม", "อย่าทำตาม", "เพิกเฉย", "ละเลย",
    // hr lt ta (Croatian, Lithuanian, Tamil)
    "zanemari", "zanemarite", "ignoriraj*", "ignoriši", "ignorišite", "zaboravi", "zaboravite", "ne slijedi", "nepaisyk*", "ignoruok*", "pamiršk*", "nekreipk dėmesio į", "புறக்கணி*",
    // ur (Urdu)
    "نظرانداز", "نظر انداز کریں", "نظر انداز کرو", "نظر انداز کر دیں", "بھول جائیں", "بھول جاؤ",
    // ta (Tamil)
    "பொருட்படுத்த வேண்டாம்", "கண்டுகொள்ள வேண்டாம்", "மறந்துவிடு*",
    // te (Telugu)
    "విస్మర*", "పట్టించుకోవద్దు", "పట్టించుకోకండి", "మర్చిపోండి",
    // mr (Marathi)
    "दुर्लक्ष करा", "दुर्लक्ष करून", "दुर्लक्ष करावे",
    // gu (Gujarati)
    "અવગણ*", "ધ્યાનમાં ન લો",
    // pa (Punjabi, Gurmukhi)
    "ਨਜ਼ਰਅੰਦਾਜ਼", "ਨਜ਼ਰ ਅੰਦਾਜ਼", "ਅਣਡਿੱਠ*", "ਭੁੱਲ ਜਾਓ",
    // ne (Nepali)
    "बेवास्ता", "बिर्सनुहोस्",
    // si (Sinhala)
    "නොසලකා", "නොතකා",
    // ca (Catalan)
    "oblida", "oblideu", "oblida't de", "oblideu vos de", "no facis cas", "no feu cas", "no tinguis en compte", "no tingueu en compte", "passa per alt", "passeu per alt",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "ne slijedite", "ne sledi", "ne sledite", "ne obaziri se na", "ne obazirite se na", "ne pridržavaj se", "ne pridržavajte se",
    // sr (Serbian Cyrillic)
    "занемари", "занемарите", "игнориши", "игноришите", "заборави", "заборавите", "не следи", "не следите", "не придржавај се",
    // sl (Slovenian)
    "prezri", "prezrite", "pozabi", "pozabite", "ne upoštevaj", "ne upoštevajte", "ne sledite",
    // bg (Bulgarian)
    "игнорира*", "забрави", "забравете", "не обръщай внимание на", "не обръщайте внимание на", "пренебрегни", "пренебрегнете", "не следвай", "не следвайте",
    // lt (Lithuanian)
    "nekreipkite dėmesio į", "nesilaikyk", "nesilaikykite",
    // lv (Latvian)
    "ignorē", "ignorējiet", "aizmirsti", "aizmirstiet", "neņem vērā", "neņemiet vērā", "neievēro", "neievērojiet",
    // et (Estonian)
    "ignoreeri", "ignoreerige", "unusta", "unustage", "eira", "eirake", "jäta tähelepanuta", "jätke tähelepanuta",
    // is (Icelandic)
    "hunsaðu", "hunsið", "gleymdu", "gleymið", "ekki fara eftir", "virtu að vettugi", "virðið að vettugi",
    // af (Afrikaans)
    "verontagsaam", "moenie ag slaan op", "slaan geen ag op", "ignoreer",
    // az (Azerbaijani)
    "nəzərə alma", "nəzərə almayın", "məhəl qoyma", "məhəl qoymayın", "ignor et", "ignor edin", "unudun", "unut",
    // kk (Kazakh)
    "елеме", "елемеңіз", "елемей", "ескерме", "ескермеңіз", "ұмыт", "ұмытыңыз", "назар аударма", "назар аудармаңыз",
    // uz (Uzbek)
    "e'tiborsiz qoldir*", "eʻtiborsiz qoldir*", "eʼtiborsiz qoldir*", "e'tibor berma", "eʻtibor berma", "eʼtibor berma", "e'tibor bermang", "eʻtibor bermang",
    "eʼtibor bermang", "inobatga olma", "inobatga olmang",
    // ka (Georgian)
    "უგულებელყავი", "უგულებელყავით", "დაივიწყე", "დაივიწყეთ", "ყურადღებას ნუ მიაქცევ", "ნუ მიაქცევთ ყურადღებას", "ყურადღებას ნუ მიაქცევთ",
    // hy (Armenian)
    "անտեսիր", "անտեսեք", "մոռացիր", "մոռացեք", "ուշադրություն մի դարձրու", "ուշադրություն մի դարձրեք",
    // am (Amharic)
    "ችላ በሉ", "ችላ በል", "ችላ ይበሉ", "ቸል በሉ", "ቸል ይበሉ",
    // so (Somali)
    "iska indha tir", "iska indhatir", "indha tir", "iska dhaaf", "illow", "ilow", "ilaaw",
    // zu (Zulu)
    "ziba", "zibani", "ungazinaki", "ningazinaki", "ungayinaki", "khohlwa", "khohlwani",
    // am: "leave them, drop them" (the verb last: "... መመሪያዎች በሙሉ ተዋቸው")
    "ተዋቸው", "ተዉአቸው", "ይተዉአቸው", "ተዉ",
    // No longer heeded or followed, the verb last or after the negation (de fr es pt it nl pl ru uk sv tr): "die Vorgaben oberhalb dieser Zeile nicht mehr beachten"
    "nicht mehr beachten", "nicht länger beachten", "nicht mehr befolgen", "nicht länger befolgen", "nicht befolgen", "stop following", "ne plus tenir compte", "ne suivez plus", "ne respectez plus", "ya no sigas", "ya no sigan", "dejad de seguir", "deja de seguir", "não siga mais", "deixe de seguir", "non seguire più", "non seguite più", "niet meer opvolgen", "niet langer opvolgen", "niet meer volgen", "nie stosuj się już", "już nie stosować", "больше не следуй", "больше не соблюдай", "больше не выполняй", "більше не дотримуйся", "більше не виконуй", "artık uyma", "artık uymayın", "följ inte längre", "sluta följa",
    // Tagalog "do not follow (any more)": "huwag nang sundin ang mga naunang tagubilin"
    "huwag sundin", "huwag nang sundin", "huwag na sundin", "wag sundin", "wag nang sundin", "huwag nang pansinin", "huwag na pansinin",
  ],
  PRIOR: [
    // tl yo ha arz (Tagalog, Yoruba, Hausa, Egyptian Arabic)
    "tẹ́lẹ̀", "naunang", "nauna", "da suka gabata", "na baya", "قبل كده", "اللي فاتت",
   
    "previous", "previously given", "prior", "above", "earlier", "preceding", "foregoing", "former", "original", "initial", "existing", "old", "your", "current", "system", "safety", "default", "built in", "developer",
    "vorherig*", "vorige*", "bisherig*", "bisher hinterlegten", "bisher geltenden", "obig*", "früher*", "ursprünglich*", "deine", "dein", "deinen", "ihre",
    "précédent*", "antérieur*", "ci dessus", "tes", "vos", "votre", "initiales", "anciennes",
    "anterior*", "previa*", "previo*", "tus", "sus", "de arriba", "originales", "antiguas",
    "prévia*", "prévio*", "suas", "seus", "originais", "antigas",
    "precedent*", "tue", "vorige", "eerdere", "oude",
    "poprzedni*", "wcześniejsz*", "twoje", "swoje", "dotychczasow*", "powyższ*",
    "попередн*", "попередні", "earlier", "before this form", "were configured with", "you were given", "baked into your prompt",
    "предыдущ*", "прежн*", "вышеуказанн*", "свои", "твои", "ваши", "старые",
    "önceki", "yukarıdaki", "eski",
    "以前", "前の", "これまでの", "上記", "先の", "既存", "之前", "先前", "上面", "上述", "原来", "原有", "你的",
    "이전*", "기존*", "앞의", "위의", "당신의",
    "السابقة", "السابق*", "سابقة", "الماضية",
    "הקודמות", "הקודמים", "קודמות", "הקודמ*", "שלך",
    "पिछले", "पिछली", "पहले के", "अपने",
    "قبلی*", "پیشین",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "trước đó", "trước đây", "ban đầu", "hiện tại", "hệ thống", "свої", "твої", "ваші", "початков*", "системн*", "старі", "вищезазначен*", "наявн*", "dinainte", "de mai sus",
    "inițiale", "originale", "vechi", "tale", "voastre", "předchozí", "dřívější", "původní", "své", "tvé", "vaše", "výše uvedené", "stávající", "dosavadní", "systémové",
    "predchádzajúc*", "predošl*", "pôvodn*", "svoje", "tvoje", "doterajš*", "vyššie uvedené", "systémov*", "sebelumnya", "terdahulu", "di atas", "sistem", "tidigare",
    "föregående", "ursprungliga", "dina", "ovanstående", "befintliga", "gamla", "tidligere", "foregående", "oprindelige", "dine", "ovenstående", "eksisterende", "gamle",
    "forrige", "opprinnelige", "aiemm*", "aiempia", "aikaisemm*", "edellis*", "alkuperäis*", "nykyiset", "yllä olevat", "προηγούμεν*", "παλιές", "αρχικές", "σου", "σας",
    "আগের", "পূর্ববর্তী", "আপনার", "তোমার", "za awali", "zilizopita", "za zamani", "zako", "za mfumo", "korábbi", "előző", "eredeti", "fenti", "régi", "ก่อนหน้า",
    "ที่ผ่านมา", "เดิมทั้งหมด", "ของคุณ", "ของระบบ",
    // hr lt ta (Croatian, Lithuanian, Tamil)
    "prethodn*", "dosadašnj*", "ranije", "ankstesn*", "முந்தைய", "முன்னைய",
    // ur (Urdu)
    "پچھلی", "پچھلے", "سابقہ", "گزشتہ", "پہلے والی", "پہلے والے",
    // ta (Tamil)
    "பழைய", "முன்பு கொடுக்கப்பட்ட",
    // te (Telugu)
    "మునుపటి", "గత", "ఇంతకుముందు", "ఇంతకు ముందు", "పాత",
    // mr (Marathi)
    "मागील", "आधीच्या", "पूर्वीच्या", "यापूर्वीच्या",
    // gu (Gujarati)
    "અગાઉ*", "પહેલાંની", "પાછલી", "પાછલા",
    // pa (Punjabi, Gurmukhi)
    "ਪਿਛਲੀ", "ਪਿਛਲੀਆਂ", "ਪਿਛਲਿਆਂ", "ਪਹਿਲਾਂ ਵਾਲੀਆਂ",
    // ne (Nepali)
    "अघिल्ला", "अघिल्लो", "पहिलेका", "पहिलेको", "यसअघिका",
    // si (Sinhala)
    "පෙර", "කලින්", "පෙර තිබූ",
    // ca (Catalan)
    "prèvies", "previs", "d abans",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "raniji*", "dosadašnje", "izvorne",
    // sr (Serbian Cyrillic)
    "претходн*", "досадашњ*", "раније", "ранија", "ранији",
    // sl (Slovenian)
    "prejšnj*", "dosedanj*", "predhodn*", "prvotn*",
    // bg (Bulgarian)
    "предишн*", "предходн*", "досегашн*", "горните", "старите", "първоначалн*",
    // lt (Lithuanian)
    "pirmines", "pirminius", "buvusias", "buvusius",
    // lv (Latvian)
    "iepriekšēj*", "līdzšinēj*", "agrākās", "agrākos", "sākotnēj*",
    // et (Estonian)
    "eelmised", "eelmisi", "eelmiste", "eelnev*", "varasem*", "senised", "seniseid", "algsed",
    // is (Icelandic)
    "fyrri", "eldri", "upphaflegu", "upprunalegu",
    // af (Afrikaans)
    "vroeëre", "oorspronklike", "bestaande", "bogenoemde", "jou",
    // az (Azerbaijani)
    "əvvəlki", "öncəki", "ilkin", "sənin", "sizin",
    // kk (Kazakh)
    "алдыңғы", "бұрынғы", "бастапқы", "сенің", "сіздің", "бұған дейінгі", "осыған дейінгі",
    // uz (Uzbek)
    "oldingi", "avvalgi", "dastlabki", "sening", "sizning",
    // ka (Georgian)
    "წინა", "ადრინდელი", "თავდაპირველი", "შენი", "თქვენი",
    // hy (Armenian)
    "նախորդ", "նախկին", "սկզբնական", "քո", "ձեր",
    // am (Amharic)
    "የቀድሞ", "ቀደም ያሉ", "ቀደም ሲል የተሰጡ", "ያለፉ", "የቀደሙ",
    // so (Somali)
    "hore", "kii hore", "kuwii hore",
    // zu (Zulu)
    "yangaphambili", "zangaphambili", "yangaphambilini", "zangaphambilini", "ezedlule", "edlule",
    // am: "before this", "given to you" ("ከዚህ በፊት የተሰጡህን መመሪያዎች")
    "ከዚህ በፊት", "ከዚህ ቀደም", "የተሰጡህን", "የተሰጡዎትን", "የተሰጡህ", "የተሰጡዎት",
    // What stands above this line or message (en de fr es pt it nl pl ru uk sv tr)
    "above this line", "above this message", "oberhalb dieser zeile", "über dieser zeile", "oberhalb dieser nachricht", "au dessus de cette ligne", "au dessus de ce message", "por encima de esta línea", "encima de esta línea", "acima desta linha", "sopra questa riga", "sopra questa linea", "boven deze regel", "boven deze lijn", "powyżej tej linii", "выше этой строки", "выше этой линии", "вище цього рядка", "ovanför denna rad", "ovanför den här raden", "bu satırın üstündeki", "bu satırın üzerindeki",
  ],
  INSTR: [
    // tl yo ha arz (Tagalog, Yoruba, Hausa, Egyptian Arabic)
    "ìlànà", "ìtọ́ni", "tagubilin", "mga utos", "mga instruction", "umarni", "umarnin", "dokoki", "اللي اتقالتلك",
   
    "instruc*", "prompt*", "rule*", "directive*", "guideline*", "guardrail*", "command*", "orders", "constraint*", "programming", "system message", "restriction*", "safeguard*", "filters",
    "anweisung*", "instruktion*", "regel*", "befehl*", "vorgabe*", "richtlinie*", "vorschrift*", "prüfregel*", "prüfvorgabe*",
    "consigne*", "règle*", "ordres",
    "regla*", "indicacion*", "directriz*", "directrices", "órdenes", "normas",
    "regra*", "diretriz*", "diretrizes", "orientaç*", "ordens", "comandos",
    "istruzion*", "regol*", "instructie*", "regels", "opdracht*",
    "instrukcj*", "polecen*", "zasad*", "regul*", "wytyczn*",
    "инструкци*", "указани*", "правил*", "команд*", "директив*", "інструкці*", "вказівк*",
    "guidance", "checklist rules", "validation rules", "review rules", "configuration",
    "talimat*", "kural*", "yönerge*", "komut*", "direktif*",
    "指示", "命令", "ルール", "指令", "規則", "プロンプト", "规则", "提示", "说明",
    "지시*", "명령*", "규칙*", "지침*", "프롬프트*",
    "التعليمات", "تعليمات*", "الأوامر", "أوامر", "القواعد", "قواعد", "الإرشادات", "ارشادات",
    "הוראות*", "ההוראות*", "הנחיות*", "ההנחיות*", "כללים", "הכללים", "פקודות",
    "निर्देश*", "नियम*", "आदेश*",
    "دستورالعمل*", "دستورات*", "دستور*", "قوانین*",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "hướng dẫn", "chỉ thị", "chỉ dẫn", "quy tắc", "quy định", "mệnh lệnh", "câu lệnh", "nguyên tắc", "настанов*", "обмежен*", "промпт*", "comenz*", "indicațiile",
    "restricți*", "instrukc*", "pokyn*", "pravidl*", "příkaz*", "směrnic*", "omezení", "obmedzeni*", "instruksi*", "perintah", "arahan", "aturan", "peraturan", "pedoman",
    "petunjuk", "regler", "reglerna", "reglerne", "reglene", "direktiv*", "anvisning*", "riktlinje*", "kommando*", "begränsning*", "instruks*", "retningslinje*",
    "begrænsning*", "begrensning*", "ohjeet", "ohjeita", "ohjeesi", "ohjeista", "ohjeistus*", "säännöt", "sääntö*", "sääntöjä", "komento*", "käsky*", "rajoitukset",
    "οδηγίες", "οδηγιών", "κανόνες", "κανόνων", "εντολές", "εντολών", "περιορισμούς", "περιορισμοί", "নির্দেশ*", "নিয়ম*", "আদেশ", "প্রম্পট", "maagizo", "maelekezo",
    "kanuni", "amri", "miongozo", "utasítás*", "szabály*", "irányelv*", "parancs*", "korlátozás*", "คำสั่ง", "คำแนะนำ", "กฎเกณฑ์", "ข้อกำหนด", "ข้อบังคับ", "พรอมต์",
    // hr lt ta (Croatian, Lithuanian, Tamil)
    "upute", "uputa", "uputstva", "pravila", "naredbe", "nurodym*", "taisykl*", "வழிமுறை*", "அறிவுறுத்தல்*", "விதிமுறை*", "கட்டளை*",
    // ur (Urdu)
    "ہدایات", "ہدایت*", "احکامات", "اصول",
    // te (Telugu)
    "సూచనల*", "సూచనలు", "నియమాల*", "నియమాలు", "ఆదేశాల*", "ఆదేశాలు",
    // mr (Marathi)
    "सूचनांकडे", "सूचनांना", "सूचनांचे", "सूचनांचा",
    // gu (Gujarati)
    "સૂચનાઓ*", "નિયમો*", "આદેશો*",
    // pa (Punjabi, Gurmukhi)
    "ਹਦਾਇਤ*", "ਨਿਰਦੇਸ਼*", "ਨਿਯਮ*", "ਹੁਕਮ",
    // si (Sinhala)
    "උපදෙස්*", "නීති", "නියෝග",
    // ca (Catalan)
    "normes", "indicacions", "directrius",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "smjernice", "smernice", "naputke", "naputci", "uputama", "uputstvo",
    // sr (Serbian Cyrillic)
    "упутства", "упутство", "упутствима", "смернице", "наредбе",
    // sl (Slovenian)
    "navodila", "navodil", "navodilom", "ukaze",
    // bg (Bulgarian)
    "насоки", "насоките",
    // lv (Latvian)
    "norādījum*", "noteikum*",
    // et (Estonian)
    "juhis*", "juhend*", "reegl*", "instruktsioon*", "korraldus*",
    // is (Icelandic)
    "fyrirmæli", "leiðbeiningar", "leiðbeiningum", "leiðbeiningarnar", "reglur", "reglurnar", "reglum", "skipanir",
    // af (Afrikaans)
    "instruksies", "instruksie", "opdragte", "die reëls", "jou reëls", "riglyne", "bevele",
    // az (Azerbaijani)
    "təlimat*", "qaydalar*", "göstəriş*", "əmrlər*",
    // kk (Kazakh)
    "нұсқау*", "ереже*", "бұйрық*",
    // uz (Uzbek)
    "ko'rsatma*", "koʻrsatma*", "koʼrsatma*", "qoida*", "yo'riqnoma*", "yoʻriqnoma*", "yoʼriqnoma*", "buyruq*",
    // ka (Georgian)
    "ინსტრუქცი*", "მითითებ*", "წესებ*",
    // hy (Armenian)
    "հրահանգ*", "կանոն*", "ցուցում*",
    // am (Amharic)
    "መመሪያ*", "ትዕዛዝ*", "ትዕዛዞች*", "ትእዛዝ*", "ትእዛዞች*", "ደንብ*", "ደንቦች*",
    // so (Somali)
    "tilmaamaha", "tilmaamo*", "amarrada", "amarada", "xeerarka", "xeerar*", "shuruucda",
    // zu (Zulu)
    "imiyalelo", "imiyalo", "imithetho", "iziqondiso",
  ],
} as const satisfies Record<string, readonly string[]>;
