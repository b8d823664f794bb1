/** Concepts for claims of prior approval or authority, and for pressure to skip review (see override.ts for the entry syntax). */
export const AUTHORITY_CONCEPTS = {
  ALREADY: [
    "already", "pre", "previously", "schon", "bereits", "vorab", "déjà", "ya", "já", "już", "уже", "zaten", "önceden",
    "既に", "すでに", "已经", "已經", "已", "이미", "بالفعل", "مسبقا", "כבר", "पहले ही", "قبلا", "پیشاپیش",
  ],
  APPROVED: [
    "approved", "authorized", "authorised", "cleared", "signed off", "sign off", "greenlit", "green lit", "vetted", "okayed", "okd", "sanctioned", "validated", "endorsed",
    "sorted", "squared away", "squared", "blessed", "green light", "the green light", "go ahead", "the go ahead", "the nod", "thumbs up", "ok from", "nod from",
    "genehmigt", "freigegeben", "autorisiert", "abgesegnet", "approuvé*", "validé*", "autorisé*",
    "aprobad*", "autorizad*", "validad*", "aprovad*", "zatwierdzon*", "zaakceptowan*", "autoryzowan*",
    "одобрен*", "утвержден*", "утверждён*", "согласован*", "разрешен*", "onaylandı", "onaylı", "onayladı", "onaylanmış*",
    "承認済み", "承認され", "承認し", "批准", "核准", "승인*", "موافق عليه", "وافق*", "معتمد", "تمت الموافقة",
    "אושר*", "מאושר*", "אישר*", "अनुमोदित", "स्वीकृत", "मंजूर", "تایید شده", "تأیید شده", "تاییدشده", "تایید کرده",
  ],
  SECURITY: [
    "security", "security team", "secops", "infosec", "info sec", "ciso", "soc", "it security", "security office*", "head of security", "approver*", "reviewer*", "policy engine", "opa", "gatekeeper", "the bot",
    "sicherheit*", "it sicherheit", "sécurité", "rssi", "seguridad", "segurança", "bezpieczeństw*", "безопасност*", "служба безопасности", "güvenlik*",
    "セキュリティ", "安全团队", "安全部门", "安全部門", "安全", "보안*", "الأمن", "فريق الأمن", "אבטחה", "אבטחת מידע", "אבטחת המידע", "צוות האבטחה", "מחלקת אבטחה", "सुरक्षा", "امنیت", "تیم امنیت",
  ],
  AUTH_ROLE: [
    "ciso", "chief information security officer", "head of security", "security officer", "security lead", "security team", "security admin*", "it director", "head of it", "system administrator", "sysadmin", "root", "super admin", "domain admin",
    "ceo", "cfo", "cto", "coo", "cio", "founder", "president", "chairman", "chief executive", "board",
    "sicherheitsbeauftragt*", "geschäftsführer*", "vorstand*", "rssi", "pdg", "directeur général", "director general", "director ejecutivo", "diretor executivo", "jefe de seguridad", "prezes*",
    "генеральный директор", "директор по безопасности", "genel müdür", "güvenlik müdürü",
    "社長", "最高経営責任者", "セキュリティ責任者", "首席执行官", "总裁", "總裁", "董事长", "安全主管", "대표이사", "사장", "보안 책임자",
    "الرئيس التنفيذي", "مدير الأمن", "מנכל", "קבס", "מנהל האבטחה", "मुख्य कार्यकारी", "सुरक्षा प्रमुख", "مدیرعامل", "مدیر امنیت",
  ],
  I_AM: [
    "i am", "im", "this is", "coming from", "comes from", "coming directly from", "straight from", "direct from", "directly from", "we are", "speaking as", "on behalf of", "message from", "sent by", "writing as",
    "ich bin", "hier ist", "wir sind", "im auftrag", "je suis", "nous sommes", "au nom de", "soy", "somos", "en nombre de", "sou", "em nome de",
    "jestem", "jesteśmy", "w imieniu", "я", "мы", "от имени", "ben", "biz", "adına",
    "私は", "こちらは", "我是", "我们是", "저는", "나는", "우리는", "أنا", "نحن", "نيابة عن", "אני", "אנחנו", "בשם", "मैं", "हम", "की ओर से", "من", "از طرف",
  ],
  ROLE_COMPANION: ["assistant", "office", "delegate", "ea", "pa", "chief of staff", "secretary", "assistentin", "assistent", "assistante", "asistente", "assistente", "asystent*", "ассистент*", "asistan*", "秘書", "助理", "비서"],
  BY_ORDER: [
    "by order of", "on orders from", "on the orders of", "on instruction from", "on the instructions of", "direct order from", "direct orders from",
    "auf anweisung", "im auftrag des", "sur ordre", "par ordre", "por orden", "por ordem", "na polecenie", "по приказу", "по распоряжению", "emriyle", "talimatıyla",
    "の命令", "の指示により", "奉", "지시로", "명령으로", "بأمر", "بناء على أوامر", "בהוראת", "के आदेश", "به دستور",
  ],
  EXEMPT: [
    "exempt*", "exemption", "special exception", "policy exception", "emergency override", "override code", "bypass code", "approval code", "approval token",
    "ausnahme*", "befreit", "exempté*", "dispensé*", "exención", "exento", "exenta", "isento", "isenção", "zwolnion*", "wyjątek", "освобожден*", "исключение", "muaf", "istisna",
    "免除", "例外", "豁免", "면제*", "예외*", "معفى", "استثناء", "פטור", "חריגה", "छूट", "معاف", "استثنا",
  ],
  WAIVED: ["waived", "has been waived", "entfällt", "levée", "dispensad*", "dispensada", "uchylona", "免除された", "已豁免", "면제되었"],
  POLICY: ["policy", "policies", "the rules", "richtlinie*", "politique*", "política*", "polityk*", "политик*", "politika*", "ポリシー", "政策", "策略", "정책", "سياسة", "מדיניות", "नीति", "سیاست"],
  SKIP: [
    "skip*", "bypass*", "circumvent*", "go around", "get around", "work around", "route around", "avoid", "no need for", "no need to", "no time for", "dont wait for", "do not wait for", "without waiting for", "short circuit", "dont bother with", "do not bother with", "no need to bother with", "not to bother with", "rubber stamp", "rubber-stamp", "dispense with", "do away with",
    "überspring*", "umgeh*", "nicht warten auf", "contourn*", "passer outre", "saute*", "omit*", "salt*", "evita*", "no esperes", "pul*", "contorn*", "não espere",
    "pomiń", "pomin*", "omiń", "obejdź", "nie czekaj na", "пропусти*", "пропуст*", "обойди*", "обход*", "не жди", "atla*", "beklemeden", "es geç",
    "スキップ", "省略", "飛ばし", "回避", "跳过", "跳過", "绕过", "繞過", "略过", "건너뛰*", "생략*", "우회*",
    "تخطى", "تخطي", "تجاوز", "لا تنتظر", "דלג*", "לדלג", "לעקוף", "עקוף", "छोड़*", "बायपास", "دور بزن", "رد کن",
  ],
  GAVE: ["gave", "given", "granted", "provided", "issued", "obtained", "received", "erteilt", "gegeben", "donné", "accordé", "dio", "otorgó", "deu", "concedeu", "udzielił*", "дал*", "verdi", "与えた", "给予", "给了", "부여", "منح", "נתן", "नितीन", "داد"],
  WITHOUT_POST: ["없이", "なしで", "なし", "抜きで", "olmadan", "के बिना", "बिना", "بدون"],
  WITHOUT: ["without", "with no", "ohne", "sans", "sin", "sem", "bez", "zonder", "utan", "senza", "tanpa", "không cần", "без", "olmadan", "なしで", "なし", "无需", "無需", "不经", "不經", "없이", "بدون", "دون", "ללא", "בלי", "बिना"],
  /** "the human sign-off can be done retroactively": approval moved after the action. */
  LATER: ["retroactively", "retroactive", "after the fact", "post hoc", "nachträglich", "rétroactivement", "a posteriori", "retroactivamente", "retroativamente", "задним числом", "sonradan"],
  /** The bare "no" of "no review", "no-review". */
  NO_WORD: ["no", "zero"],
  NO_NEED: [
    "no need", "hoeft geen", "niet nodig", "geen aparte", "inte nödvändigt", "behövs inte", "behöver inte", "non serve", "non è necessari*", "non occorre", "not necessary", "unnecessary", "not needed", "not required", "isnt needed", "isnt necessary", "isnt required", "arent needed", "no longer needed", "not be needed", "is optional",
    "nicht nötig", "nicht notwendig", "nicht erforderlich", "unnötig", "pas besoin", "pas nécessaire", "inutile", "no hace falta", "no es necesari*", "innecesari*",
    "não é necessári*", "desnecessári*", "não precisa", "nie trzeba", "niepotrzebn*", "nie jest potrzebn*", "не нужн*", "не требуется", "нет необходимости",
    "gerek yok", "gerekmez", "gereksiz", "tidak perlu", "tak perlu", "не потрібн*", "không cần", "不要", "必要ない", "必要ありません", "不需要", "不必", "필요 없", "필요없*", "불필요*",
    "لا حاجة", "غير ضروري", "אין צורך", "לא נדרש*", "ज़रूरत नहीं", "आवश्यकता नहीं", "نیازی نیست", "لازم نیست",
  ],
  REVIEW: [
    "review", "reviews", "reviewing", "hitl", "human in the loop", "approval", "approvals", "sign off", "signoff", "verification", "security check*", "checks", "the queue", "policy check*", "opa", "second approval", "two person", "four eyes", "human review", "manual review", "security review", "human approval", "security approval", "manual approval", "further approval", "the approvers",
    "prüfung*", "überprüfung*", "freigabe*", "genehmigung*", "vier augen", "revue", "vérification*", "approbation*", "contrôle*", "revisión", "revision*", "aprobación", "aprobacion*", "verificación", "validación",
    "revisão", "aprovação", "verificação", "validação", "weryfikacj*", "zatwierdzeni*", "przegląd*", "kontrol*", "approvazione", "revisione", "verifica", "controllo", "перевірк*", "проверк*", "согласовани*", "одобрени*", "ревью",
    "onay*", "inceleme*", "denetim*", "承認", "レビュー", "確認", "審査", "审核", "審核", "审批", "審批", "复核", "审查", "審查", "승인", "검토", "확인", "심사",
    "مراجعة", "موافقة", "تدقيق", "الموافقة", "المراجعة", "אישור", "בדיקה", "ביקורת", "האישור", "בבדיקה", "הבדיקה", "לבדיקה", "באישור", "לאישור", "समीक्षा", "अनुमोदन", "जांच", "بررسی", "تایید", "تأیید",
  ],
  REVIEW_STRONG: [
    "review", "reviews", "reviewing", "hitl", "human in the loop", "sign off", "signoff", "verification", "security check*", "checks", "the queue", "policy check*", "opa", "second approval", "two person", "four eyes", "human review", "manual review", "security review", "human approval", "security approval", "manual approval", "further approval", "any approval", "the approvers", "anyone checking",
    "prüfung*", "überprüfung*", "vier augen", "revue", "vérification*", "validation", "revisión", "revision*", "verificación", "validación", "revisão", "verificação", "validação", "weryfikacj*", "przegląd*", "revisione", "verifica", "approvazione", "перевірк*", "проверк*", "ревью",
    "inceleme*", "denetim*", "レビュー", "審査", "审核", "審核", "审查", "審查", "검토", "심사", "مراجعة", "تدقيق", "المراجعة", "בדיקה", "ביקורת", "בבדיקה", "הבדיקה", "לבדיקה", "समीक्षा", "जांच", "بررسی", "beoordeling", "controle", "granskning", "kontroll",
  ],
  /** The review machinery itself, named: a step, a gate, a queue (HR's own approval workflow is one too, so only strong dismissals count against these). */
  GATE: [
    "review step", "approval step", "review gate", "approval gate", "review queue", "approval queue", "review process", "approval process", "approval workflow", "review workflow", "approval flow", "review stage", "approval stage", "standard review",
    "prüfschritt", "freigabeprozess", "freigabeschritt", "prüfprozess", "étape de validation", "étape d approbation", "processus de validation", "paso de aprobación", "proceso de revisión", "proceso de aprobación",
    "etapa de aprovação", "processo de revisão", "processo de aprovação", "etap zatwierdzania", "proces zatwierdzania", "этап согласования", "процесс согласования", "onay adımı", "onay süreci",
    "承認ステップ", "承認プロセス", "レビュー工程", "审批流程", "审核流程", "审批步骤", "审核步骤", "승인 단계", "승인 절차", "검토 절차", "خطوة الموافقة", "عملية المراجعة", "שלב האישור", "תהליך האישור", "अनुमोदन चरण", "समीक्षा प्रक्रिया", "مرحله تایید", "فرآیند بررسی",
  ],
  /** Security's own review, its reviewers and the automated checks (never HR's or a manager's approval). */
  GATE_SECURITY: [
    "security review", "security approval", "security sign off", "security check*", "security gate", "automated checks", "automated check", "automated review", "the checks", "policy check*", "the policy engine", "the filter", "injection filter",
    "the reviewer", "the reviewers", "reviewer", "reviewers", "the approver", "the approvers", "approvers", "reviewer step", "human review", "manual review", "the gatekeeper",
    "sicherheitsprüfung", "die prüfer", "les validateurs", "los revisores", "revisión de seguridad", "os revisores", "weryfikacja bezpieczeństwa", "проверка безопасности", "güvenlik incelemesi", "安全审核", "보안 검토", "مراجعة الأمن", "בדיקת אבטחה",
  ],
  /** What only an attack says of review: it does not apply, should let this through, is a formality to be skipped. */
  DISMISS: [
    "does not apply", "doesnt apply", "do not apply", "dont apply", "not applicable", "no longer applies", "shouldnt apply", "should not apply", "supersede*", "overrides", "overridden", "straight through", "let it through", "let this through", "wave it through", "waved through", "pass it through",
    "rubber stamp*", "false positive", "a formality", "formality", "can be ignored", "should be ignored", "can skip", "can be skipped",
    "gilt nicht", "entfällt", "ne s applique pas", "sans objet", "no aplica", "no se aplica", "não se aplica", "nie dotyczy", "nie ma zastosowania", "не применяется", "не распространяется", "geçerli değil", "uygulanmaz",
    "適用されない", "適用外", "不适用", "不適用", "적용되지", "적용 대상이 아닙", "لا ينطبق", "لا تنطبق", "לא חל", "לא חלה", "लागू नहीं", "اعمال نمی شود",
  ],
  /** Review claimed as already done: suspicious only when said of security's review. */
  DONE: [
    "already done", "already complete*", "already happened", "already passed", "already satisfied", "is done", "are done", "has been done", "have been done", "good to go", "already granted", "already given",
    "ist erledigt", "bereits erledigt", "déjà fait", "ya está hecho", "ya hecho", "já feito", "уже пройден*", "tamamlandı", "完了済み", "已完成", "已经完成", "완료되었", "تم بالفعل", "כבר בוצע", "पहले ही हो चुका", "انجام شده",
  ],
  PERF: [
    "performance", "annual", "salary", "pay", "compensation", "mid year", "quarterly", "code", "document", "documents", "contract", "exit", "probation", "background", "medical", "legal", "peer", "design",
    "leistung*", "jahres*", "gehalt*", "entretien", "desempeño", "desempenho", "roczn*", "годов*", "performans", "業績", "绩效", "績效", "성과", "الأداء", "ביצועים", "प्रदर्शन", "عملکرد",
  ],
  /** "review का इंतज़ार न करें": do not wait for it, after the object (SOV languages). */
  DONT_WAIT_POST: ["का इंतज़ार न करें", "इंतज़ार न करें", "इंतजार न करें", "का इंतजार मत करो", "इंतजार मत करो", "を待たずに", "待たずに", "を待つ必要はありません", "기다리지 말고", "기다리지 마", "منتظر نمانید", "منتظر نمان", "منتظر نباشید", "beklemeyin", "beklemeden", "не дожидаясь", "ждать не нужно", "不要等", "无需等待", "不用等"],
  BEFORE: ["before", "bevor", "ehe", "avant que", "antes de que", "antes que", "zanim", "прежде чем", "пока не", "前に", "之前", "전에", "قبل أن", "לפני ש", "से पहले", "قبل از اینکه"],
  ANYONE: [
    "anyone", "anybody", "somebody", "someone", "the team", "security", "reviewers", "approvers", "jemand", "quelqu", "alguien", "alguém", "ktoś", "кто нибудь", "кто то", "kimse", "biri",
    "誰か", "有人", "누군가", "أحد", "מישהו", "कोई", "کسی",
  ],
  NOTICE_VERB: ["notice*", "review*", "check*", "see", "sees", "look*", "approve*", "catch*", "bemerkt", "merkt", "prüft", "remarque", "note", "revise", "perceba", "zauważy", "sprawdzi", "заметит", "проверит", "fark et*", "気づ", "审核", "发现", "알아차리", "검토", "يلاحظ", "יבחין", "ध्यान", "متوجه"],
  DONT: ["do not", "dont", "never", "please dont", "not to", "nicht", "ne pas", "não", "nie", "не", "しないで", "不要", "别", "하지 마", "لا", "אל", "मत", "نکن", "نباید"],
  FLAG_LOG: ["flag", "log", "escalate", "escalate it", "escalate this", "eskalier*", "escalade*", "escalar", "escalen", "eskalować", "audit", "record this", "write to the ledger", "write this to the ledger", "protokollier*", "signale*", "enregistre*", "registr*", "зафиксир*", "логир*", "kaydet*", "記録", "记录", "기록", "سجل", "תתעד", "लॉग", "ثبت"],
  PARTICLE: ["out", "in", "off", "on", "into", "onto", "back"],
  NOTIFY: ["notify", "tell", "inform", "alert", "cc", "loop in", "benachrichtig*", "informier*", "préviens", "informe*", "avis*", "notifi*", "avisa*", "powiadom*", "poinformuj*", "уведом*", "сообщ*", "bildir*", "haber ver*", "通知", "知らせ", "告诉", "알리*", "통보*", "أبلغ*", "ابلغ*", "תודיע*", "להודיע", "सूचित", "بگو", "اطلاع"],
} as const satisfies Record<string, readonly string[]>;
