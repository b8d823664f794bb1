/**
 * Concepts for the review as a step of the route: the approval step or gate, the security gate, the reviewers told to stand
 * aside, complete, passed through, a place after "security", the routine way (see override.ts for the entry syntax; the
 * review itself in review.ts).
 */
export const REVIEW_GATE_CONCEPTS = {
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
    // Turkish with its case endings ("onay adımını atlayıp", "onay sürecini", "inceleme aşamasını")
    "onay adım*", "onay sürec*", "onay aşama*", "inceleme adım*", "inceleme sürec*", "inceleme aşama*", "güvenlik onay*", "güvenlik incelemes*",
  ],
  /** Security's own review, its reviewers and the automated checks (never HR's or a manager's approval). */
  GATE_SECURITY: [
    // Dutch: security's agreement ("akkoord security al gegeven"; not "akkoord security volgt nog", which is still to come).
    "akkoord security", "akkoord van security", "security akkoord", "securityakkoord", "akkoord van de security",
    // Security's queue: "we don't have time for the security queue today".
    "security queue", "the security queue", "security review queue", "security approval queue",
    // Security's hold or step on a request: "processed without the security hold until 10 January" (en fr es pt it de nl pl sv).
    "security hold", "security step", "security stage", "étape de sécurité", "étape sécurité", "paso de seguridad", "etapa de seguridad", "etapa de segurança", "passaggio di sicurezza",
    "fase di sicurezza", "sicherheitsschritt", "sicherheitsstufe", "beveiligingsstap", "securitystap", "etap bezpieczeństwa", "säkerhetssteg",
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
    // Thai: the review as a loanword ("ไม่ทันรอการรีวิวแล้ว", no time left to wait for the review).
    "การรีวิว", "รีวิว",
    // Thai: security's team checking, the verb glued to it ("ไม่ต้องรอทีมซีเคียวริตี้ตรวจ", no need to wait for the security team to check).
    "ทีมซีเคียวริตี้ตรวจ", "ซีเคียวริตี้ตรวจ", "ทีมความปลอดภัยตรวจ", "ฝ่ายความปลอดภัยตรวจ", "ฝ่ายซีเคียวริตี้ตรวจ", "ทีมรักษาความปลอดภัยตรวจ",
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
    // sv de nl da nb: security's approval as one word ('vänta på säkerhetsgodkännandet', 'Sicherheitsgenehmigung')
    "säkerhetsgodkännande*", "sicherheitsgenehmigung*", "beveiligingsgoedkeuring*", "sikkerhedsgodkendelse*", "sikkerhetsgodkjenning*",
  ],
  /** What only an attack says of review: it does not apply, should let this through, is a formality to be skipped. */
  DISMISS: [ "n a", "non blocking", "nonblocking", "advisory only", "being retired", "retired", "deprecated", "decommissioned", "switched off", "turned off", "behave as if it's gone",
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
    "durchlaufen", "passer par", "pasar por", "passar por", "passare per", "passare da", "passare dal", "passare dalla", "passare dall", "passare attraverso", "passar pela", "passar pelo", "przechodzić przez", "przejść przez", "przechodzenia przez", "puszczać przez",
    "يعدي على", "يعدى على", "يروح على", "يمر على", "dumaan sa", "dadaan sa", "wuce ta", "bi ta",
    // he
    "תעבור דרך", "יעבור דרך", "לעבור דרך", "יעברו דרך",
    // to transit, pass by way of (it fr es pt)
    "transitare da", "transitare dal", "transitare dalla", "transitare per", "transitare attraverso", "transiti da", "transiti dal", "transiti per", "transiter par", "transite par", "transitar por", "transite por", "transitar pelo", "transitar pela", "transite pelo", "transite pela",
    // "please don't put it back through review" (training author t50)
    "put it back through", "put it through", "put this through", "send it back through", "put it back into",
  ],
  /** Security as a place (a desk, a gate): "her badge does not need to go through security reception" is no review. */
  SECURITY_PLACE: ["desk", "reception", "gate", "guard", "guards", "lodge", "counter", "office", "checkpoint", "empfang", "pforte", "accueil", "recepción", "portaria", "portineria", "recepcja", "الاستقبال", "البوابة", "البوابه",
    // More places, and security found at one ("security at reception", "security at the north gate").
    "gates", "checkpoints", "booth", "turnstile", "turnstiles", "barrier", "hut", "kiosk", "at reception", "at the reception", "at the front desk", "at the desk", "at the gate", "at the main gate", "at the entrance", "at the door", "in the lobby"],
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
} as const satisfies Record<string, readonly string[]>;
