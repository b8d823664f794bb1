/**
 * Concepts for role shifts: the reader told what it now is or no longer is ("you are now the
 * approver", "from now on", "tu n'es plus"); the words "now" and "no longer" are in now-no-longer.ts;
 * asked to act as or pretend to be someone, role nouns, labels and boundary markers are in act-as.ts
 * (see override.ts for the entry syntax).
 */
export const ROLE_SHIFT_CONCEPTS = {
  FROM_NOW_ON: [ "from this point", "starting now", "going forward you",
    // From this line of the text on (en de fr es pt it nl pl ru uk tr sv zh ja ko ar hi): "A partir desta linha, age como ...", "ここから先は、あなたは ..."
    "from this line", "from this line on", "from this line onwards", "from this line onward", "below this line you", "ab dieser zeile", "von dieser zeile an",
    "à partir de cette ligne", "a partir de esta línea", "desde esta línea", "a partir desta linha", "a partir dessa linha", "da questa riga", "da questa riga in poi",
    "vanaf deze regel", "od tej linii", "od tego wiersza", "od tej linijki", "с этой строки", "начиная с этой строки", "з цього рядка", "починаючи з цього рядка",
    "bu satırdan itibaren", "bu satırdan sonra", "från och med den här raden", "från denna rad", "从这一行开始", "從這一行開始", "从这行开始", "ここから先", "この行から", "この行以降",
    "이 줄부터", "이 줄 이후로", "من هذا السطر", "اعتبارا من هذا السطر", "इस पंक्ति से",
    "from now on", "from this point on", "from this point forward", "from here on", "henceforth",
    "ab jetzt", "von nun an", "ab sofort", "désormais", "à partir de maintenant", "dorénavant",
    "a partir de ahora", "de ahora en adelante", "a partir de agora", "de agora em diante", "od teraz", "od tej chwili",
    "a partir de este momento", "desde este momento", "desde ahora", "da questo momento", "da ora in poi", "d ora in poi", "da adesso in poi",
    "à partir de ce moment", "a partir deste momento", "desde agora", "ab diesem moment", "vanaf nu", "vanaf dit moment", "od tego momentu",
    "отныне", "с этого момента", "bundan sonra", "şu andan itibaren", "bu andan itibaren",
    "今後", "これから", "从现在开始", "從現在開始", "从今以后", "지금부터", "이제부터",
    "من الآن فصاعدا", "מעכשיו", "מעתה", "अब से", "از این به بعد", "از حالا",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "từ bây giờ", "từ giờ trở đi", "kể từ bây giờ", "từ nay", "відтепер", "з цього моменту", "de acum înainte", "începând de acum", "din acest moment", "od teď", "odteď",
    "od této chvíle", "od nynějška", "odteraz", "od tejto chvíle", "mulai sekarang", "mulai saat ini", "mulai dari sekarang", "mulai kini", "dari sekarang",
    "från och med nu", "hädanefter", "fra nu af", "fra og med nu", "fra nå av", "tästä lähtien", "tästä eteenpäin", "nyt lähtien", "από τώρα και στο εξής",
    "από εδώ και πέρα", "στο εξής", "এখন থেকে", "kuanzia sasa", "tangu sasa", "mostantól", "ettől kezdve", "ตั้งแต่นี้ไป", "จากนี้ไป", "นับจากนี้",
    // ur (Urdu)
    "اب سے",
    // ta (Tamil)
    "இனிமேல்", "இப்போதிலிருந்து", "இந்த நேரத்திலிருந்து",
    // te (Telugu)
    "ఇప్పటి నుండి", "ఇకపై", "ఇక నుండి",
    // mr (Marathi)
    "आतापासून", "यापुढे",
    // gu (Gujarati)
    "હવેથી", "અત્યારથી", "હવે પછી",
    // pa (Punjabi, Gurmukhi)
    "ਹੁਣ ਤੋਂ",
    // ne (Nepali)
    "अबदेखि", "अब देखि", "अहिलेदेखि",
    // si (Sinhala)
    "මෙතැන් සිට", "දැන් සිට", "මින් ඉදිරියට",
    // ca (Catalan)
    "a partir d ara", "d ara endavant", "des d ara",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "od sada", "od sada nadalje", "odsad", "od ovog trenutka",
    // sr (Serbian Cyrillic)
    "од сада", "од овог тренутка", "убудуће",
    // sl (Slovenian)
    "od zdaj naprej", "odslej", "od tega trenutka",
    // bg (Bulgarian)
    "отсега нататък", "от сега нататък", "от този момент",
    // lt (Lithuanian)
    "nuo šiol", "nuo dabar",
    // lv (Latvian)
    "no šī brīža", "turpmāk", "no šī brīža tu",
    // et (Estonian)
    "nüüdsest", "edaspidi", "sellest hetkest",
    // is (Icelandic)
    "héðan í frá", "frá og með núna", "héðan af",
    // af (Afrikaans)
    "van nou af", "vanaf nou", "voortaan",
    // az (Azerbaijani)
    "indidən sonra", "bu andan etibarən",
    // kk (Kazakh)
    "бұдан былай", "осы сәттен бастап", "қазірден бастап",
    // uz (Uzbek)
    "bundan buyon", "shu paytdan boshlab", "hozirdan boshlab",
    // ka (Georgian)
    "ამიერიდან", "ამ მომენტიდან",
    // hy (Armenian)
    "այսուհետ", "այս պահից",
    // am (Amharic)
    "ከአሁን ጀምሮ", "ከአሁን በኋላ",
    // so (Somali)
    "laga bilaabo hadda", "hadda wixii ka dambeeya",
    // zu (Zulu)
    "kusukela manje",
    // from here on (pt es it)
    "daqui em diante", "daqui para a frente", "daqui pra frente", "de aquí en adelante", "d ora in avanti", "da qui in avanti",
  ],
  YOU: [
    "you", "du", "tu", "vous", "usted", "você", "ty", "ты", "sen", "siz", "あなた", "君", "你", "您", "너", "당신", "أنت", "אתה", "את", "तुम", "आप", "تو", "شما",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "bạn", "ти", "ви", "voi", "dumneavoastră", "vy", "kamu", "anda", "engkau", "ni", "dere", "sinä", "εσύ", "εσείς", "তুমি", "আপনি", "wewe", "ninyi", "คุณ",
    // ca (Catalan)
    "vostè",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "ti",
    // bg (Bulgarian)
    "вие",
    // lt (Lithuanian)
    "jūs",
    // lv (Latvian)
    "jūs",
    // et (Estonian)
    "sina", "teie",
    // is (Icelandic)
    "þú", "þið",
    // af (Afrikaans)
    "jy", "julle",
    // az (Azerbaijani)
    "sən",
  ],
  YOU_ARE: [
    "you are", "youre", "you will be", "du bist", "bist du", "tu es", "vous êtes", "eres", "você é", "tu és", "tu sei", "sei", "jesteś", "je bent", "jij bent", "u bent", "ben je", "ben jij", "bent u", "ты", "ты теперь", "sen artık", "artık sen",
    "あなたは", "君は", "你是", "您是", "你现在是", "너는", "당신은", "أنت", "אתה", "תהיה", "तुम", "आप", "तुम अब", "تو", "شما",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "bạn là", "bạn giờ là", "bạn bây giờ là", "ти", "ви", "ти тепер", "ви тепер", "ești", "sunteți", "acum ești", "jsi", "jste", "ty si", "vy ste", "anda adalah",
    "kamu adalah", "anda", "kamu", "du är", "ni är", "är du", "du er", "er du", "dere er", "olet", "olette", "sinä olet", "είσαι", "είστε", "তুমি", "আপনি", "wewe ni",
    "sasa wewe ni", "te vagy", "most te vagy", "คุณคือ", "คุณเป็น",
    // ur (Urdu)
    "آپ", "تم اب", "آپ اب",
    // ta (Tamil)
    "நீங்கள்",
    // te (Telugu)
    "మీరు", "నువ్వు",
    // mr (Marathi)
    "तुम्ही", "तुम्ही आता",
    // gu (Gujarati)
    "તમે",
    // pa (Punjabi, Gurmukhi)
    "ਤੁਸੀਂ",
    // ne (Nepali)
    "तपाईं", "तिमी",
    // si (Sinhala)
    "ඔබ",
    // ca (Catalan)
    "ets", "tu ets", "vostè és",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "ti si", "sada si", "si sada", "vi ste", "sada ste", "si ti",
    // sr (Serbian Cyrillic)
    "ти си", "сада си", "си сада", "ви сте",
    // sl (Slovenian)
    "si zdaj", "zdaj si", "ti si", "si ti",
    // bg (Bulgarian)
    "ти си", "сега си", "вие сте",
    // lt (Lithuanian)
    "tu esi", "esi", "jūs esate", "esate",
    // lv (Latvian)
    "tu esi", "esi", "jūs esat", "esat",
    // et (Estonian)
    "sa oled", "sina oled", "oled sa", "oled nüüd", "nüüd oled", "te olete", "olete nüüd",
    // is (Icelandic)
    "þú ert", "ert þú", "ertu", "nú ertu",
    // af (Afrikaans)
    "jy is",
    // az (Azerbaijani): "sən" alone, as Russian "ты" (NOW follows: "sən artıq inzibatçısan")
    "sən",
    // kk (Kazakh)
    "сен", "сіз",
    // uz (Uzbek)
    "sen",
    // ka (Georgian)
    "შენ", "თქვენ", "შენ ხარ", "თქვენ ხართ",
    // hy (Armenian)
    "դու", "դուք",
    // am (Amharic)
    "አንተ", "አንቺ", "እርስዎ",
    // so (Somali)
    "waxaad tahay", "adiga", "adigu",
    // zu (Zulu)
    "wena",
  ],
  /** The reader told what it no longer is: "you are no longer an extraction assistant", "tu n'es plus", "bạn không còn là". */
  NO_LONGER_YOU: [
    "you are no longer", "youre no longer", "you are not just", "you are not merely", "you are not only", "du bist nicht mehr", "du bist nicht länger", "sie sind nicht mehr", "sie sind nicht länger",
    "tu n es plus", "vous n êtes plus", "tu n es pas seulement", "vous n êtes pas seulement", "ya no eres", "usted ya no es", "ya no es usted", "no eres solo", "no eres solamente",
    "você não é mais", "você já não é", "tu já não és", "tu não és mais", "você não é apenas", "non sei più", "lei non è più", "non sei solo", "je bent niet langer", "jij bent niet langer",
    "u bent niet langer", "je bent niet meer", "nie jesteś już", "już nie jesteś", "nie jesteś tylko", "ты больше не", "вы больше не", "ты уже не", "ты не просто",
    "你不再是", "您不再是", "당신은 더 이상", "너는 더 이상", "لم تعد", "أنت لم تعد", "אתה כבר לא", "את כבר לא", "تو دیگر", "شما دیگر",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th; hr lt
    "bạn không còn là", "bạn không phải chỉ là", "ти більше не", "ви більше не", "ти вже не", "nu mai ești", "nu mai sunteți", "už nejsi", "již nejsi", "už nie si",
    "kamu bukan lagi", "anda bukan lagi", "kamu tidak lagi", "anda tidak lagi", "du är inte längre", "du är inte bara", "du er ikke længere", "du er ikke lenger",
    "et ole enää", "te ette ole enää", "δεν είσαι πια", "δεν είσαι πλέον", "δεν είστε πλέον", "már nem vagy", "više nisi", "ti više nisi", "nebesi",
    // ca (Catalan)
    "ja no ets", "no ets només",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "više niste", "nisi više", "niste više",
    // sr (Serbian Cyrillic)
    "више ниси", "ниси више", "више нисте",
    // sl (Slovenian)
    "nisi več", "niste več",
    // bg (Bulgarian)
    "вече не си", "ти вече не си", "вие вече не сте", "не си просто",
    // lt (Lithuanian)
    "nebesate", "jūs nebesate",
    // lv (Latvian)
    "tu vairs neesi", "vairs neesi", "neesi tikai",
    // et (Estonian)
    "sa ei ole enam", "sa pole enam", "te ei ole enam",
    // is (Icelandic)
    "þú ert ekki lengur", "ert ekki lengur", "þú ert ekki bara",
    // af (Afrikaans)
    "jy is nie meer", "jy is nie langer",
    // az (Azerbaijani)
    "sən artıq", "siz artıq",
    // ka (Georgian)
    "შენ აღარ ხარ", "თქვენ აღარ ხართ",
    // hy (Armenian)
    "դու այլևս", "դուք այլևս",
  ],
  /** The reader given a role, with the pronoun that makes it the reader ("assuma você o papel de"; not "que a Ana assuma o papel de"). */
  YOU_TAKE_ROLE: [
    "you take on the role of", "you assume the role of", "you take over the role of", "you play the role of", "übernimmst du die rolle", "du übernimmst die rolle", "übernehmen sie die rolle",
    // Endorsing or standing in for the role: "tu endosses le rôle du RSSI", "since you're covering for SecOps this week".
    // Playing the role, the pronoun before the verb: "tu joues le rôle du RSSI de Pixelforge : c'est toi qui valides" (fr es pt it de nl pl ru uk sv tr).
    "tu joues le rôle", "vous jouez le rôle", "tu incarnes", "vous incarnez", "tú haces el papel de", "usted hace el papel de", "tú desempeñas el papel de", "tú interpretas el papel de", "tú juegas el papel de",
    "você faz o papel de", "tu fazes o papel de", "você desempenha o papel de", "tu fai la parte di", "tu fai la parte del", "tu interpreti il ruolo di", "tu ricopri il ruolo di", "lei ricopre il ruolo di",
    "du spielst die rolle", "spielst du die rolle", "sie spielen die rolle", "spielen sie die rolle", "jij speelt de rol van", "speel jij de rol van", "u speelt de rol van", "ty grasz rolę", "wcielasz się w rolę", "ty odgrywasz rolę",
    "ты играешь роль", "вы играете роль", "ти граєш роль", "ви граєте роль", "du spelar rollen som", "ni spelar rollen som", "sen rolünü oynuyorsun",
    "tu endosses le rôle", "vous endossez le rôle", "endosse le rôle", "you're covering for", "youre covering for", "you are covering for", "you're standing in for", "you are standing in for", "you're filling in for",
    "du vertrittst", "tu remplaces", "vous remplacez", "tú sustituyes a", "usted sustituye a", "você está substituindo", "você substitui", "tu sostituisci", "jij vervangt", "zastępujesz", "ты замещаешь", "ти заміщуєш",
    "tu prends le rôle de", "vous prenez le rôle de", "prends toi le rôle de", "tu assumes le rôle de", "vous assumez le rôle de", "asume tú el papel de", "asume tú el rol de", "tú asumes el papel de",
    "tú asumes el rol de", "asuma usted el papel de", "asuma usted el rol de", "usted asume el rol de", "assuma você o papel de", "assume você o papel de", "você assume o papel de",
    "assume tu o papel de", "tu assumes o papel de", "assumi tu il ruolo di", "tu assumi il ruolo di", "lei assuma il ruolo di", "neem jij de rol van", "jij neemt de rol van",
    "ty przejmujesz rolę", "przejmij ty rolę", "ты берёшь на себя роль", "ты берешь на себя роль", "bạn hãy đóng vai", "ti preuzimaš ulogu",
  ],
} as const satisfies Record<string, readonly string[]>;
