/** Concepts for claims of prior approval or authority: already (ALREADY), approved (APPROVED), by security (SECURITY); who claims it in authority-roles.ts, the acts of approving in approval-acts.ts (see override.ts for the entry syntax; the review in review.ts, skipping it in review-skip.ts, pressure in urgency.ts). */
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
    "approved", "authorized", "authorised", "cleared", "signed off", "greenlit", "green lit", "vetted", "okayed", "okd", "sanctioned", "validated", "endorsed",
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
} as const satisfies Record<string, readonly string[]>;
