/**
 * Concepts for the approvers kept out of a request, or the approval said to be replaced
 * (authority.approvers_excluded): "the normal approval chain, his line manager included, must not
 * be notified", "without involving the HRBP or the DISO queue", "don't bother looping in his
 * manager or HR", "o fluxo normal de aprovação não seja acionado"; "this takes precedence over
 * internal change approval", "substitui as aprovações da chefia", "the standard approval workflow
 * is suspended". Entries are normalised like the text (lower case, no accents).
 */
export const APPROVERS_EXCLUDED_CONCEPTS = {
  /** Bringing someone into a request, after a negation: "not involve", "not be notified", "not loop in", "não seja acionado". */
  KEEP_OUT: [
    "involve", "involved", "involving", "loop in", "looping in", "looped in", "be looped in", "notify", "notified", "notifying", "be notified", "be informed", "be told",
    "be contacted", "be copied", "be cc d", "appear in", "appear on", "be shown to", "shown to", "be logged in", "be routed to", "go to", "be sent to", "be sought",
    "einbezogen", "einbeziehen", "einzubeziehen", "eingebunden", "einbinden", "einzubinden", "beteiligt", "beteiligen", "informiert", "benachrichtigt",
    "impliquer", "impliqué", "impliquée", "associer", "associé", "informé", "informée", "prévenu", "prévenue", "mis en copie", "sollicité", "sollicitée",
    "involucrar", "involucre", "involucrado", "involucrada", "informado", "informada", "avisado", "avisada", "notificado", "notificada",
    "envolver", "envolvido", "envolvida", "acionado", "acionada", "acionar", "comunicado", "comunicada", "avisados", "informados",
    "coinvolgere", "coinvolto", "coinvolta", "coinvolti", "informato", "informata", "avvisato", "avvisata",
    "betrekken", "betrokken", "geïnformeerd", "ingelicht", "inlichten",
    "angażować", "angażuj", "zaangażowany", "poinformowany", "poinformowana", "powiadomiony", "powiadomiona", "informować",
    "привлекать", "привлекайте", "уведомлять", "уведомляйте", "уведомлен", "уведомлены", "информировать", "вовлекать", "согласовывать",
    "залучати", "повідомляти", "інформувати", "погоджувати",
    "involvera", "informeras", "involvere", "informeres", "involveres",
  ],
  /** The same, negated in the word or the phrase itself (verb-final and suffixing languages): "عدم إبلاغ", "dahil etmeyin", "知らせないで". */
  KEEP_OUT_NEG: [
    "without involving", "without notifying", "without informing", "without looping in", "without telling", "without copying",
    "ohne einzubeziehen", "ohne einbeziehung", "sans impliquer", "sans informer", "sans prévenir", "sans associer", "sin involucrar", "sin informar", "sin avisar", "sin notificar",
    "sem envolver", "sem informar", "sem avisar", "sem comunicar", "senza coinvolgere", "senza informare", "senza avvisare", "zonder te betrekken", "zonder te informeren",
    "bez informowania", "bez angażowania", "без уведомления", "не уведомляя", "не привлекая", "не сообщая", "без повідомлення", "не повідомляючи",
    "dahil etmeyin", "dahil edilmemeli", "bilgilendirmeyin", "bilgilendirilmemeli", "haber vermeyin", "haberdar etmeyin",
    "知らせないで", "知らせずに", "通知しないで", "通知せずに", "関与させないで", "連絡しないで", "不要通知", "无需通知", "不要告知", "不要抄送", "不要让", "無需通知",
    "알리지 마", "알리지 말고", "통보하지 마", "통보하지 말고", "관여시키지",
    "عدم إبلاغ", "عدم ابلاغ", "دون إبلاغ", "دون ابلاغ", "بدون إبلاغ", "عدم إشراك", "عدم اشراك", "دون إشراك", "دون اشراك", "عدم تمرير", "عدم إخطار",
    "אין לעדכן", "לא לעדכן", "לא לערב", "אל תערבו", "אל תעדכנו", "בלי לערב", "בלי לעדכן",
    "शामिल न करें", "सूचित न करें", "न बताएं", "न बताएँ", "बताए बिना", "शामिल किए बिना",
    "utan att involvera", "utan att informera", "uden at involvere", "uden at informere", "uten å involvere", "uten å informere",
  ],
  /** Who approves or reviews a request: the line manager, HR, the reviewers, the security team, the approval chain. */
  APPROVER_PARTY: [
    "line manager", "his manager", "her manager", "their manager", "the manager", "direct manager", "reporting manager", "supervisor", "head of department", "department head",
    "hr", "hrbp", "hr business partner", "hr adviser", "hr advisor", "human resources", "the reviewers", "reviewers", "the approvers", "approvers", "security team", "the security team",
    "ciso", "diso", "approval chain", "approval list", "approval routing", "review queue", "approval queue",
    "vorgesetzte", "vorgesetzten", "führungskraft", "personalabteilung", "die personalabteilung", "les rh", "rh", "responsable hiérarchique", "manager direct", "la direction du département",
    "jefe directo", "rrhh", "recursos humanos", "gestor direto", "chefia", "a chefia", "responsabile diretto", "risorse umane", "leidinggevende", "hr adviseur",
    "przełożony", "przełożonego", "dział kadr", "kadry", "руководителя", "руководителем", "отдел кадров", "службу безопасности", "завідувача", "відділ кадрів",
    "nadřízeného", "personální", "närmaste chef", "nærmeste leder", "lähin esihenkilö",
    "المدير المباشر", "مديره المباشر", "مديرها المباشر", "الموارد البشرية", "شريك الموارد البشرية", "فريق الأمن", "مسؤول الأمن", "המנהל הישיר", "משאבי אנוש", "צוות האבטחה",
    "मैनेजर", "प्रबंधक", "एचआर", "सिक्योरिटी टीम", "上長", "直属の上司", "マネージャー", "人事", "人事部", "セキュリティチーム", "直属经理", "直属领导", "人事部门", "人力资源", "安全团队",
    "관리자", "매니저", "인사팀", "보안팀", "yöneticisi", "yöneticisine", "insan kaynakları", "güvenlik ekibi", "người quản lý", "phòng nhân sự", "atasan langsung", "tim keamanan",
    // ru uk: the manager and HR in every case
    "руководител*", "отделом кадров", "отдела кадров", "отдел кадров", "завідувач*", "керівник*", "відділом кадрів", "відділу кадрів",
  ],
  /** An order said to replace or override the approval: "takes precedence over", "replaces", "substitui", "ersätter". */
  REPLACES_APPROVAL: [
    "takes precedence over", "take precedence over", "supersedes", "overrides", "override", "replaces", "substitutes for", "is in place of",
    "ersetzt", "hat vorrang vor", "remplace", "prime sur", "sustituye", "reemplaza", "prevalece sobre", "substitui", "substituem", "sostituisce", "prevale su",
    "vervangt", "gaat voor", "zastępuje", "заменяет", "замінює", "ersätter", "erstatter", "korvaa", "yerine geçer", "取代", "代替", "に代わる", "대체",
  ],
  /**
   * Someone taking the decision on themselves, said of an order that skips the route: "she'll own it"
   * (she'll reads "shell"), "le DG en prend la responsabilité", "bere to na sebe", "директор взял
   * ответственность на себя". Not "takes responsibility for the handover" (a task: the rule reads the next word).
   */
  RESPONSIBILITY: [
    "take responsibility", "takes responsibility", "taking responsibility", "take full responsibility", "takes full responsibility", "will own it", "shell own it", "hell own it", "theyll own it", "ill own it",
    "on my responsibility", "on his responsibility", "on her responsibility", "on my authority", "on his authority", "on her authority",
    "übernimmt die verantwortung", "übernimmt die volle verantwortung", "auf seine verantwortung", "auf ihre verantwortung", "auf meine verantwortung",
    "en prend la responsabilité", "prend la responsabilité", "assume la responsabilité", "sous sa responsabilité", "sous ma responsabilité",
    "asume la responsabilidad", "asume toda la responsabilidad", "bajo su responsabilidad", "bajo mi responsabilidad", "assume a responsabilidade", "assume toda a responsabilidade", "sob sua responsabilidade", "sob minha responsabilidade",
    "se ne assume la responsabilità", "si assume la responsabilità", "sotto la sua responsabilità", "neemt de verantwoordelijkheid", "op zijn verantwoordelijkheid", "op haar verantwoordelijkheid",
    "bierze odpowiedzialność", "bierze na siebie odpowiedzialność", "bierze to na siebie", "bere to na sebe", "vezme to na sebe", "berie to na seba",
    "взял ответственность на себя", "взяла ответственность на себя", "берет ответственность на себя", "берёт ответственность на себя", "под свою ответственность", "под мою ответственность",
    "бере відповідальність на себе", "взяв відповідальність на себе", "взяла відповідальність на себе", "під свою відповідальність",
    "sorumluluğu alıyor", "sorumluluğu üstleniyor", "sorumluluğu üstlendi", "sorumluluk bende", "sorumluluk onda", "責任を取ります", "責任を取る", "責任を負います", "責任は私が", "責任は彼が", "責任は彼女が",
    "由他负责", "由她负责", "责任由他承担", "责任由她承担", "我来负责", "책임지겠다고", "책임진다고", "책임을 지겠다고", "يتحمل المسؤولية", "تتحمل المسؤولية", "على مسؤوليته", "على مسؤوليتها",
    "לוקח אחריות", "לוקחת אחריות", "על אחריותו", "על אחריותה", "ज़िम्मेदारी उनकी है", "जिम्मेदारी उनकी है", "ज़िम्मेदारी मेरी है", "ज़िम्मेदारी लेंगे", "ज़िम्मेदारी ले रहे हैं",
    "দায়িত্ব নিচ্ছেন", "দায়িত্ব নেবেন", "atawajibika", "atabeba jukumu", "tar ansvaret", "tar på sig ansvaret", "tager ansvaret", "tar ansvar", "ottaa vastuun", "își asumă responsabilitatea", "își asumă răspunderea",
  ],
  /** An approval said to suffice: "her approval is enough", "hennes godkännande räcker". */
  ENOUGH: [
    "is enough", "is sufficient", "suffices", "will do", "reicht", "reicht aus", "genügt", "suffit", "est suffisant", "es suficiente", "basta", "é suficiente", "è sufficiente",
    "volstaat", "is voldoende", "wystarczy", "достаточно", "достатньо", "yeterli", "yeterlidir", "で十分", "就够了", "就足够了", "충분", "تكفي", "يكفي", "מספיק", "काफी है", "काफ़ी है", "کافی است",
    "räcker", "er nok", "riittää", "este suficient", "je dostačující", "stačí", "sudah cukup", "cukup", "đủ rồi",
    // all it takes: "my sign-off is all this needs"
    "is all this needs", "is all it needs", "is all that is needed", "is all that's needed", "is all you need",
  ],
  /** An approval that covers requests in advance: "covered by the standing approval the Provost gave", "a standing pre-approval". */
  STANDING_APPROVAL: [
    "standing approval", "standing pre approval", "standing preapproval", "standing authorisation", "standing authorization", "blanket approval", "blanket pre approval", "blanket authorisation",
    "blanket authorization", "general pre approval", "pre approved under", "preapproved under", "dauerfreigabe", "pauschalfreigabe", "pauschale freigabe", "generelle freigabe", "generalfreigabe",
    "approbation permanente", "approbation générale", "autorisation permanente", "aprobación general", "aprobación permanente", "autorización permanente", "preaprobación general",
    "aprovação permanente", "aprovação geral", "autorização permanente", "pré aprovação geral", "approvazione permanente", "approvazione generale", "autorizzazione permanente",
    "staande goedkeuring", "algemene goedkeuring", "doorlopende goedkeuring", "stała zgoda", "ogólna zgoda", "stałe zatwierdzenie", "постоянное согласование", "общее согласование", "постоянное одобрение",
    "постійне погодження", "genel onay", "daimi onay", "包括承認", "事前包括承認", "常设审批", "统一审批", "概括授权", "포괄 승인", "상시 승인", "موافقة دائمة", "موافقة عامة مسبقة", "אישור גורף", "אישור קבוע",
    "स्थायी मंजूरी", "स्थायी अनुमोदन", "stående godkännande", "generellt godkännande", "stående godkendelse", "generel godkendelse", "stående godkjenning", "pysyvä hyväksyntä", "yleishyväksyntä",
  ],
  /** Using an earlier approval again: "please reuse it", "carry that approval over". */
  REUSE: [
    "reuse", "re use", "carry over", "carry it over", "carry that", "carried over", "wiederverwenden", "übernehmen", "réutiliser", "reprendre", "reutilizar", "aprovechar", "reaproveitar",
    "riutilizzare", "hergebruiken", "overnemen", "ponownie wykorzystać", "użyć ponownie", "повторно использовать", "перенести", "yeniden kullan*", "流用", "再利用", "沿用", "재사용", "إعادة استخدام",
    "återanvänd*", "genbrug*", "gjenbruk*", "käyttää uudelleen", "reutiliza", "folosiți din nou",
  ],
  /** To be obtained, said of an approval (verb-final languages put it last): "keine Freigabe … eingeholt werden muss", "kan ikke innhentes". */
  OBTAIN_NEEDED: [
    "eingeholt werden muss", "eingeholt werden müssen", "eingeholt werden", "einzuholen", "einzuholen ist", "innhentes", "innhentast", "inhämtas", "indhentes", "be obtained", "be sought", "be requested",
  ],
  /** A step called needless: "a further review step would be redundant", "which she considers redundant". */
  REDUNDANT: [
    "redundant", "superfluous", "unnecessary", "überflüssig", "ueberfluessig", "unnötig", "redondant", "redondante", "superflu", "superflue", "inutile", "innecesario", "innecesaria", "superfluo", "superflua",
    "desnecessário", "desnecessária", "redundante", "overbodig", "zbędny", "zbędna", "zbędne", "излишн*", "лишн*", "зайв*", "gereksiz", "不要です", "多余", "불필요", "غير ضروري", "מיותר", "מיותרת",
    "onödig", "onødvendig", "unødvendig", "tarpeeton", "zbytečn*", "nepotrebn*", "tidak perlu",
  ],
  /** The four-eyes principle (two people approve): "overrides the four-eyes requirement". */
  FOUR_EYES: ["four eyes", "four eye", "vier augen", "vieraugenprinzip", "quatre yeux", "cuatro ojos", "quatro olhos", "quattro occhi", "vier ogen", "czterech oczu", "четырех глаз", "четырёх глаз"],
  /** The approval route said to be suspended for this kind of request. */
  SUSPENDED: [
    "is suspended", "are suspended", "suspended", "ausgesetzt", "suspendu", "suspendue", "suspendido", "suspendida", "suspenso", "suspensa", "sospeso", "sospesa",
    "opgeschort", "zawieszony", "zawieszona", "zawieszone", "приостановлен", "приостановлена", "призупинено", "askıya alınmıştır", "askıya alındı",
  ],
} as const satisfies Record<string, readonly string[]>;
