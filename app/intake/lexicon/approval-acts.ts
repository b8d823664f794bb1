/** Concepts for the acts of approving: given or granted (GAVE), the approval as a noun (APPROVAL_NOUN), asked for rather than given (REQUESTED), done (DONE), and the reviews that are not a security review (PERF: performance, salary, contract...). Claims of prior approval are in authority.ts, the roles in authority-roles.ts. */
export const APPROVAL_ACT_CONCEPTS = {
  GAVE: ["gave", "given", "granted", "provided", "issued", "obtained", "received", "erteilt", "gegeben", "donné", "accordé", "dio", "otorgó", "deu", "concedeu", "udzielił*", "дал*", "verdi", "与えた", "给予", "给了", "부여", "منح", "נתן", "नितीन", "داد",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "надав*", "udělil*", "udelil*", "memberikan", "gav", "antoi", "έδωσε", "adott",
    // Plural and feminine forms (he, es, pt, fr, it, nl, pl, tr, fa): 'צוות האבטחה נתנו אישור', 'seguridad dieron su aprobación'
    "נתנה", "נתנו", "dieron", "otorgaron", "concedió", "concedieron", "deram", "concederam", "donnée", "accordée", "concesso", "concessa", "verleend", "udzieliła", "udzielili", "verdiler", "دادند",
  ],
  /** This very message offered as the approval: "take this message as the security sign-off", "treat this email as security's approval". */
  MESSAGE_AS: ["take this message as", "treat this message as", "take this email as", "treat this email as", "take this mail as", "treat this mail as", "count this message as", "count this email as", "use this message as", "use this email as", "this message serves as", "this email serves as", "this message counts as", "this email counts as"],
  /** The approval itself, as a thing that can come later (not "review": "the performance review is later today"). */
  APPROVAL_NOUN: ["approval", "approvals", "sign off", "signoff", "approval paperwork", "freigabe", "genehmigung", "approbation", "validation", "aprobación", "autorización", "aprovação", "autorização", "approvazione", "autorizzazione", "zatwierdzenie", "akceptacja", "akceptacje", "zgoda", "goedkeuring", "одобрение", "согласование", "onay", "承認", "审批", "審批", "批准", "승인", "موافقة", "الموافقة", "אישור", "האישור", "मंजूरी", "अनुमोदन", "تایید", "تأیید",
    // ur (Urdu)
    "منظوری",
    // ta (Tamil)
    "ஒப்புதல்",
    // te (Telugu)
    "ఆమోదం",
    // gu (Gujarati)
    "મંજૂરી",
    // pa (Punjabi, Gurmukhi)
    "ਮਨਜ਼ੂਰੀ", "ਪ੍ਰਵਾਨਗੀ",
    // ne (Nepali)
    "स्वीकृति",
    // si (Sinhala)
    "අනුමැතිය",
    // ca (Catalan)
    "aprovació", "autorització", "vistiplau",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "odobrenje", "odobrenja", "suglasnost",
    // sr (Serbian Cyrillic)
    "одобрење", "сагласност",
    // sl (Slovenian)
    "odobritev", "soglasje",
    // bg (Bulgarian)
    "одобрението",
    // lt (Lithuanian)
    "patvirtinimas", "patvirtinimą",
    // lv (Latvian)
    "apstiprinājums", "apstiprinājumu",
    // et (Estonian)
    "heakskiit", "heakskiidu", "kinnitus",
    // is (Icelandic)
    "samþykki", "samþykkið",
    // af (Afrikaans)
    "magtiging", "aftekening",
    // az (Azerbaijani)
    "təsdiq", "təsdiqi", "icazə",
    // kk (Kazakh)
    "мақұлдау", "келісім", "рұқсат",
    // uz (Uzbek)
    "tasdiq", "ruxsat",
    // ka (Georgian)
    "დამტკიცება", "თანხმობა", "ნებართვა",
    // hy (Armenian)
    "հաստատում", "համաձայնություն", "թույլտվություն",
    // am (Amharic)
    "ይሁንታ", "ፈቃድ",
    // so (Somali)
    "oggolaanshaha", "ogolaanshaha", "ansixinta",
    // zu (Zulu)
    "imvume", "ukugunyazwa",
  ],
  /** Review claimed as already done: suspicious only when said of security's review. */
  /** Asked for, not given: "確認を依頼済み" (confirmation requested) is no review done. */
  REQUESTED: ["requested", "has been asked", "have been asked", "asked them", "asked for", "依頼", "要請", "お願い", "申請", "요청", "请求", "請求", "已请", "已請",
    "angefragt", "angefordert", "beantragt", "demandé", "demandée", "solicitad*", "solicitei", "solicitamos", "pedido", "pedimos", "richiesto", "richiesta", "aangevraagd", "gevraagd",
    "poproszon*", "poprosiliśmy", "zapytaliśmy", "запрошен*", "запросили", "talep edildi", "talep ettik", "طلبنا", "تم طلب", "ביקשנו", "अनुरोध", "درخواست",
    "đã yêu cầu", "đã đề nghị", "запитали", "solicitat*", "požádal*", "požiadal*", "diminta", "telah meminta", "begärt", "anmodet", "bedt om", "pyydetty", "ζητήθηκε", "kértük", "ขอให้",
    // ca (Catalan)
    "sol·licitat", "hem demanat",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "zatražen*", "zatražili",
    // sr (Serbian Cyrillic)
    "затражен*", "затражили",
    // sl (Slovenian)
    "zaprošen*", "zaprosili",
    // bg (Bulgarian)
    "поискахме", "поискано",
    // lt (Lithuanian)
    "paprašėme", "paprašyta",
    // lv (Latvian)
    "pieprasīts", "lūdzām",
    // et (Estonian)
    "taotletud", "palusime",
    // is (Icelandic)
    "óskað eftir",
    // af (Afrikaans)
    "aangevra", "gevra",
    // az (Azerbaijani)
    "xahiş etdik", "xahiş olunub", "sorğu göndərdik",
    // kk (Kazakh)
    "сұралды", "сұрадық", "сұрау жібердік",
    // uz (Uzbek)
    "so'raldi", "soʻraldi", "soʼraldi", "so'radik", "soʻradik", "soʼradik", "so'rov yubordik", "soʻrov yubordik", "soʼrov yubordik",
    // ka (Georgian)
    "მოვითხოვეთ", "ვთხოვეთ", "მოთხოვნილია",
    // hy (Armenian)
    "խնդրել ենք", "հայցել ենք",
    // am (Amharic)
    "ጠይቀናል", "ተጠይቋል",
    // so (Somali)
    "waydiisanay", "codsanay",
    // zu (Zulu)
    "sicelile", "kucelwe",
  ],
  DONE: [ "al gegeven", "is al gegeven", "al gedaan", "al rond", "済んで", "済んでいます", "済み", "確認済み", "完了しています",
    "already done", "already complete*", "already happened", "already passed", "already satisfied", "is done", "are done", "has been done", "have been done", "good to go", "already granted", "already given",
    "ist erledigt", "bereits erledigt", "déjà fait", "ya está hecho", "ya hecho", "já feito", "уже пройден*", "tamamlandı", "完了済み", "已完成", "已经完成", "완료되었", "완료되었으니", "완료되었습니다", "완료되었고", "완료됐으니", "완료됐습니다", "완료됐고", "완료했으니", "완료했습니다", "تم بالفعل", "כבר בוצע", "पहले ही हो चुका", "انجام شده",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "đã xong", "đã hoàn tất", "deja făcut", "už hotovo", "sudah selesai", "redan klart", "redan gjort", "allerede gjort", "allerede klaret", "jo tehty", "on jo hoidettu",
    "έχει ήδη γίνει", "már megtörtént", "már kész", "เสร็จแล้ว",
    // ca (Catalan)
    "ja està fet", "ja està feta", "ja s ha fet",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "već obavljen*", "već je obavljen*", "već završen*",
    // sr (Serbian Cyrillic)
    "већ обављен*", "већ завршен*",
    // sl (Slovenian)
    "že opravljen*", "je že opravljen*",
    // bg (Bulgarian)
    "вече е направен*", "вече е извършен*", "вече приключи",
    // lt (Lithuanian)
    "jau atlikt*", "jau padaryta",
    // lv (Latvian)
    "jau veikt*", "jau pabeigt*",
    // et (Estonian)
    "juba tehtud", "on juba tehtud", "juba läbitud",
    // is (Icelandic)
    "þegar búið", "þegar lokið", "er búið",
    // af (Afrikaans)
    "reeds gedoen", "klaar gedoen", "reeds afgehandel", "reeds voltooi",
    // az (Azerbaijani)
    "artıq tamamlanıb", "artıq edilib", "tamamlanıb",
    // kk (Kazakh)
    "әлдеқашан аяқталды", "әлдеқашан өтті",
    // uz (Uzbek)
    "allaqachon bajarilgan", "allaqachon o'tkazilgan", "allaqachon oʻtkazilgan", "allaqachon oʼtkazilgan",
    // ka (Georgian)
    "უკვე გაკეთდა", "უკვე დასრულდა", "უკვე ჩატარდა",
    // hy (Armenian)
    "արդեն արված է", "արդեն ավարտված է", "արդեն անցել է",
    // The check said to be done already, in the passive and perfect forms of the major languages ('il controllo di sicurezza è già stato fatto', 'de beveiligingscheck is al afgerond', 'a checagem de segurança já foi feita', 'la revisión de seguridad ya se hizo', 'a déjà été effectué', 'ist schon erledigt', 'została już wykonana', 'вже пройдено', 'zaten yapıldı', 'כבר בוצעה', 'हो चुकी है', '已经做过了', '이미 끝났습니다', 'är redan klar')
    "già stato fatto", "già stata fatta", "già effettuat*", "già completat*", "già svolt*", "già concluso", "già conclusa", "al afgerond", "is afgerond", "al uitgevoerd", "al voltooid", "já foi feita", "já foi feito", "já foi realizada", "já foi realizado", "já está feita", "já foi concluída", "já foi concluído", "já concluída", "já concluído", "ya se hizo", "ya se realizó", "ya está hecha", "ya fue realizada", "ya fue realizado", "ya se completó", "ya está completada", "ya está completado", "déjà été effectué*", "déjà effectué*", "déjà été fait*", "déjà réalisé*", "déjà été réalisé*", "schon erledigt", "bereits erfolgt", "schon erfolgt", "bereits durchgeführt", "schon durchgeführt", "już wykonan*", "już przeprowadzon*", "już zrobion*", "została już wykonana", "został już wykonany", "вже пройдено", "вже проведено", "вже зроблено", "уже проведен*", "уже сделан*", "zaten yapıldı", "yapıldı bile", "zaten tamamlandı", "כבר בוצעה", "כבר נעשתה", "כבר נעשה", "כבר הושלמה", "हो चुकी है", "हो चुका है", "पहले ही हो चुकी", "已经做过了", "做过了", "已做过", "已經做過了", "이미 끝났습니다", "이미 끝났어요", "이미 끝났고", "이미 끝났으니", "이미 완료된", "이미 완료되었습니다", "이미 완료됐습니다", "완료된 상태입니다", "redan klar", "är redan klar", "redan genomförd", "redan gjord",
  ],
  PERF: [
    "performance", "annual", "salary", "pay", "compensation", "mid year", "quarterly", "code", "document", "documents", "contract", "exit", "probation", "background", "medical", "legal", "peer", "design",
    "annuel*", "anual", "annuale", "jaarlijks*", "performance*",
    "leistung*", "jahres*", "gehalt*", "entretien", "desempeño", "desempenho", "roczn*", "годов*", "performans", "業績", "绩效", "績效", "성과", "الأداء", "ביצועים", "प्रदर्शन", "عملکرد",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "hiệu suất", "lương", "продуктивн*", "щорічн*", "зарплат*", "performanț*", "anual*", "salariu*", "výkon*", "roční", "mzd*", "ročn*", "kinerja", "tahunan", "gaji",
    "prestation*", "medarbetarsamtal*", "lönesamtal*", "medarbejdersamtale*", "præstation*", "løn*", "medarbeidersamtale*", "prestasjon*", "lønn*", "kehityskeskustelu*",
    "suoritus*", "palkka*", "απόδοσ*", "μισθ*", "teljesítmény*", "fizetés*", "ผลงาน", "ประจำปี", "เงินเดือน",
    // ca (Catalan)
    "mèdic*", "mèdica",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "liječnič*", "lekarsk*", "zdravstven*",
    // sr (Serbian Cyrillic)
    "лекарск*", "здравствен*",
    // sl (Slovenian)
    "zdravnišk*",
    // bg (Bulgarian)
    "медицинск*",
    // lt (Lithuanian)
    "medicinin*", "sveikatos",
    // lv (Latvian)
    "medicīnisk*", "veselības",
    // et (Estonian)
    "meditsiini*", "tervise*",
    // is (Icelandic)
    "læknisfræði*",
    // af (Afrikaans)
    "prestasie*", "jaarlikse", "salaris*",
    // az (Azerbaijani)
    "illik", "əmək haqqı",
    // kk (Kazakh)
    "жылдық", "жалақы*", "тиімділік*",
    // uz (Uzbek)
    "yillik", "maosh*", "samaradorlik*",
    // ka (Georgian)
    "წლიურ*", "ხელფას*",
    // hy (Armenian)
    "տարեկան", "աշխատավարձ*", "կատարողական*",
    // am (Amharic)
    "ዓመታዊ", "ደመወዝ*", "አፈጻጸም*",
    // so (Somali)
    "sanadlaha", "mushaharka", "waxqabadka",
    // zu (Zulu)
    "yonyaka", "iholo",
  ],
} as const satisfies Record<string, readonly string[]>;
