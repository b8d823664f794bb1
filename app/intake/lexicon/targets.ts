/** A shared administrator account: used by a team, owned by no leaver (in BREAKGLASS and SHARED_PRIV_ACCOUNT). */
const SHARED_ADMIN_ACCOUNT = [
  "shared admin account", "shared admin accounts", "shared administrator account", "shared admin login", "shared admin user",
  "gemeinsames admin konto", "gemeinsam genutzte admin konto", "geteiltes admin konto", "compte admin partagé", "compte administrateur partagé", "cuenta admin compartida",
  "cuenta de administrador compartida", "conta admin compartilhada", "conta de administrador compartilhada", "account admin condiviso", "account amministratore condiviso",
  "gedeeld admin account", "gedeeld beheerdersaccount", "delat adminkonto", "delt adminkonto", "fælles adminkonto", "wspólne konto admin*", "współdzielone konto admin*",
  "tài khoản quản trị dùng chung", "tài khoản admin dùng chung", "tài khoản quản trị chung", "akun admin bersama",
];

/** Concepts for additional, privileged and extra target identities (see override.ts for the entry syntax; corrections that swap the target in corrections.ts and wrong-person.ts, others folded into one request in batch.ts). */
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
    "quita*", "quitad", "quitar", "kapat*", "wyłącz*", "отключите",
    // fr: cut (the access): "coupez aussi ceux de sa cheffe d'équipe".
    "coupez", "couper", "coupe",
    "offboard*", "off board", "deprovision*", "verwijder*", "deactiveer*", "deactiveren", "deactiveert", "blokkeer*", "blokkeren", "intrekken", "inaktivera*", "avaktivera*", "ta bort", "ta gärna bort", "stäng av", "stäng gärna av", "stängs av", "stängas av", "disattiva*", "rimuovi*", "cancella*", "blocca*", "vô hiệu hóa", "xóa",
    "לבטל", "להשבית", "למחוק", "להסיר", "לחסום", "deactivat*", "disabl*", "delet*", "remov*", "terminat*", "revok*", "suspend*", "lock out", "lock", "wipe", "fire", "purge", "kill", "shut down", "close",
    "deaktivier*", "abschalt*", "abzuschalten", "sperr*", "lösch*", "entfern*", "kündig*", "entlass*", "offboarden",
    "désactiv*", "supprim*", "retir*", "révoqu*", "licenci*", "desactiv*", "elimin*", "borr*", "revoc*", "suspend*", "despid*",
    // es pt: "hay que dar de baja la cuenta de ...", "dad de baja", "deem baixa na conta"
    "dar de baja", "dad de baja", "den de baja", "dé de baja", "da de baja", "dar baixa", "deem baixa", "dê baixa", "dar baixa na", "dar baixa no",
    "deshabilit*", "inhabilit*",
    "desativ*", "exclu*", "revog*", "demit*", "dezaktywuj*", "dezaktywowa*", "zablokowa*", "clôtur*", "usuń", "usun*", "zablokuj*", "zwolnij",
    "отключ*", "удал*", "заблокир*", "деактивир*", "уволь*", "devre dışı", "sil*", "kaldır*", "engelle*", "kapat*", "işten çıkar*",
    "無効化", "削除", "停止", "オフボーディング", "解雇", "禁用", "删除", "刪除", "停用", "注销", "註銷", "离职", "離職",
    "비활성화*", "삭제*", "정지*", "해지*", "퇴사", "تعطيل", "عطلوا", "عطّلوا", "عطّل", "عطل", "حذف", "الغاء", "إلغاء", "إيقاف", "ايقاف", "إغلاق", "اغلاق", "השבת*", "מחק*", "הסר*", "בטל*", "निष्क्रिय", "हटा*", "बंद", "डिसेबल", "डीएक्टिवेट", "डिएक्टिवेट", "डिलीट", "ब्लॉक", "सस्पेंड", "غیرفعال", "مسدود",
    "switch off", "turn off", "shut off", "cut off", "uitschakel*", "uitzetten", "stänga av", "spegni*", "apague*", "apaguen",
    "deslig*",
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
    // et is
    "sulgege", "sulgeda", "suletakse", "eemaldage", "kustutage", "deaktiveerige", "blokeerige", "lukustage", "lokið", "lokaðu", "loka", "eyðið", "eyða", "fjarlægið", "gerið óvirk*",
    // ur (Urdu)
    "بند کر", "بند کریں", "غیر فعال", "ہٹا دیں", "ڈیلیٹ کریں", "بلاک کریں",
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
  ALL_PEOPLE: [
    // All accounts of a group, everyone in a department (Polish, Egyptian Arabic, Tagalog, Hausa).
    "wszystkie konta z grupy", "wszystkie konta w grupie", "wszystkich z grupy", "wszystkich z działu", "całą grupę", "كل اللي في", "كل الناس اللي", "كل الموظفين", "lahat ng nasa", "lahat ng empleyado", "lahat ng members", "lahat ng miyembro", "buong team", "duk ma'aikatan", "gbogbo òṣìṣẹ́",
    "whole reporting line", "entire reporting line", "all direct reports", "all direct and indirect reports", "all her reports", "all his reports", "todo el departamento", "todo el equipo", "toda la oficina", "todo el área", "tout le département", "toute l équipe", "die ganze abteilung", "das ganze team", "de hele afdeling", "het hele team", "tutto il reparto", "tutto il team", "todo o departamento", "toda a equipe", "cały dział", "cały zespół", "весь отдел", "всю команду", "tüm departman", "tüm ekip", "整个部门", "全部门", "部门所有", "부서 전체", "팀 전체", "القسم بأكمله", "الفريق بأكمله", "כל המחלקה", "כל הצוות", "पूरा विभाग", "पूरी टीम", "کل بخش", "کل تیم",
    "every account on", "every account of the", "everyone in", "everyone reporting to", "anyone else reporting to", "all members", "the whole team",
    "all contractors", "all interns", "all temps", "all consultants", "all vendors", "all guests", "todos los becarios", "todos los contratistas", "alle praktikanten", "alle auftragnehmer", "tous les stagiaires", "tous les prestataires",
    "everyone", "everybody", "all users", "all employees", "all staff", "all members", "all admins", "all administrators", "all accounts in", "all people", "the entire team", "the entire department", "the entire company", "the whole team", "the whole department", "every user", "every employee", "every account in", "all other users", "all other employees",
    "alle mitarbeiter*", "alle benutzer*", "jeden", "tous les utilisateurs", "tous les employés", "tout le monde", "todos los usuarios", "todos los empleados", "todos os usuários", "todos os funcionários",
    "wszystkich użytkowników", "wszystkich pracowników", "всех пользователей", "всех сотрудников", "tüm kullanıcılar*", "tüm çalışanlar*", "herkes*",
    "全員", "すべてのユーザー", "全ユーザー", "全社員", "所有用户", "所有員工", "所有员工", "全部用户", "모든 사용자", "모든 직원", "전 직원",
    "جميع المستخدمين", "جميع الموظفين", "כל המשתמשים", "כל העובדים", "सभी उपयोगकर्ता*", "सभी कर्मचारी*", "همه کاربران", "همه کارمندان",
    "전원*",
    "alle accounts van het team", "alle accounts van team", "all accounts of the team", "all accounts in the team", "all accounts of the department", "tous les comptes de l équipe", "todas las cuentas del equipo", "todas as contas da equipe", "alle konten des teams", "alle konten der abteilung", "tutti gli account del team",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "tất cả nhân viên", "toàn bộ nhân viên", "tất cả người dùng", "tất cả đồng nghiệp", "cả nhóm", "toàn bộ nhóm", "cả phòng", "всіх користувачів", "усіх користувачів",
    "toàn bộ thành viên", "tất cả thành viên", "всіх облікових записів", "усіх облікових записів", "всех учетных записей", "всех учётных записей", "all accounts whose", "all accounts where",
    "всіх працівників", "усіх працівників", "усіх співробітників", "всіх співробітників", "всіх колег", "усіх колег", "toți utilizatorii", "toți angajații",
    "tuturor colegilor", "toți colegii", "toată echipa", "întreaga echipă", "întregul departament", "tuturor angajaților", "tuturor utilizatorilor", "všechny uživatele",
    "všechny zaměstnance", "všech zaměstnanců", "všech kolegů", "celý tým", "celé oddělení", "všetkých používateľov", "všetkých zamestnancov", "všetkých kolegov", "celý tím",
    "celé oddelenie", "semua pengguna", "semua karyawan", "semua pegawai", "semua rekan", "seluruh tim", "seluruh departemen", "seluruh karyawan", "semua staf",
    "semua kakitangan", "alla användare", "alla anställda", "alla medarbetare", "alla kollegor", "hela teamet", "hela avdelningen", "alle brugere", "alle brugerne",
    "alle medarbejdere", "alle ansatte", "alle kolleger", "hele teamet", "hele afdelingen", "alle brukere", "alle brukerne", "hele avdelingen", "kaikki käyttäjät",
    "kaikkien käyttäjien", "kaikki työntekijät", "kaikkien työntekijöiden", "koko tiimi*", "koko osasto*", "kaikki kollegat", "όλους τους χρήστες", "όλους τους υπαλλήλους",
    "όλους τους συναδέλφους", "όλη την ομάδα", "ολόκληρο το τμήμα", "সব ব্যবহারকারী", "সকল কর্মী", "সব কর্মী", "পুরো দল", "watumiaji wote", "wafanyakazi wote", "timu nzima",
    "idara nzima", "minden felhasználó*", "összes felhasználó*", "minden munkatárs*", "összes munkatárs*", "az egész csapat*", "az egész osztály*", "minden kolléga*",
    // th: every user as people ("ทุกคน") or all users of a group; not "บัญชีผู้ใช้ทั้งหมด", all (his) user accounts.
    "ผู้ใช้ทุกคน", "ผู้ใช้ทั้งหมดในกลุ่ม", "ผู้ใช้ทั้งหมดในแผนก", "ผู้ใช้ทั้งหมดในทีม", "พนักงานทั้งหมด", "ทั้งทีม", "ทั้งแผนก",
    // ka so: all accounts, all staff
    "ყველა ანგარიშ*", "ყველა თანამშრომ*", "dhammaan shaqaalaha", "dhammaan akoonnada", "dhammaan xisaabaadka",
    // ur (Urdu)
    "تمام ملازمین", "سب ملازمین", "تمام صارفین", "پوری ٹیم", "پورا شعبہ",
    // ta (Tamil)
    "அனைத்து ஊழியர்*", "எல்லா ஊழியர்*", "அனைத்துப் பயனர்*", "முழுக் குழு*",
    // te (Telugu)
    "ఉద్యోగులందరి*", "అందరు ఉద్యోగుల*", "అన్ని ఖాతాల*", "మొత్తం బృంద*", "అందరి ఖాతాల*",
    // mr (Marathi)
    "सर्व कर्मचारी*", "सर्व वापरकर्त*", "संपूर्ण टीम",
    // gu (Gujarati)
    "બધા કર્મચારીઓ*", "તમામ કર્મચારીઓ*", "બધા વપરાશકર્તાઓ*", "આખી ટીમ*",
    // pa (Punjabi, Gurmukhi)
    "ਸਾਰੇ ਕਰਮਚਾਰੀ*", "ਸਾਰੇ ਮੁਲਾਜ਼ਮ*", "ਪੂਰੀ ਟੀਮ", "ਸਾਰੇ ਯੂਜ਼ਰ*",
    // ne (Nepali)
    "सबै कर्मचारी*", "सबै प्रयोगकर्ता*", "पूरै टोली", "सम्पूर्ण टोली",
    // si (Sinhala)
    "සියලුම සේවක*", "සියලු සේවක*", "මුළු කණ්ඩායම*", "සියලුම පරිශීලක*",
    // ca (Catalan)
    "tothom", "tots els usuaris", "tots els empleats", "tot l equip", "tot el departament",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "sve korisnike", "sve zaposlenike", "sve zaposlene", "sve djelatnike", "cijeli tim", "cijelog tima", "cijeli odjel", "cijelog odjela", "ceo tim", "celog tima", "celo odeljenje", "celog odeljenja",
    // sr (Serbian Cyrillic)
    "све запослене", "све кориснике", "цео тим", "целог тима", "цело одељење", "целог одељења",
    // sl (Slovenian)
    "vse uporabnike", "vse zaposlene", "vseh zaposlenih", "celotno ekipo", "celoten oddelek", "cel oddelek",
    // bg (Bulgarian)
    "всички потребители", "всички служители", "целия екип", "целия отдел", "всички колеги",
    // lt (Lithuanian)
    "visus naudotojus", "visus darbuotojus", "visų darbuotojų", "visą komandą", "visą skyrių", "visos komandos",
    // lv (Latvian)
    "visus lietotājus", "visus darbiniekus", "visu darbinieku", "visu komandu", "visu nodaļu", "visas komandas",
    // et (Estonian)
    "kõik kasutajad", "kõik töötajad", "kõigi töötajate", "kogu meeskond", "kogu meeskonna", "kogu osakond", "kogu osakonna",
    // is (Icelandic)
    "alla notendur", "alla starfsmenn", "allt teymið", "alla deildina", "allt starfsfólk*",
    // af (Afrikaans)
    "almal", "al die werknemers", "alle werknemers", "alle gebruikers", "die hele span", "die hele afdeling", "alle personeel",
    // az (Azerbaijani)
    "bütün istifadəçilər*", "bütün işçilər*", "bütün əməkdaşlar*", "hamını", "bütün komanda*", "bütün şöbə*",
    // kk (Kazakh)
    "барлық қызметкер*", "барлық пайдаланушы*", "бүкіл топ*", "бүкіл бөлім*", "барлығын",
    // uz (Uzbek)
    "barcha xodim*", "barcha foydalanuvchi*", "butun jamoa*", "butun bo'lim*", "butun boʻlim*", "butun boʼlim*", "hammasini",
    // ka (Georgian)
    "ყველა მომხმარებ*", "მთელი გუნდ*", "მთელი განყოფილებ*",
    // hy (Armenian)
    "բոլոր աշխատակիցներ*", "բոլոր օգտատերեր*", "ամբողջ թիմ*", "ամբողջ բաժն*", "բոլորին",
    // am (Amharic)
    "ሁሉንም ሰራተኞች*", "ሁሉንም ሠራተኞች*", "የሁሉንም ሰራተኞች*", "የሁሉንም ሠራተኞች*", "ሁሉንም ተጠቃሚዎች*", "መላውን ቡድን*", "መላው ቡድን*",
    // so (Somali)
    "dhammaan isticmaalayaasha", "kooxda oo dhan", "waaxda oo dhan",
    // zu (Zulu)
    "bonke abasebenzi", "bonke abasebenzisi", "lonke iqembu", "iqembu lonke", "wonke umnyango", "umnyango wonke",
  ],
  BREAKGLASS: [
    // Korean domain admin ("도메인 관리자 계정"), emergency logins.
    "도메인 관리자", "emergency login", "emergency logins",
   
    "break glass", "breakglass", "emergency access account", "emergency admin", "emergency account", "root account", "root user", "root login", "root logins", "domain admin*", "global admin*", "super admin", "superadmin", "firecall", "firefighter account",
    "notfallkonto", "notfall admin", "compte d urgence", "cuenta de emergencia", "conta de emergência", "konto awaryjne", "аварийн* учетн*", "acil durum hesab*", "緊急アカウント", "紧急账户", "비상 계정", "حساب الطوارئ", "חשבון חירום", "आपातकालीन खाता", "حساب اضطراری",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "tài khoản khẩn cấp", "аварійний обліковий запис", "contul de urgență", "cont de urgență", "nouzový účet", "núdzový účet", "akun darurat", "nödkonto*", "nødkonto*",
    "hätätili*", "λογαριασμός έκτακτης ανάγκης", "vészhelyzeti fiók*", "บัญชีฉุกเฉิน",
    ...SHARED_ADMIN_ACCOUNT,
    // domain admin and emergency accounts in fr es pt it nl pl de is
    "administrateur de domaine", "admin de domaine", "compte de secours", "administrador de dominio", "administrador de domínio", "amministratore di dominio", "domeinbeheerder", "domein admin", "administrator domeny", "domänen admin*", "domain administrator", "neyðaraðgang*",
    // A domain, enterprise or global (tenant) administrator in more languages and inflections (the account of a whole
    // directory): es fr pt it nl de pl ru uk zh ja ko ar hi tr sv id vi cs sk da nb fi el hu he fa ro
    "enterprise admin*", "administrador del dominio", "administrador global", "administrateur du domaine", "admin du domaine", "administrateur global", "admin global",
    "administrador do domínio", "amministratore del dominio", "amministratore globale", "domeinbeheerder*", "domeinadmin*", "globale beheerder",
    "domänenadministrator*", "domänenadmin*", "globaler administrator", "globalen administrator", "notfall account*", "notfallaccount*", "notfall konto*",
    "administratora domeny", "administratorem domeny", "administrator globalny", "administratora globalnego",
    "администратор домена", "администратора домена", "администратором домена", "доменного администратора", "доменный администратор", "глобального администратора", "глобальный администратор",
    "адміністратор домену", "адміністратора домену", "глобального адміністратора", "глобальний адміністратор",
    "域管理员", "域管理員", "全局管理员", "全域管理員", "ドメイン管理者", "ドメイン管理者アカウント", "グローバル管理者", "グローバル管理者アカウント", "전역 관리자", "글로벌 관리자",
    "مسؤول النطاق", "مدير النطاق", "डोमेन एडमिन", "डोमेन व्यवस्थापक", "ग्लोबल एडमिन", "etki alanı yönetici*", "domain yönetici*", "global yönetici*",
    "domänadministratör*", "domänadmin*", "global administratör*", "admin domain", "administrator domain", "admin global",
    "quản trị viên miền", "správce domény", "správca domény", "domæneadministrator*", "domeneadministrator*", "toimialueen järjestelmänvalvoja*",
    "διαχειριστή τομέα", "διαχειριστής τομέα", "tartományi rendszergazda*", "מנהל דומיין", "مدیر دامنه", "administrator de domeniu", "administratorul domeniului",
  ],
  /** Accounts no leaver owns: break-glass, emergency access, root (see detect-removal-list.ts; not domain or global admin, which may be the leaver's own). */
  SHARED_PRIV_ACCOUNT: [
    // A service account, a domain admin account, emergency logins: owned by no leaver.
    "service account", "service accounts", "compte de service", "cuenta de servicio", "conta de serviço", "account di servizio", "dienstkonto", "servicekonto", "konto serwisowe", "서비스 계정", "도메인 관리자", "emergency login", "emergency logins",
   
    "break glass", "breakglass", "emergency access account", "emergency account", "emergency admin", "root account", "root user", "firecall", "firefighter account",
    "root konto", "root kontot", "rootkontot", "root kontoen", "usuario root", "cuenta root", "compte root", "conta root", "utenza root", "account root", "konto root",
    "notfallkonto", "notfall admin", "compte d urgence", "cuenta de emergencia", "conta de emergência", "account di emergenza", "noodaccount", "nödkonto", "nødkonto", "konto awaryjne", "аварийн* учетн*", "acil durum hesab*", "緊急アカウント", "紧急账户", "비상 계정",
    "tài khoản khẩn cấp", "akun darurat", "hätätili*", "vészhelyzeti fiók*",
    ...SHARED_ADMIN_ACCOUNT,
    // fr is: emergency accounts
    "compte de secours", "neyðaraðgang*",
    // Service and superuser logins owned by no leaver ("the backup service account", "the shared db-superuser", "the
    // ci-github-app service principal") in en de nl id el hi fa ko ja ru.
    "service principal", "service login", "superuser", "super user", "superadmin", "super admin", "dienstaccount", "beheerdersaccount",
    "akun layanan", "λογαριασμό υπηρεσίας", "κοινό λογαριασμό διαχειριστή", "सर्विस अकाउंट", "साझा एडमिन अकाउंट", "حساب سرویس", "حساب مدیر مشترک", "공용 관리자 계정",
    "共有管理者アカウント", "共用管理者アカウント", "общую учетку", "общую учётку", "сервисную учетную запись", "сервисную учётную запись",
  ],
  /** Someone's access to an account, not the account: "break-glass access", "root credentials". */
  PRIV_ACCESS: [
    // The leaver's eligibility for an account ("break-glass eligibility"), not the account.
    "eligibility", "entitlement", "entitlements", "privilege", "permission", "berechtigung", "berechtigungen", "elegibilidade", "elegibilidad", "permissão", "permissões", "permiso",
    "access", "rights", "credentials", "password", "passwords", "privileges", "permissions", "role", "custodian", "custodians", "zugang", "zugriff", "rechte", "zugangsdaten", "accès", "droits", "acceso", "permisos", "credenciales", "acesso", "accesso", "toegang", "rechten", "åtkomst", "behörighet", "behörigheter", "dostęp", "uprawnienia", "доступ", "права", "erişim*", "yetki*", "passwort", "kennwort", "mot de passe", "contraseña", "senha", "hasło", "wachtwoord", "lösenord", "adgangskode", "passord"],
  EXEC: [
    "ceo", "cfo", "cto", "coo", "cio", "ciso", "founder", "cofounder", "co founder", "president", "chairman", "chairwoman", "chief executive", "chief financial officer", "board members", "executive team", "executives", "leadership team",
    "geschäftsführer*", "vorstand*", "pdg", "directeur général", "director general", "director ejecutivo", "diretor executivo", "prezes*", "генеральн* директор*", "genel müdür*",
    "社長", "最高経営責任者", "首席执行官", "总裁", "總裁", "董事长", "董事長", "대표이사", "사장", "최고경영자", "الرئيس التنفيذي", "מנכל", "मुख्य कार्यकारी", "مدیرعامل",
    "finanzvorstand", "vd", "代表取締役",
    // The chief executive in more forms: managing director, amministratore delegato, diretor-presidente, ru/uk genitive and dative, Hindi
    "managing director", "amministratore delegato", "diretor presidente", "diretora presidente", "генерального директора", "генеральный директор", "генеральному директору",
    "सीईओ",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "giám đốc điều hành", "tổng giám đốc", "генеральний директор", "directorul general", "generální ředitel*", "generálny riaditeľ*", "direktur utama",
    "verkställande direktör", "administrerende direktør", "toimitusjohtaja*", "διευθύνων σύμβουλος", "vezérigazgató*", "ประธานเจ้าหน้าที่บริหาร", "mkurugenzi mtendaji",
    // is et so ka: the chief executive
    "forstjóri", "forstjóra", "forstjórans", "tegevjuht", "tegevjuhi", "agaasime*", "აღმასრულებელი დირექტორი",
    // ur (Urdu)
    "سی ای او", "سی ایف او", "چیف ایگزیکٹو",
    // ta (Tamil)
    "தலைமை நிர்வாக அதிகாரி*", "சிஇஓ",
    // te (Telugu)
    "సీఈఓ", "ముఖ్య కార్యనిర్వహణ అధికారి",
    // gu (Gujarati)
    "સીઈઓ", "મુખ્ય કાર્યકારી અધિકારી",
    // pa (Punjabi, Gurmukhi)
    "ਸੀਈਓ", "ਮੁੱਖ ਕਾਰਜਕਾਰੀ ਅਧਿਕਾਰੀ",
    // ne (Nepali)
    "प्रमुख कार्यकारी अधिकृत",
    // si (Sinhala)
    "ප්‍රධාන විධායක නිලධාරී*",
    // ca (Catalan)
    "conseller delegat", "consellera delegada", "directora general", "director financer", "directora financera",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "glavni direktor", "izvršni direktor", "izvršnog direktora", "predsjednik uprave", "predsjednika uprave", "predsednik uprave", "financijski direktor", "financijskog direktora", "generalni direktor", "generalnog direktora",
    // sr (Serbian Cyrillic)
    "генерални директор", "генералног директора", "извршни директор", "извршног директора",
    // sl (Slovenian)
    "predsednik uprave", "predsednika uprave", "glavni izvršni direktor", "finančni direktor", "finančnega direktorja",
    // bg (Bulgarian)
    "изпълнителния директор", "изпълнителен директор", "финансовия директор", "финансов директор",
    // lt (Lithuanian)
    "generalinis direktorius", "generalinio direktoriaus", "finansų direktorius", "finansų direktoriaus",
    // lv (Latvian)
    "valdes priekšsēdētāj*", "izpilddirektor*", "finanšu direktor*",
    // et (Estonian)
    "finantsjuht*", "juhatuse esimees", "juhatuse esimehe",
    // is (Icelandic)
    "fjármálastjóri", "fjármálastjóra",
    // af (Afrikaans)
    "uitvoerende hoof", "hoof uitvoerende beampte", "besturende direkteur", "finansiële direkteur",
    // az (Azerbaijani)
    "baş icraçı direktor*", "icraçı direktor*", "baş direktor*", "maliyyə direktor*",
    // kk (Kazakh)
    "бас директор*", "атқарушы директор*", "қаржы директоры",
    // uz (Uzbek)
    "bosh direktor*", "ijrochi direktor*", "moliya direktori",
    // ka (Georgian)
    "გენერალური დირექტორ*", "ფინანსური დირექტორ*",
    // hy (Armenian)
    "գլխավոր տնօրեն*", "գործադիր տնօրեն*", "ֆինանսական տնօրեն*",
    // am (Amharic)
    "ዋና ሥራ አስፈጻሚ*", "ዋና ስራ አስፈጻሚ*", "ዋና ሥራ አስኪያጅ*", "ዋና ስራ አስኪያጅ*", "የፋይናንስ ኃላፊ",
    // so (Somali)
    "maareeyaha guud",
    // zu (Zulu)
    "isikhulu esiphezulu", "isikhulu esiphethe",
  ],
  /** Executive titles beyond EXEC, read only where they describe the leaver (a title field, "Name (title)"): "Country Manager", "Managing Director". */
  EXEC_TITLE: [
    // Chief officers beyond EXEC's, partners and general counsel, deputy heads (en fr es pt de it nl pl ru)
    "chief operating officer", "chief technology officer", "chief information officer", "chief information security officer", "chief marketing officer", "chief people officer", "chief legal officer",
    "chief revenue officer", "chief product officer", "general counsel", "managing partner", "senior partner", "deputy director general", "deputy ceo", "group ceo", "group cfo",
    "directeur des opérations", "directeur financier", "directeur juridique", "directeur technique", "director de operaciones", "director financiero", "director técnico", "diretor de operações", "diretor financeiro",
    "technischer direktor", "finanzdirektor", "direttore operativo", "direttore finanziario", "financieel directeur", "operationeel directeur", "dyrektor operacyjny", "dyrektor finansowy", "операционный директор", "финансовый директор", "технический директор",
    "country manager", "country director", "country head", "managing director", "general manager", "vice president", "executive vice president", "senior vice president", "svp", "evp",
    "landesgeschäftsführer*", "geschäftsleiter*", "directeur général*", "directrice générale", "directora general", "gerente general", "gerente geral", "diretor geral", "diretora geral",
    "amministratore delegato", "direttore generale", "algemeen directeur", "dyrektor generalny", "dyrektor zarządzający", "dyrektor krajowy", "генеральный директор", "управляющий директор",
    "genel müdür*", "ülke müdürü", "取締役", "執行役員", "总经理", "總經理", "전무", "상무", "부사장", "المدير العام", "מנהל כללי", "प्रबंध निदेशक", "مدیر کل",
    "giám đốc quốc gia", "tổng giám đốc", "генеральний директор", "director general", "generální ředitel*", "country manažer", "prezes zarządu", "verkställande direktör", "administrerende direktør", "toimitusjohtaja*",
  ],
  /** A field that gives the leaver's job: "Position:", "Stanowisko:", "Funktion:" (a form line, see injection-rules.ts). */
  POSITION_LABEL: [ "position", "job title", "title", "role", "job", "stanowisko", "funktion", "berufsbezeichnung", "stelle", "poste", "fonction", "intitulé du poste", "cargo", "puesto", "função", "functie",
    "rol", "ruolo", "mansione", "qualifica", "должность", "unvan", "pozisyon", "görev", "役職", "職位", "职位", "职务", "직위", "직책", "المنصب", "الوظيفة", "תפקיד", "पद", "سمت",
    "chức vụ", "посада", "funcție", "funcția", "pozice", "pozícia", "jabatan", "befattning", "titel", "stilling", "tehtävä", "nimike", "θέση", "beosztás", "ตำแหน่ง", "cheo",
  ],
  TARGET_NOUN: ["target", "target email", "target user", "target account", "person to offboard", "employee to offboard", "the real target", "the correct target", "ziel", "cible", "alvo", "cel", "цель", "hedef", "対象", "目标", "대상", "الهدف", "יעד", "लक्ष्य", "هدف",
    // az (Azerbaijani)
    "hədəf",
  ],
  /** The person set aside stays: "die blijft gewoon", "who is staying", "Kamil zostaje" (two people, not a typo). */
  STAYS: [
    "stays", "is staying", "is not leaving", "isnt leaving", "not leaving", "remains employed", "keeps her access", "keeps his access", "keeps their access", "stays active",
    // An account that stays on ("svc-payroll-prod stays active", "sigue activa", "continua ativa", "rimane attivo").
    "remains active", "stays enabled", "remains enabled", "sigue activa", "sigue activo", "siguen activas", "siguen activos", "continua ativa", "continua ativo", "continuam ativas", "continuam ativos",
    "rimane attivo", "rimane attiva", "resta attivo", "resta attiva", "rimangono attivi", "restano attivi",
    "blijft", "blijft gewoon", "blijft in dienst", "zostaje", "pozostaje", "nie odchodzi", "mantiene i suoi accessi", "rimane", "resta in azienda", "non se ne va", "se queda", "no se va", "sigue en la empresa",
    "fica", "não sai", "bleibt", "geht nicht", "reste", "ne part pas", "остается", "остаётся", "не уходит", "залишається", "не звільняється", "stannar", "kalıyor", "ayrılmıyor", "남습니다", "계속 근무", "퇴사하지 않*",
    // The leaver no longer leaving ("Dana has decided to stay", "Dana's departure was cancelled", "Dana 决定留下了", "Dana는 남기로", "دانا ستبقى", "डाना रहेंगी").
    "decided to stay", "will stay", "is going to stay", "wants to stay", "is staying on", "no longer leaving", "no longer leaves", "not leaving anymore", "not leaving after all", "isnt going anywhere", "is not going anywhere",
    "departure was cancelled", "departure was canceled", "departure has been cancelled", "resignation was withdrawn", "resignation has been withdrawn", "withdrew her resignation", "withdrew his resignation",
    "decidió quedarse", "ya no se va", "vai ficar", "não vai sair", "restera", "ne part plus", "bleibt doch", "geht doch nicht", "resta con noi", "non lascia più", "blijft toch", "vertrekt toch niet", "jednak zostaje", "nie odchodzi jednak",
    "останется", "передумал*", "залишиться", "留下", "不走了", "不离职了", "残る", "残ること", "退職しない", "남기로", "남게", "ستبقى", "سيبقى", "لن تغادر", "لن يغادر", "रहेंगी", "रहेंगे", "नहीं जा रही", "नहीं जा रहे",
    "kalacak", "ayrılmayacak", "stannar kvar", "slutar inte", "tidak jadi keluar", "batal keluar", "tetap bekerja", "tidak jadi resign",
    // af (Afrikaans)
    "bly", "bly aan", "gaan nie weg nie",
    // az (Azerbaijani)
    "qalır", "ayrılmır", "getmir",
  ],
  /** "stays until Friday": a date, not a second person who stays. */
  UNTIL: ["until", "till", "through", "bis", "jusqu", "jusqu à", "hasta", "até", "fino", "fino al", "tot", "do", "до", "kadar", "까지"],
  /** People named in a role beside the leaver (a correction about them is not about the target). */
  ROLE_PERSON: [
    "manager", "line manager", "successor", "delegate", "contact", "backup", "replacement", "cover", "covering", "buddy", "assistant", "supervisor", "lead", "hrbp", "hr partner", "hr business partner", "approver", "reports to", "handover", "hand over", "take over", "takes over", "taking over", "transfer", "forward", "cc", "owner",
    "vorgesetzte*", "nachfolger*", "vertretung", "manager*", "responsable", "sucesor*", "sucessor*", "successeur", "jefe", "chef", "gestor*", "kierownik", "przełożon*", "руководител*", "преемник", "yönetici*", "halef", "上司", "後任", "经理", "接替", "매니저", "후임", "مدير", "מנהל*", "प्रबंधक", "مدیر",
    "initiated by", "initiated_by", "requested by", "requested_by", "submitted by", "submitted_by", "created by", "created_by", "reported by", "reported_by", "hr_contact", "manager_email", "manager_id",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "quản lý", "người nhận bàn giao", "керівник*", "наступник*", "șef*", "succesor*", "nadřízen*", "vedoucí", "nástupce", "nadriaden*", "nástupca", "atasan", "pengganti",
    "efterträdare", "leder", "lederen", "efterfølger", "etterfølger", "esihenkilö*", "seuraaja*", "προϊστάμεν*", "διάδοχος", "vezető*", "utód*", "หัวหน้า",
    // af (Afrikaans)
    "bestuurder", "opvolger", "toesighouer",
    // az (Azerbaijani)
    "rəhbər*", "menecer*", "varis*",
  ],
  /** Verbs that pass something to a person: the address after them is a recipient, not a target. */
  HANDOVER_VERB: [ "envia*", "enviad", "envoye*", "envoie*", "schick*", "sende", "wyślij", "отправ*", "gönder*", "发送", "发给", "보내*", "أرسل*", "שלח*", "भेज*", "بفرست*",
    "transfer*", "hand over", "handover", "hand off", "handed over", "handed off", "handed to", "hand it over", "forward*", "delegat*", "reassign*", "give", "grant", "share", "cc", "send", "sent", "email it", "move", "migrate",
    "übergeben", "übertragen", "weiterleiten", "transférer", "transmettre", "transferir", "reenviar", "trasferire", "inoltrare", "przekaż", "передать", "перешлите", "devret", "aktar", "转交", "移交", "인계", "نقل", "להעביר", "सौंप", "انتقال",
    // af (Afrikaans)
    "oordra", "oorhandig",
    // az (Azerbaijani)
    "təhvil ver*", "ötür*",
  ],
  /** The requester, as where something should go: "to me", "to my account", "the phone number in my profile". */
  REQUESTER_SELF: ["to me", "to myself", "to my account", "to my user", "to my username", "to my login", "to my user account", "auf meinen benutzer", "auf mein konto", "à mon compte", "sur mon compte",
    "a mi usuario", "a mi cuenta", "para o meu utilizador", "para o meu usuário", "para a minha conta", "al mio utente", "al mio account", "naar mijn account", "op mijn account", "na moje konto",
    "на мой аккаунт", "на мою учетную запись", "на мою учётную запись", "на мій обліковий запис", "till mitt konto", "til min konto", "til min bruger", "hesabıma", "to my email", "to my personal", "to the requester", "the requester", "my phone", "my profile", "my number", "my personal email", "my laptop", "mir", "à moi", "a mí", "para mim", "mnie", "мне", "bana", "给我", "나에게", "لي", "אליי", "मुझे", "به من",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "cho tôi", "мені", "pentru mine", "mně", "ke saya", "kepada saya", "till mig", "til mig", "til meg", "minulle", "σε μένα", "nekem", "ให้ฉัน",
    // af (Afrikaans)
    "aan my", "na my",
    // az (Azerbaijani)
    "mənə",
  ],
  /**
   * "her personal address", "mon adresse perso", "na prywatny mail": an address named as someone's private or own
   * mailbox, not a work identity (extract-fields.ts: never the leaver to offboard; injection-rules.ts: where data must not go).
   */
  PERSONAL_ADDRESS: [
    "personal address", "personal email", "personal e mail", "personal mail", "private address", "private email", "private e mail", "private mail", "home address", "home email", "home e mail", "my address", "my email", "my e mail", "my mail", "my personal email", "my private email",
    "private adresse", "privatadresse", "private e mail adresse", "private mailadresse", "privates postfach", "private mail", "meine adresse", "meine e mail", "meine mailadresse",
    "adresse perso", "adresse personnelle", "adresse privée", "mail perso", "e mail perso", "email perso", "mail personnel", "mon adresse", "mon mail", "mon e mail",
    "correo personal", "dirección personal", "email personal", "correo privado", "mi correo", "mi dirección",
    "endereço pessoal", "e mail pessoal", "email pessoal", "correio pessoal", "meu e mail", "meu email", "meu endereço",
    "indirizzo personale", "email personale", "mail personale", "indirizzo privato", "il mio indirizzo", "la mia email", "la mia mail",
    "persoonlijk e mailadres", "persoonlijke e mail", "privé adres", "privé e mail", "prive mail", "mijn e mailadres", "mijn adres",
    "prywatny mail", "prywatny adres", "prywatny e mail", "mail prywatny", "adres prywatny", "prywatną skrzynkę", "mój mail", "mój adres", "mój prywatny",
    "личную почту", "личный адрес", "личный ящик", "мою почту", "мой адрес", "kişisel e posta", "kişisel adres", "özel e posta",
    // af (Afrikaans)
    "privaat adres", "persoonlike e pos", "my adres",
    // az (Azerbaijani)
    "şəxsi e poçt", "şəxsi ünvan", "mənim ünvanım",
    // A personal account or id named as where data goes, and the same words in more languages ("to her personal account x@", "개인 메일").
    "personal account", "private account", "personal id", "personal gmail", "private gmail", "kişisel adresi*", "kişisel e postası*", "개인 메일*", "개인 이메일*", "לכתובת הפרטית", "הכתובת הפרטית",
    "निजी ईमेल", "पर्सनल ईमेल", "email cá nhân", "email pribadi", "e mel peribadi", "особисту пошту", "особисту адресу", "soukromý e mail", "osobní e mail", "privata mejl*", "privat mejl*",
    "privat e post*", "προσωπικό email", "البريد الشخصي", "بريده الشخصي", "بريدها الشخصي", "私人邮箱", "个人邮箱", "個人のメール", "ایمیل شخصی", "ব্যক্তিগত ইমেইল",
    // A personal account (es pt fr de it nl pl ru uk tr sv id vi zh ja ko ar hi), as "personal account": "a su cuenta personal x@".
    "cuenta personal", "conta pessoal", "compte personnel", "persönliches konto", "privates konto", "account personale", "persoonlijk account", "prywatne konto", "konto prywatne",
    "личный аккаунт", "личную учетную запись", "особистий акаунт", "kişisel hesab*", "personligt konto", "akun pribadi", "tài khoản cá nhân", "个人账户", "個人アカウント", "개인 계정*", "الحساب الشخصي", "निजी खाते",
    // ar: my personal mail ('إلى بريدي الشخصي')
    "بريدي الشخصي",
  ],
  /** What makes someone powerful: ownership, admin rights, MFA enrolment. */
  POWER: ["owner role", "owner rights", "admin rights", "admin role", "admin account", "tenant admin account", "super admin", "mfa", "2fa", "otp", "authenticator", "recovery phone", "recovery email", "mfa device"],
  /** "The person leaving" in other languages than English (LEAVER), for the two correction checks below that read it (detect-correction.ts, injection-rules.ts). */
  LEAVING_PERSON: [
    "die person die geht", "die person die uns verlässt", "wer das unternehmen verlässt", "la personne qui part", "la personne qui quitte", "celui qui part", "celle qui part",
    "la persona que se va", "la persona que sale", "quien se va", "a pessoa que está saindo", "a pessoa que sai", "quem está saindo", "quem sai", "la persona che lascia", "chi lascia", "chi se ne va",
    "de persoon die vertrekt", "wie er vertrekt", "osoba odchodząca", "osoba która odchodzi", "кто увольняется", "увольняется", "ayrılan kişi", "ayrılan",
    // The one who leaves as the other languages say it ("qui part", "som slutar", "yang keluar", "المغادر", "जाने वाले", "退職するのは", "퇴사자는", "离职的").
    // yo (Yoruba): "ni ẹni tó ń lọ" (is the one who is leaving).
    "ẹni tó ń lọ", "ẹni tí ń lọ", "ẹni tó ń fi iṣẹ́ sílẹ̀",
    // ro: "persoana care pleacă este de fapt ..." (the person leaving is actually ...)
    "persoana care pleacă", "cel care pleacă", "cea care pleacă", "persoana care iese",
    "qui part", "qui quitte", "qui nous quitte", "som slutar", "den som slutar", "yang keluar", "yang resign", "yang berhenti", "المغادر", "الموظف المغادر", "من يغادر",
    "जाने वाले", "जाने वाली", "छोड़ने वाले", "छोड़ने वाली", "退職するのは", "退職者は", "퇴사자는", "퇴사하는 사람은", "离职的是", "离职的其实是", "离职的其实", "真正离职的", "離職的是", "кто уходит", "хто звільняється", "хто йде", "die vertrekt", "wer geht", "wer uns verlässt",
    // af (Afrikaans)
    "die persoon wat vertrek", "wie vertrek",
    // az (Azerbaijani)
    "ayrılan şəxs", "işdən çıxan",
    // sw (Swahili): "anayeondoka kwa kweli ni ..." (the one leaving really is)
    "anayeondoka", "mtu anayeondoka", "mfanyakazi anayeondoka",
    // fr el: "c'est Agathe Perrin ... qui s'en va, pas Lucas", "Αυτή που φεύγει είναι η Ελένη Βλάχου"
    "qui s'en va", "celle qui s'en va", "celui qui s'en va", "αυτή που φεύγει", "αυτός που φεύγει", "που φεύγει", "που αποχωρεί", "ο εργαζόμενος που φεύγει", "η εργαζόμενη που φεύγει",
  ],
  /**
   * The writer's own superior: "my manager", "mi jefe", "mein Vorgesetzter". After a correction, "the person leaving is my
   * manager Harold" turns the request onto the one the requester reports to (injection-rules.ts, target.additional).
   */
  MY_SUPERIOR: [
    "my manager", "my line manager", "my direct manager", "my boss", "my supervisor", "my director", "my team lead", "my team leader", "my head of department", "my department head",
    "mein chef", "meine chefin", "mein vorgesetzter", "meine vorgesetzte", "mein manager", "meine managerin", "mon manager", "mon responsable", "ma responsable", "mon chef", "ma cheffe", "mon supérieur", "ma supérieure",
    "mi jefe", "mi jefa", "mi supervisor", "mi supervisora", "mi responsable", "mi gerente", "meu gestor", "minha gestora", "meu chefe", "minha chefe", "meu supervisor", "minha supervisora",
    "il mio responsabile", "la mia responsabile", "il mio capo", "la mia capa", "il mio manager", "mijn manager", "mijn leidinggevende", "mijn baas",
    "mój kierownik", "moja kierowniczka", "mój przełożony", "moja przełożona", "mój szef", "moja szefowa", "мой руководитель", "моя руководительница", "мой начальник", "моя начальница", "yöneticim", "müdürüm",
    // af (Afrikaans)
    "my bestuurder", "my baas", "my toesighouer",
    // az (Azerbaijani)
    "rəhbərim", "müdirim", "menecerim",
  ],
  LEAVER: ["person leaving", "employee leaving", "the one leaving", "who is leaving", "the leaver", "leaver", "departing employee", "person to offboard", "right person", "correct person", "real leaver", "correct employee"],
  /** "the account of Ruben Jansen": someone's access named as a thing to act on. */
  ACCOUNT_OF: [
    // tl yo ha arz (Tagalog, Yoruba, Hausa, Egyptian Arabic)
    "asusun", "asusu", "account ni", "accounts ni", "access ni", "حسابات",
   
    "account of", "accounts of", "access of", "access for", "account for", "the accounts of", "les comptes de", "les accès de", "las cuentas de", "los accesos de", "los usuarios de", "as contas de", "os acessos de",
    "die konten von", "die zugänge von", "gli account di", "gli accessi di", "de accounts van", "de toegang van", "kontona för", "kontiene til", "konta", "dostępy", "het account van", "de account van", "de toegang van", "das konto von", "den zugang von", "le compte de", "l accès de", "la cuenta de", "el acceso de", "a conta de", "o acesso de",
    "konto", "dostęp", "аккаунт", "учетную запись", "доступ", "hesabını", "erişimini", "kontot för", "l account di", "l accesso di", "アカウント", "账号", "帳號", "账户", "계정", "حساب", "الوصول", "הגישה של", "החשבון של", "का खाता", "की पहुंच", "دسترسی", "حساب کاربری",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "tài khoản của", "акаунт*", "обліковий запис", "облікові записи", "доступи", "contul", "conturile", "účet", "účty", "účtu", "přístupy", "prístupy", "akun", "akses",
    "konton för", "kontoen for", "adgangen for", "adgange for", "kontoen til", "tilgangene til", "tunnukset", "käyttöoikeudet", "λογαριασμό", "λογαριασμούς", "fiókját",
    "fiókjait", "hozzáférését", "บัญชีของ",
    // ca (Catalan)
    "els comptes de", "el compte de", "els accessos de", "l accés de",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "račun", "račune", "naloge", "pristupe",
    // sr (Serbian Cyrillic)
    "налог", "налоге", "приступе",
    // sl (Slovenian)
    "račun", "račune", "dostope",
    // bg (Bulgarian)
    "акаунта на", "акаунтите на", "достъпа на", "профилите на",
    // lt (Lithuanian)
    "paskyrą", "paskyras", "prieigas",
    // lv (Latvian)
    "kontu", "kontus", "piekļuvi",
    // et (Estonian)
    "kontod", "ligipääsud", "juurdepääsud",
    // is (Icelandic)
    "aðgang", "aðgangi", "reikning", "reikninga",
    // af (Afrikaans)
    "rekening van", "rekeninge van", "die toegang van",
    // sw: "Pia ondoeni akaunti za Juma Said na Neema Mushi"
    "akaunti za", "akaunti ya", "ufikiaji wa",
    // ko: the account, "too" joined to it ("CEO 김민수 님의 계정도 같은 요청으로 비활성화")
    "계정도", "계정들도", "계정까지",
  ],
  /** Handing something over to a person: "transfer the access of her files to kai@" names kai as a recipient, not a target. */
  HANDOVER: ["to", "transfer*", "hand over", "handover", "hand off", "forward*", "delegat*", "reassign*", "give", "grant", "share", "an", "à", "a", "para", "naar", "till", "per", "dla", "для", "への", "给", "에게", "إلى", "ל", "को", "به"],
} as const satisfies Record<string, readonly string[]>;

/**
 * Whom something stays with ("approvals remain with her manager", "die Freigabe bleibt beim Manager"): not an approval kept
 * as it is. Words, not a concept: "with", "に" and "u" are among the commonest words of their languages, and only the word
 * right after an approval said to stay is read (injection-rules.ts, notFollowedByWords).
 */
export const HELD_BY_WORDS: readonly string[] = ["with", "bei", "beim", "chez", "auprès", "con", "com", "bij", "hos", "przy", "у", "за", "ile", "와", "과", "に", "由", "مع", "עם", "के पास", "با", "với", "cu", "u", "dengan", "pada", "kwa"];
