/**
 * Concepts for the shift itself in a role shift: "now" (NOW: "you are now the approver", "Du bist jetzt Administrator")
 * and "no longer" (NO_LONGER: "you are no longer bound by the review policy"). Whom it addresses and what it is told it
 * is are in role-shift.ts (see override.ts for the entry syntax).
 */
export const NOW_NO_LONGER_CONCEPTS = {
  NOW: [
    "now", "jetzt", "nun", "maintenant", "désormais", "ahora", "agora", "teraz", "теперь", "artık", "şimdi",
    "今", "今から", "现在", "現在", "이제", "지금", "الآن", "עכשיו", "כעת", "अब", "اکنون", "حالا",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "bây giờ", "giờ đây", "тепер", "зараз", "acum", "nyní", "sekarang", "kini", "nu",
    "nyt", "τώρα", "πλέον", "এখন", "sasa", "ตอนนี้",
    // ur (Urdu)
    "اب",
    // ta (Tamil)
    "இப்போது",
    // te (Telugu)
    "ఇప్పుడు",
    // mr (Marathi)
    "आता",
    // gu (Gujarati)
    "હવે",
    // pa (Punjabi, Gurmukhi)
    "ਹੁਣ",
    // si (Sinhala)
    "දැන්",
    // ca (Catalan)
    "ara",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "sada",
    // sr (Serbian Cyrillic)
    "сада",
    // sl (Slovenian)
    "zdaj", "sedaj",
    // bg (Bulgarian)
    "сега",
    // lt (Lithuanian)
    "dabar",
    // lv (Latvian)
    "tagad",
    // et (Estonian)
    "nüüd",
    // is (Icelandic)
    "núna",
    // af (Afrikaans)
    "nou",
    // az (Azerbaijani)
    "indi", "artıq",
    // kk (Kazakh)
    "енді", "қазір",
    // uz (Uzbek)
    "endi", "hozir",
    // ka (Georgian)
    "ახლა",
    // hy (Armenian)
    "հիմա", "այժմ",
    // am (Amharic)
    "አሁን",
    // so (Somali)
    "hadda",
    // zu (Zulu)
    "manje",
  ],
  /**
   * "No longer": the reader told it is no longer bound or restricted ("you are no longer bound by
   * the review policy"). Apart from NOW so that "you are no longer authorized to access company
   * systems" (a letter to the leaver, pasted) is not read as "you are now authorized".
   */
  NO_LONGER: [
    "no longer", "nicht mehr", "ya no", "już nie", "больше не", "không còn", "більше не", "nu mai", "už ne", "už nie", "tidak lagi", "bukan lagi", "inte längre", "ikke længere", "ikke lenger", "ei enää", "már nem",
    // ca (Catalan)
    "ja no",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "više ne", "više nisi",
    // sr (Serbian Cyrillic)
    "више не",
    // sl (Slovenian)
    "nisi več", "ne več",
    // bg (Bulgarian)
    "вече не",
    // lv (Latvian)
    "vairs ne", "vairs neesi",
    // et (Estonian)
    "enam ei", "ei ole enam", "pole enam",
    // is (Icelandic)
    "ekki lengur",
    // af (Afrikaans)
    "nie meer", "nie langer",
    // az (Azerbaijani)
    "artıq deyil", "daha deyil",
    // ka (Georgian)
    "აღარ",
    // hy (Armenian)
    "այլևս",
    // am (Amharic)
    "ከእንግዲህ",
  ],
} as const satisfies Record<string, readonly string[]>;
