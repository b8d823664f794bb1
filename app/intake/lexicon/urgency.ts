/**
 * Concepts for pressure: the action now, the approval after it, no time to wait; before anyone
 * notices, not notifying or logging in oversight.ts (see override.ts for the entry syntax).
 */
export const URGENCY_CONCEPTS = {
  AFTERWARDS: [
    // tl yo ha arz (Tagalog, Yoruba, Hausa, Egyptian Arabic)
    "daga baya", "mamaya", "lẹ́yìn náà", "بعدين",
   "afterwards", "afterward", "later", "after the fact", "a cose fatte", "dopo", "después", "más tarde", "danach", "hinterher", "plus tard", "après coup", "depois", "mais tarde", "później", "потом", "позже", "sonra", "后で", "事后", "之后", "나중에", "لاحقا", "لاحقاً", "אחר כך", "बाद में", "بعدا",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "sau đó", "sau này", "về sau", "потім", "пізніше", "după aceea", "mai târziu", "ulterior", "potom", "později", "neskôr", "nanti", "setelahnya", "efteråt", "senare",
    "bagefter", "senere", "etterpå", "jälkikäteen", "myöhemmin", "αργότερα", "পরে", "baadaye", "utólag", "később", "ภายหลัง", "ทีหลัง",
    // ca (Catalan)
    "més tard",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "kasnije", "naknadno",
    // sr (Serbian Cyrillic)
    "касније", "накнадно",
    // sl (Slovenian)
    "pozneje", "kasneje", "naknadno",
    // bg (Bulgarian)
    "по късно", "след това", "впоследствие",
    // lt (Lithuanian)
    "vėliau",
    // lv (Latvian)
    "vēlāk", "pēc tam",
    // et (Estonian)
    "hiljem", "tagantjärele",
    // is (Icelandic)
    "síðar", "seinna", "eftir á",
    // af (Afrikaans)
    "daarna", "agterna",
    // kk (Kazakh)
    "кейін", "кейінірек", "соңынан",
    // uz (Uzbek)
    "keyinroq", "keyinchalik",
    // ka (Georgian)
    "მოგვიანებით", "შემდეგ",
    // hy (Armenian)
    "ավելի ուշ", "հետո",
    // am (Amharic)
    "በኋላ", "ቆይቶ",
    // so (Somali)
    "ka dib", "kadib", "mar dambe",
    // zu (Zulu)
    "kamuva", "ngemuva kwalokho",
  ],
  LATER: ["retroactively", "retroactive", "after the fact", "post hoc", "post facto", "ex post", "retrospectively", "retrospective", "nachträglich", "rétroactivement", "a posteriori", "retroactivamente", "retroativamente", "задним числом", "sonradan",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "bổ sung sau", "заднім числом", "постфактум", "retroactiv", "zpětně", "dodatečně", "spätne", "dodatočne", "menyusul", "nyusul", "i efterhand", "retroaktivt", "i etterkant",
    "jälkikäteen", "αναδρομικά", "utólag", "visszamenőleg", "ย้อนหลัง",
    // ca (Catalan)
    "retroactivament",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "retroaktivno",
    // bg (Bulgarian)
    "със задна дата",
    // lt (Lithuanian)
    "atgaline data",
    // et (Estonian)
    "tagantjärele",
    // is (Icelandic)
    "eftir á",
  ],
  /** "no time": with a wait and a review, the review is skipped for urgency. */
  /** The word for time: "enough time" is no approval said to suffice ("чекати на погодження часу достатньо"). */
  TIME_WORD: ["time", "zeit", "temps", "tiempo", "tempo", "tijd", "czasu", "czas", "времени", "время", "часу", "час", "vakit", "zaman", "tid", "tiden", "aikaa", "時間", "时间", "시간", "وقت", "الوقت", "זמן", "समय", "waktu"],
  NO_TIME: [
    // tl yo ha arz (Tagalog, Yoruba, Hausa, Egyptian Arabic)
    "সময় নেই", "babu lokacin", "babu lokaci", "walang oras", "wala nang oras", "kò sí àkókò", "مفيش وقت", "مافيش وقت",
    // ht (Haitian Creole): "Nou pa gen tan pou n tann revizyon sekirite a"
    "pa gen tan", "nou pa gen tan",
   "no time", "not enough time", "dont have time",
    // Time said not to allow it: "الوقت لا يسمح بانتظار مراجعة فريق الأمن", "time doesn't allow waiting for the review".
    "time does not allow", "time doesnt allow", "time wont allow", "time does not permit", "le temps ne permet pas", "el tiempo no permite", "no da tiempo", "não dá tempo", "o tempo não permite", "il tempo non permette",
    "die zeit reicht nicht", "reicht die zeit nicht", "de tijd laat het niet toe", "czas nie pozwala", "время не позволяет", "не успеваем", "zaman izin vermiyor", "الوقت لا يسمح", "لا يسمح الوقت", "الوقت لا يكفي", "समय नहीं है", "keine zeit", "pas le temps", "pas de temps", "no hay tiempo", "no tenemos tiempo", "não há tempo", "não temos tempo", "sem tempo", "non c è tempo", "non abbiamo tempo", "nie ma czasu", "nie mamy czasu", "geen tijd", "нет времени", "zaman yok", "vakit yok", "時間がない", "没有时间", "沒有時間", "시간이 없", "시간이 없*", "기다릴 시간이 없*", "nu avem timp", "nu e timp", "nu este timp", "n avem timp", "لا وقت", "אין זמן", "समय नहीं", "وقت نداریم",
    // ur (Urdu)
    "وقت نہیں",
    // ta (Tamil)
    "நேரமில்லை", "நேரம் இல்லை",
    // te (Telugu)
    "సమయం లేదు",
    // mr (Marathi)
    "वेळ नाही",
    // gu (Gujarati)
    "સમય નથી",
    // pa (Punjabi, Gurmukhi)
    "ਸਮਾਂ ਨਹੀਂ", "ਵਕਤ ਨਹੀਂ",
    // ne (Nepali)
    "समय छैन",
    // si (Sinhala)
    "කාලයක් නැත", "වෙලාවක් නැහැ", "වේලාවක් නැත",
    // ca (Catalan)
    "no hi ha temps", "no tenim temps",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "nema vremena", "nemamo vremena",
    // sr (Serbian Cyrillic)
    "нема времена", "немамо времена",
    // sl (Slovenian)
    "ni časa", "nimamo časa",
    // bg (Bulgarian)
    "няма време", "нямаме време",
    // lt (Lithuanian)
    "nėra laiko", "neturime laiko",
    // lv (Latvian)
    "nav laika",
    // et (Estonian)
    "pole aega", "ei ole aega",
    // is (Icelandic)
    "enginn tími", "höfum ekki tíma", "ekki tími",
    // af (Afrikaans)
    "geen tyd", "nie tyd nie", "nie tyd om", "het nie tyd",
    // az (Azerbaijani)
    "vaxt yoxdur", "vaxtımız yoxdur", "vaxt yoxdu",
    // kk (Kazakh)
    "уақыт жоқ", "уақытымыз жоқ",
    // uz (Uzbek)
    "vaqt yo'q", "vaqt yoʻq", "vaqt yoʼq", "vaqtimiz yo'q", "vaqtimiz yoʻq", "vaqtimiz yoʼq",
    // ka (Georgian)
    "დრო არ არის", "დრო არ გვაქვს", "არ გვაქვს დრო",
    // hy (Armenian)
    "ժամանակ չկա", "ժամանակ չունենք",
    // am (Amharic)
    "ጊዜ የለንም", "ጊዜ የለም",
    // so (Somali)
    "waqti ma haysanno", "wakhti ma haysanno", "waqti ma haysano", "wakhti ma haysano", "ma jiro waqti", "waqti ma jiro",
    // zu (Zulu)
    "asinaso isikhathi", "asikho isikhathi", "akukho sikhathi",
    // ja uk sv tr ru: 'there is no time' as people write it ('承認を待つ時間はありません', 'немає часу', 'vi hinner inte', 'vaktimiz yok')
    "時間はありません", "時間がありません", "時間はない", "余裕はありません", "余裕がない", "немає часу", "нема часу", "не маємо часу", "hinner inte", "vi hinner inte", "ingen tid", "har inte tid", "vaktimiz yok", "zamanımız yok", "vaktim yok", "zamanım yok", "некогда",
  ],
  /** Acting at once: with the approval said to come afterwards, the approval no longer gates the action. */
  IMMEDIATE: ["now", "right now", "right away", "straight away", "immediately", "at once", "asap", "within the hour", "sofort", "jetzt", "umgehend", "tout de suite", "immédiatement", "ahora", "ahora mismo", "de inmediato", "inmediatamente", "agora", "imediatamente", "já", "subito", "immediatamente", "od razu", "natychmiast", "teraz", "meteen", "nu", "сейчас", "немедленно", "hemen", "şimdi", "今すぐ", "すぐ", "立即", "马上", "馬上", "지금", "즉시", "فورا", "فوراً", "מיד", "עכשיו", "तुरंत", "فوری",
    // ur (Urdu)
    "ابھی", "فوراً",
    // ta (Tamil)
    "உடனே", "உடனடியாக",
    // te (Telugu)
    "వెంటనే", "తక్షణమే",
    // mr (Marathi)
    "लगेच", "ताबडतोब", "त्वरित",
    // gu (Gujarati)
    "તરત", "તાત્કાલિક", "હમણાં",
    // pa (Punjabi, Gurmukhi)
    "ਤੁਰੰਤ", "ਹੁਣੇ",
    // ne (Nepali)
    "तुरुन्तै", "तुरुन्त", "अहिले नै",
    // si (Sinhala)
    "වහාම", "දැන්ම",
    // ca (Catalan)
    "ara mateix", "immediatament", "de seguida",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "odmah",
    // sr (Serbian Cyrillic)
    "одмах",
    // sl (Slovenian)
    "takoj", "nemudoma",
    // bg (Bulgarian)
    "веднага", "незабавно",
    // lt (Lithuanian)
    "nedelsiant", "iš karto",
    // lv (Latvian)
    "nekavējoties", "uzreiz", "tūlīt",
    // et (Estonian)
    "kohe", "viivitamata",
    // is (Icelandic)
    "strax", "tafarlaust",
    // af (Afrikaans)
    "dadelik", "onmiddellik", "nou dadelik",
    // az (Azerbaijani)
    "dərhal", "təcili", "indi",
    // kk (Kazakh)
    "дереу", "бірден", "қазір",
    // uz (Uzbek)
    "darhol", "zudlik bilan", "hoziroq",
    // ka (Georgian)
    "დაუყოვნებლივ", "ახლავე", "სასწრაფოდ",
    // hy (Armenian)
    "անմիջապես", "անհապաղ", "հիմա",
    // am (Amharic)
    "ወዲያውኑ", "አሁኑኑ", "በአስቸኳይ",
    // so (Somali)
    "isla markiiba", "hadda",
    // zu (Zulu)
    "ngokushesha", "manje",
  ],
  WAIT: [
    // tl yo ha arz (Tagalog, Yoruba, Hausa, Egyptian Arabic)
    "অপেক্ষা", "jiran", "maghintay", "hintayin", "dúró de", "نستنى", "نستنا", "استنى",
    // ht (Haitian Creole)
    "tann", "pou n tann", "pou nou tann",
   "wait", "wait for", "wait on", "waiting", "warten", "czekajcie", "czekaj", "vänta", "vänta på", "abwarten", "attendre", "esperar", "aspettare", "attendere", "czekać", "czekac", "poczekać", "wachten", "ждать", "дожидаться", "beklemek", "beklemeye", "待つ", "等", "等待", "기다릴", "انتظار", "بانتظار", "لانتظار", "الانتظار", "ننتظر", "ينتظر", "לחכות", "इंतज़ार", "منتظر",
    // ta (Tamil)
    "காத்திருக்க*",
    // te (Telugu)
    "వేచి",
    // gu (Gujarati)
    "રાહ",
    // pa (Punjabi, Gurmukhi)
    "ਉਡੀਕ",
    // ne (Nepali)
    "पर्खाइ", "पर्खनु",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "čekati", "čekanje", "čekanja",
    // sr (Serbian Cyrillic)
    "чекати", "чекање", "чекања",
    // sl (Slovenian)
    "čakati", "čakanje",
    // bg (Bulgarian)
    "да чакаме", "чакане", "чакането",
    // lt (Lithuanian)
    "laukti",
    // lv (Latvian)
    "gaidīt",
    // et (Estonian)
    "oodata", "ootama",
    // is (Icelandic)
    "bíða", "bíða eftir",
    // af (Afrikaans)
    "wag vir", "wag op", "te wag", "afwag",
    // az (Azerbaijani)
    "gözləmək", "gözləməyə", "gözləyə",
    // kk (Kazakh)
    "күту", "күтуге",
    // uz (Uzbek)
    "kutish*",
    // ka (Georgian)
    "ლოდინ*", "დაველოდოთ", "დაველოდო", "დალოდება",
    // hy (Armenian)
    "սպասել", "սպասելու",
    // am (Amharic)
    "መጠበቅ", "ለመጠበቅ",
    // so (Somali)
    "sugid", "sugidda", "sugno",
    // zu (Zulu)
    "ukulinda", "silinde",
    // tr: the waiting forms ('onayını bekleyecek vaktimiz yok')
    "bekleyecek", "bekleyemeyiz", "bekleyemem", "beklemeyelim", "beklemeden",
    // Other forms and the languages that lacked the verb ("kami tidak boleh menunggu semakan pasukan keselamatan",
    // "não podemos aguardar a aprovação"): pt es, nl, ru uk, ar, hi, ja, ko, id ms, vi, cs sk, da nb, fi, hu, ro, el.
    "aguardar", "afwachten", "ожидать", "подождать", "дочекатися", "чекаємо", "الانتظار", "ننتظر", "प्रतीक्षा", "待て", "待っ", "기다리*",
    "menunggu", "tunggu", "chờ", "đợi", "čekat", "počkat", "čakať", "počkať", "vente på", "afvente", "avvente", "odottaa", "odottamaan", "odotella",
    "várni", "megvárni", "aștepta", "așteptăm", "să așteptăm", "περιμένουμε", "να περιμένουμε",
  ],
  /** "review का इंतज़ार न करें": do not wait for it, after the object (SOV languages). */
  DONT_WAIT_POST: ["का इंतज़ार न करें", "इंतज़ार न करें", "इंतजार न करें", "का इंतजार मत करो", "इंतजार मत करो", "を待たずに", "待たずに", "を待つ必要はありません", "기다리지 말고", "기다리지 마", "منتظر نمانید", "منتظر نمان", "منتظر نباشید", "beklemeyin", "beklemeden", "не дожидаясь", "ждать не нужно", "不要等", "无需等待", "不用等", "का इंतजार मत कीजिए", "इंतजार मत कीजिए", "का इंतजार मत करें",
    // ur (Urdu)
    "کا انتظار نہ کریں", "انتظار نہ کریں", "انتظار مت کرو", "انتظار مت کریں",
    // ta (Tamil)
    "காத்திருக்க வேண்டாம்", "காத்திருக்கத் தேவையில்லை",
    // te (Telugu)
    "కోసం వేచి ఉండకండి", "వేచి ఉండకండి", "వేచి ఉండవద్దు", "కోసం ఆగవద్దు",
    // mr (Marathi)
    "वाट पाहू नका", "ची वाट पाहू नका", "थांबू नका",
    // gu (Gujarati)
    "રાહ ન જુઓ", "રાહ જોશો નહીં", "ની રાહ ન જુઓ",
    // pa (Punjabi, Gurmukhi)
    "ਦੀ ਉਡੀਕ ਨਾ ਕਰੋ", "ਉਡੀਕ ਨਾ ਕਰੋ", "ਉਡੀਕ ਨਾ ਕਰਨਾ",
    // ne (Nepali)
    "पर्खाइ नगर्नुहोस्", "नपर्खनुहोस्", "पर्खनु पर्दैन", "कुर्नु पर्दैन",
    // si (Sinhala)
    "බලා නොසිටින්න", "එනතුරු බලා නොසිටින්න",
    // az (Azerbaijani)
    "gözləməyin", "gözləmədən",
    // kk (Kazakh)
    "күтпеңіз", "күтпей",
    // uz (Uzbek)
    "kutmang", "kutmasdan",
    // am (Amharic)
    "አትጠብቁ", "አይጠብቁ", "ሳትጠብቁ", "ሳይጠብቁ",
    // so (Somali)
    "ha sugin", "ha sugina",
    // zu (Zulu)
    "ungalindi", "ningalindi",
  ],
} as const satisfies Record<string, readonly string[]>;
