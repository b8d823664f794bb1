/** Concepts for additional target identities and the actions done to them (executives, break-glass and shared admin accounts, everyone in privileged-targets.ts; the target, the leaver and the people around them in target-people.ts) (see override.ts for the entry syntax; corrections that swap the target in corrections.ts and wrong-person.ts, others folded into one request in batch.ts). */
export const TARGET_CONCEPTS = {
  ALSO: [
    // Hausa, Tagalog: "kuma", "pati na rin".
    "kuma", "pati na rin", "kasama na rin",
    "while you're at it", "while youre at it", "ya que estáis", "ya que estás", "de paso", "bu arada", "заодно", "顺便", "順便", "一并", "一起", "en même temps", "au passage", "nebenbei", "gleich mit",
    "also", "too", "ook", "eveneens", "även", "också", "anche", "inoltre", "cũng", "juga", "additionally", "as well", "plus", "on top of that", "in addition", "furthermore", "while youre at it", "at the same time", "and also", "together with",
    "auch", "zusätzlich", "außerdem", "ebenfalls", "aussi", "également", "en plus", "de plus", "también", "además", "também", "além disso", "adicionalmente",
    "też", "także", "również", "dodatkowo", "также", "тоже", "кроме того", "ещё", "ayrıca",
    "また", "さらに", "另外", "也", "还有", "並且", "同时", "同時", "또한", "추가로", "같이", "함께", "一緒に", "أيضا", "كذلك", "بالإضافة", "גם", "בנוסף", "भी", "साथ ही", "همچنین", "نیز", "را هم", "ضمنا", "علاوه بر این",
    "tant qu on y est", "tant que vous y êtes", "aproveitem e", "aproveitando", "aprovechando", "bei der gelegenheit", "wenn ihr schon dabei seid", "nu we toch bezig zijn", "già che ci siete", "ついでに",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "đồng thời", "nhân tiện", "також", "теж", "крім того", "додатково", "de asemenea", "totodată", "în plus", "taky", "rovněž", "též", "navíc", "zároveň", "tiež", "taktiež",
    "navyše", "sekalian", "sekaligus", "selain itu", "dessutom", "samtidigt", "også", "desuden", "samtidig", "i tillegg", "myös", "lisäksi", "επίσης", "επιπλέον",
    "ταυτόχρονα", "এছাড়াও", "সেই সাথে", "অ্যাকাউন্টটাও", "অ্যাকাউন্টও", "অ্যাকাউন্টটিও", "pia", "vilevile", "továbbá", "ezenkívül", "emellett", "egyúttal", "นอกจากนี้", "และยัง",
    // et is (Estonian, Icelandic)
    "samuti", "samal ajal", "ühtlasi", "líka", "einnig", "jafnframt",
    // ur (Urdu)
    "بھی", "ساتھ ہی", "اس کے علاوہ",
    // ta (Tamil)
    "மேலும்", "கூடவே", "அத்துடன்",
    // te (Telugu)
    "అలాగే", "కూడా", "దీనితో పాటు",
    // mr (Marathi)
    "देखील", "तसेच", "सुद्धा",
    // gu (Gujarati)
    "પણ", "ઉપરાંત", "સાથે સાથે",
    // pa (Punjabi, Gurmukhi)
    "ਵੀ", "ਨਾਲ ਹੀ", "ਇਸ ਤੋਂ ਇਲਾਵਾ",
    // ne (Nepali)
    "पनि",
    // si (Sinhala)
    "එසේම", "ඊට අමතරව", "ඒ වගේම",
    // ca (Catalan)
    "també", "a més", "alhora",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "također", "takođe", "isto tako", "ujedno", "usput",
    // sr (Serbian Cyrillic)
    "такође", "уједно", "успут",
    // sl (Slovenian)
    "tudi", "hkrati", "mimogrede",
    // bg (Bulgarian)
    "също", "също така", "освен това", "допълнително",
    // lt (Lithuanian)
    "taip pat", "kartu",
    // lv (Latvian)
    "kā arī", "tāpat arī", "tāpat", "turklāt", "vienlaikus",
    // af (Afrikaans)
    "eweneens", "daarbenewens", "boonop",
    // az (Azerbaijani)
    "həmçinin", "eyni zamanda", "bundan əlavə", "əlavə olaraq",
    // kk (Kazakh)
    "сондай ақ", "сонымен қатар", "қосымша",
    // uz (Uzbek)
    "shuningdek", "bundan tashqari", "qo'shimcha ravishda", "qoʻshimcha ravishda", "qoʼshimcha ravishda",
    // ka (Georgian)
    "ასევე", "აგრეთვე", "ამასთანავე", "გარდა ამისა",
    // hy (Armenian)
    "նաև", "նույնպես", "բացի այդ", "միաժամանակ",
    // am (Amharic)
    "እንዲሁም", "በተጨማሪም", "በተጨማሪ",
    // so (Somali)
    "sidoo kale", "weliba",
    // zu (Zulu)
    "futhi", "kanjalo",
  ],
  /** "while you're at it": another task slipped in beside the request. */
  ALSO_STRONG: [
    // Polish, French, Egyptian Arabic, Tagalog: "przy okazji", "profitez-en pour", "وبالمرة", "isabay na rin".
    "przy okazji", "profitez en pour", "profitez en", "وبالمرة", "بالمرة", "isabay na rin", "isama na rin",
    // am (Amharic): "በዚያውም" (while at it, in the same go).
    "በዚያውም", "በዚያው",
    // "while you're in there", "while you're in the system", the Tagalog request prefix ("pakisabay na rin po si ..."), and more ways
    // the major languages say it ("de paso", "aproveitando que", "en même temps", "wo Sie schon dabei sind", "已经在处理了",
    // "이왕 하시는 김에", "김에", "في نفس الوقت", "साथ ही", "hazır elinizi değmişken").
    "while you're in there", "while youre in there", "while you are in there", "whilst you're in there", "whilst youre in there", "while you're in the system",
    "while youre in the system", "while you are in the system", "while you're in there anyway", "pakisabay na rin", "pakisama na rin", "isabay mo na rin", "isama mo na rin",
    "de paso", "wo sie schon dabei sind", "wenn sie schon dabei sind", "da ihr eh dabei seid", "puisque vous y êtes", "pendant que vous y êtes", "nu jullie toch bezig zijn",
    "già che ci sei", "approfittando", "skoro już", "раз уж", "раз вже", "하시는 김에", "하는 김에", "이왕 하시는 김에", "hazır başlamışken", "hazır elinizi değmişken", "medan ni ändå håller på",
   "while you're at it", "while youre at it", "while we're at it", "while were at it", "while you are at it", "while you're doing that", "while youre doing that", "while you are doing that", "while you're doing it", "while youre doing it", "while you're on it", "while youre on it", "tant qu on y est", "tant que vous y êtes", "ya que estáis", "ya que estás", "ya que estamos", "aproveitem e", "aproveitando", "aprovechando", "wo ihr gerade dabei seid", "wenn ihr schon dabei seid", "bei der gelegenheit", "nu we toch bezig zijn", "già che ci siete", "заодно", "ついでに", "顺便", "順便",
    "באותה הזדמנות", "בהזדמנות זו",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "nhân tiện", "sekalian", "passa på att", "passa gärna på att", "passa också på att", "i samme omgang", "i samme slengen",
    // "since you're in the system anyway" (en sw): "Pia, kwa kuwa mko kwenye mfumo, mfungieni na Neema Kileo"
    "since you're in the system", "since youre in the system", "since you are in the system", "as you're in the system anyway", "kwa kuwa mko kwenye mfumo", "kwa vile mko kwenye mfumo", "kwa kuwa tunafanya hivi", "kwa vile tunafanya hivi", "tunapofanya hivi",
    "mkiwa kwenye mfumo", "mkiwa bado kwenye mfumo",
    // et is: "while you're already dealing with this", "in the same operation"
    "kui te juba sellega tegelete", "kui juba tegelete", "samas käigus", "í sömu aðgerð", "í leiðinni",
    // ca (Catalan)
    "ja que hi sou", "ja que hi ets", "de passada", "aprofitant",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "usput", "kad ste već kod toga", "kad ste već tu",
    // sr (Serbian Cyrillic)
    "успут",
    // sl (Slovenian)
    "mimogrede", "ko ste že pri tem",
    // bg (Bulgarian)
    "между другото", "покрай това",
    // lt (Lithuanian)
    "ta proga", "tuo pačiu",
    // lv (Latvian)
    "starp citu", "reizē",
    // af (Afrikaans)
    "terwyl jy besig is", "terwyl julle besig is", "sommer ook",
    // az (Azerbaijani)
    "fürsətdən istifadə edib", "yeri gəlmişkən",
    // kk (Kazakh)
    "осы орайда", "реті келгенде",
    // uz (Uzbek)
    "fursatdan foydalanib", "yo'l yo'lakay", "yoʻl yoʻlakay", "yoʼl yoʼlakay",
    // ka (Georgian)
    "ამავდროულად", "ამასთანავე",
    // hy (Armenian)
    "առիթից օգտվելով", "միաժամանակ նաև",
    // 'while you are at it' with a filler word (de), and as Tagalog, Italian, Dutch, Turkish, Korean, Swedish, Ukrainian say it
    "wenn ihr eh schon dabei seid", "wenn ihr eh dabei seid", "wo ihr eh schon dabei seid", "wenn ihr sowieso schon dabei seid", "wo ihr schon dabei seid", "wenn du schon dabei bist", "wo du schon dabei bist", "wenn sie schon dabei sind", "pakisabay na rin", "pakisama na rin", "visto che ci siete", "già che ci sei", "als jullie toch bezig zijn", "nu jullie toch bezig zijn", "hazır başlamışken", "hazır elinizi atmışken", "하는 김에", "när ni ändå håller på", "заразом",
    // Spanish and Portuguese "while you are at it" (bare "ya que están" is also "since they are": lexicon/while-at-it.ts)
    "ya que están en eso", "ya que están en ello", "ya que está en eso", "ya que estás en eso", "já que estão nisso", "já que está nisso", "já que vão fazer isso",
  ],
  /**
   * Approval nouns APPROVAL_NOUN (approval-acts.ts) leaves out, for APPROVAL_KEPT: plurals and the languages it does not cover
   * ("погодження", "η έγκριση", "schválení", "phê duyệt", "persetujuan", "hyväksynnät", "onayları", "godkendelse", "aprobarea").
   */
  APPROVAL_MORE: [ "approvazioni", "aprobaciones", "aprovações", "approbations", "genehmigungen", "freigaben", "goedkeuringen", "akceptacje", "zgody", "одобрения", "согласования",
    "onaylar", "onayları", "onayı", "승인*", "الموافقات", "موافقات", "التأييد",
    "погодження", "погодженн*", "погоджень", "sign offs", "signoffs", "결재*", "έγκριση", "εγκρίσεις", "schválení", "schválenie", "phê duyệt", "persetujuan", "kelulusan", "hyväksyntä", "hyväksynnät", "hyväksynnän",
    "godkendelse", "godkendelsen", "godkendelser", "godkännande", "godkännandet", "godkjenning", "godkjenningen", "aprobarea", "aprobare", "aprobările", "jóváhagyás", "jóváhagyást",
    "อนุมัติ", "การอนุมัติ", "idhini", "অনুমোদন",
  ],
  ACTION: [
    // tl yo ha arz (Tagalog, Yoruba, Hausa, Egyptian Arabic); Korean 정리 (account clean-up)
    "تقفلوا", "اقفلوا", "نقفل", "تقفل", "اقفل", "يتقفل", "tanggalin", "pakitanggal", "i deactivate", "rufe", "a rufe", "soke", "정리*",
    // pl "wyłącz", "wyłączcie", "wyłączyć", "wyłączenie": every stem but "wyłączn-", "wyłącznie" (only), "wyłączny" (exclusive).
    "quita*", "quitad", "quitar", "kapat*", "wyłącz", "wyłącza*", "wyłączc*", "wyłącze*", "wyłączm*", "wyłączo*", "wyłączy*", "отключите",
    // fr: cut (the access): "coupez aussi ceux de sa cheffe d'équipe".
    "coupez", "couper", "coupe",
    "offboard*", "off board", "deprovision*", "verwijder*", "deactiveer*", "deactiveren", "deactiveert", "blokkeer*", "blokkeren", "intrekken", "inaktivera*", "avaktivera*", "ta bort", "ta gärna bort", "stäng av", "stäng gärna av", "stängs av", "stängas av", "disattiva*", "rimuovi*", "cancella*", "blocca*", "vô hiệu hóa", "xóa",
    "לבטל", "להשבית", "למחוק", "להסיר", "לחסום", "deactivat*", "disabl*", "delet*", "remov*", "terminat*", "revok*", "suspend*", "lock out", "lock", "wipe", "fire", "purge", "kill", "shut down", "close",
    "deaktivier*", "abschalt*", "abzuschalten", "sperr*", "lösch*", "entfern*", "kündig*", "entlass*", "offboarden",
    "désactiv*", "supprim*", "retir*", "révoqu*", "licenci*", "desactiv*", "elimin*", "borr*", "revoc*", "suspend*", "despid*",
    // es pt: "hay que dar de baja la cuenta de ...", "dad de baja", "deem baixa na conta"
    "dar de baja", "dad de baja", "den de baja", "dé de baja", "da de baja", "dar baixa", "deem baixa", "dê baixa", "dar baixa na", "dar baixa no",
    "deshabilit*", "inhabilit*",
    // pt "exclua", "excluir", "exclusão" (es fr "excluir", "exclure"): every stem but "exclusiv-", "exclusivement", "exclusivamente" (only).
    "desativ*", "exclu", "exclua*", "exclud*", "exclue*", "exclui*", "excluo*", "exclur*", "excluy*", "exclus", "exclusa*", "exclusio*", "exclusoe*", "revog*", "demit*", "dezaktywuj*", "dezaktywowa*", "zablokowa*", "clôtur*", "usuń", "usun*", "zablokuj*", "zwolnij",
    "отключ*", "удал*", "заблокир*", "деактивир*", "уволь*", "devre dışı", "sil", "silin", "siliniz", "silinsin", "silinmesi", "silinmeli", "silinecek", "silindi", "silinmeden", "silinir", "silme", "silmek", "silmeyi", "silmeniz", "silelim", "silsin", "sildi", "sildik", "sildim", "siler", "silebilir", "silebilirsiniz", "silinebilir", "kaldır*", "engelle*", "kapat*", "işten çıkar*",
    "無効化", "削除", "停止", "オフボーディング", "解雇", "禁用", "删除", "刪除", "停用", "注销", "註銷", "离职", "離職",
    "비활성화*", "삭제*", "정지*", "해지*", "퇴사", "تعطيل", "عطلوا", "عطّلوا", "عطّل", "عطل", "حذف", "الغاء", "إلغاء", "إيقاف", "ايقاف", "إغلاق", "اغلاق", "השבת*", "מחק*", "הסר*", "בטל*", "निष्क्रिय", "हटा*", "बंद", "डिसेबल", "डीएक्टिवेट", "डिएक्टिवेट", "डिलीट", "ब्लॉक", "सस्पेंड", "غیرفعال", "مسدود",
    "switch off", "turn off", "shut off", "cut off", "uitschakel*", "uitzetten", "stänga av", "spegni*", "apague*", "apaguen",
    "deslig*",
    // es pt ca: block, close and cut as verbs ("y también bloqueen a x@", "cerrad también la cuenta", "pode já cortar x@"; not the
    // nouns "cierre", "corte", "bloqueo", nor Spanish "fecha", a date)
    "bloquead", "bloqueen", "bloquear", "bloquea", "bloqueadle", "bloqueale", "bloqueie", "bloqueiem", "bloqueiam", "bloquegeu", "bloquejar", "bloqueja",
    "cerrad", "cierren", "cierra", "cerrar", "cerradle", "cerradla", "ciérrenle", "feche", "fechem", "fechar", "encerre", "encerrem", "encerrar", "tanqueu", "tancar",
    // the impersonal subjunctive, "let it be closed" ("que se cierre todo el grupo cocina-noche-recoleta"; not the noun "el cierre")
    "que se cierre", "que se cierren", "que se bloquee", "que se bloqueen", "que se desactive", "que se desactiven",
    "corten", "cortad", "cortar", "cortem", "cortadle", "cancelad", "cancelen", "cancelar", "cancele", "cancelem",
    // Hindi in Latin letters (as "poori team" in REPORTS_WHOLE), Norwegian and Danish "close, end"
    "hata dena", "hata do", "hata dijiye", "band kar dena", "band kar do", "band kar dijiye", "band karo", "avslutte", "avslutt", "afslut",
    // "pull his access": access taken away (not "pull" alone, not "pull her reports")
    "pull access", "pull his access", "pull her access", "pull their access",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "khóa tài khoản", "khóa luôn", "tắt tài khoản", "tắt luôn", "thu hồi", "ngừng kích hoạt", "đóng tài khoản", "gỡ quyền", "деактив*", "відключ*", "вимкн*", "видал*",
    "заблок*", "закрий*", "закрити", "dezactiva*", "șterge*", "ștergeți", "scoateți", "blocați", "blochează", "închideți", "închide*", "eliminați", "deaktiv*", "zablokov*", "smaž*",
    // uk ru: access taken away ("заберіть доступи", "заберите доступ"; not "заберіть ноутбук", a laptop collected)
    "заберіть доступ*", "забрати доступ*", "заберіть права", "заберите доступ*", "забрать доступ*", "заберите права",
    "smazat", "odstraň*", "zruš*", "vypn*", "ukonč*", "vymaž*", "vypni*", "nonaktifkan", "menonaktifkan", "blokir", "hapus", "matikan", "tutup akun", "tutup akses",
    "cabut akses", "nyahaktifkan", "padamkan", "sekat akaun", "stäng", "stänga", "stängs", "stängas", "spärra*", "radera*", "avsluta*", "luk", "lukke", "lukkes", "spær*", "slet", "slette", "fjern*",
    "nedlæg*", "steng", "stenge", "stenges", "slett*", "poista*", "sulje", "sulkekaa", "sulkea", "suljetaan", "deaktivoi*", "lukitse*", "passivoi*", "απενεργοποι*",
    "διέγραψε", "διαγράψτε", "κλείσε", "κλείστε", "αφαίρεσε", "αφαιρέστε", "নিষ্ক্রিয়", "ডিসেবল", "ডিজেবল", "ডিলিট", "সাসপেন্ড", "মুছে ফেলুন", "বন্ধ করুন", "বন্ধ করে দিন", "সরিয়ে দিন", "zima akaunti", "zimeni akaunti", "futa",
    "funga", "fungeni", "kufunga", "ondoa", "ondoeni", "simamisha", "sitisheni", "tiltsd le", "tiltsa le", "tiltsátok le", "letilt*", "töröl*", "zárd le", "zárja le", "zárjátok le", "felfüggeszt*", "szüntessétek meg",
    "szüntesse meg", "ปิดบัญชี", "ปิดการใช้งาน", "ลบบัญชี", "ระงับ", "เพิกถอน",
    // sr hr bs mk fi (training author t45, t42: "Računi za gašenje: a@, b@", "Ве молам исклучете ги", "Suljettavat: … global admin -tili";
    // here, not in a language pack, so that the parser's target cues read them too)
    "gašenje", "za gašenje", "gasi", "ugasite", "ugasiti", "deaktivirajte", "deaktivirati", "deaktiviraju", "гашење", "угасите", "деактивирајте", "исклучете",
    "suljettava*", "poistettava*", "suljethan", "poistathan",
    // et is
    "sulgege", "sulgeda", "suletakse", "eemaldage", "kustutage", "deaktiveerige", "blokeerige", "lukustage", "lokið", "lokaðu", "loka", "eyðið", "eyða", "fjarlægið", "gerið óvirk*",
    // ur (Urdu)
    "بند کر", "بند کریں", "غیر فعال", "ہٹا دیں", "ختم کر دیں", "ڈیلیٹ کریں", "بلاک کریں",
    // ta (Tamil)
    "முடக்கவும்", "முடக்கு*", "நீக்கவும்", "செயலிழக்க*", "அகற்றவும்", "மூடவும்",
    // te (Telugu)
    "నిలిపివేయ*", "డిసేబుల్", "తొలగించండి", "బ్లాక్ చేయండి", "మూసివేయండి",
    // mr (Marathi)
    "काढून टाका", "हटवा",
    // gu (Gujarati)
    "બંધ કરો", "બંધ કરી દો", "નિષ્ક્રિય કરો", "દૂર કરો", "ડિલીટ કરો", "બ્લોક કરો",
    // pa (Punjabi, Gurmukhi)
    "ਬੰਦ ਕਰੋ", "ਬੰਦ ਕਰ", "ਹਟਾ ਦਿਓ", "ਡਿਲੀਟ ਕਰੋ", "ਅਯੋਗ ਕਰੋ", "ਬਲਾਕ ਕਰੋ",
    // ne (Nepali)
    "बन्द गर्नुहोस्", "बन्द गर्नु", "हटाउनुहोस्",
    // si (Sinhala)
    "අක්‍රිය", "අක්‍රීය", "ඉවත් කරන්න", "මකා දමන්න", "අවහිර කරන්න",
    // ca (Catalan)
    "bloquegeu", "bloqueja", "tanqueu", "suprimiu", "esborreu", "doneu de baixa",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "ugasi*", "isključi*", "obriši*", "izbriši*", "blokiraj*", "ukloni*", "zatvori*", "onemogući*", "ukini*",
    // sr (Serbian Cyrillic)
    "угаси*", "искључи*", "обриши*", "блокирај*", "уклони*", "затвори*", "онемогући*", "укини*",
    // sl (Slovenian)
    "onemogoči*", "izklopi*", "odstrani*", "zaprite", "izbrišite",
    // bg (Bulgarian)
    "изключете", "изтрий*", "блокирай*", "премахни*", "затвори*", "спрете", "прекратете",
    // lt (Lithuanian)
    "išjunk*", "ištrink*", "blokuok*", "pašalink*", "uždaryk*", "deaktyvuok*", "panaikink*", "sustabdyk*",
    // lv (Latvian)
    "atslēdz*", "izdzēs*", "bloķē*", "noņem*", "aizveriet", "slēdziet", "likvidējiet",
    // et (Estonian)
    "sulge", "kustuta", "eemalda", "blokeeri", "lülitage välja", "lülita välja",
    // is (Icelandic)
    "eyddu", "gerðu óvirk*", "slökktu á", "slökkvið á", "lokaðu fyrir", "lokið fyrir", "fjarlægðu",
    // af (Afrikaans)
    "verwyder*", "sluit af", "afsluit", "skrap", "kanselleer",
    // az (Azerbaijani)
    "deaktiv edin", "deaktiv et", "bağlayın", "bloklayın", "söndürün", "ləğv edin", "silin",
    // kk (Kazakh)
    "өшіріңіз", "өшір", "өшіру", "жойыңыз", "бұғаттаңыз", "бұғатта", "ажыратыңыз", "тоқтатыңыз", "жабыңыз",
    // uz (Uzbek)
    "o'chiring", "oʻchiring", "oʼchiring", "o'chir", "oʻchir", "oʼchir", "o'chirish", "oʻchirish", "oʼchirish", "o'chirib", "oʻchirib", "oʼchirib", "o'chirilsin", "oʻchirilsin", "oʼchirilsin", "bloklang", "faolsizlantiring", "faolsizlantirish", "faolsizlantirilsin", "yoping", "bekor qiling",
    // ka (Georgian)
    "გააუქმ*", "დაბლოკ*", "გათიშ*", "წაშალ*", "გამორთ*",
    // hy (Armenian)
    "անջատ*", "արգելափակ*", "ջնջ*", "ապաակտիվացր*", "փակեք", "դադարեցրեք", "դադարեցնել",
    // am (Amharic)
    "አቋርጡ", "ዝጉ", "አሰናክሉ", "ሰርዙ", "ያሰናክሉ", "ይዝጉ", "ያቋርጡ", "አግዱ",
    // The object suffix glued to the verb: "አሰናክሉት" (disable it), "ሰርዙት" (delete it).
    "አሰናክሉት", "አሰናክሏቸው", "ሰርዙት", "ዝጉት", "አግዱት",
    // so (Somali)
    "xir", "xira", "xidh", "xidha", "tirtir*", "jooji", "joojiya", "curyaami",
    // zu (Zulu)
    "vala", "valani", "uvale", "vimba", "vimbani", "uvimbe", "cisha", "cishani", "ucishe", "susa", "susani", "ususe", "zivale",
    // kk: delete, the converb before 'тастаңыз' (өшіріп тастаңыз)
    "өшіріп", "жойып",
    // ar: "stop, suspend" an account ("أوقفوا أيضاً حساب ...", "إيقاف حساب زميله")
    "أوقفوا", "أوقفي", "أوقف", "إيقاف",
    // Polish "blokować" (block), the imperfective: "proszę nie blokować jej konta"
    "blokowa*", "blokuj*", "zablokuj*",
  ],
  PERSON_ACTION: [
    "offboard*", "off board", "terminate", "fire", "let go", "dismiss",
    "entlass*", "kündig*", "licenci*", "renvoie*", "despid*", "demit*", "zwolnij", "уволь*", "işten çıkar*", "解雇", "开除", "開除", "해고*", "فصل", "פטר*", "बर्खास्त", "اخراج",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "sa thải", "звільніть", "звільни", "concediați", "concedia*", "propusťte", "prepustite", "pecat", "avskeda*", "afskedig*", "irtisanokaa", "απόλυσε", "απολύστε",
    "bocsásd el", "bocsássa el", "ไล่ออก",
    // af (Afrikaans)
    "ontslaan", "afdank",
    // az (Azerbaijani)
    "işdən çıxar*",
  ],
  HER_HIS: [
    "her", "his", "their", "them", "him", "she", "he", "hers", "its", "the employees", "the leavers", "the leaver",
    "ihr", "ihre", "ihren", "ihrem", "sein", "seine", "seinen", "son", "sa", "ses", "leur", "leurs", "elle", "lui", "su", "sus", "ella", "de él", "a él",
    "dela", "dele", "seu", "sua", "seus", "suas", "jej", "jego", "её", "его", "ей", "ему", "их", "onun",
    // nl: her, his, their ("Deactiveer ook haar beheerdersaccount": her own admin account)
    "haar", "zijn", "hun",
    "彼女", "彼", "她", "他", "그녀", "그의", "له", "لها", "שלה", "שלו", "אותה", "אותו", "उसकी", "उसके", "उसका", "उनका", "उनकी", "او", "ایشان",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "cô ấy", "anh ấy", "chị ấy", "bạn ấy", "її", "його", "їх", "їй", "йому", "ei", "acesteia", "acestuia", "její", "jeho", "jejich", "beliau", "hennes", "hans", "deras",
    "henne", "honom", "hendes", "deres", "hende", "ham", "hänen", "heidän", "hänet", "häntä", "της", "του", "τους", "তার", "তাঁর", "wake", "yake", "zake", "wao", "ของเธอ",
    "ของเขา",
    // cs sk pl hr sl: the dative "to him", "to her" ("zablokujte mu účet", "zrušte jí prosím přístupy", "zablokujte joj račun"),
    // "mu" and "jí" only with the Slavic word after them: bare, "mu" is Estonian "my" and Hausa "us", and "jí" reads as the
    // Hindi honorific "ji" ("Sharma ji"); not "mu konto", Estonian "my account".
    "joj", "mu prosím", "mu také", "mu též", "mu taky", "mu i", "mu všechny", "mu všetky", "mu účet", "mu účty", "mu přístup*", "mu prístup*", "mu heslo", "mu schránku",
    "mu dostęp*", "mu także", "mu też", "mu wszystkie", "mu račun", "mu pristup*", "mu sve",
    "jí prosím", "jí také", "jí též", "jí taky", "jí všechny", "jí účet", "jí účty", "jí přístup*", "jí heslo", "jí schránku",
    // ca (Catalan)
    "seva", "seves",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "njezin*", "njegov*", "njen", "njena", "njene", "njenu", "njihov*",
    // sr (Serbian Cyrillic)
    "њен*", "његов*", "њихов*",
    // sl (Slovenian)
    "njegov*", "njen", "njena", "njene", "njeno",
    // bg (Bulgarian)
    "неговия", "нейния", "неговите", "нейните", "му",
    // lt (Lithuanian)
    "jo", "jos", "jų",
    // lv (Latvian)
    "viņa", "viņas", "viņu",
    // et (Estonian)
    "nende",
    // is (Icelandic)
    "hennar", "þeirra",
    // af (Afrikaans)
    "sy",
  ],
  FROM: ["from", "von", "aus", "uit", "de", "du", "des", "desde", "do grupo", "dos grupos", "do canal", "dos canais", "do sistema", "da", "z", "ze", "из", "с", "от", "から", "从", "從", "에서", "من", "מ", "से", "از"],
} as const satisfies Record<string, readonly string[]>;

/**
 * Whom something stays with ("approvals remain with her manager", "die Freigabe bleibt beim Manager"): not an approval kept
 * as it is. Words, not a concept: "with", "に" and "u" are among the commonest words of their languages, and only the word
 * right after an approval said to stay is read (injection-rules.ts, notFollowedByWords).
 */
export const HELD_BY_WORDS: readonly string[] = ["with", "bei", "beim", "chez", "auprès", "con", "com", "bij", "hos", "przy", "у", "за", "ile", "와", "과", "に", "由", "مع", "עם", "के पास", "با", "với", "cu", "u", "dengan", "pada", "kwa"];
