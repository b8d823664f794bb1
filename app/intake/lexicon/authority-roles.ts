/** Concepts for who claims authority: the roles that approve (AUTH_ROLE), the writer naming their own role (I_AM), the people who write for a role (ROLE_COMPANION) and orders given on someone's behalf (BY_ORDER). Claims of approval itself are in authority.ts, what was given or done in approval-acts.ts. */
export const AUTHORITY_ROLE_CONCEPTS = {
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
} as const satisfies Record<string, readonly string[]>;
