/** Concepts for claims of prior approval or authority: already approved, by whom, done (see override.ts for the entry syntax; the review in review.ts, skipping it in review-skip.ts, pressure in urgency.ts). */
export const AUTHORITY_CONCEPTS = {
  ALREADY: [
    // tl yo ha arz (Tagalog, Yoruba, Hausa, Egyptian Arabic)
    "an riga", "ti tẹ́lẹ̀",
    // Italian "già" with its auxiliary ("gia" alone is Vietnamese, "tham gia", "quốc gia"): "ha già visto la pratica", "è già stata approvata"
    "ha già", "hanno già", "ho già", "abbiamo già", "aveva già", "avevano già", "è già", "sono già", "era già", "l ha già", "l hanno già", "già stato", "già stata", "già visto", "già vista",
   
    "already", "pre", "previously", "schon", "bereits", "vorab", "déjà", "ya", "já", "już", "уже", "zaten", "önceden",
    "既に", "すでに", "已经", "已經", "已", "이미", "بالفعل", "مسبقا", "כבר", "पहले ही", "قبلا", "پیشاپیش",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "từ trước", "вже", "заздалегідь", "попередньо", "deja", "în prealabil", "již", "už", "předem", "vopred", "sudah", "telah", "redan", "i förväg", "allerede", "på forhånd",
    "on jo", "ovat jo", "etukäteen", "ennalta", "ήδη", "εκ των προτέρων", "ইতিমধ্যে", "আগেই", "tayari", "előzetesen",
    // ur (Urdu)
    "پہلے ہی", "پہلے سے",
    // ta (Tamil)
    "ஏற்கனவே", "ஏற்கெனவே",
    // te (Telugu)
    "ఇప్పటికే",
    // mr (Marathi)
    "आधीच", "याआधीच",
    // gu (Gujarati)
    "પહેલેથી", "પહેલેથી જ",
    // pa (Punjabi, Gurmukhi)
    "ਪਹਿਲਾਂ ਹੀ",
    // ne (Nepali)
    "पहिले नै", "पहिल्यै", "अघि नै",
    // si (Sinhala)
    "දැනටමත්",
    // ca (Catalan)
    "prèviament",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "već",
    // sr (Serbian Cyrillic)
    "већ",
    // sl (Slovenian)
    "je že", "so že", "smo že", "sem že",
    // bg (Bulgarian)
    "вече",
    // lt (Lithuanian)
    "jau",
    // lv (Latvian)
    "jau",
    // et (Estonian)
    "juba",
    // is (Icelandic)
    "hefur þegar", "hafa þegar", "er þegar", "eru þegar", "höfum þegar",
    // af (Afrikaans)
    "reeds", "alreeds", "klaar",
    // az (Azerbaijani)
    "artıq", "əvvəlcədən", "öncədən", "onsuz da",
    // kk (Kazakh)
    "әлдеқашан", "алдын ала", "бұрыннан",
    // uz (Uzbek)
    "allaqachon", "oldindan",
    // ka (Georgian)
    "უკვე",
    // hy (Armenian)
    "արդեն",
    // am (Amharic)
    "አስቀድሞ", "ቀድሞውኑ", "ቀደም ብሎ",
    // so (Somali)
    "horey", "horay", "hore u",
    // zu (Zulu)
    "kakade", "sekuvele",
  ],
  APPROVED: [
    // tl yo ha arz (Tagalog, Yoruba, Hausa, Egyptian Arabic)
    "na okay", "na okay na", "naaprubahan", "inaprubahan", "aprubado", "na approve", "an amince", "ti fọwọ́ sí",
    "akkoord gegeven", "visto bueno", "el visto bueno", "dato il via libera", "via libera", "feu vert", "le feu vert", "grünes licht", "pre cleared", "precleared",
    "approved", "authorized", "authorised", "cleared", "signed off", "sign off", "greenlit", "green lit", "vetted", "okayed", "okd", "sanctioned", "validated", "endorsed",
    "sorted", "squared away", "squared", "blessed", "green light", "the green light", "go ahead", "the go ahead", "the nod", "thumbs up", "ok from", "nod from",
    // fr: the participles, the present and the infinitive of an instruction ("valider directement"), not the future or conditional
    // ("je validerai la demande après la revue habituelle", "il approuverait"), which the prefixes "approuvé*", "validé*" matched.
    "genehmigt", "freigegeben", "autorisiert", "abgesegnet", "approuvé", "approuvée", "approuvés", "approuvées", "approuvez", "approuvons", "approuver",
    "validé", "validée", "validés", "validées", "validez", "validons", "valider", "autorisé", "autorisée", "autorisés", "autorisées", "autorisez", "autorisons", "autoriser",
    "aprobad*", "autorizad*", "validad*", "aprovad*", "zatwierdzon*", "zaakceptowan*", "autoryzowan*",
    "одобрен*", "утвержден*", "утверждён*", "согласован*", "разрешен*", "onaylandı", "onaylı", "onayladı", "onaylanmış*",
    "承認済み", "承認され", "承認し", "批准", "核准", "批过", "批過", "已批", "批了", "审批通过", "審批通過", "审核通过", "審核通過", "승인*", "موافق عليه", "وافق*", "معتمد", "تمت الموافقة",
    "אושר*", "מאושר*", "אישר*", "अनुमोदित", "स्वीकृत", "मंजूर", "تایید شده", "تأیید شده", "تاییدشده", "تایید کرده",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "đã phê duyệt", "đã được phê duyệt", "được phê duyệt", "đã duyệt", "được duyệt", "phê duyệt rồi", "đã chấp thuận", "đã thông qua", "đã ký duyệt", "bật đèn xanh",
    "схвалено", "схвалена", "схвалений", "схвалив", "схвалила", "погоджено", "погоджена", "погоджений", "погодив", "погодила", "затверджено", "затвердив", "затвердила",
    "aprobat*", "autorizat*", "validat", "validată", "avizat*", "schváleno", "schválený", "schválená", "schválené", "schválil*", "odsouhlaseno", "odsouhlasil*",
    "autorizován*", "schválila", "odsúhlasené", "odsúhlasil*", "autorizovan*", "disetujui", "sudah disetujui", "telah disetujui", "diizinkan", "diotorisasi", "diluluskan",
    "godkänd*", "godkänt", "godkände", "förhandsgodkänd*", "förhandsgodkänt", "beviljad*", "godkendt", "godkendte", "forhåndsgodkendt", "godkjent", "godkjente",
    "forhåndsgodkjent", "hyväksytty", "hyväksyi", "hyväksynyt", "hyväksyneet", "kuitannut", "εγκρίθηκε", "εγκεκριμένο", "εγκεκριμένη", "ενέκρινε", "έχει εγκριθεί",
    "έχει εγκρίνει", "অনুমোদিত", "অনুমোদন দিয়েছে", "অনুমোদন করেছে", "imeidhinishwa", "limeidhinishwa", "limeshaidhinishwa", "ameidhinisha", "wameidhinisha",
    "imeshaidhinishwa", "iliidhinishwa", "jóváhagyta", "jóváhagyott", "jóváhagyva", "engedélyezte", "อนุมัติแล้ว", "ได้รับอนุมัติ",
    // ur (Urdu)
    "منظور کر لیا", "منظور کر دیا", "منظوری دے دی", "منظوری دی", "منظور شدہ", "منظور کر چکی", "منظور کر چکا",
    // ta (Tamil)
    "ஒப்புதல் அளித்*", "ஒப்புதல் வழங்கி*", "அங்கீகரித்*", "அங்கீகரிக்கப்பட்டது", "அனுமதி அளித்*",
    // te (Telugu)
    "ఆమోదించింది", "ఆమోదించారు", "ఆమోదించేసింది", "ఆమోదం తెలిపింది", "ఆమోదం తెలిపారు", "ఆమోదించబడింది", "ఆమోదం ఇచ్చింది",
    // mr (Marathi)
    "मंजूर केले", "मंजुरी दिली", "मान्यता दिली",
    // gu (Gujarati)
    "મંજૂરી આપી", "મંજૂર કર્યું", "મંજૂર કરી", "મંજૂર કરેલ",
    // pa (Punjabi, Gurmukhi)
    "ਮਨਜ਼ੂਰੀ ਦੇ ਦਿੱਤੀ", "ਮਨਜ਼ੂਰ ਕਰ ਦਿੱਤਾ", "ਮਨਜ਼ੂਰ ਕਰ ਲਿਆ", "ਪ੍ਰਵਾਨਗੀ ਦੇ ਦਿੱਤੀ", "ਮਨਜ਼ੂਰ ਕੀਤਾ", "ਮਨਜ਼ੂਰੀ ਦਿੱਤੀ",
    // ne (Nepali)
    "स्वीकृति दिइसकेको", "स्वीकृत गरिसकेको", "स्वीकृति दिइसक्यो", "अनुमोदन गरिसकेको",
    // si (Sinhala)
    "අනුමත කර ඇත", "අනුමත කළා", "අනුමත කළේ", "අනුමැතිය දී", "අනුමැතිය ලබා දී",
    // ca (Catalan)
    "aprovat", "aprovats", "autoritzat*", "vistiplau", "el vistiplau",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "odobrio", "odobrila", "odobrili", "odobren*", "zeleno svjetlo", "zeleno svetlo",
    // sr (Serbian Cyrillic)
    "одобрио", "одобрила", "одобрили", "зелено светло",
    // sl (Slovenian)
    "odobril*", "zeleno luč",
    // bg (Bulgarian)
    "одобрил*", "одобрих", "зелена светлина", "вече одобри", "одобриха",
    // lt (Lithuanian)
    "patvirtinta", "patvirtintas", "patvirtintą", "patvirtinusi", "patvirtinęs", "patvirtino", "patvirtinau", "patvirtinome", "suderint*", "pritarė",
    // lv (Latvian)
    "apstiprināts", "apstiprināta", "apstiprinājām", "apstiprināja", "apstiprinājis", "apstiprinājusi", "saskaņots", "saskaņota", "saskaņoja",
    // et (Estonian)
    "kinnitatud", "kinnitas", "kinnitanud", "heaks kiidetud", "heaks kiitnud", "kiitis heaks", "rohelise tule",
    // is (Icelandic)
    "samþykkt*", "samþykkti", "samþykktu", "grænt ljós",
    // af (Afrikaans)
    "goedgekeur", "gemagtig", "afgeteken",
    // az (Azerbaijani)
    "təsdiqlənib", "təsdiqləndi", "təsdiqləyib", "təsdiqlədi", "təsdiq edilib", "təsdiq edildi", "təsdiq edib", "təsdiq etdi", "razılaşdırılıb", "icazə verib",
    // kk (Kazakh)
    "мақұлдады", "мақұлдаған", "мақұлданды", "мақұлданған", "бекітілді", "бекітті", "келісілді", "келісілген", "рұқсат берді",
    // uz (Uzbek)
    "tasdiqlangan", "tasdiqlandi", "tasdiqlagan", "tasdiqladi", "ma'qullagan", "maʻqullagan", "maʼqullagan", "ma'qulladi", "maʻqulladi", "maʼqulladi", "ruxsat bergan",
    "ruxsat berdi",
    // ka (Georgian)
    "დაამტკიცა", "დაამტკიცეს", "დამტკიცებულია", "დაადასტურა", "დაადასტურეს", "შეთანხმებულია", "მოიწონა",
    // hy (Armenian)
    "հաստատել է", "հաստատել են", "հաստատված է", "հաստատեց", "հաստատեցին", "համաձայնեցված է", "թույլատրել է",
    // am (Amharic)
    "አጽድቋል", "አፅድቋል", "አጽድቀዋል", "አፅድቀዋል", "ጸድቋል", "ፀድቋል", "ተፈቅዷል", "ፈቅዷል", "ፈቅደዋል", "አጽድቆታል", "አጽድቀውታል",
    // so (Somali)
    "ansixiyay", "ansixiyeen", "oggolaaday", "ogolaaday", "oggolaadeen", "ogolaadeen",
    // zu (Zulu)
    "kugunyaziwe", "kuvunyiwe", "sekuvunyiwe", "sekugunyaziwe", "ligunyazile", "bavumile", "sebekuvumile", "selikuvumile",
    // Past tense and participles the lists lacked (it, nl, pt, es, fr, de, pl, ru, uk, tr): 'ha già approvato', 'al goedgekeurd', 'já aprovou', 'ya lo aprobó', 'a donné son accord', 'hat zugestimmt', 'już zatwierdził', 'уже согласовала', 'onay verdi'
    "approvato", "approvata", "approvati", "approvate", "autorizzato", "autorizzata", "autorizzati", "validato", "validata", "dato l ok", "dato il suo ok", "goedgekeurd", "goedgekeurde", "afgetikt", "akkoord bevonden", "fiat gegeven", "groen licht gegeven", "deu o aval", "deram o aval", "deu sinal verde", "sinal verde", "deu o ok", "dio luz verde", "luz verde", "dio el ok", "donné son accord", "donné leur accord", "donne son accord", "entériné*", "donné son aval", "donné le go", "zugestimmt", "abgenickt", "durchgewinkt", "bewilligt", "sein okay gegeben", "ihr okay gegeben", "das okay gegeben", "zatwierdził*", "zaakceptował*", "autoryzował*", "wyraził zgodę", "wyraziła zgodę", "wyrazili zgodę", "zielone światło", "утвердил*", "согласовал*", "разрешил*", "дал добро", "дала добро", "дали добро", "зелёный свет", "погодили", "схвалили", "затвердили", "дав добро", "дала добро", "дали добро", "зелене світло", "onayladılar", "onay verdi", "onay verdiler", "onay verildi", "onaylamış*", "yeşil ışık",
    // Past tense and given approval (ar, he, fa, hi, zh, ja, ko, vi, id, sv): 'صادق على', 'נתן אישור', 'موافقت کرده', 'अनुमति दे दी', '已经同意', '了承済み', '허가했습니다', 'đã đồng ý', 'sudah menyetujui', 'gav klartecken'
    "صادق على", "صادقت على", "صادقوا على", "تمت المصادقة", "اعتمد الطلب", "اعتمدت الطلب", "الضوء الأخضر", "נתן אישור", "נתנה אישור", "נתנו אישור", "נתן את האישור", "נתנו את האישור", "אור ירוק", "موافقت کرده", "موافقت کرد", "موافقت کردند", "موافقت شده", "تأیید کرد", "تایید کرد", "تأیید کردند", "تایید کردند", "تأیید کرده", "چراغ سبز", "अनुमति दे दी", "अनुमति दी", "मंज़ूरी दे दी", "मंज़ूरी दी", "मंज़ूर कर दिया", "मंज़ूर कर लिया", "स्वीकृति दे दी", "स्वीकृत कर दिया", "अप्रूव कर दिया", "अप्रूव कर दी", "approve kar diya", "approve kar di", "approve ho gaya", "approve ho chuka", "已经同意", "已同意", "同意了", "批准了", "签批", "已签批", "放行了", "了承済み", "了承済", "了承を得", "了承をもら", "許可済み", "許可を得", "許可をもら", "承認を得", "承認をもら", "承認は得", "決裁済み", "허가했*", "동의했*", "đã đồng ý", "đồng ý rồi", "đã cho phép", "đã phê chuẩn", "đã chấp nhận", "menyetujui*", "sudah acc", "sudah di acc", "diacc", "sudah oke", "sudah mengizinkan", "telah mengizinkan", "klartecken", "attesterat", "attesterad*", "tillstyrkt",
    // The simple past with 'already' before it (pt, es): 'a segurança já aprovou', 'seguridad ya lo aprobó' (not 'a Segurança aprovou pelo fluxo padrão', the usual route reported); by phone or mail ('o CISO aprovou por telefone')
    "já aprovou", "já aprovaram", "já autorizou", "já autorizaram", "já validou", "já validaram", "ja aprovou", "já o aprovou", "já a aprovou", "aprovou por", "autorizou por", "aprovou verbalmente", "ya aprobó", "ya aprobaron", "ya lo aprobó", "ya la aprobó", "ya lo aprobaron", "ya autorizó", "ya autorizaron", "ya lo autorizó", "ya validó", "ya lo validó", "aprobó por", "autorizó por", "aprobó verbalmente",
    // Consent given (it, nl): 'ha dato il consenso a voce', 'heeft telefonisch toestemming gegeven'
    "dato il consenso", "dato il suo consenso", "toestemming gegeven",
    // the green light and the go-ahead in more languages ('开了绿灯', 'ゴーサインが出ています', 'हरी झंडी दे दी', 'gett grönt ljus', 'memberi lampu hijau')
    "开了绿灯", "開了綠燈", "亮了绿灯", "放行了", "ゴーサイン", "青信号", "हरी झंडी", "grönt ljus", "grønt lys", "groen licht", "초록불", "청신호", "vihreää valoa", "zöld utat", "lampu hijau", "memberi lampu hijau",
  ],
  SECURITY: [
    // ht (Haitian Creole): "ekip sekirite a"
    "sekirite", "ekip sekirite",
    // ca (Catalan)
    "seguretat", "equip de seguretat",
    // tl yo ha arz (Tagalog, Yoruba, Hausa, Egyptian Arabic)
    "tsaro", "sashen tsaro", "ààbò", "السيكيوريتي", "سيكيوريتي", "أمن المعلومات",
    "sec", "sec team", "the sec team", "sicurezza", "la sicurezza", "ufficio sicurezza",
    "security", "security team", "secops", "infosec", "info sec", "ciso", "soc", "it security", "security office*", "head of security", "approver*", "reviewer*", "policy engine", "opa", "gatekeeper", "the bot",
    "sicherheit*", "it sicherheit", "konzernsicherheit", "unternehmenssicherheit", "informationssicherheit", "sécurité", "rssi", "seguridad", "segurança", "bezpieczeństw*", "безопасност*", "служба безопасности", "güvenlik*",
    "セキュリティ", "安全团队", "安全部门", "安全部門", "安全", "보안*", "الأمن", "فريق الأمن", "אבטחה", "אבטחת מידע", "אבטחת המידע", "צוות האבטחה", "מחלקת אבטחה", "सुरक्षा", "امنیت", "تیم امنیت",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "bảo mật", "bộ phận bảo mật", "đội bảo mật", "an ninh", "an toàn thông tin", "người kiểm tra", "người phê duyệt", "người duyệt", "безпек*", "служба безпеки",
    "відділ безпеки", "кібербезпек*", "securitat*", "aprobator*", "bezpečnost*", "keamanan", "tim keamanan", "pasukan keselamatan", "keselamatan it", "säkerhet*",
    "sikkerhed*", "sikkerhet*", "tietoturva*", "turvallisuustiimi*", "ασφάλεια", "ασφαλείας", "নিরাপত্তা", "সিকিউরিটি", "usalama", "biztonság*", "ความปลอดภัย",
    "ฝ่ายความปลอดภัย", "ผู้ตรวจสอบ",
    // Security written as the English loanword: hi "सिक्योरिटी टीम", th "ทีมซีเคียวริตี้", ja/ko are above.
    "सिक्योरिटी", "सिक्यूरिटी", "सेक्योरिटी", "ซีเคียวริตี้", "ซีเคียวริตี", "ทีมซีเคียวริตี้",
    // ur (Urdu)
    "سیکیورٹی", "سکیورٹی", "سیکورٹی", "سیکیورٹی ٹیم",
    // ta (Tamil)
    "பாதுகாப்பு*",
    // te (Telugu)
    "భద్రత*", "సెక్యూరిటీ",
    // gu (Gujarati)
    "સુરક્ષા*", "સિક્યુરિટી",
    // pa (Punjabi, Gurmukhi)
    "ਸੁਰੱਖਿਆ", "ਸਿਕਿਓਰਿਟੀ",
    // si (Sinhala)
    "ආරක්ෂ*",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "sigurnos*", "bezbednos*", "sigurnosni tim",
    // sr (Serbian Cyrillic)
    "безбеднос*", "сигурнос*",
    // sl (Slovenian)
    "varnost*",
    // bg (Bulgarian)
    "информационна сигурност", "екипа по сигурност",
    // lt (Lithuanian)
    "saugum*",
    // lv (Latvian)
    "drošīb*",
    // et (Estonian)
    "turvalisus*", "turvameeskon*", "turbemeeskon*", "infoturbe*", "infoturve", "it turve", "it turbe", "turbeosakon*", "turvaosakon*", "küberturbe*",
    // is (Icelandic)
    "öryggi*",
    // af (Afrikaans)
    "sekuriteit*", "inligtingsekuriteit",
    // az (Azerbaijani)
    "təhlükəsizlik*", "informasiya təhlükəsizliyi",
    // kk (Kazakh)
    "қауіпсіздік*", "ақпараттық қауіпсіздік*",
    // uz (Uzbek)
    "xavfsizlik*",
    // ka (Georgian)
    "უსაფრთხოებ*",
    // hy (Armenian)
    "անվտանգության", "անվտանգություն*", "տեղեկատվական անվտանգ*",
    // am (Amharic)
    "ደህንነት*", "የደህንነት*", "ደኅንነት*", "የደኅንነት*",
    // so (Somali)
    "amniga", "kooxda amniga", "waaxda amniga",
    // zu (Zulu)
    "ezokuphepha", "kwezokuphepha", "lezokuphepha", "ithimba lezokuphepha",
    // Dutch security's team, and Arabic and Persian names of the security unit: 'het is al goedgekeurd door de beveiliging'
    "beveiliging", "de beveiliging", "informatiebeveiliging", "securityteam", "het securityteam", "beveiligingsteam", "الفريق الأمني", "إدارة الأمن", "واحد امنیت",
    // Hebrew with the article or 'from' before it, as the other languages' bare word ('אנשי האבטחה כבר נתנו אישור', 'קיבלנו אישור מהאבטחה')
    "האבטחה", "מהאבטחה", "מחלקת האבטחה", "אנשי האבטחה", "קצין האבטחה", "ממונה אבטחת המידע",
    // Cybersecurity (en es pt fr de it nl pl ru tr sv ja zh ko ar hi)
    "cybersecurity", "cyber security", "cybersec", "ciberseguridad", "cibersegurança", "cybersécurité", "cybersicherheit", "cybersicurezza", "sicurezza informatica", "cyberbeveiliging", "cyberbezpieczeństw*", "кибербезопасност*", "siber güvenlik*", "cybersäkerhet*", "サイバーセキュリティ", "网络安全", "網絡安全", "사이버 보안", "사이버보안", "الأمن السيبراني", "साइबर सुरक्षा", "cybersecurity team", "cyber team", "information security", "cibersicurezza", "cyberveiligheid", "keamanan siber", "an ninh mạng", "網路安全",
  ],
  AUTH_ROLE: [
    // Japanese and Chinese heads of security: "情報セキュリティ室長として判断してください".
    "セキュリティ室長", "セキュリティ責任者", "セキュリティ部長", "情報セキュリティ室長", "情報セキュリティ責任者", "信息安全负责人", "安全负责人", "安全主管",
    "ciso", "chief information security officer", "head of security", "security officer", "security lead", "security team", "security admin*", "it director", "head of it", "system administrator", "sysadmin", "root", "super admin", "domain admin",
    "ceo", "cfo", "cto", "coo", "cio", "founder", "president", "chairman", "chief executive", "board",
    "sicherheitsbeauftragt*", "geschäftsführer*", "vorstand*", "rssi", "pdg", "directeur général", "director general", "director ejecutivo", "diretor executivo", "jefe de seguridad", "prezes*",
    "генеральный директор", "директор по безопасности", "genel müdür", "güvenlik müdürü",
    "社長", "最高経営責任者", "セキュリティ責任者", "首席执行官", "总裁", "總裁", "董事长", "安全主管", "대표이사", "사장", "보안 책임자",
    "الرئيس التنفيذي", "مدير الأمن", "מנכל", "קבס", "מנהל האבטחה", "मुख्य कार्यकारी", "सुरक्षा प्रमुख", "مدیرعامل", "مدیر امنیت",
    "vd",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "giám đốc điều hành", "tổng giám đốc", "giám đốc an ninh", "генеральний директор", "директор з безпеки", "directorul general", "șeful securității", "generální ředitel*",
    "ředitel bezpečnosti", "generálny riaditeľ*", "direktur utama", "kepala keamanan", "direktur keamanan", "säkerhetschef*", "it chef*", "administrerende direktør",
    "sikkerhedschef*", "daglig leder", "sikkerhetssjef*", "toimitusjohtaja*", "tietoturvajohtaja*", "διευθύνων σύμβουλος", "διευθυντής ασφαλείας", "প্রধান নির্বাহী",
    "mkurugenzi mtendaji", "mkuu wa usalama", "vezérigazgató*", "biztonsági vezető*", "ügyvezető*", "ประธานเจ้าหน้าที่บริหาร", "ซีอีโอ", "หัวหน้าฝ่ายความปลอดภัย",
    // ur (Urdu)
    "سی ای او", "چیف ایگزیکٹو", "سیکیورٹی سربراہ",
    // ta (Tamil)
    "தலைமை நிர்வாக அதிகாரி*", "சிஇஓ",
    // te (Telugu)
    "సీఈఓ", "ముఖ్య కార్యనిర్వహణ అధికారి",
    // mr (Marathi)
    "मुख्य कार्यकारी अधिकारी",
    // gu (Gujarati)
    "સીઈઓ", "મુખ્ય કાર્યકારી અધિકારી",
    // pa (Punjabi, Gurmukhi)
    "ਸੀਈਓ", "ਮੁੱਖ ਕਾਰਜਕਾਰੀ ਅਧਿਕਾਰੀ",
    // ne (Nepali)
    "प्रमुख कार्यकारी अधिकृत",
    // si (Sinhala)
    "ප්‍රධාන විධායක නිලධාරී*",
    // ca (Catalan)
    "conseller delegat", "consellera delegada", "directora general", "cap de seguretat", "director financer", "directora financera",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "glavni direktor", "generalni direktor", "izvršni direktor", "predsjednik uprave", "predsjednica uprave", "predsednik uprave", "voditelj sigurnosti", "voditeljica sigurnosti", "direktor sigurnosti", "direktor bezbednosti", "financijski direktor",
    // sr (Serbian Cyrillic)
    "генерални директор", "извршни директор", "председник управе", "директор безбедности",
    // sl (Slovenian)
    "izvršni direktor", "direktor varnosti", "vodja varnosti", "finančni direktor",
    // bg (Bulgarian)
    "изпълнителен директор", "изпълнителния директор", "финансов директор", "финансовия директор", "директор по информационна сигурност", "директор по сигурността",
    // lt (Lithuanian)
    "generalinis direktorius", "generalinė direktorė", "saugumo vadovas", "saugumo vadovė", "finansų direktorius",
    // lv (Latvian)
    "valdes priekšsēdētājs", "izpilddirektors", "ģenerāldirektors", "finanšu direktors", "drošības vadītājs",
    // et (Estonian)
    "tegevjuht", "juhatuse esimees", "finantsjuht", "turvajuht", "infoturbejuht",
    // is (Icelandic)
    "forstjóri", "fjármálastjóri", "öryggisstjóri",
    // af (Afrikaans)
    "uitvoerende hoof", "hoof uitvoerende beampte", "besturende direkteur", "sekuriteitshoof", "hoof van sekuriteit",
    // az (Azerbaijani)
    "baş icraçı direktor*", "icraçı direktor*", "baş direktor*", "təhlükəsizlik rəhbər*", "təhlükəsizlik direktor*",
    // kk (Kazakh)
    "бас директор*", "атқарушы директор*", "қауіпсіздік басшысы",
    // uz (Uzbek)
    "bosh direktor*", "ijrochi direktor*", "xavfsizlik rahbari",
    // ka (Georgian)
    "გენერალური დირექტორ*", "აღმასრულებელი დირექტორ*", "უსაფრთხოების ხელმძღვანელ*",
    // hy (Armenian)
    "գլխավոր տնօրեն*", "գործադիր տնօրեն*", "անվտանգության ղեկավար*",
    // am (Amharic)
    "ዋና ሥራ አስፈጻሚ*", "ዋና ስራ አስፈጻሚ*", "ዋና ሥራ አስኪያጅ*", "ዋና ስራ አስኪያጅ*", "የደህንነት ኃላፊ",
    // so (Somali)
    "agaasimaha guud", "madaxa amniga", "maareeyaha guud",
    // zu (Zulu)
    "isikhulu esiphezulu", "isikhulu esiphethe", "inhloko yezokuphepha",
    // Security's head as the major languages name the role ('responsabile della sicurezza', 'gerente de segurança', 'responsable de la sécurité', 'kierownik ds. bezpieczeństwa', 'руководитель службы безопасности', 'bilgi güvenliği müdürü', 'مدير أمن المعلومات', 'מנהל אבטחת המידע', '信息安全负责人', '정보보안 책임자', 'trưởng phòng an ninh', 'kepala keamanan informasi')
    "responsabile della sicurezza", "responsabile sicurezza", "direttore della sicurezza", "hoofd beveiliging", "hoofd informatiebeveiliging", "gerente de segurança", "diretor de segurança", "gestor de segurança", "coordenador de segurança", "gerente de seguridad", "director de seguridad", "responsable de seguridad", "responsable de la sécurité", "responsable sécurité", "directeur de la sécurité", "leiter der it sicherheit", "leiter it sicherheit", "sicherheitschef*", "kierownik ds bezpieczeństwa", "kierownik działu bezpieczeństwa", "dyrektor ds bezpieczeństwa", "руководитель службы безопасности", "начальник службы безопасности", "керівник служби безпеки", "начальник служби безпеки", "güvenliği müdürü*", "güvenlik müdürü*", "güvenlik sorumlusu*", "مدير أمن المعلومات", "رئيس قسم الأمن", "מנהל אבטחת המידע", "מנהל אבטחת מידע", "ממונה אבטחת מידע", "مدیر امنیت اطلاعات", "सूचना सुरक्षा प्रमुख", "信息安全负责人", "安全负责人", "資訊安全負責人", "情報セキュリティ責任者", "정보보안 책임자", "보안팀장", "보안 팀장", "trưởng phòng an ninh", "trưởng phòng bảo mật", "kepala keamanan informasi", "kepala divisi keamanan",
    // Korean with the copula joined on ('저는 정보보안 책임자입니다')
    "보안 책임자*", "정보보안 책임자*", "보안팀장*",
    // the chief executive as Italian, Spanish, Portuguese and Dutch title it
    "amministratore delegato", "amministratrice delegata", "direttore generale", "consejero delegado", "consejera delegada", "diretor presidente", "diretora presidente", "algemeen directeur",
    // Whoever answers for (cyber)security (en es fr pt it de nl pl ru tr sv)
    "head of cybersecurity", "cybersecurity lead", "cybersecurity officer", "cybersecurity manager", "security manager", "responsable de ciberseguridad", "responsable de seguridad", "responsable de la seguridad", "responsable de seguridad informática", "responsable de la ciberseguridad", "responsable de cybersécurité", "responsable de la sécurité", "responsable sécurité", "responsable de la cybersécurité", "responsável pela segurança", "responsável de segurança", "responsável pela cibersegurança", "responsabile della sicurezza", "responsabile sicurezza", "verantwortlicher für cybersicherheit", "leiter it sicherheit", "hoofd beveiliging", "kierownik ds bezpieczeństwa", "kierownik bezpieczeństwa", "руководитель службы безопасности", "ответственный за безопасность", "güvenlik sorumlusu", "siber güvenlik sorumlusu", "säkerhetsansvarig",
  ],
  I_AM: [
    // "This comes from the CISO", "coming straight from the CEO", but not a person or a budget said to come from a role's team:
    // "her successor comes directly from the CFO's team" (the source words with "this", "it" or "request" before them).
    "i am", "im", "this is", "this comes from", "this is coming from", "it comes from", "request comes from", "coming from", "this comes directly from", "coming directly from", "this comes straight from", "coming straight from", "direct from", "we are", "speaking as", "on behalf of", "message from", "sent by", "writing as",
    // Writing in one's capacity as a role: "Ég skrifa sem öryggisstjóri háskólans", "in my capacity as CISO", "بصفتي مدير أمن المعلومات".
    "i write as", "im writing as", "i am writing as", "in my capacity as", "ich schreibe als", "in meiner eigenschaft als", "in meiner funktion als", "je vous écris en tant que", "j écris en tant que",
    "en ma qualité de", "en tant que responsable", "escribo como", "le escribo como", "en mi calidad de", "en calidad de", "escrevo como", "na qualidade de", "na minha qualidade de",
    "scrivo come", "scrivo in qualità di", "in qualità di", "ik schrijf als", "in mijn hoedanigheid van", "in mijn hoedanigheid als", "piszę jako", "piszę jako", "пишу как", "пишу в качестве", "пишу як",
    "olarak yazıyorum", "sıfatıyla", "بصفتي", "की हैसियत से", "के नाते", "jag skriver som", "i egenskap av", "ég skrifa sem", "saya menulis sebagai", "selaku",
    "ich bin", "hier ist", "wir sind", "je suis", "nous sommes", "soy", "somos", "sou",
    "jestem", "jesteśmy", "я", "мы", "ben", "biz",
    "私は", "こちらは", "我是", "我们是", "저는", "나는", "우리는", "أنا", "نحن", "אני", "אנחנו", "मैं", "हम", "من",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "tôi là", "đây là", "eu sunt", "jsem", "ja som", "saya adalah", "saya ialah", "jag är", "jeg er",
    "olen", "minä olen", "είμαι", "mimi ni", "én vagyok", "ฉันคือ", "ผมคือ", "ฉันเป็น", "ผมเป็น",
    // ca (Catalan)
    "jo soc", "soc el", "soc la", "en nom de",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "ja sam", "u ime",
    // sr (Serbian Cyrillic)
    "ја сам", "у име",
    // sl (Slovenian)
    "jaz sem", "v imenu",
    // bg (Bulgarian)
    "аз съм", "от името на",
    // lt (Lithuanian)
    "aš esu", "esu",
    // lv (Latvian)
    "es esmu", "esmu",
    // et (Estonian)
    "ma olen", "mina olen",
    // is (Icelandic)
    "ég er", "fyrir hönd",
    // af (Afrikaans)
    "ek is", "ons is",
    // az (Azerbaijani)
    "mən",
    // kk (Kazakh)
    "мен",
    // ka (Georgian)
    "მე ვარ",
    // hy (Armenian)
    "ես",
  ],
  ROLE_COMPANION: ["assistant", "office", "delegate", "ea", "pa", "chief of staff", "secretary", "assistentin", "assistent", "assistante", "asistente", "assistente", "asystent*", "ассистент*", "asistan*", "秘書", "助理", "비서",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "trợ lý", "thư ký", "помічник*", "асистент*", "asistent*", "secretar*", "asisten", "sekretaris", "sekreterare", "sekretær", "avustaja", "sihteeri", "γραμματέας",
    "βοηθός", "asszisztens*", "titkár*", "ผู้ช่วย", "เลขานุการ",
    // kk (Kazakh)
    "көмекші*", "хатшы*",
    // uz (Uzbek)
    "yordamchi*", "kotib*",
    // ka (Georgian)
    "თანაშემწე*", "ასისტენტ*",
    // hy (Armenian)
    "օգնական*", "քարտուղար*",
    // az (Azerbaijani)
    "köməkçi*", "katib*",
    // af (Afrikaans): the possessive "se" follows the role ("die uitvoerende hoof se assistent")
    "se assistent", "se persoonlike assistent", "se sekretaresse", "se kantoor",
  ],
  BY_ORDER: [
    // On behalf of (de fr es pt pl ru tr ar he hi fa ro cs sk id da nb sw): an order too, not the writer's own identity (I_AM), so
    // authority.impersonation wants what it is used for after it ("Im Auftrag des Vorstands bitte ich um die reguläre
    // Bearbeitung" claims nothing).
    "im auftrag", "au nom de", "w imieniu", "от имени", "adına", "نيابة عن", "בשם", "की ओर से", "از طرف", "din partea", "jménem", "v mene", "atas nama",
    "på vegne af", "på vegne av", "kwa niaba ya",
    "by order of", "on orders from", "on the orders of", "on instruction from", "on the instructions of", "direct order from", "direct orders from",
    "auf anweisung", "im auftrag des", "sur ordre", "par ordre", "por orden", "por ordem", "na polecenie", "по приказу", "по распоряжению", "emriyle", "talimatıyla",
    "の命令", "の指示により", "奉", "지시로", "명령으로", "بأمر", "بناء على أوامر", "בהוראת", "के आदेश", "به دستور",
    "på uppdrag av", "i uppdrag av", "im auftrag von", "im auftrag der", "de la part de", "en nombre de", "em nome de", "a nome di", "namens",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "theo lệnh của", "theo chỉ đạo của", "за наказом", "за розпорядженням", "din ordinul", "la ordinul", "na příkaz", "na pokyn", "na príkaz", "atas perintah",
    "atas instruksi", "på order av", "på ordre fra", "etter ordre fra", "κατ εντολή", "με εντολή", "kwa amri ya", "ตามคำสั่งของ",
    // ca (Catalan)
    "per ordre de", "per indicació de",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "po nalogu", "po naredbi",
    // sr (Serbian Cyrillic)
    "по налогу", "по наређењу",
    // sl (Slovenian)
    "po naročilu", "po nalogu",
    // bg (Bulgarian)
    "по нареждане на", "по разпореждане на",
    // is (Icelandic)
    "að fyrirmælum", "samkvæmt fyrirmælum",
    // af (Afrikaans)
    "in opdrag van", "op bevel van",
    // az (Azerbaijani)
    "göstərişi ilə", "əmri ilə", "adından",
    // on someone's direct charge or instruction (en it es pt fr de nl pl ru uk tr sv)
    "at the direct request of", "on the direct instruction of", "on direct instructions from", "at the instruction of", "su incarico", "su incarico diretto", "per incarico", "su disposizione", "per disposizione", "su ordine", "por encargo de", "por encargo directo de", "por disposición de", "por determinação de", "a mando de", "sur instruction de", "sur instruction directe de", "à la demande expresse de", "im direkten auftrag", "auf direkte anweisung", "auf anordnung", "auf weisung", "in opdracht van", "op last van", "z polecenia", "na zlecenie", "по поручению", "по указанию", "за дорученням", "за вказівкою", "talimatı üzerine", "på direkt uppdrag av",
    // This request said to come straight from the top ("This request comes directly from the CEO", "Dies kommt direkt vom Vorstand", "Dit komt
    // rechtstreeks van de CEO", "Ceci vient directement du PDG", "Это указание напрямую от ..."); the role must follow within two
    // words. Only with "this" as the subject: "her successor comes directly from the CFO's team" is no order.
    "this request comes directly from", "this instruction comes directly from",
    "dies kommt direkt vom", "dies kommt direkt von", "das kommt direkt vom", "das kommt direkt von", "dit komt rechtstreeks van", "dit komt direct van",
    "ceci vient directement du", "ceci vient directement de", "cela vient directement du", "cela vient directement de", "esto viene directamente del", "esto viene directamente de",
    "isso vem diretamente do", "isso vem diretamente da", "questo arriva direttamente dal", "questo arriva direttamente dall", "questo viene direttamente dal",
    "to polecenie prosto od", "to polecenie bezpośrednio od", "это указание напрямую от", "это напрямую от", "це вказівка напряму від", "det här kommer direkt från", "ini perintah langsung dari",
  ],
  GAVE: ["gave", "given", "granted", "provided", "issued", "obtained", "received", "erteilt", "gegeben", "donné", "accordé", "dio", "otorgó", "deu", "concedeu", "udzielił*", "дал*", "verdi", "与えた", "给予", "给了", "부여", "منح", "נתן", "नितीन", "داد",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "надав*", "udělil*", "udelil*", "memberikan", "gav", "antoi", "έδωσε", "adott",
    // Plural and feminine forms (he, es, pt, fr, it, nl, pl, tr, fa): 'צוות האבטחה נתנו אישור', 'seguridad dieron su aprobación'
    "נתנה", "נתנו", "dieron", "otorgaron", "concedió", "concedieron", "deram", "concederam", "donnée", "accordée", "concesso", "concessa", "verleend", "udzieliła", "udzielili", "verdiler", "دادند",
  ],
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
