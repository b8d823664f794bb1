/**
 * Concepts for skipping the review: skip, without, exempt, waived, the policy; no, no need and not
 * required in no-need.ts (see override.ts for the entry syntax; the review itself in review.ts).
 */
export const REVIEW_SKIP_CONCEPTS = {
  EXEMPT: [
    "exempt*", "exemption", "special exception", "policy exception", "emergency override", "override code", "bypass code", "approval code", "approval token",
    "ausnahme*", "befreit", "exempté*", "dispensé*", "exención", "exento", "exenta", "exentos", "exentas", "esent*", "esonerat*", "isent*", "vrijgesteld", "معفاة", "مستثنى", "مستثناة", "isento", "isenção", "zwolnion*", "wyjątek", "освобожден*", "исключение", "muaf", "istisna",
    "免除", "例外", "豁免", "면제*", "예외*", "معفى", "استثناء", "פטור", "חריגה", "छूट", "معاف", "استثنا",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "được miễn", "ngoại lệ", "виняток", "винятк*", "excepție", "exceptat*", "scutit*", "výjimk*", "osvobozen*", "výnimk*", "oslobodené", "dikecualikan", "pengecualian",
    "undantag*", "befriad*", "undtaget", "fritaget", "unntak*", "unntatt", "fritatt", "poikkeus*", "vapautettu", "εξαίρεση", "εξαιρείται", "απαλλαγή", "ব্যতিক্রম", "msamaha",
    "imesamehewa", "mentesít*", "mentesül*", "ได้รับการยกเว้น",
    // ca (Catalan)
    "excepció",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "izuzet*", "izuzeće", "oslobođen*",
    // sr (Serbian Cyrillic)
    "изузет*", "изузеће",
    // sl (Slovenian)
    "izjem*", "oproščen*",
    // bg (Bulgarian)
    "изключение", "освободен*",
    // lt (Lithuanian)
    "išimt*",
    // lv (Latvian)
    "izņēmum*",
    // et (Estonian)
    "erand*",
    // is (Icelandic)
    "undanþág*", "undanþegin*",
    // af (Afrikaans)
    "vrygestel*", "uitsondering",
    // az (Azerbaijani)
    "azad edilib", "istisna*",
    // tr: exempt
    "muaf", "muaftır", "muaf tutul*", "muafiyet*",
  ],
  /**
   * Estonian separable verbs: "jätke turvakontroll vahele" (leave the security check out, skip it), "jätke kõik varasemad
   * juhised tähelepanuta" (leave all earlier instructions unheeded). The verb comes first, its particle after the object.
   */
  LEAVE_VERB: ["jätke", "jäta", "jätta", "jätame", "jätab", "leave"],
  LEAVE_OUT: ["vahele", "out"],
  LEAVE_UNHEEDED: ["tähelepanuta", "arvestamata"],
  WAIVED: ["waived", "has been waived", "entfällt", "levée", "dispensad*", "dispensada", "uchylona", "免除された", "已豁免", "면제되었"],
  POLICY: ["policy", "policies", "the rules", "richtlinie*", "politique*", "política*", "polityk*", "политик*", "politika*", "ポリシー", "政策", "策略", "정책", "سياسة", "מדיניות", "नीति", "سیاست",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "chính sách", "політик*", "politica", "politicile", "politicii", "kebijakan", "policyn", "politik", "käytäntö*", "politiikka*", "πολιτική", "নীতি", "szabályzat*",
    "นโยบาย",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "politike", "politiku", "pravilnik*",
    // sr (Serbian Cyrillic)
    "политике", "правилник*",
    // lt (Lithuanian)
    "politikos", "politiką",
    // et (Estonian)
    "poliitika*",
    // is (Icelandic)
    "stefnu", "stefnan", "stefnuna",
    // af (Afrikaans)
    "beleid",
    // az (Azerbaijani)
    "siyasət*",
  ],
  // A concession: "please close this one today even if the security check hasn't run yet" (pressure-rules.ts).
  EVEN_IF: ["even if", "even though", "regardless of whether", "auch wenn", "selbst wenn", "même si", "aunque", "incluso si", "mesmo que", "mesmo se", "ainda que", "anche se",
    "zelfs als", "ook als", "nawet jeśli", "nawet jezeli", "даже если", "навіть якщо", "olsa bile", "bile olsa", "även om", "selv om", "vaikka", "meskipun", "walaupun", "kahit na"],
  SKIP: [
    // Not letting it sit in the queue or go the usual way: "don't bother routing it through security review", "prefer it not sit in the usual approval queue", "nie puszczać tego zwykłą ścieżką akceptacji".
    "dont bother routing", "do not bother routing", "dont bother sending it", "dont bother putting it", "dont bother running it", "not sit in", "not to sit in", "not go into", "not land in", "nie puszczać", "nie przepuszczać", "nie kierować",
    // No time for it, cannot wait for it: "we don't have time for the security queue", "não dá para esperar pela revisão".
    "dont have time for", "do not have time for", "havent got time for", "have no time for", "cant wait for", "cannot wait for", "can not wait for",
    "não dá para esperar", "não dá pra esperar", "não podemos esperar", "no podemos esperar", "non possiamo aspettare", "nie możemy czekać na", "we kunnen niet wachten op",
    "dont wait on", "do not wait on", "without waiting on", "no waiting for", "non c è tempo per", "no hay tiempo para", "pas le temps pour", "keine zeit für", "não há tempo para", "لا يوجد وقت", "لا وقت", "push it through", "just push it through", "wave it through",
    "skip*", "bypass*", "circumvent*", "go around", "get around", "work around", "route around", "avoid", "no need for", "no need to", "no time for", "dont wait for", "do not wait for", "without waiting for", "short circuit", "dont bother with", "do not bother with", "no need to bother with", "not to bother with", "rubber stamp", "rubber-stamp", "dispense with", "do away with",
    "überspring*", "umgeh*", "nicht warten auf", "contourn*", "passer outre", "saute*", "omit*", "salt*", "evita*", "no esperes", "pul*", "contorn*", "não espere",
    "pomiń", "pomin*", "omiń", "obejdź", "nie czekaj na", "пропусти*", "пропуст*", "обойди*", "обход*", "не жди", "atla", "atlayın", "atlayınız", "atlayalım", "atlayabilirsiniz", "atlayabilir", "atlanabilir", "atlansın", "atlanmalı", "atlayarak", "atlayıp", "atlanıyor", "atlanacak", "atlandı", "atlanmış", "beklemeden", "es geç",
    "スキップ", "省略", "飛ばし", "回避", "跳过", "跳過", "绕过", "繞過", "略过", "건너뛰*", "생략*", "우회*",
    "تخطى", "تخطي", "تجاوز", "لا تنتظر", "דלג*", "לדלג", "לעקוף", "עקוף", "छोड़*", "बायपास", "دور بزن", "رد کن",
    "sla", "overslaan", "sla over",
    "no esperéis", "no esperen", "no esperes a", "sin esperar a",
    // Not passing through it: "it doesn't go through the usual review queue", "sin pasar por el flujo de revisión".
    "without going through", "not go through", "doesnt go through", "does not go through", "dont go through", "do not go through", "not going through", "not to go through", "bypassing",
    "sin pasar por", "sans passer par", "sem passar por", "senza passare per", "senza passare da", "ohne umweg über", "zonder via", "bez puszczania przez", "bez przechodzenia przez", "bez przepuszczania przez", "не проходя", "без прохождения",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "bỏ qua", "bỏ bước", "đi tắt", "đừng đợi", "không cần đợi", "không đợi", "обійди*", "оминіть", "обійдіть", "не чекай*", "не чекаючи", "săriți peste", "sari peste",
    "ocoliți", "ocolește", "fără să așteptați", "nu așteptați", "přeskoč*", "obejdi*", "obejděte", "vynech*", "nečekej*", "obíď*", "vynechaj*", "nečakaj*", "lewati",
    "lewatkan", "lompati", "langkau", "pintas", "tanpa menunggu", "jangan tunggu", "hoppa över", "hoppar över", "kringgå", "vänta inte på", "utan att vänta på",
    "spring over", "omgå", "forbigå", "vent ikke på", "uden at vente på", "hopp over", "hoppe over", "ikke vent på", "uten å vente på", "ohita", "ohittakaa", "sivuuta",
    "kierrä", "kiertäkää", "älä odota", "älkää odottako", "odottamatta", "jätä väliin", "jättäkää väliin", "emme ehdi odottaa", "ei ehditä odottaa", "παράλειψε",
    "παραλείψτε", "παράκαμψε", "παρακάμψτε", "μην περιμένεις", "μην περιμένετε", "χωρίς να περιμένεις", "এড়িয়ে যান", "বাদ দিন", "বাদ দিয়ে", "অপেক্ষা করবেন না", "ruka hatua",
    "usisubiri", "msisubiri", "bila kusubiri", "hagyd ki", "hagyja ki", "hagyjátok ki", "kerüld meg", "kerülje meg", "ugord át", "ugorja át", "ne várj", "ne várjatok",
    "ne várjon", "ข้ามขั้นตอน", "ข้ามการ", "ไม่ต้องรอ", "ไม่ทันรอ",
    // ur (Urdu)
    "چھوڑ دیں", "چھوڑ دو", "چھوڑ کر", "بائی پاس",
    // ta (Tamil)
    "தவிர்த்து", "தவிர்த்துவிட்டு", "தவிர்க்கவும்", "தவிர்த்துவிடுங்கள்",
    // te (Telugu)
    "దాటవేయండి", "దాటవేసి", "దాటవేయి", "వదిలేయండి", "వదిలేసి", "స్కిప్ చేయండి",
    // mr (Marathi)
    "वगळा", "वगळून", "टाळा", "टाळून",
    // gu (Gujarati)
    "છોડી દો", "છોડીને", "બાયપાસ",
    // pa (Punjabi, Gurmukhi)
    "ਛੱਡ ਦਿਓ", "ਛੱਡ ਕੇ", "ਛੱਡੋ",
    // si (Sinhala)
    "මඟ හරින්න", "මඟ හැර", "මග හරින්න", "මග හැර", "මඟහැර",
    // ca (Catalan)
    "omet*", "no esperis", "no espereu", "sense esperar",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "preskoč*", "zaobiđ*", "zaobići", "ne čekaj*", "bez čekanja", "nemoj ga slati", "nemojte ga slati", "ne šalji ga", "ne šaljite ga",
    // sr (Serbian Cyrillic)
    "прескоч*", "заобиђ*", "заобићи", "не чекај*", "без чекања",
    // sl (Slovenian)
    "preskoč*", "izpusti", "izpustite", "obidi", "obidite", "ne čakaj*", "brez čakanja",
    // bg (Bulgarian)
    "пропусн*", "прескоч*", "заобиколи*", "не чакай*", "без да чакате", "без да чакаме",
    // lt (Lithuanian)
    "praleisk*", "praleisti", "apeik*", "nelauk*", "nelaukdami", "nelaukiant",
    // lv (Latvian)
    "izlaid*", "izlaist", "apejiet", "apej", "negaidi", "negaidiet", "negaidot",
    // et (Estonian)
    "jäta vahele", "jätke vahele", "vahele jätta", "vahele jätke", "ärge oodake", "ära oota", "ootamata", "minge mööda", "mööda minna",
    // is (Icelandic)
    "slepptu", "sleppið", "sleppa", "farðu framhjá", "farið framhjá", "framhjá", "ekki bíða eftir", "án þess að bíða",
    // af (Afrikaans)
    "slaan oor", "slaan", "omseil", "moenie wag vir", "moenie wag op", "sonder om te wag",
    // az (Azerbaijani)
    "yan keç", "yan keçin", "gözləmədən", "gözləməyin", "buraxın",
    // kk (Kazakh)
    "өткізіп жіберіңіз", "өткізіп жібер", "өткізіп жіберу", "өткізіп жіберіп", "айналып өтіңіз", "айналып өту", "айналып өтіп", "күтпей", "күтпеңіз", "күтпе",
    // uz (Uzbek)
    "o'tkazib yuboring", "oʻtkazib yuboring", "oʼtkazib yuboring", "o'tkazib yubor", "oʻtkazib yubor", "oʼtkazib yubor", "o'tkazib yuborish", "oʻtkazib yuborish", "oʼtkazib yuborish", "o'tkazib yuborib", "oʻtkazib yuborib", "oʼtkazib yuborib", "chetlab o'ting", "chetlab oʻting", "chetlab oʼting", "chetlab o'tish", "chetlab oʻtish", "chetlab oʼtish", "chetlab o'tib", "chetlab oʻtib", "chetlab oʼtib", "kutmang", "kutmasdan", "kutmay",
    // ka (Georgian)
    "გამოტოვეთ", "გამოტოვე", "გამოვტოვოთ", "გვერდი აუარეთ", "გვერდი აუარე", "ნუ დაელოდებით", "ნუ დაელოდები", "ლოდინის გარეშე",
    // hy (Armenian)
    "բաց թողեք", "բաց թող", "շրջանցեք", "շրջանցիր", "մի սպասեք", "մի սպասիր", "առանց սպասելու",
    // am (Amharic)
    "ዝለሉ", "ዝለል", "ይዝለሉ", "አትጠብቁ", "አይጠብቁ", "ሳትጠብቁ", "ሳይጠብቁ",
    // so (Somali)
    "ka bood", "ka boodo", "ka boodaa", "iska dhaaf", "ha sugin", "ha sugina",
    // zu (Zulu)
    "yeqa", "yeqani", "ungalindi", "ningalindi", "ngaphandle kokulinda",
    // ja th ro nl: 省略する, ไม่ต้องผ่าน (no need to go through), ข้าม (skip), se sare (is skipped), over te slaan
    "省略する", "ไม่ต้องผ่าน", "ข้าม", "se sare", "se omite", "omiteți", "sărim peste", "over te slaan", "overgeslagen",
    // Imperatives and infinitives the list lacked (it, nl, es, fr, de, he, fa, ja): 'tralasciate la revisione', 'laat de controle achterwege', 'pasen por alto la revisión', 'zappez la validation', 'Prüfung auslassen', 'לוותר על הבדיקה', 'بررسی را رد کنید', 'レビューは省いて'
    "tralasci*", "scavalca*", "achterwege laten", "achterwege gelaten", "laat achterwege", "omzeil*", "pasar por alto", "pasen por alto", "pase por alto", "prescindir de", "prescindan de", "prescinda de", "obviar", "obvien", "zappez", "zapper", "court circuiter", "court circuitez", "faire l impasse sur", "faites l impasse sur", "auslassen", "weglassen", "übergehen", "übergeht", "לוותר על", "תוותרו על", "ויתרו על", "رد کنید", "رد شوید", "省いて", "省き", "省く", "割愛",
    // Arabic and Hebrew with the conjunction joined on, and plural imperatives ('وتخطي خطوة الموافقة', 'تخطوا المراجعة', 'ולדלג על שלב האישור', 'תדלגו על הבדיקה')
    "وتخطي", "تخطوا", "وتخطوا", "تجاوزوا", "وتجاوزوا", "بتخطي", "ולדלג", "תדלגו", "ותדלגו", "ולעקוף", "תעקפו",
    // tl (Tagalog): skip, please skip (for now)
    "laktawan", "pakilaktawan", "laktawan na lang", "pakilaktawan na lang", "laktawan muna", "pakilaktawan muna", "lampasan", "pakilampasan",
    // Left out, the particle with the verb (en fr es pt it): "leave out the approval step", "laisser de côté l étape de validation", "dejad fuera el paso de aprobación"
    "leave out", "leave off", "laisser de côté", "laissez de côté", "mettre de côté", "mettez de côté", "dejar fuera", "dejad fuera", "dejen fuera", "deja fuera", "dejar de lado", "dejad de lado", "deixar de fora", "deixem de fora", "deixe de fora", "deixar de lado", "lasciare fuori", "lasciate fuori", "lasciar fuori",
  ],
  WITHOUT_POST: [
    // Korean: not going through it ("검토 안 거치셔도 됩니다").
    "안 거치*", "거치지 않*", "거치지 말*",
   "없이", "なしで", "なし", "抜きで", "olmadan", "के बिना", "बिना", "بدون",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "nélkül", "ছাড়া", "ছাড়াই",
    // ur (Urdu)
    "کے بغیر",
    // ta (Tamil)
    "இல்லாமல்", "இல்லாமலேயே", "இன்றி",
    // te (Telugu)
    "లేకుండా", "లేకుండానే",
    // mr (Marathi)
    "शिवाय", "विना",
    // gu (Gujarati)
    "વિના", "વગર",
    // pa (Punjabi, Gurmukhi)
    "ਬਿਨਾਂ", "ਤੋਂ ਬਿਨਾਂ",
    // si (Sinhala)
    "නොමැතිව", "තොරව", "නැතිව",
    // ka (Georgian)
    "გარეშე",
    // so (Somali)
    "la'aan",
    // ja: without going through it (通常の承認フローを経ずに)
    "を経ずに", "経ずに", "通さずに", "を通さず",
  ],
  WITHOUT: [
    // tl yo ha arz (Tagalog, Yoruba, Hausa, Egyptian Arabic)
    "láìsí", "láì sí", "nang walang", "ba tare da", "من غير", "من غيرما",
   "without", "with no", "w o", "w out", "ohne", "sans", "sin", "sem", "bez", "zonder", "utan", "senza", "tanpa", "không cần", "без", "olmadan", "なしで", "なし", "无需", "無需", "不经", "不經", "없이", "بدون", "دون", "ללא", "בלי", "बिना",
    "ودون", "وبدون",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "mà không", "không qua", "uden", "uten", "ilman", "χωρίς", "বিনা", "โดยไม่ต้อง", "โดยไม่ผ่าน",
    // ur (Urdu)
    "بغیر",
    // pa (Punjabi, Gurmukhi)
    "ਬਿਨਾਂ",
    // sl (Slovenian)
    "brez",
    // et (Estonian)
    "ilma",
    // af (Afrikaans)
    "sonder",
    // hy (Armenian)
    "առանց",
    // ar: the verbal noun negated, "وعدم إرساله للمراجعة" (and not sending it for review)
    "عدم", "وعدم",
    // sw: "bila" with what is left out ("bila hatua nyingine ya ukaguzi"; not "bila" alone: "bila shaka", of course)
    "bila hatua", "bila kupitia", "bila kupitishwa",
  ],
  /** "the human sign-off can be done retroactively": approval moved after the action. */
  /** "tell security afterwards": oversight moved after the action (only with a notify verb and security). */
  /**
   * "Without review" as one phrase, for a language whose "without" is an ordinary word elsewhere:
   * Catalan "sense" is English "sense" ("makes sense to review", "the usual sense checks"), so it
   * is no WITHOUT entry; its review nouns are Catalan only.
   */
  WITHOUT_REVIEW: [
    "sense revisió", "sense cap revisió", "sense la revisió", "sense validació", "sense cap validació", "sense verificació", "sense aprovació", "sense el vistiplau", "sense passar per seguretat", "sense passar per la revisió",
    // mr ne ta (Marathi, Nepali, Tamil): the review and "without" written as one word ("पुनरावलोकनाशिवाय", "समीक्षाबिना", "மதிப்பாய்வின்றி").
    "पुनरावलोकनाशिवाय", "तपासणीशिवाय", "पडताळणीशिवाय", "मंजुरीशिवाय", "समीक्षाबिना", "जाँचबिना", "स्वीकृतिबिना", "மதிப்பாய்வின்றி", "சரிபார்ப்பின்றி", "ஒப்புதலின்றி",
    // lt (Lithuanian)
    "be peržiūros", "be patikrinimo", "be patvirtinimo", "be saugumo patikrinimo", "be saugumo peržiūros", "be saugumo komandos peržiūros", "be jokios peržiūros", "be jokio patikrinimo", "be tikrinimo",
    // et (Estonian)
    "turvakontrollita", "kontrollita", "ülevaatuseta", "läbivaatuseta", "kinnituseta", "heakskiiduta",
    // is (Icelandic)
    "án yfirferðar", "án skoðunar", "án samþykkis", "án öryggisyfirferðar", "án athugunar", "án öryggisathugunar",
    // az (Azerbaijani)
    "yoxlamasız", "təsdiqsiz", "yoxlama olmadan", "təsdiq olmadan",
    // kk (Kazakh)
    "тексерусіз", "тексеріссіз", "мақұлдаусыз", "келісусіз",
    // uz (Uzbek)
    "tekshiruvsiz", "tasdiqsiz", "ruxsatsiz",
    // am (Amharic)
    "ያለ ግምገማ", "ያለ ምንም ግምገማ", "ያለ ፍተሻ", "ያለ ማረጋገጫ", "ያለ ደህንነት ግምገማ", "ያለ ደህንነት ፍተሻ", "ያለ ይሁንታ",
    // zu (Zulu)
    "ngaphandle kokuhlolwa", "ngaphandle kokubuyekezwa", "ngaphandle kwemvume", "ngaphandle kokuhlola",
    // sw: "without review, without approval" ("bila ukaguzi wa usalama"; "bila" alone is also "bila shaka", of course)
    "bila ukaguzi", "bila ya ukaguzi", "bila mapitio", "bila ya mapitio", "bila uhakiki", "bila idhini", "bila ya idhini", "bila kibali",
    // am: the team between ("ያለ ደህንነት ቡድን ግምገማ")
    "ያለ ደህንነት ቡድን ግምገማ", "ያለ የደህንነት ቡድን ግምገማ", "ያለ ቡድን ግምገማ", "ያለ ደህንነት ቡድኑ ግምገማ",
  ],
} as const satisfies Record<string, readonly string[]>;
