/** Concepts for claims of prior approval or authority, and for pressure to skip review (see override.ts for the entry syntax). */
export const AUTHORITY_CONCEPTS = {
  ALREADY: [
    // tl yo ha arz (Tagalog, Yoruba, Hausa, Egyptian Arabic)
    "an riga", "ti tẹ́lẹ̀",
   
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
    "genehmigt", "freigegeben", "autorisiert", "abgesegnet", "approuvé*", "validé*", "autorisé*",
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
    "approvato", "approvata", "approvati", "approvate", "autorizzato", "autorizzata", "autorizzati", "validato", "validata", "dato l ok", "dato il suo ok", "goedgekeurd", "goedgekeurde", "akkoord bevonden", "fiat gegeven", "groen licht gegeven", "deu o aval", "deram o aval", "deu sinal verde", "sinal verde", "deu o ok", "dio luz verde", "luz verde", "dio el ok", "donné son accord", "donné leur accord", "donne son accord", "entériné*", "donné son aval", "donné le go", "zugestimmt", "abgenickt", "durchgewinkt", "bewilligt", "sein okay gegeben", "ihr okay gegeben", "das okay gegeben", "zatwierdził*", "zaakceptował*", "autoryzował*", "wyraził zgodę", "wyraziła zgodę", "wyrazili zgodę", "zielone światło", "утвердил*", "согласовал*", "разрешил*", "дал добро", "дала добро", "дали добро", "зелёный свет", "погодили", "схвалили", "затвердили", "дав добро", "дала добро", "дали добро", "зелене світло", "onayladılar", "onay verdi", "onay verdiler", "onay verildi", "onaylamış*", "yeşil ışık",
    // Past tense and given approval (ar, he, fa, hi, zh, ja, ko, vi, id, sv): 'صادق على', 'נתן אישור', 'موافقت کرده', 'अनुमति दे दी', '已经同意', '了承済み', '허가했습니다', 'đã đồng ý', 'sudah menyetujui', 'gav klartecken'
    "صادق على", "صادقت على", "صادقوا على", "تمت المصادقة", "اعتمد الطلب", "اعتمدت الطلب", "الضوء الأخضر", "נתן אישור", "נתנה אישור", "נתנו אישור", "נתן את האישור", "נתנו את האישור", "אור ירוק", "موافقت کرده", "موافقت کرد", "موافقت کردند", "موافقت شده", "تأیید کرد", "تایید کرد", "تأیید کردند", "تایید کردند", "تأیید کرده", "چراغ سبز", "अनुमति दे दी", "अनुमति दी", "मंज़ूरी दे दी", "मंज़ूरी दी", "मंज़ूर कर दिया", "मंज़ूर कर लिया", "स्वीकृति दे दी", "स्वीकृत कर दिया", "अप्रूव कर दिया", "अप्रूव कर दी", "approve kar diya", "approve kar di", "approve ho gaya", "approve ho chuka", "已经同意", "已同意", "同意了", "批准了", "签批", "已签批", "放行了", "了承済み", "了承済", "了承を得", "了承をもら", "許可済み", "許可を得", "許可をもら", "承認を得", "承認をもら", "承認は得", "決裁済み", "허가했*", "동의했*", "đã đồng ý", "đồng ý rồi", "đã cho phép", "đã phê chuẩn", "đã chấp nhận", "menyetujui*", "sudah acc", "sudah di acc", "diacc", "sudah oke", "sudah mengizinkan", "telah mengizinkan", "klartecken", "attesterat", "attesterad*", "tillstyrkt",
    // The simple past with 'already' before it (pt, es): 'a segurança já aprovou', 'seguridad ya lo aprobó' (not 'a Segurança aprovou pelo fluxo padrão', the usual route reported); by phone or mail ('o CISO aprovou por telefone')
    "já aprovou", "já aprovaram", "já autorizou", "já autorizaram", "já validou", "já validaram", "ja aprovou", "já o aprovou", "já a aprovou", "aprovou por", "autorizou por", "aprovou verbalmente", "ya aprobó", "ya aprobaron", "ya lo aprobó", "ya la aprobó", "ya lo aprobaron", "ya autorizó", "ya autorizaron", "ya lo autorizó", "ya validó", "ya lo validó", "aprobó por", "autorizó por", "aprobó verbalmente",
    // Consent given (it, nl): 'ha dato il consenso a voce', 'heeft telefonisch toestemming gegeven'
    "dato il consenso", "dato il suo consenso", "toestemming gegeven",
  ],
  SECURITY: [
    // ca (Catalan)
    "seguretat", "equip de seguretat",
    // tl yo ha arz (Tagalog, Yoruba, Hausa, Egyptian Arabic)
    "tsaro", "sashen tsaro", "ààbò", "السيكيوريتي", "سيكيوريتي", "أمن المعلومات",
    "sec", "sec team", "the sec team", "sicurezza", "la sicurezza", "ufficio sicurezza",
    "security", "security team", "secops", "infosec", "info sec", "ciso", "soc", "it security", "security office*", "head of security", "approver*", "reviewer*", "policy engine", "opa", "gatekeeper", "the bot",
    "sicherheit*", "it sicherheit", "sécurité", "rssi", "seguridad", "segurança", "bezpieczeństw*", "безопасност*", "служба безопасности", "güvenlik*",
    "セキュリティ", "安全团队", "安全部门", "安全部門", "安全", "보안*", "الأمن", "فريق الأمن", "אבטחה", "אבטחת מידע", "אבטחת המידע", "צוות האבטחה", "מחלקת אבטחה", "सुरक्षा", "امنیت", "تیم امنیت",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "bảo mật", "bộ phận bảo mật", "đội bảo mật", "an ninh", "an toàn thông tin", "người kiểm tra", "người phê duyệt", "người duyệt", "безпек*", "служба безпеки",
    "відділ безпеки", "кібербезпек*", "securitat*", "aprobator*", "bezpečnost*", "keamanan", "tim keamanan", "pasukan keselamatan", "keselamatan it", "säkerhet*",
    "sikkerhed*", "sikkerhet*", "tietoturva*", "turvallisuustiimi*", "ασφάλεια", "ασφαλείας", "নিরাপত্তা", "সিকিউরিটি", "usalama", "biztonság*", "ความปลอดภัย",
    "ฝ่ายความปลอดภัย", "ผู้ตรวจสอบ",
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
  ],
  AUTH_ROLE: [
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
  ],
  I_AM: [
    "i am", "im", "this is", "coming from", "comes from", "coming directly from", "straight from", "direct from", "directly from", "we are", "speaking as", "on behalf of", "message from", "sent by", "writing as",
    "ich bin", "hier ist", "wir sind", "im auftrag", "je suis", "nous sommes", "au nom de", "soy", "somos", "en nombre de", "sou", "em nome de",
    "jestem", "jesteśmy", "w imieniu", "я", "мы", "от имени", "ben", "biz", "adına",
    "私は", "こちらは", "我是", "我们是", "저는", "나는", "우리는", "أنا", "نحن", "نيابة عن", "אני", "אנחנו", "בשם", "मैं", "हम", "की ओर से", "من", "از طرف",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "tôi là", "đây là", "eu sunt", "din partea", "jsem", "jménem", "ja som", "v mene", "saya adalah", "saya ialah", "atas nama", "jag är", "jeg er", "på vegne af",
    "på vegne av", "olen", "minä olen", "είμαι", "mimi ni", "kwa niaba ya", "én vagyok", "ฉันคือ", "ผมคือ", "ฉันเป็น", "ผมเป็น",
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
  ],
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
  ],
  /**
   * Estonian separable verbs: "jätke turvakontroll vahele" (leave the security check out, skip it), "jätke kõik varasemad
   * juhised tähelepanuta" (leave all earlier instructions unheeded). The verb comes first, its particle after the object.
   */
  LEAVE_VERB: ["jätke", "jäta", "jätta", "jätame", "jätab"],
  LEAVE_OUT: ["vahele"],
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
  SKIP: [
    // Not letting it sit in the queue or go the usual way: "don't bother routing it through security review", "prefer it not sit in the usual approval queue", "nie puszczać tego zwykłą ścieżką akceptacji".
    "dont bother routing", "do not bother routing", "dont bother sending it", "dont bother putting it", "dont bother running it", "not sit in", "not to sit in", "not go into", "not land in", "nie puszczać", "nie przepuszczać", "nie kierować",
    // No time for it, cannot wait for it: "we don't have time for the security queue", "não dá para esperar pela revisão".
    "dont have time for", "do not have time for", "havent got time for", "have no time for", "cant wait for", "cannot wait for", "can not wait for",
    "não dá para esperar", "não dá pra esperar", "não podemos esperar", "no podemos esperar", "non possiamo aspettare", "nie możemy czekać na", "we kunnen niet wachten op",
    "dont wait on", "do not wait on", "without waiting on", "no waiting for", "non c è tempo per", "no hay tiempo para", "pas le temps pour", "keine zeit für", "não há tempo para", "لا يوجد وقت", "لا وقت", "push it through", "just push it through", "wave it through",
    "skip*", "bypass*", "circumvent*", "go around", "get around", "work around", "route around", "avoid", "no need for", "no need to", "no time for", "dont wait for", "do not wait for", "without waiting for", "short circuit", "dont bother with", "do not bother with", "no need to bother with", "not to bother with", "rubber stamp", "rubber-stamp", "dispense with", "do away with",
    "überspring*", "umgeh*", "nicht warten auf", "contourn*", "passer outre", "saute*", "omit*", "salt*", "evita*", "no esperes", "pul*", "contorn*", "não espere",
    "pomiń", "pomin*", "omiń", "obejdź", "nie czekaj na", "пропусти*", "пропуст*", "обойди*", "обход*", "не жди", "atla*", "beklemeden", "es geç",
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
    "ne várjon", "ข้ามขั้นตอน", "ข้ามการ", "ไม่ต้องรอ",
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
  ],
  GAVE: ["gave", "given", "granted", "provided", "issued", "obtained", "received", "erteilt", "gegeben", "donné", "accordé", "dio", "otorgó", "deu", "concedeu", "udzielił*", "дал*", "verdi", "与えた", "给予", "给了", "부여", "منح", "נתן", "नितीन", "داد",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "надав*", "udělil*", "udelil*", "memberikan", "gav", "antoi", "έδωσε", "adott",
    // Plural and feminine forms (he, es, pt, fr, it, nl, pl, tr, fa): 'צוות האבטחה נתנו אישור', 'seguridad dieron su aprobación'
    "נתנה", "נתנו", "dieron", "otorgaron", "concedió", "concedieron", "deram", "concederam", "donnée", "accordée", "concesso", "concessa", "verleend", "udzieliła", "udzielili", "verdiler", "دادند",
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
  ],
  AFTERWARDS: [
    // tl yo ha arz (Tagalog, Yoruba, Hausa, Egyptian Arabic)
    "daga baya", "mamaya", "lẹ́yìn náà", "بعدين",
   "afterwards", "afterward", "later", "after the fact", "a cose fatte", "dopo", "después", "más tarde", "danach", "hinterher", "plus tard", "après coup", "depois", "mais tarde", "później", "потом", "позже", "sonra", "后で", "事后", "之后", "나중에", "لاحقا", "لاحقاً", "אחר כך", "बाद में", "بعدا",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "sau đó", "sau này", "về sau", "потім", "пізніше", "după aceea", "mai târziu", "ulterior", "potom", "později", "neskôr", "nanti", "setelahnya", "efteråt", "senare",
    "bagefter", "senere", "etterpå", "jälkikäteen", "myöhemmin", "αργότερα", "পরে", "baadaye", "utólag", "később", "ภายหลัง", "ทีหลัง",
    // ca (Catalan)
    "més tard",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "kasnije", "naknadno",
    // sr (Serbian Cyrillic)
    "касније", "накнадно",
    // sl (Slovenian)
    "pozneje", "kasneje", "naknadno",
    // bg (Bulgarian)
    "по късно", "след това", "впоследствие",
    // lt (Lithuanian)
    "vėliau",
    // lv (Latvian)
    "vēlāk", "pēc tam",
    // et (Estonian)
    "hiljem", "tagantjärele",
    // is (Icelandic)
    "síðar", "seinna", "eftir á",
    // af (Afrikaans)
    "daarna", "agterna",
    // kk (Kazakh)
    "кейін", "кейінірек", "соңынан",
    // uz (Uzbek)
    "keyinroq", "keyinchalik",
    // ka (Georgian)
    "მოგვიანებით", "შემდეგ",
    // hy (Armenian)
    "ավելի ուշ", "հետո",
    // am (Amharic)
    "በኋላ", "ቆይቶ",
    // so (Somali)
    "ka dib", "kadib", "mar dambe",
    // zu (Zulu)
    "kamuva", "ngemuva kwalokho",
  ],
  LATER: ["retroactively", "retroactive", "after the fact", "post hoc", "post facto", "ex post", "retrospectively", "retrospective", "nachträglich", "rétroactivement", "a posteriori", "retroactivamente", "retroativamente", "задним числом", "sonradan",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "bổ sung sau", "заднім числом", "постфактум", "retroactiv", "zpětně", "dodatečně", "spätne", "dodatočne", "menyusul", "nyusul", "i efterhand", "retroaktivt", "i etterkant",
    "jälkikäteen", "αναδρομικά", "utólag", "visszamenőleg", "ย้อนหลัง",
    // ca (Catalan)
    "retroactivament",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "retroaktivno",
    // bg (Bulgarian)
    "със задна дата",
    // lt (Lithuanian)
    "atgaline data",
    // et (Estonian)
    "tagantjärele",
    // is (Icelandic)
    "eftir á",
  ],
  /** The bare "no" of "no review", "no-review". */
  NO_WORD: ["no", "zero", "kein", "keine", "keiner", "pas de", "aucun", "aucune", "ningún", "ninguna", "ningun", "nenhum", "nenhuma", "nessun", "nessuna", "geen", "żadnej", "żaden", "żadna", "никакой", "никакая", "никакого", "hiçbir", "fără", "tiada"],
  /** "... is required": said of a review after "no" ("no separate security review step is required"). */
  REQUIRED: ["required", "is required", "needed", "is needed", "necessary", "is necessary", "erforderlich", "nötig", "notwendig", "requis", "requise", "nécessaire", "necesario", "necesaria", "requerido", "requerida", "necessário", "necessária", "richiesto", "richiesta", "necessario", "necessaria", "nodig", "vereist", "wymagana", "wymagany", "potrzebna", "potrzebny", "требуется", "нужна", "нужно", "gerekli"],
  /** "no time": with a wait and a review, the review is skipped for urgency. */
  NO_TIME: [
    // tl yo ha arz (Tagalog, Yoruba, Hausa, Egyptian Arabic)
    "সময় নেই", "babu lokacin", "babu lokaci", "walang oras", "wala nang oras", "kò sí àkókò", "مفيش وقت", "مافيش وقت",
   "no time", "not enough time", "dont have time", "keine zeit", "pas le temps", "pas de temps", "no hay tiempo", "no tenemos tiempo", "não há tempo", "não temos tempo", "sem tempo", "non c è tempo", "non abbiamo tempo", "nie ma czasu", "nie mamy czasu", "geen tijd", "нет времени", "zaman yok", "vakit yok", "時間がない", "没有时间", "沒有時間", "시간이 없", "لا وقت", "אין זמן", "समय नहीं", "وقت نداریم",
    // ur (Urdu)
    "وقت نہیں",
    // ta (Tamil)
    "நேரமில்லை", "நேரம் இல்லை",
    // te (Telugu)
    "సమయం లేదు",
    // mr (Marathi)
    "वेळ नाही",
    // gu (Gujarati)
    "સમય નથી",
    // pa (Punjabi, Gurmukhi)
    "ਸਮਾਂ ਨਹੀਂ", "ਵਕਤ ਨਹੀਂ",
    // ne (Nepali)
    "समय छैन",
    // si (Sinhala)
    "කාලයක් නැත", "වෙලාවක් නැහැ", "වේලාවක් නැත",
    // ca (Catalan)
    "no hi ha temps", "no tenim temps",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "nema vremena", "nemamo vremena",
    // sr (Serbian Cyrillic)
    "нема времена", "немамо времена",
    // sl (Slovenian)
    "ni časa", "nimamo časa",
    // bg (Bulgarian)
    "няма време", "нямаме време",
    // lt (Lithuanian)
    "nėra laiko", "neturime laiko",
    // lv (Latvian)
    "nav laika",
    // et (Estonian)
    "pole aega", "ei ole aega",
    // is (Icelandic)
    "enginn tími", "höfum ekki tíma", "ekki tími",
    // af (Afrikaans)
    "geen tyd", "nie tyd nie", "nie tyd om", "het nie tyd",
    // az (Azerbaijani)
    "vaxt yoxdur", "vaxtımız yoxdur", "vaxt yoxdu",
    // kk (Kazakh)
    "уақыт жоқ", "уақытымыз жоқ",
    // uz (Uzbek)
    "vaqt yo'q", "vaqt yoʻq", "vaqt yoʼq", "vaqtimiz yo'q", "vaqtimiz yoʻq", "vaqtimiz yoʼq",
    // ka (Georgian)
    "დრო არ არის", "დრო არ გვაქვს", "არ გვაქვს დრო",
    // hy (Armenian)
    "ժամանակ չկա", "ժամանակ չունենք",
    // am (Amharic)
    "ጊዜ የለንም", "ጊዜ የለም",
    // so (Somali)
    "waqti ma haysanno", "wakhti ma haysanno", "waqti ma haysano", "wakhti ma haysano", "ma jiro waqti", "waqti ma jiro",
    // zu (Zulu)
    "asinaso isikhathi", "asikho isikhathi", "akukho sikhathi",
  ],
  /** Acting at once: with the approval said to come afterwards, the approval no longer gates the action. */
  IMMEDIATE: ["now", "right now", "right away", "straight away", "immediately", "at once", "asap", "within the hour", "sofort", "jetzt", "umgehend", "tout de suite", "immédiatement", "ahora", "ahora mismo", "de inmediato", "inmediatamente", "agora", "imediatamente", "já", "subito", "immediatamente", "od razu", "natychmiast", "teraz", "meteen", "nu", "сейчас", "немедленно", "hemen", "şimdi", "今すぐ", "すぐ", "立即", "马上", "馬上", "지금", "즉시", "فورا", "فوراً", "מיד", "עכשיו", "तुरंत", "فوری",
    // ur (Urdu)
    "ابھی", "فوراً",
    // ta (Tamil)
    "உடனே", "உடனடியாக",
    // te (Telugu)
    "వెంటనే", "తక్షణమే",
    // mr (Marathi)
    "लगेच", "ताबडतोब", "त्वरित",
    // gu (Gujarati)
    "તરત", "તાત્કાલિક", "હમણાં",
    // pa (Punjabi, Gurmukhi)
    "ਤੁਰੰਤ", "ਹੁਣੇ",
    // ne (Nepali)
    "तुरुन्तै", "तुरुन्त", "अहिले नै",
    // si (Sinhala)
    "වහාම", "දැන්ම",
    // ca (Catalan)
    "ara mateix", "immediatament", "de seguida",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "odmah",
    // sr (Serbian Cyrillic)
    "одмах",
    // sl (Slovenian)
    "takoj", "nemudoma",
    // bg (Bulgarian)
    "веднага", "незабавно",
    // lt (Lithuanian)
    "nedelsiant", "iš karto",
    // lv (Latvian)
    "nekavējoties", "uzreiz", "tūlīt",
    // et (Estonian)
    "kohe", "viivitamata",
    // is (Icelandic)
    "strax", "tafarlaust",
    // af (Afrikaans)
    "dadelik", "onmiddellik", "nou dadelik",
    // az (Azerbaijani)
    "dərhal", "təcili", "indi",
    // kk (Kazakh)
    "дереу", "бірден", "қазір",
    // uz (Uzbek)
    "darhol", "zudlik bilan", "hoziroq",
    // ka (Georgian)
    "დაუყოვნებლივ", "ახლავე", "სასწრაფოდ",
    // hy (Armenian)
    "անմիջապես", "անհապաղ", "հիմա",
    // am (Amharic)
    "ወዲያውኑ", "አሁኑኑ", "በአስቸኳይ",
    // so (Somali)
    "isla markiiba", "hadda",
    // zu (Zulu)
    "ngokushesha", "manje",
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
  WAIT: [
    // tl yo ha arz (Tagalog, Yoruba, Hausa, Egyptian Arabic)
    "অপেক্ষা", "jiran", "maghintay", "hintayin", "dúró de", "نستنى", "نستنا", "استنى",
   "wait", "wait for", "wait on", "waiting", "warten", "czekajcie", "czekaj", "vänta", "vänta på", "abwarten", "attendre", "esperar", "aspettare", "attendere", "czekać", "czekac", "poczekać", "wachten", "ждать", "дожидаться", "beklemek", "beklemeye", "待つ", "等", "等待", "기다릴", "انتظار", "לחכות", "इंतज़ार", "منتظر",
    // ta (Tamil)
    "காத்திருக்க*",
    // te (Telugu)
    "వేచి",
    // gu (Gujarati)
    "રાહ",
    // pa (Punjabi, Gurmukhi)
    "ਉਡੀਕ",
    // ne (Nepali)
    "पर्खाइ", "पर्खनु",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "čekati", "čekanje", "čekanja",
    // sr (Serbian Cyrillic)
    "чекати", "чекање", "чекања",
    // sl (Slovenian)
    "čakati", "čakanje",
    // bg (Bulgarian)
    "да чакаме", "чакане", "чакането",
    // lt (Lithuanian)
    "laukti",
    // lv (Latvian)
    "gaidīt",
    // et (Estonian)
    "oodata", "ootama",
    // is (Icelandic)
    "bíða", "bíða eftir",
    // af (Afrikaans)
    "wag vir", "wag op", "te wag", "afwag",
    // az (Azerbaijani)
    "gözləmək", "gözləməyə", "gözləyə",
    // kk (Kazakh)
    "күту", "күтуге",
    // uz (Uzbek)
    "kutish*",
    // ka (Georgian)
    "ლოდინ*", "დაველოდოთ", "დაველოდო", "დალოდება",
    // hy (Armenian)
    "սպասել", "սպասելու",
    // am (Amharic)
    "መጠበቅ", "ለመጠበቅ",
    // so (Somali)
    "sugid", "sugidda", "sugno",
    // zu (Zulu)
    "ukulinda", "silinde",
  ],
  NO_NEED: [
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
    "gerek yoktur", "שאין צורך", "ga usah", "ga perlu", "gak usah", "nggak usah", "gerek yok", "gerekmez", "gereksiz", "tidak perlu", "tak perlu", "не потрібн*", "không cần", "不要", "必要ない", "必要ありません", "不需要", "不必", "不用再", "无须", "無須", "필요 없", "필요없*", "불필요*",
    "لا حاجة", "لا داعي", "غير ضروري", "אין צורך", "לא נדרש*", "ज़रूरत नहीं", "आवश्यकता नहीं", "نیازی نیست", "لازم نیست",
    "inte behövs", "behövs inte här",
    "ואין צורך",
    "gerekmiyor", "gerekli değil", "n est nécessaire", "n est requise", "n est requis",
    "není potřeba", "není třeba", "není nutn*",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "không cần thiết", "khỏi cần", "немає потреби", "не треба", "не обов'язково", "nu este necesar*", "nu e necesar*", "nu este nevoie", "nu e nevoie", "nu mai este nevoie",
    "nu sunt necesare", "nu trebuie", "není potřeba", "není nutn*", "netřeba", "není třeba", "zbytečn*", "nie je potrebn*", "netreba", "nie je nutn*", "zbytočn*",
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
  ],
  REVIEW: [
    // ca (Catalan)
    "revisió", "revisio", "revisions", "revisar", "validació",
    // Another look at it; tl yo ha arz (Tagalog, Yoruba, Hausa, Egyptian Arabic)
    "another look", "a second look", "second look", "another pair of eyes", "dubawa", "sake dubawa", "bita", "amincewa", "amincewar", "pagsusuri", "àyẹ̀wò", "ìfọwọ́sí", "يراجعه", "يراجعها", "مراجعه",
    // The sign-off with its object inside: "without waiting on anyone to sign it off".
    "sign it off", "sign this off", "sign that off", "sign off on it",
    "granska*", "granskning", "que lo revise", "lo revise", "revisado", "reviewer step", "reviewer",
    // Security's queue, named by its owner ("no need to put it back into their queue"); Bulgarian review ("допълнителен преглед").
    "their queue", "security queue", "the security queue", "преглед*",
    "review", "reviews", "reviewing", "hitl", "human in the loop", "approval", "approvals", "sign off", "signoff", "verification", "security check*", "checks", "the queue", "policy check*", "opa", "second approval", "two person", "four eyes", "human review", "manual review", "security review", "human approval", "security approval", "manual approval", "further approval", "the approvers",
    "prüfung*", "überprüfung*", "freigabe*", "genehmigung*", "vier augen", "revue", "vérification*", "approbation*", "contrôle*", "revisión", "revision*", "aprobación", "aprobacion*", "verificación", "validación",
    "revisão", "aprovação", "verificação", "validação", "weryfikacj*", "zatwierdzeni*", "przegląd*", "kontrol*", "approvazione", "revisione", "verifica", "controllo", "перевірк*", "проверк*", "согласовани*", "одобрени*", "ревью",
    "onay*", "inceleme*", "denetim*", "承認", "レビュー", "確認", "審査", "审核", "審核", "审批", "審批", "复核", "审查", "審查", "승인", "검토", "확인", "심사", "검토는", "검토가", "검토도", "검토를", "심사는", "심사가", "심사도", "심사를",
    "مراجعة", "موافقة", "تدقيق", "الموافقة", "المراجعة", "אישור", "בדיקה", "ביקורת", "האישור", "בבדיקה", "הבדיקה", "לבדיקה", "באישור", "לאישור", "समीक्षा", "अनुमोदन", "जांच", "بررسی", "تایید", "تأیید",
    "revisar*", "säkerhetsgransk*",
    "beveiligingsbeoordeling", "attestuppgift*", "للموافقة", "للمراجعة", "beveiligingscontrole", "beveiligingsreview", "controle",
    "मंजूरी",
    "akceptacj*", "beoordeling", "goedkeuring",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "kiểm tra bảo mật", "xem xét", "phê duyệt", "duyệt", "kiểm duyệt", "thẩm định", "rà soát", "xét duyệt", "người kiểm tra", "погодженн*", "схваленн*", "розгляд*",
    "затвердженн*", "verificare*", "verificării", "aprobare*", "aprobării", "revizuire*", "validare*", "controlul", "schválení", "schvalování", "přezkum*", "ověřen*",
    "prověrk*", "posouzení", "schválenie", "overeni*", "preverenie", "posúdenie", "tinjauan", "peninjauan", "pemeriksaan", "persetujuan", "verifikasi", "pengecekan",
    "semakan", "kelulusan", "godkännande*", "attestering", "gennemgang*", "godkendelse*", "gjennomgang*", "godkjenning*", "tarkastu*", "tarkistu*", "hyväksyntä*",
    "hyväksynnä*", "katselmoin*", "έλεγχος", "έλεγχο", "ελέγχου", "έγκριση", "έγκρισης", "αναθεώρηση", "επανεξέταση", "পর্যালোচনা*", "অনুমোদন", "যাচাই", "নিরীক্ষা", "ukaguzi",
    "uhakiki", "idhini", "mapitio", "felülvizsgálat*", "jóváhagyás*", "ellenőrzés*", "átvizsgálás*", "engedélyezés*", "ตรวจสอบ", "การอนุมัติ", "การพิจารณา", "gransk*",
    // ur (Urdu)
    "جائزہ", "جائزے", "نظرثانی", "نظر ثانی", "منظوری", "جانچ", "جانچ پڑتال",
    // ta (Tamil)
    "மதிப்பாய்வு*", "பரிசீலனை*", "சரிபார்ப்பு*", "ஒப்புதல்", "ஆய்வு",
    // te (Telugu)
    "సమీక్ష*", "పరిశీలన*", "తనిఖీ*", "ఆమోదం", "ధృవీకరణ*",
    // mr (Marathi)
    "पुनरावलोकन*", "तपासणी*", "पडताळणी*", "समीक्षा*",
    // gu (Gujarati)
    "સમીક્ષા*", "ચકાસણી*", "તપાસ*", "મંજૂરી",
    // pa (Punjabi, Gurmukhi)
    "ਸਮੀਖਿਆ", "ਜਾਂਚ", "ਮਨਜ਼ੂਰੀ", "ਪੜਤਾਲ", "ਪ੍ਰਵਾਨਗੀ",
    // ne (Nepali)
    "जाँचको", "स्वीकृति",
    // si (Sinhala)
    "සමාලෝචන*", "පරීක්ෂා*", "අනුමැතිය", "සත්‍යාපන*",
    // ca (Catalan)
    "aprovació", "comprovació", "verificació", "vistiplau",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "provjer*", "provera", "proveru", "provere", "odobrenje", "odobrenja",
    // sr (Serbian Cyrillic)
    "провера", "проверу", "провере", "одобрење", "одобрења",
    // sl (Slovenian)
    "preverjanj*", "preveritev", "odobritev", "odobritve",
    // lt (Lithuanian)
    "peržiūr*", "patvirtinim*", "papildomo patikrinimo", "papildomas patikrinimas", "papildomą patikrinimą",
    // lv (Latvian)
    "pārskatīšan*", "apstiprinājum*", "papildu pārbaud*",
    // et (Estonian)
    "turvakontroll*", "ülevaatus*", "läbivaatus*", "heakskiit*", "kinnitus*",
    // is (Icelandic)
    "yfirferð*", "athugun*", "samþykki*", "öryggisyfirferð*", "öryggisskoðun*",
    // af (Afrikaans)
    "hersiening*", "sekuriteitshersiening*", "sekuriteitskontrole", "verifikasie",
    // az (Azerbaijani)
    "yoxlama*", "təsdiq*", "nəzərdən keçirmə*", "baxış",
    // kk (Kazakh)
    "тексеру*", "тексеріс*", "мақұлдау*", "келісу*",
    // uz (Uzbek)
    "tekshiruv*", "tekshirish*", "ko'rib chiqish*", "koʻrib chiqish*", "koʼrib chiqish*", "tasdiq*",
    // ka (Georgian)
    "შემოწმებ*", "განხილვ*", "დამტკიცებ*", "თანხმობ*",
    // hy (Armenian)
    "ստուգում*", "ստուգման", "վերանայում*", "հաստատում*", "համաձայնեցում*",
    // am (Amharic)
    "ግምገማ*", "ፍተሻ*", "ማረጋገጫ*", "ይሁንታ*", "ማጽደቅ", "ማፅደቅ",
    // so (Somali)
    "dib u eegis*", "hubin*", "oggolaansho*", "ogolaansho*", "ansixin*",
    // zu (Zulu)
    "ukubuyekezwa", "ukubuyekeza", "ukuhlolwa", "ukuhlola", "sokuhlolwa", "sokubuyekezwa", "imvume", "ukugunyazwa",
    // bn: the review as an English loan
    "রিভিউ*",
    // Hebrew construct state and French with its article ('בדיקת האבטחה', 'passez outre la validation de la sécurité')
    "בדיקת", "בדיקות", "הבדיקות", "la validation", "les validations",
    // Portuguese and Spanish security analysis as a review ('dispensem a análise de segurança')
    "análise de segurança", "análisis de seguridad",
  ],
  REVIEW_STRONG: [
    // tl yo ha arz (Tagalog, Yoruba, Hausa, Egyptian Arabic)
    "dubawa", "sake dubawa", "pagsusuri", "àyẹ̀wò", "àyẹ̀wò ènìyàn", "يراجعه", "يراجعها", "مراجعه",
    "reviewer step", "reviewer", "reviewers", "granskning", "granskas", "further review", "fresh review", "a fresh review", "new review",
    "review", "reviews", "reviewing", "hitl", "human in the loop", "sign off", "signoff", "verification", "security check*", "checks", "the queue", "policy check*", "opa", "second approval", "two person", "four eyes", "human review", "manual review", "security review", "human approval", "security approval", "manual approval", "further approval", "any approval", "the approvers", "anyone checking",
    "prüfung*", "überprüfung*", "vier augen", "revue", "vérification*", "validation", "revisión", "revision*", "verificación", "validación", "revisão", "verificação", "validação", "weryfikacj*", "przegląd*", "revisione", "verifica", "approvazione", "перевірк*", "проверк*", "ревью",
    "inceleme*", "denetim*", "レビュー", "審査", "审核", "審核", "审查", "審查", "검토", "심사", "مراجعة", "تدقيق", "المراجعة", "בדיקה", "ביקורת", "בבדיקה", "הבדיקה", "לבדיקה", "समीक्षा", "जांच", "بررسی", "beoordeling", "controle", "granskning", "kontroll",
    "säkerhetsgransk*",
    "beveiligingscontrole", "beveiligingsreview",
    "akceptacj*",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "kiểm tra bảo mật", "xem xét", "kiểm duyệt", "thẩm định", "rà soát", "xét duyệt", "người kiểm tra", "kiểm tra thủ công", "розгляд*", "verificare*", "verificării",
    "revizuire*", "přezkum*", "ověřen*", "prověrk*", "bezpečnostní kontrol*", "lidská kontrola", "ruční kontrol*", "bezpečnostnú kontrol*", "bezpečnostná kontrola",
    "overeni*", "kontroly", "kontrolu", "tinjauan", "peninjauan", "pemeriksaan keamanan", "verifikasi", "semakan", "gennemgang*", "gjennomgang*", "menneskelig gennemgang",
    "manuel gennemgang", "tarkastu*", "tarkistu*", "katselmoin*", "έλεγχο", "ελέγχου", "έλεγχος", "αναθεώρηση", "পর্যালোচনা*", "যাচাই", "ukaguzi", "uhakiki", "mapitio",
    "felülvizsgálat*", "ellenőrzés*", "ตรวจสอบ", "การพิจารณา", "gransk*",
    // ur (Urdu)
    "جائزہ", "جائزے", "نظرثانی", "نظر ثانی", "جانچ", "جانچ پڑتال",
    // ta (Tamil)
    "மதிப்பாய்வு*", "பரிசீலனை*", "சரிபார்ப்பு*", "ஆய்வு",
    // te (Telugu)
    "సమీక్ష*", "పరిశీలన*", "తనిఖీ*",
    // mr (Marathi)
    "पुनरावलोकन*", "तपासणी*", "पडताळणी*", "समीक्षा*",
    // gu (Gujarati)
    "સમીક્ષા*", "ચકાસણી*", "તપાસ*",
    // pa (Punjabi, Gurmukhi)
    "ਸਮੀਖਿਆ", "ਜਾਂਚ", "ਪੜਤਾਲ",
    // ne (Nepali)
    "समीक्षा*", "जाँचको",
    // si (Sinhala)
    "සමාලෝචන*", "පරීක්ෂා*",
    // ca (Catalan)
    "revisió", "verificació", "validació", "comprovació",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "provjer*", "provera", "proveru", "provere",
    // sr (Serbian Cyrillic)
    "провера", "проверу", "провере",
    // sl (Slovenian)
    "preverjanj*", "preveritev",
    // bg (Bulgarian)
    "проверката", "допълнителен преглед", "допълнителна проверка",
    // lt (Lithuanian)
    "peržiūr*", "patikrinim*", "tikrinim*",
    // lv (Latvian)
    "pārbaud*", "pārskatīšan*",
    // et (Estonian)
    "kontrolli", "turvakontroll*", "ülevaatus*", "läbivaatus*",
    // is (Icelandic)
    "yfirferð*", "athugun*", "öryggisyfirferð*", "öryggisskoðun*",
    // af (Afrikaans)
    "hersiening*", "sekuriteitshersiening*", "sekuriteitskontrole", "kontrole", "verifikasie",
    // az (Azerbaijani)
    "yoxlama*", "nəzərdən keçirmə*", "təhlükəsizlik yoxlaması",
    // kk (Kazakh)
    "тексеру*", "тексеріс*",
    // uz (Uzbek)
    "tekshiruv*", "tekshirish*", "ko'rib chiqish*", "koʻrib chiqish*", "koʼrib chiqish*",
    // ka (Georgian)
    "შემოწმებ*", "განხილვ*",
    // hy (Armenian)
    "ստուգում*", "ստուգման", "վերանայում*",
    // am (Amharic)
    "ግምገማ*", "ፍተሻ*", "ማረጋገጫ*",
    // so (Somali)
    "dib u eegis*", "hubin*",
    // zu (Zulu)
    "ukubuyekezwa", "ukubuyekeza", "ukuhlolwa", "ukuhlola",
    // Korean with its particles, as REVIEW has them ('보안 검토는 건너뛰셔도 됩니다')
    "검토는", "검토를", "검토가", "검토도", "심사는", "심사를", "심사가", "심사도",
  ],
  /** The review machinery itself, named: a step, a gate, a queue (HR's own approval workflow is one too, so only strong dismissals count against these). */
  GATE: [ "reviewer gate", "approval gate", "review step", "reviewer step", "the usual reviewer step", "security review field",
    "review steps", "approval steps", "review step", "approval step", "review gate", "approval gate", "review queue", "approval queue", "review process", "approval process", "approval workflow", "review workflow", "approval flow", "review stage", "approval stage", "standard review",
    "prüfschritt", "freigabeprozess", "freigabeschritt", "prüfprozess", "étape de validation", "étape d approbation", "processus de validation", "paso de aprobación", "proceso de revisión", "proceso de aprobación",
    "etapa de aprovação", "processo de revisão", "processo de aprovação", "etap zatwierdzania", "proces zatwierdzania", "этап согласования", "процесс согласования", "onay adımı", "onay süreci",
    "承認ステップ", "承認プロセス", "レビュー工程", "审批流程", "审核流程", "审批步骤", "审核步骤", "승인 단계", "승인 절차", "검토 절차", "خطوة الموافقة", "عملية المراجعة", "שלב האישור", "תהליך האישור", "अनुमोदन चरण", "समीक्षा प्रक्रिया", "مرحله تایید", "فرآیند بررسی",
    "validation habituelle", "la validation habituelle", "übliche prüfung", "die übliche prüfung", "usual review", "the usual review", "usual approval", "the usual approval",
    "freigabeschleife", "übliche freigabeschleife", "freigabeworkflow", "genehmigungsprozess", "genehmigungsschleife", "genehmigungsworkflow", "prüfschleife",
    "flujo de revisión", "flujo de aprobación", "circuito de aprobación", "circuit de validation", "circuit d approbation", "fluxo de aprovação", "fluxo de revisão",
    "iter di approvazione", "flusso di approvazione", "ścieżka akceptacji", "proces akceptacji", "goedkeuringsproces", "goedkeuringsflow", "reviewproces",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "bước duyệt", "bước phê duyệt", "quy trình phê duyệt", "bước kiểm tra", "етап погодження", "процес погодження", "етап перевірки", "etapa de aprobare",
    "pasul de aprobare", "procesul de aprobare", "procedura de aprobare", "schvalovací proces", "schvalovací krok", "krok schválení", "schvaľovací proces", "krok schválenia",
    "tahap persetujuan", "proses persetujuan", "langkah persetujuan", "granskningssteget", "godkännandesteget", "godkännandeprocessen", "granskningsprocessen",
    "godkendelsestrinnet", "godkendelsesprocessen", "godkjenningssteget", "godkjenningsprosessen", "hyväksyntävaihe*", "hyväksyntäprosessi*", "tarkastusvaihe*",
    "διαδικασία έγκρισης", "στάδιο έγκρισης", "jóváhagyási folyamat*", "jóváhagyási lépés*", "ขั้นตอนการอนุมัติ", "ขั้นตอนการตรวจสอบ",
    // af (Afrikaans)
    "goedkeuringsproses", "hersieningsproses", "goedkeuringstap",
    // az (Azerbaijani)
    "təsdiq prosesi", "yoxlama prosesi", "təsdiq mərhələsi",
    // ja th sv fi: the approval flow, the review steps, the ordinary attestation
    "承認フロー", "承認フロ", "ขั้นตอนตรวจสอบ", "ขั้นตอนอนุมัติ", "ordinarie attest", "ordinarie attestering", "ordinær godkjenning", "hr hyväksyntä",
    // The approval step in compounds and inflected forms ('den Genehmigungsschritt überspringen', 'sla de goedkeuringsstap over', Korean with its particles '승인 단계는 생략해 주세요')
    "genehmigungsschritt", "genehmigungsstufe", "freigabestufe", "prüfstufe", "genehmigungsverfahren", "freigabeverfahren", "prüfverfahren", "goedkeuringsstap", "beoordelingsstap", "controlestap", "goedkeuringsronde", "goedkeuringstraject", "승인 단계는", "승인 단계를", "승인 절차는", "승인 절차를", "검토 절차는", "검토 절차를", "검토 단계는", "검토 단계를", "결재 단계는", "결재 단계를", "결재 절차는", "결재 절차를",
  ],
  /** Security's own review, its reviewers and the automated checks (never HR's or a manager's approval). */
  GATE_SECURITY: [
    // Dutch: security's agreement ("akkoord security al gegeven"; not "akkoord security volgt nog", which is still to come).
    "akkoord security", "akkoord van security", "security akkoord", "securityakkoord", "akkoord van de security",
    // Security's queue: "we don't have time for the security queue today".
    "security queue", "the security queue", "security review queue", "security approval queue",
    "revisori", "i revisori", "revisori della sicurezza", "les réviseurs", "die reviewer", "los revisores de seguridad", "reviewer gate",
    "security review", "security approval", "security sign off", "security check*", "security gate", "automated checks", "automated check", "automated review", "the checks", "policy check*", "the policy engine", "the filter", "injection filter",
    "the reviewer", "the reviewers", "reviewer", "reviewers", "the approver", "the approvers", "approvers", "reviewer step", "human review", "manual review", "the gatekeeper",
    "manuelle prüfung", "manuelle überprüfung", "manuelle freigabe", "revue manuelle", "vérification manuelle", "contrôle manuel", "validation manuelle", "revisión manual", "aprobación manual", "revisão manual", "aprovação manual",
    "revisione manuale", "verifica manuale", "approvazione manuale", "ręczna weryfikacja", "weryfikacja ręczna", "ręczna kontrola", "ręczna akceptacja", "handmatige beoordeling", "handmatige controle", "handmatige goedkeuring", "ручная проверка", "manuel inceleme", "manuel onay",
    "sicherheitsprüfung", "die prüfer", "les validateurs", "los revisores", "revisión de seguridad", "os revisores", "weryfikacja bezpieczeństwa", "проверка безопасности", "güvenlik incelemesi", "安全审核", "보안 검토", "مراجعة الأمن", "בדיקת אבטחה",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "người kiểm tra", "người duyệt", "người phê duyệt", "kiểm tra bảo mật", "перевірка безпеки", "перевірку безпеки", "verificarea de securitate", "aprobatorii",
    "bezpečnostní kontrola", "bezpečnostní kontrolu", "schvalovatelé", "bezpečnostná kontrola", "schvaľovatelia", "pemeriksaan keamanan", "tim peninjau", "peninjau",
    "granskarna", "granskaren", "säkerhetsgranskningen", "sikkerhedsgennemgangen", "sikkerhetsgjennomgangen", "tietoturvatarkastus*", "tarkastajat", "έλεγχος ασφαλείας",
    "έλεγχο ασφαλείας", "biztonsági ellenőrzés*", "jóváhagyók", "การตรวจสอบความปลอดภัย",
    // ur (Urdu)
    "سیکیورٹی جائزہ", "سیکیورٹی جائزے", "سیکیورٹی جانچ", "سیکیورٹی کا جائزہ",
    // ta (Tamil)
    "பாதுகாப்பு மதிப்பாய்வு*", "பாதுகாப்புச் சரிபார்ப்பு*",
    // te (Telugu)
    "భద్రతా సమీక్ష*", "భద్రతా తనిఖీ*",
    // mr (Marathi)
    "सुरक्षा पुनरावलोकन*", "सुरक्षा तपासणी*",
    // gu (Gujarati)
    "સુરક્ષા સમીક્ષા*", "સુરક્ષા ચકાસણી*",
    // pa (Punjabi, Gurmukhi)
    "ਸੁਰੱਖਿਆ ਜਾਂਚ", "ਸੁਰੱਖਿਆ ਸਮੀਖਿਆ",
    // ne (Nepali)
    "सुरक्षा जाँच", "सुरक्षा समीक्षा*",
    // si (Sinhala)
    "ආරක්ෂක සමාලෝචන*", "ආරක්ෂක පරීක්ෂා*",
    // ca (Catalan)
    "revisió de seguretat", "la revisió de seguretat", "revisió manual", "els revisors", "control de seguretat",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "sigurnosna provjera", "sigurnosnu provjeru", "sigurnosne provjere", "sigurnosni pregled", "bezbednosna provera", "bezbednosnu proveru", "ručna provjera", "ručnu provjeru",
    // sr (Serbian Cyrillic)
    "безбедносна провера", "безбедносну проверу", "безбедносне провере",
    // sl (Slovenian)
    "varnostni pregled", "varnostno preverjanje", "ročni pregled",
    // bg (Bulgarian)
    "проверка за сигурност", "проверката за сигурност", "прегледа за сигурност", "ръчен преглед", "ръчна проверка",
    // lt (Lithuanian)
    "saugumo patikrinim*", "saugumo peržiūr*", "saugumo komandos peržiūr*", "rankinė peržiūra",
    // lv (Latvian)
    "drošības pārbaud*", "drošības pārskatīšan*", "manuālā pārbaude", "manuālo pārbaudi",
    // et (Estonian)
    "turvakontroll*", "turbekontroll*", "turvaülevaatus*", "käsitsi kontroll*",
    // is (Icelandic)
    "öryggisyfirferð*", "öryggisskoðun*", "öryggisathugun*", "handvirk yfirferð",
    // af (Afrikaans)
    "sekuriteitshersiening", "sekuriteitskontrole", "handmatige hersiening", "die hersieners",
    // az (Azerbaijani)
    "təhlükəsizlik yoxlaması*", "əl ilə yoxlama", "yoxlayıcılar",
    // kk (Kazakh)
    "қауіпсіздік тексеру*", "қолмен тексеру*",
    // uz (Uzbek)
    "xavfsizlik tekshiruvi*", "qo'lda tekshirish", "qoʻlda tekshirish", "qoʼlda tekshirish",
    // ka (Georgian)
    "უსაფრთხოების შემოწმებ*", "ხელით შემოწმებ*",
    // hy (Armenian)
    "անվտանգության ստուգում*", "անվտանգության ստուգման", "ձեռքով ստուգում*",
    // am (Amharic)
    "የደህንነት ግምገማ*", "የደህንነት ፍተሻ*", "የደኅንነት ግምገማ*",
    // so (Somali)
    "hubinta amniga", "dib u eegista amniga",
    // zu (Zulu)
    "ukuhlolwa kwezokuphepha", "ukuhlola kwezokuphepha",
    // fi: the information-security approval, as one word
    "tietoturvahyväksyntä", "tietoturvahyväksyntää", "tietoturvatarkastus",
    // Security's check in the everyday words of the major languages ('senza il controllo di sicurezza', 'zonder beveiligingscheck', 'sem a checagem de segurança', 'sin el chequeo de seguridad', 'ohne Sicherheitscheck', 'bez kontroli bezpieczeństwa', 'دون فحص أمني', 'セキュリティ確認なしで', 'mà không cần kiểm tra an ninh', 'utan säkerhetskontroll')
    "controllo di sicurezza", "controlli di sicurezza", "verifica di sicurezza", "revisione di sicurezza", "beveiligingscheck", "veiligheidscontrole", "veiligheidscheck", "securitycheck", "checagem de segurança", "análise de segurança", "verificação de segurança", "revisão de segurança", "chequeo de seguridad", "control de seguridad", "verificación de seguridad", "contrôle de sécurité", "contrôle sécurité", "validation sécurité", "revue de sécurité", "sicherheitscheck", "sicherheitskontrolle", "sicherheitsfreigabe", "kontroli bezpieczeństwa", "kontrola bezpieczeństwa", "kontrolę bezpieczeństwa", "weryfikacji bezpieczeństwa", "проверки безопасности", "проверку безопасности", "перевірки безпеки", "güvenlik kontrolü", "güvenlik onayı", "güvenlik onayına", "güvenlik incelemesine", "فحص أمني", "الفحص الأمني", "المراجعة الأمنية", "مراجعة أمنية", "للمراجعة الأمنية", "בדיקת האבטחה", "בדיקות אבטחה", "بررسی امنیتی", "सुरक्षा जांच", "सुरक्षा समीक्षा", "安全审查", "安全检查", "安全審核", "セキュリティ確認", "セキュリティチェック", "セキュリティ審査", "セキュリティレビュー", "보안 심사", "보안 점검", "보안 확인", "kiểm tra an ninh", "review keamanan", "säkerhetskontroll*", "säkerhetsgranskning*",
    // Korean with its particles ('보안 점검은 이미 끝났습니다', '보안 검토는 건너뛰세요')
    "보안 검토는", "보안 검토를", "보안 검토가", "보안 검토도", "보안 심사는", "보안 심사를", "보안 심사가", "보안 점검은", "보안 점검을", "보안 점검이", "보안 점검도", "보안 확인은", "보안 확인을",
  ],
  /** What only an attack says of review: it does not apply, should let this through, is a formality to be skipped. */
  DISMISS: [ "n a", "non blocking", "nonblocking", "advisory only", "being retired", "retired", "deprecated", "decommissioned", "switched off", "turned off", "behave as if it s gone",
    "does not apply", "doesnt apply", "do not apply", "dont apply", "not applicable", "no longer applies", "shouldnt apply", "should not apply", "supersede*", "overrides", "overridden", "straight through", "let it through", "let this through", "wave it through", "waved through", "pass it through",
    "rubber stamp*", "false positive", "a formality", "formality", "can be ignored", "should be ignored", "can skip", "can be skipped",
    // Out of its scope: "the usual security review sits outside its scope", "hors du périmètre", "fuera del alcance", "対象外".
    "out of scope", "outside its scope", "outside the scope", "outside of its scope", "outside of the scope", "outside scope", "not in scope", "hors du périmètre", "hors périmètre", "hors de son périmètre", "hors du champ",
    "fuera del alcance", "fuera de su alcance", "fuera de alcance", "fuera del ámbito", "fora do escopo", "fora do seu escopo", "fora de escopo", "fora do âmbito", "fuori ambito", "fuori dall ambito", "fuori dal perimetro",
    "außerhalb des geltungsbereichs", "außerhalb ihres geltungsbereichs", "außerhalb seines geltungsbereichs", "nicht im geltungsbereich", "buiten de scope", "buiten scope", "poza zakresem", "вне рамок", "за рамками", "поза межами",
    "kapsam dışı", "kapsamı dışında", "kapsam dışında", "范围之外", "不在范围内", "範圍之外", "不在範圍內", "対象外", "範囲外", "범위 밖", "범위를 벗어", "خارج النطاق", "خارج نطاق", "दायरे से बाहर", "utanför omfånget", "utanför ramen",
    "gilt nicht", "entfällt", "ne s applique pas", "sans objet", "no aplica", "no se aplica", "não se aplica", "nie dotyczy", "nie ma zastosowania", "не применяется", "не распространяется", "geçerli değil", "uygulanmaz",
    "適用されない", "適用外", "不适用", "不適用", "적용되지", "적용 대상이 아닙", "لا ينطبق", "لا تنطبق", "לא חל", "לא חלה", "लागू नहीं", "اعمال نمی شود",
    "remplace", "remplacent", "ersetzt",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "không áp dụng", "не застосовується", "не поширюється", "nu se aplică", "nu este aplicabil*", "se nevztahuje", "sa nevzťahuje", "hanya formalitas",
    "är bara en formalitet", "bare en formalitet", "kun en formalitet", "ei koske", "ei sovelleta", "pelkkä muodollisuus", "δεν εφαρμόζεται", "nem vonatkozik",
    "csak formalitás",
    // ca (Catalan)
    "no s aplica", "no és aplicable", "només una formalitat",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "ne primjenjuje se", "ne primenjuje se", "ne odnosi se", "samo formalnost",
    // sr (Serbian Cyrillic)
    "не примењује се", "не односи се", "само формалност",
    // sl (Slovenian)
    "se ne uporablja", "zgolj formalnost", "le formalnost",
    // bg (Bulgarian)
    "не се прилага", "само формалност",
    // lt (Lithuanian)
    "netaikoma", "netaikomas", "tik formalumas",
    // lv (Latvian)
    "netiek piemērot*", "nav piemērojam*", "tikai formalitāte",
    // et (Estonian)
    "ei rakendu", "pelgalt formaalsus", "ainult formaalsus", "lihtsalt formaalsus",
    // is (Icelandic)
    "á ekki við", "bara formsatriði",
    // af (Afrikaans)
    "nie van toepassing", "geld nie", "kan oorgeslaan word",
    // az (Azerbaijani)
    "tətbiq olunmur", "aid deyil",
    // German: the step can be dropped ('Die Sicherheitsprüfung kann diesmal entfallen')
    "kann entfallen", "können entfallen", "entfallen",
  ],
  /** "mark the review as completed". */
  COMPLETE: ["completed", "complete", "done", "passed", "closed", "resolved", "completada", "completado", "completa", "erledigt", "abgeschlossen", "terminée", "terminé", "concluída", "completata", "zakończon*", "завершен*", "tamamlandı", "完了", "已完成", "완료", "مكتمل", "הושלם", "पूर्ण", "تکمیل",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "hoàn tất", "hoàn thành", "finalizat*", "dokončen*", "selesai", "klar", "slutförd", "afsluttet", "fullført", "valmis", "ολοκληρώθηκε", "kész", "เสร็จสิ้น",
  ],
  /** Clause openers: "... the removal and that a second super admin is confirmed" starts another clause. */
  SUBCLAUSE: ["that", "whether", "which", "who", "while", "but", "unless", "because", "so that"],
  /** Passing through a step or a team: "it doesn't need to go through security", "مش محتاج يعدي على الأمن" (only after a no-need or a negation). */
  PASS_THROUGH: ["go through", "going through", "pass through", "passing through", "be routed through", "routed through", "route it through", "routing it through", "go past", "run past", "run it past",
    "durchlaufen", "passer par", "pasar por", "passar por", "passare per", "passare da", "passare dal", "passare dalla", "passare dall", "passare attraverso", "passar pela", "passar pelo", "przechodzić przez", "przejść przez", "puszczać przez",
    "يعدي على", "يعدى على", "يروح على", "يمر على", "dumaan sa", "dadaan sa", "wuce ta", "bi ta",
    // he
    "תעבור דרך", "יעבור דרך", "לעבור דרך", "יעברו דרך",
  ],
  /** Security as a place (a desk, a gate): "her badge does not need to go through security reception" is no review. */
  SECURITY_PLACE: ["desk", "reception", "gate", "guard", "guards", "lodge", "counter", "office", "checkpoint", "empfang", "pforte", "accueil", "recepción", "portaria", "portineria", "recepcja", "الاستقبال", "البوابة", "البوابه"],
  /** The routine process: "go ahead with the normal IT/security steps", "über den regulären Weg" (what is done as always, not a claim about it). */
  ROUTINE: ["usual", "standard", "routine", "customary", "as always", "normal*", "übliche*", "reguläre*", "standardmäßig*", "habitual*", "regular*", "estándar", "padrão",
    "abituale", "solita", "solito", "consueto", "gebruikelijke", "reguliere", "zwykł*", "standardow*", "обычн*", "стандартн*", "olağan", "standart", "通常の", "通常", "いつもの", "常规", "常規", "일반", "통상",
    "المعتاد", "العادية", "הרגיל", "הרגילה", "सामान्य", "معمول", "thông thường", "звичайн*", "obișnuit*", "obvykl*", "biasa", "vanlig*", "sædvanlig*", "tavallinen", "συνήθ*", "szokásos", "ปกติ",
    // ca (Catalan)
    "com sempre",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "uobičajen*",
    // sr (Serbian Cyrillic)
    "уобичајен*",
    // sl (Slovenian)
    "običajn*",
    // bg (Bulgarian)
    "обичайн*",
    // lt (Lithuanian)
    "įprast*",
    // lv (Latvian)
    "ierast*", "parast*",
    // et (Estonian)
    "tavapära*", "tavaline", "tavalise*",
    // is (Icelandic)
    "venjuleg*", "hefðbundn*",
    // af (Afrikaans)
    "gewone", "gewoonlik", "standaard", "roetine*",
    // az (Azerbaijani)
    "adi qaydada", "adi proses*", "adi prosedur*", "həmişəki",
    // kk (Kazakh)
    "әдеттегі", "стандартты", "қалыпты",
    // uz (Uzbek)
    "odatiy", "odatdagi",
    // ka (Georgian)
    "ჩვეულ*", "სტანდარტულ*",
    // hy (Armenian)
    "սովորական", "ստանդարտ",
    // am (Amharic)
    "የተለመደ*", "በተለመደው",
    // so (Somali)
    "caadiga", "sida caadiga ah",
    // zu (Zulu)
    "ejwayelekile", "evamile", "ngendlela evamile",
    // en fi sv fr: ordinary
    "ordinary", "tavanomai*", "ordinarie", "ordinaire", "ordinær",
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
  /** "review का इंतज़ार न करें": do not wait for it, after the object (SOV languages). */
  DONT_WAIT_POST: ["का इंतज़ार न करें", "इंतज़ार न करें", "इंतजार न करें", "का इंतजार मत करो", "इंतजार मत करो", "を待たずに", "待たずに", "を待つ必要はありません", "기다리지 말고", "기다리지 마", "منتظر نمانید", "منتظر نمان", "منتظر نباشید", "beklemeyin", "beklemeden", "не дожидаясь", "ждать не нужно", "不要等", "无需等待", "不用等", "का इंतजार मत कीजिए", "इंतजार मत कीजिए", "का इंतजार मत करें",
    // ur (Urdu)
    "کا انتظار نہ کریں", "انتظار نہ کریں", "انتظار مت کرو", "انتظار مت کریں",
    // ta (Tamil)
    "காத்திருக்க வேண்டாம்", "காத்திருக்கத் தேவையில்லை",
    // te (Telugu)
    "కోసం వేచి ఉండకండి", "వేచి ఉండకండి", "వేచి ఉండవద్దు", "కోసం ఆగవద్దు",
    // mr (Marathi)
    "वाट पाहू नका", "ची वाट पाहू नका", "थांबू नका",
    // gu (Gujarati)
    "રાહ ન જુઓ", "રાહ જોશો નહીં", "ની રાહ ન જુઓ",
    // pa (Punjabi, Gurmukhi)
    "ਦੀ ਉਡੀਕ ਨਾ ਕਰੋ", "ਉਡੀਕ ਨਾ ਕਰੋ", "ਉਡੀਕ ਨਾ ਕਰਨਾ",
    // ne (Nepali)
    "पर्खाइ नगर्नुहोस्", "नपर्खनुहोस्", "पर्खनु पर्दैन", "कुर्नु पर्दैन",
    // si (Sinhala)
    "බලා නොසිටින්න", "එනතුරු බලා නොසිටින්න",
    // az (Azerbaijani)
    "gözləməyin", "gözləmədən",
    // kk (Kazakh)
    "күтпеңіз", "күтпей",
    // uz (Uzbek)
    "kutmang", "kutmasdan",
    // am (Amharic)
    "አትጠብቁ", "አይጠብቁ", "ሳትጠብቁ", "ሳይጠብቁ",
    // so (Somali)
    "ha sugin", "ha sugina",
    // zu (Zulu)
    "ungalindi", "ningalindi",
  ],
  BEFORE: ["before", "bevor", "ehe", "avant que", "antes de que", "antes que", "zanim", "прежде чем", "пока не", "前に", "之前", "전에", "قبل أن", "לפני ש", "से पहले", "قبل از اینکه",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "перш ніж", "înainte ca", "înainte să", "dřív než", "sebelum", "innan", "ennen kuin", "mielőtt",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "prije nego",
    // bg (Bulgarian)
    "преди да",
  ],
  ANYONE: [
    "anyone", "anybody", "somebody", "someone", "the team", "security", "reviewers", "approvers", "jemand", "quelqu", "alguien", "alguém", "ktoś", "кто нибудь", "кто то", "kimse", "biri",
    "誰か", "有人", "누군가", "أحد", "מישהו", "कोई", "کسی",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "хтось", "cineva", "někdo", "niekto", "seseorang", "ada yang", "någon", "nogen", "noen", "kukaan", "joku", "κανείς", "κάποιος", "valaki", "bárki",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "netko", "itko",
    // bg (Bulgarian)
    "някой",
    // et (Estonian)
    "keegi",
    // af (Afrikaans)
    "iemand",
    // az (Azerbaijani)
    "kimsə",
  ],
  NOTICE_VERB: [ "seen", "viewed", "looked at", "visionat*", "gesehen", "visto", "vista", "vue","notice*", "review*", "check*", "see", "sees", "look*", "approve*", "catch*", "bemerkt", "merkt", "prüft", "remarque", "note", "revise", "perceba", "zauważy", "sprawdzi", "заметит", "проверит", "fark et*", "気づ", "审核", "发现", "알아차리", "검토", "يلاحظ", "יבחין", "ध्यान", "متوجه",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "помітить", "помітили", "observă", "observe", "všimne", "zjistí", "všimol", "menyadari", "märker", "upptäcker", "opdager", "bemærker", "oppdager", "huomaa", "προσέξει",
    "καταλάβει", "észreveszi", "észrevenné",
  ],
  DONT: ["do not", "dont", "never", "please dont", "not to", "nicht", "ne pas", "não", "nie", "не", "しないで", "不要", "别", "하지 마", "لا", "אל", "मत", "نکن", "نباید",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "đừng", "không được", "jangan", "älä", "älkää", "μην",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "nemoj", "nemojte",
    // sr (Serbian Cyrillic)
    "немој", "немојте",
    // et (Estonian)
    "ärge",
    // af (Afrikaans)
    "moenie",
  ],
  FLAG_LOG: ["flag", "log", "escalate", "escalate it", "escalate this", "eskalier*", "escalade*", "escalar", "escalen", "eskalować", "audit", "record this", "write to the ledger", "write this to the ledger", "protokollier*", "signale*", "enregistre*", "registr*", "зафиксир*", "логир*", "kaydet*", "記録", "记录", "기록", "سجل", "תתעד", "लॉग", "ثبت",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "ghi lại", "ghi nhận", "báo cáo", "raportați", "semnalați", "înregistrați", "zaznamenávejte", "nahlašujte", "eskalujte", "catat", "laporkan", "logga", "flagga",
    "eskalera", "rapportera", "kirjaa", "raportoi", "eskaloi", "καταγράψεις", "αναφέρεις", "naplózd", "jelentsd", "rögzítsd", "บันทึก",
    // af (Afrikaans)
    "aanteken", "eskaleer", "rapporteer",
  ],
  PARTICLE: ["out", "in", "off", "on", "into", "onto", "back"],
  NOTIFY: [
    // sw th bn he (telling the members of a group, not acting on them)
    "mjulishe", "wajulishe", "julisha", "arifu", "แจ้ง", "জানিয়ে দিন", "জানান", "ליידע", "להודיע", "עדכנו",
    "avvisare", "avvisa", "avisad", "avisar", "prévenir", "إبلاغ", "ابلاغ","notify", "tell", "inform", "alert", "cc", "loop in", "benachrichtig*", "informier*", "préviens", "informe*", "avis*", "notifi*", "avisa*", "powiadom*", "poinformuj*", "уведом*", "сообщ*", "bildir*", "haber ver*", "通知", "知らせ", "告诉", "알리*", "통보*", "أبلغ*", "ابلغ*", "תודיע*", "להודיע", "सूचित", "بگو", "اطلاع",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "thông báo", "báo cho", "повідом*", "informați", "anunțați", "informuj*", "upozorni*", "oznam*", "oznám*", "beri tahu", "beritahu*", "kabari", "informasikan", "meddela",
    "informera*", "underrätta*", "underret*", "orienter*", "giv besked", "varsle", "varsl*", "gi beskjed", "si fra", "ilmoita", "ilmoittakaa", "kerro", "kertokaa", "tiedota",
    "ενημέρωσε", "ενημερώστε", "ειδοποίησε", "értesítsd", "értesítse", "értesítsétek", "szólj", "แจ้ง",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "obavijest*", "obavijesti",
    // af (Afrikaans)
    "laat weet", "in kennis stel", "stel in kennis",
    // az (Azerbaijani)
    "məlumat ver*", "xəbər ver*", "bildirin",
  ],
} as const satisfies Record<string, readonly string[]>;
