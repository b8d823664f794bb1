/**
 * Concepts for the review said not to be needed: the bare "no" of "no review" (NO_WORD), "is required" said of a review
 * after it (REQUIRED), no need (NO_NEED). Skipping it, without it, exempt, waived and the policy are in review-skip.ts (see
 * override.ts for the entry syntax; the review itself in review.ts).
 */
export const NO_NEED_CONCEPTS = {
  /** The bare "no" of "no review", "no-review". */
  NO_WORD: ["no", "zero", "kein", "keine", "keiner", "pas de", "aucun", "aucune", "ningún", "ninguna", "ningun", "nenhum", "nenhuma", "nessun", "nessuna", "geen", "żadnej", "żaden", "żadna", "никакой", "никакая", "никакого", "hiçbir", "fără", "tiada", "ingen", "inget", "inga"],
  /** "... is required": said of a review after "no" ("no separate security review step is required"). */
  REQUIRED: ["required", "is required", "needed", "is needed", "necessary", "is necessary", "erforderlich", "nötig", "notwendig", "requis", "requise", "nécessaire", "necesario", "necesaria", "requerido", "requerida", "necessário", "necessária", "richiesto", "richiesta", "necessario", "necessaria", "nodig", "vereist", "wymagana", "wymagany", "potrzebna", "potrzebny", "требуется", "нужна", "нужно", "gerekli", "behövs", "krävs", "behøves", "kreves", "kræves"],
  NO_NEED: [
    // ht (Haitian Creole): "pa bezwen" (no need)
    "pa bezwen", "pa nesesè",
    // tl yo ha arz (Tagalog, Yoruba, Hausa, Egyptian Arabic): "di na kailangan", "babu bukatar", "مش محتاج".
    "di na kailangan", "hindi na kailangan", "hindi kailangan", "di kailangan", "babu bukatar", "babu buƙatar", "ba a bukatar", "kò sí ìdí", "kò pọn dandan", "مش محتاج", "مش محتاجة", "مش لازم", "ملوش لزوم", "مفيش داعي",
    // Tagalog with the polite "po" and the linker -ng: "hindi na po kailangang dumaan sa security review".
    "hindi na po kailangan*", "hindi po kailangan*", "di na po kailangan*", "hindi na kailangan*", "hindi kailangan*",
    "does not need to", "doesnt need to", "do not need to", "dont need to", "need not", "neednt", "not required to", "inte längre behöver", "behöver inte längre", "inte behöver", "no hace falta esperar",
    // Superfluous: "een tweede controle is overbodig", "eine zweite Prüfung ist überflüssig"; Bulgarian "не е необходим".
    "overbodig", "überflüssig", "superflu", "superflue", "superfluo", "superflua", "supérfluo", "supérflua", "zbędn*", "överflödig*", "overflødig*",
    "не е необходим*", "не е нужн*", "няма нужда",
    "no need", "hoeft geen", "niet nodig", "geen aparte", "inte nödvändigt", "behövs inte", "behöver inte", "non serve", "non è necessari*", "non occorre", "not necessary", "unnecessary", "not needed", "not required", "isnt needed", "isnt necessary", "isnt required", "arent needed", "no longer needed", "not be needed", "is optional",
    "nicht nötig", "nicht notwendig", "nicht erforderlich", "unnötig", "pas besoin", "pas nécessaire", "inutile", "no hace falta", "no es necesari*", "innecesari*",
    "não é necessári*", "desnecessári*", "não precisa", "nie trzeba", "niepotrzebn*", "nie jest potrzebn*", "не нужн*", "не требуется", "нет необходимости",
    "gerek yoktur", "שאין צורך", "ga usah", "ga perlu", "gak usah", "nggak usah", "gerek yok", "gerekmez", "gereksiz", "tidak perlu", "tak perlu", "не потрібн*", "không cần", "不要", "必要ない", "必要ありません", "必要はありません", "必要はない", "必要はございません", "不需要", "不必", "不用再", "无须", "無須", "필요 없", "필요없*", "불필요*",
    "لا حاجة", "لا داعي", "غير ضروري", "ولا حاجة", "ولا داعي", "فلا حاجة", "فلا داعي", "אין צורך", "לא נדרש*", "ज़रूरत नहीं", "आवश्यकता नहीं", "نیازی نیست", "لازم نیست",
    "inte behövs", "behövs inte här",
    "ואין צורך",
    "gerekmiyor", "gerekli değil", "n est nécessaire", "n est requise", "n est requis",
    "není potřeba", "není třeba", "není nutn*",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "không cần thiết", "khỏi cần", "немає потреби", "не треба", "не обов'язково", "nu este necesar*", "nu e necesar*", "nu este nevoie", "nu e nevoie", "nu mai este nevoie",
    "nu sunt necesare", "nu trebuie", "nu mai trebuie", "nu mai este necesar*", "nu mai e nevoie", "není potřeba", "není nutn*", "netřeba", "není třeba", "zbytečn*", "nie je potrebn*", "netreba", "nie je nutn*", "zbytočn*",
    "tidak diperlukan", "tak diperlukan", "tidak usah", "tak usah", "gak perlu", "nggak perlu", "tidak wajib", "krävs inte", "onödig*", "ikke nødvendig*", "ikke behov for",
    "behøver ikke", "unødvendig*", "kræves ikke", "ingen grund til", "trenger ikke", "kreves ikke", "ei tarvita", "ei tarvitse", "ei ole tarpeen", "tarpeeton*",
    "tarpeetonta", "ei vaadita", "δεν χρειάζεται", "δεν απαιτείται", "প্রয়োজন নেই", "দরকার নেই", "hakuna haja", "haihitajiki", "si lazima", "nem szükséges", "nincs szükség",
    "felesleges", "ไม่จำเป็น",
    // ur (Urdu)
    "ضرورت نہیں", "کی ضرورت نہیں", "ضروری نہیں", "لازمی نہیں",
    // ta (Tamil)
    "தேவையில்லை", "தேவை இல்லை", "அவசியமில்லை", "அவசியம் இல்லை",
    // te (Telugu)
    "అవసరం లేదు", "అక్కర్లేదు", "అవసరం లేకుండా",
    // mr (Marathi)
    "गरज नाही", "आवश्यकता नाही", "आवश्यक नाही",
    // gu (Gujarati)
    "જરૂર નથી", "જરૂરી નથી", "આવશ્યકતા નથી",
    // pa (Punjabi, Gurmukhi)
    "ਲੋੜ ਨਹੀਂ", "ਜ਼ਰੂਰਤ ਨਹੀਂ", "ਜ਼ਰੂਰੀ ਨਹੀਂ",
    // ne (Nepali)
    "आवश्यक छैन", "आवश्यकता छैन", "जरुरी छैन", "गर्नु पर्दैन", "चाहिँदैन",
    // si (Sinhala)
    "අවශ්‍ය නැත", "අවශ්‍ය නැහැ", "අවශ්‍ය නෑ", "අවශ්‍යතාවයක් නැත", "අවශ්‍ය නොවේ",
    // ca (Catalan)
    "no cal", "no és necessari", "no és necessària", "no fa falta", "innecessari*",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "nije potreb*", "nema potrebe", "nepotreb*", "nije nužn*", "nije neophodn*",
    // sr (Serbian Cyrillic)
    "није потреб*", "нема потребе", "непотреб*", "није неопходн*",
    // sl (Slovenian)
    "ni potreb*", "ni treba", "ni nujn*",
    // bg (Bulgarian)
    "излишн*", "ненужн*", "не се изисква",
    // lt (Lithuanian)
    "nereikia", "nebūtina", "nereikaling*", "nėra būtina", "nėra reikalo",
    // lv (Latvian)
    "nav vajadzīg*", "nav nepieciešam*", "nevajag",
    // et (Estonian)
    "pole vaja", "ei ole vaja", "pole vajalik", "ei ole vajalik", "pole tarvis", "ei ole tarvis", "ebavajalik",
    // is (Icelandic)
    "óþarfi", "óþarft", "þarf ekki", "engin þörf", "ekki þörf á", "ekki nauðsynleg*",
    // af (Afrikaans)
    "nie nodig nie", "is nie nodig", "onnodig", "hoef nie", "geen behoefte",
    // az (Azerbaijani)
    "ehtiyac yoxdur", "lazım deyil", "gərək yoxdur", "ehtiyac qalmayıb",
    // kk (Kazakh)
    "қажет емес", "керек емес", "қажеті жоқ", "қажеттілік жоқ",
    // uz (Uzbek)
    "kerak emas", "shart emas", "hojat yo'q", "hojat yoʻq", "hojat yoʼq", "zarurat yo'q", "zarurat yoʻq", "zarurat yoʼq", "keragi yo'q", "keragi yoʻq", "keragi yoʼq",
    // ka (Georgian)
    "საჭირო არ არის", "არ არის საჭირო", "არ სჭირდება", "საჭიროება არ არის",
    // hy (Armenian)
    "կարիք չկա", "անհրաժեշտ չէ", "պետք չէ", "անհրաժեշտություն չկա",
    // am (Amharic)
    "አያስፈልግም", "አያስፈልገውም", "አስፈላጊ አይደለም",
    // so (Somali)
    "looma baahna", "uma baahna", "loo baahan maaha", "baahi looma qabo",
    // zu (Zulu)
    "asikho isidingo", "akudingeki", "akudingekile", "akunasidingo",
    // Chinese: no need to go through it ('不用走安全审核流程了')
    "不用走", "无需走", "無需走", "不必走", "不需要走", "不用經過", "不用经过", "无需经过", "無需經過",
    // Russian: it may be left out ('проверку можно не проходить', 'можно не согласовывать')
    "можно не проходить", "можно не согласовывать", "можно не ждать", "необязательно",
    // Not required, no need (es, fr, pl, ko, fa, ar, he): 'no se requiere la revisión', 'n'est pas requis', 'nie jest wymagana', '필요 없습니다', 'نیازی به بررسی ... نیست', 'لا داعي للمراجعة', 'לא צריך בדיקה'
    "no se requiere", "no se necesita", "no es requerida", "no es requerido", "pas requis", "pas requise", "nie jest wymagan*", "nie jest konieczn*", "nie ma potrzeby", "필요 없*", "필요가 없*", "필요하지 않*", "نیازی به", "لا داعي", "لا داعي ل", "לא צריך", "לא צריכים", "לא נחוץ",
    // Thai "no need to", before the verb: "ไม่ต้องส่งให้ทีมความปลอดภัยตรวจสอบ" (no need to send it to the security team to check)
    "ไม่ต้อง", "ไม่จำเป็นต้อง",
  ],
} as const satisfies Record<string, readonly string[]>;
