/** Concepts for what an override reaches: everything, the text above, declared void (see override.ts for the entry syntax; the override verbs and instructions themselves in override.ts, who is addressed in override-reader.ts). */
export const OVERRIDE_SCOPE_CONCEPTS = {
  EVERYTHING: [
    "everything", "anything", "all", "all of that", "whatever",
    "alles", "tout", "toutes", "tous", "todo", "todos", "todas", "tutte", "tutti", "tudo", "wszystko", "всё", "все", "her şeyi", "hepsini",
    "全部", "一切", "すべて", "全て", "모든", "모두", "كل", "كل شيء", "כל", "הכל", "सब", "सब कुछ", "همه", "همه چیز",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "tất cả", "mọi thứ", "toàn bộ", "усе", "всі", "усі", "все це", "toate", "totul", "tot ce", "vše", "všechno", "všechny", "všetko", "všetky", "semua", "segala", "semuanya",
    "allt", "alt", "kaikki", "kaiken", "όλες", "όλα", "όλους", "τα πάντα", "সব", "সবকিছু", "সমস্ত", "yote", "zote", "kila kitu", "mindent", "minden", "összes", "ทั้งหมด",
    "ทุกอย่าง",
    // ur (Urdu)
    "تمام", "سب کچھ",
    // ta (Tamil)
    "அனைத்தையும்", "எல்லாவற்றையும்", "அனைத்து",
    // te (Telugu)
    "అన్ని", "అన్నింటినీ", "అన్నీ",
    // mr (Marathi)
    "सर्व", "सगळे", "सगळ्या", "सर्वकाही",
    // gu (Gujarati)
    "બધી", "બધા", "બધું", "તમામ",
    // pa (Punjabi, Gurmukhi)
    "ਸਾਰੀਆਂ", "ਸਾਰੇ", "ਸਭ ਕੁਝ",
    // ne (Nepali)
    "सबै",
    // si (Sinhala)
    "සියලුම", "සියලු", "සියල්ල",
    // ca (Catalan)
    "totes", "tots", "tot el que", "tot això",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "sve", "sve što",
    // sr (Serbian Cyrillic)
    "све", "све што",
    // sl (Slovenian)
    "vse", "vsa",
    // bg (Bulgarian)
    "всичко", "всички",
    // lt (Lithuanian)
    "viską", "visus",
    // lv (Latvian)
    "visu", "visus",
    // et (Estonian)
    "kõik", "kõike",
    // is (Icelandic)
    "öllu", "öll",
    // az (Azerbaijani)
    "hər şeyi", "hamısını", "bütün",
    // kk (Kazakh)
    "барлық", "бәрін", "бәрі",
    // uz (Uzbek)
    "barcha", "hammasini", "hamma narsani",
    // ka (Georgian)
    "ყველა", "ყველაფერი",
    // hy (Armenian)
    "բոլոր", "ամեն ինչ",
    // am (Amharic)
    "ሁሉንም", "ሁሉ",
    // so (Somali)
    "dhammaan", "wax walba",
    // zu (Zulu)
    "yonke", "konke",
    // am: "all of them, entirely" ("መመሪያዎች በሙሉ")
    "በሙሉ",
  ],
  ABOVE: [
    "above", "so far", "until now", "up to now", "up to this point", "before this", "before this line", "prior to this", "told", "preceding text", "that came before",
    "oben", "bis jetzt", "bisher", "zuvor", "gesagt",
    "jusqu ici", "avant ceci", "dit",
    "arriba", "hasta ahora", "dicho", "acima", "até agora", "dito",
    "powyżej", "do tej pory", "powiedziano", "выше", "ранее", "до этого", "сказано",
    "yukarıda", "şimdiye kadar", "söylenen*",
    "以上", "上の", "これまで", "위", "지금까지", "أعلاه", "سابقا", "למעלה", "ऊपर", "بالا", "قبلا",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "ở trên", "phía trên", "trên đây", "cho đến nay", "вище", "раніше", "до цього", "досі", "mai sus", "de mai sus", "până acum", "výše", "dosud", "doposud", "předtím",
    "vyššie", "doteraz", "predtým", "di atas", "sejauh ini", "sampai sekarang", "ovan", "hittills", "ovenfor", "hidtil", "indtil nu", "hittil", "til nå", "yllä", "edellä",
    "tähän asti", "παραπάνω", "μέχρι τώρα", "উপরে", "উপরের", "এখন পর্যন্ত", "hapo juu", "hadi sasa", "fent", "eddig", "ข้างบน", "ด้านบน", "ข้างต้น",
    // ur (Urdu)
    "اوپر", "مندرجہ بالا",
    // ta (Tamil)
    "மேலே உள்ள", "மேலே",
    // te (Telugu)
    "పైన ఉన్న", "పైన",
    // mr (Marathi)
    "वरील",
    // gu (Gujarati)
    "ઉપરની", "ઉપર",
    // pa (Punjabi, Gurmukhi)
    "ਉੱਪਰ", "ਉਪਰੋਕਤ",
    // ne (Nepali)
    "माथिका", "माथि",
    // si (Sinhala)
    "ඉහත",
    // ca (Catalan)
    "a dalt", "més amunt", "fins ara",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "iznad", "do sada", "navedeno gore",
    // sr (Serbian Cyrillic)
    "изнад", "до сада", "горе наведено",
    // sl (Slovenian)
    "zgoraj", "doslej", "do zdaj",
    // bg (Bulgarian)
    "по горе", "досега",
    // lt (Lithuanian)
    "aukščiau", "iki šiol",
    // lv (Latvian)
    "augstāk", "līdz šim",
    // et (Estonian)
    "eespool", "siiani",
    // is (Icelandic)
    "hér að ofan", "að ofan", "hingað til", "fram að þessu",
    // af (Afrikaans)
    "hierbo", "tot dusver", "tot nou toe",
    // az (Azerbaijani)
    "yuxarıda", "indiyə qədər", "bu vaxta qədər",
    // kk (Kazakh)
    "жоғарыда", "осыған дейін",
    // uz (Uzbek)
    "yuqorida", "shu paytgacha", "hozirgacha",
    // ka (Georgian)
    "ზემოთ", "აქამდე",
    // hy (Armenian)
    "վերևում", "մինչ այժմ",
  ],
  VOID: [
    "void", "voided", "cancelled", "canceled", "revoked", "obsolete", "superseded", "invalid", "no longer apply", "no longer applies", "no longer valid", "no longer in effect", "do not apply", "dont apply", "dont apply anymore", "do not apply anymore", "are superseded", "is superseded", "null and void", "overridden", "withdrawn",
    "ungültig", "aufgehoben", "gelten nicht mehr", "hinfällig", "außer kraft",
    "annulé*", "caduc*", "ne s appliquent plus", "révoqué*", "remplacé*",
    "anulad*", "cancelad*", "ya no aplican", "revocad*", "obsolet*", "revogad*", "não se aplicam",
    "nieważn*", "anulowan*", "uchylon*", "недействительн*", "отменен*", "отменён*", "аннулирован*",
    "geçersiz*", "iptal",
    "無効", "取り消", "无效", "作废", "作廢", "무효*", "취소*",
    "ملغاة", "باطلة", "لاغية", "בטלות", "מבוטלות", "מבוטל*", "रद्द", "अमान्य", "باطل", "لغو",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "không còn hiệu lực", "đã bị hủy", "không còn áp dụng", "недійсн*", "скасован*", "більше не діють", "втратили чинність", "анульован*", "anulat*", "nu mai sunt valabile",
    "nu se mai aplică", "revocat", "revocate", "revocată", "neplatn*", "zrušeny", "zrušena", "zrušeno", "již neplatí", "už neplatí", "už neplatia", "tidak berlaku",
    "tidak berlaku lagi", "dibatalkan", "tidak sah", "ogiltig*", "gäller inte längre", "upphävd*", "ugyldig*", "gælder ikke længere", "ophævet", "gjelder ikke lenger",
    "opphevet", "mitätön", "mitättömiä", "eivät ole enää voimassa", "eivät enää päde", "kumottu*", "άκυρες", "άκυρα", "δεν ισχύουν", "καταργήθηκαν", "বাতিল", "অকার্যকর",
    "batili", "zimefutwa", "hazitumiki tena", "érvénytelen*", "már nem érvényes*", "hatályon kívül", "เป็นโมฆะ", "ไม่มีผลแล้ว", "ถูกยกเลิก",
    // hr lt (Croatian, Lithuanian)
    "više ne vrijede", "više ne važe", "ne vrijede više", "nevažeć*", "nebegalioja",
    // ca (Catalan)
    "ja no són vàlides", "ja no s apliquen", "ja no tenen validesa", "anul·lades", "queden sense efecte",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "više ne vrede", "ne važe više", "poništen*", "van snage",
    // sr (Serbian Cyrillic)
    "више не важе", "не важе више", "више не вреде", "поништен*", "неважећ*", "ван снаге",
    // sl (Slovenian)
    "ne veljajo več", "več ne veljajo", "razveljavljen*", "neveljavn*",
    // bg (Bulgarian)
    "вече не важат", "не важат вече", "невалидн*", "анулиран*",
    // lt (Lithuanian)
    "negalioja", "nebetaikomos", "nebetaikomi", "netenka galios", "neteko galios",
    // lv (Latvian)
    "vairs nav spēkā", "vairs neattiecas", "nederīg*", "atceltas", "atcelti",
    // et (Estonian)
    "ei kehti enam", "enam ei kehti", "kehtetu*", "tühistatud",
    // is (Icelandic)
    "gilda ekki lengur", "gilda ekki", "ógild*", "falla úr gildi", "fallnar úr gildi",
    // af (Afrikaans)
    "ongeldig", "nie meer geldig", "geld nie meer", "nie meer van toepassing",
    // az (Azerbaijani)
    "etibarsız*", "qüvvədən düşüb", "ləğv edilib",
    // kk (Kazakh)
    "жарамсыз", "күшін жойды", "бұдан былай қолданылмайды",
    // uz (Uzbek)
    "bekor qilingan", "kuchini yo'qotgan", "kuchini yoʻqotgan", "kuchini yoʼqotgan", "amal qilmaydi",
    // ka (Georgian)
    "ბათილია", "ძალადაკარგულია", "აღარ მოქმედებს",
    // hy (Armenian)
    "անվավեր*", "այլևս չեն գործում", "ուժը կորցրել",
    // am (Amharic)
    "ዋጋ የላቸውም", "ተሰርዘዋል",
    // so (Somali)
    "waa la buriyay", "ansax ma aha",
    // zu (Zulu)
    "azisasebenzi", "sezikhanseliwe",
  ],
} as const satisfies Record<string, readonly string[]>;
