/**
 * A role or a governing body invoked to stand in for the approval (authority.impersonation, rules/role-mandate-rules.ts):
 * the writer approving it themselves in a senior role ("As the acting CISO I'm approving this myself", "Jako dyrektor IT sam
 * to zatwierdzam"), the final say claimed and a go-ahead given ("I have the final say here and I say go", "Mam tu ostatnie
 * słowo i mówię: działajcie"), and an order of a board or office said to carry the approval ("Per the board resolution of 12
 * November ... approved in full", "Auf Anweisung der Geschäftsführung ... bereits genehmigt"). Not a manager approving the
 * departure, not "by order of the court", not the board accepting a resignation. Entries are normalised like the text.
 */
export const ROLE_MANDATE_CONCEPTS = {
  /** Governing bodies and senior offices that AUTH_ROLE and EXEC leave out (en de fr es pt it nl pl ru uk zh ja ko ar hi tr sv id). */
  SENIOR_BODY: [
    "board of directors", "executive committee", "exec committee", "management board", "executive board", "steering committee", "leadership team", "senior leadership", "senior management", "directorate", "management team",
    "geschäftsführung", "geschäftsleitung", "vorstand", "aufsichtsrat", "konzernleitung", "direktion", "unternehmensleitung",
    "comité de direction", "comité exécutif", "codir", "comex", "direction générale", "conseil d'administration", "la direction",
    "junta directiva", "consejo de administración", "comité de dirección", "comité ejecutivo", "dirección general", "la dirección",
    "diretoria", "conselho de administração", "comitê executivo", "comité executivo", "direção geral", "a direção", "a diretoria",
    "consiglio di amministrazione", "cda", "comitato esecutivo", "direzione generale", "la direzione", "comitato di direzione",
    "directie", "de directie", "raad van bestuur", "managementteam", "het managementteam", "directieteam",
    "zarząd", "zarządu", "zarządem", "dyrekcja", "dyrekcji", "rada nadzorcza", "rady nadzorczej",
    "правление", "правления", "совет директоров", "совета директоров", "руководство", "руководства", "дирекция", "дирекции",
    "правління", "рада директорів", "ради директорів", "керівництво", "керівництва", "дирекція", "дирекції",
    "理事会", "董事会", "董事會", "管理层", "管理層", "领导层", "高管层", "经营层", "役員会", "取締役会", "経営陣", "経営会議", "이사회", "경영진", "임원회의", "임원진",
    "مجلس الإدارة", "الإدارة العليا", "مجلس الادارة", "बोर्ड", "निदेशक मंडल", "प्रबंधन", "शीर्ष प्रबंधन",
    "yönetim kurulu", "üst yönetim", "icra kurulu", "ledningsgruppen", "styrelsen", "företagsledningen", "koncernledningen", "direksi", "dewan direksi", "manajemen puncak",
  ],
  /** Senior or municipal offices and roles that AUTH_ROLE, EXEC and SENIOR_TITLE leave out. */
  SENIOR_ROLE_MORE: [
    "deputy mayor", "mayor", "city manager", "town manager", "county manager", "chief risk officer", "chief compliance officer", "data protection officer", "acting ciso", "acting head of security",
    "it director", "director of it", "head of it", "vp of operations", "group cfo", "group ceo", "chief of police",
    "stellvertretende bürgermeisterin", "stellvertretender bürgermeister", "bürgermeister", "bürgermeisterin", "oberbürgermeister*", "it leiter", "leiter it", "leiterin it", "it leiterin",
    "maire adjoint", "adjoint au maire", "adjointe au maire", "maire", "dsi", "directeur informatique", "directeur des systèmes d'information",
    "teniente de alcalde", "alcalde", "alcaldesa", "director de sistemas", "directora de sistemas", "director de ti", "directora de ti",
    "vice prefeito", "vice prefeita", "prefeito", "prefeita", "diretor de ti", "diretora de ti",
    "vicesindaco", "sindaco", "direttore it", "direttrice it", "direttore dei sistemi informativi",
    "wethouder", "burgemeester", "it directeur", "directeur it",
    "zastępca burmistrza", "zastępca prezydenta miasta", "burmistrz", "burmistrza", "prezydent miasta", "prezydenta miasta", "dyrektor it", "dyrektorka it",
    "заместитель мэра", "заместителя мэра", "мэр", "мэра", "директор по ит", "ит директор",
    "заступник міського голови", "заступника міського голови", "міський голова", "міського голови", "керівник іт безпеки", "керівниця іт безпеки", "ит директор", "іт директор", "директор з іт",
    "副市长", "市长", "副市長", "市長", "it总监", "it總監", "信息总监", "情報システム部長", "부시장", "ciso로서", "cio로서", "ceo로서", "cto로서",
    "نائب العمدة", "رئيس البلدية", "مدير تقنية المعلومات", "مدير تكنولوجيا المعلومات", "उप महापौर", "महापौर",
    "belediye başkanı", "belediye başkan yardımcısı", "bt direktörü", "it direktörü", "bilgi işlem müdürü", "bt müdürü", "it müdürü", "direktörü", "müdürü",
    "kommunstyrelsens ordförande", "kommundirektör", "kommundirektören", "it chef", "it chefen", "wakil wali kota", "wali kota", "kepala ti", "kepala it", "direktur ti", "direktur it",
  ],
  /** An order, decision or directive of someone, before them ("per the board resolution", "directive from", "根据"). */
  MANDATE_PRE: [
    "per the", "as per the", "directive from", "directive from the", "mandate from", "mandate from the", "instruction from", "on instruction of", "on instruction of the",
    "on the instruction of", "at the direction of", "as directed by", "as instructed by", "as decided by", "as decided by the", "as mandated by", "as mandated by the", "straight from the", "directly from the", "resolution of the",
    "auf beschluss", "auf beschluss der", "auf beschluss des", "laut beschluss", "gemäß beschluss", "auf anweisung von",
    "sur instruction du", "sur instruction de la", "sur instruction de", "sur décision du", "sur décision de la", "par décision du", "par décision de la",
    "por decisión de", "por decisión del", "por determinación de", "por instrucción de", "por instrucciones de",
    "por determinação da", "por determinação do", "por decisão da", "por decisão do", "por ordem da", "por ordem do",
    "per disposizione del", "per disposizione della", "per decisione del", "per decisione della", "su decisione del", "su indicazione del",
    "op instructie van", "op besluit van", "volgens besluit van", "decyzją", "z decyzji", "po decyzji", "по решению", "за рішенням", "за вказівкою",
    "根据", "按照", "依照", "遵照", "بناء على قرار", "بناء على تعليمات", "بقرار من", "enligt beslut av", "enligt beslut från", "på order från",
    "atas arahan", "atas keputusan", "sesuai arahan", "berdasarkan keputusan",
  ],
  /** The order after the body or role (ja ko hi tr): "役員会の指示により", "이사회 지시에 따라", "बोर्ड के निर्देश पर", "yönetim kurulu kararıyla". */
  MANDATE_POST: [
    "の指示で", "の決定により", "の決定で", "の命令で", "지시에 따라", "결정에 따라", "결정으로", "के निर्देश पर", "के आदेश पर", "के निर्णय से", "के फैसले से", "के निर्देशानुसार",
    "kararıyla", "kararı ile", "kararı üzerine", "talimatı ile",
  ],
  /** The approval said to be complete or in place (beside APPROVED): "approved in full", "approvals are already in place", "onay tam". */
  APPROVED_FULL: [
    "approved in full", "fully approved", "pre cleared", "approvals are in place", "approvals are already in place", "approval is in place", "approval is already in place", "sign off is in place",
    "onay tam", "onay tamam", "tam onay",
  ],
  /** The writer approving, in the first person (read with MYSELF and a role). */
  SELF_APPROVE: [
    "i am approving", "i'm approving", "i approve", "i hereby approve", "i am signing it off", "i'm signing it off", "i'm signing this off", "i am signing this off", "i sign it off", "i sign this off",
    "i authorise", "i authorize", "i'm authorising", "i'm authorizing", "i am authorising", "i am authorizing", "i'm green lighting", "i am green lighting", "i green light",
    "apruebo", "lo apruebo", "autorizo", "lo autorizo", "j'approuve", "je valide", "j'autorise", "je l'approuve", "je la valide",
    "ich genehmige", "genehmige ich", "ich gebe das", "gebe ich das", "gebe ich es", "gebe ich dies", "aprovo", "eu aprovo", "approvo", "autorizzo",
    "keur ik", "ik keur", "geef ik akkoord", "ik geef akkoord", "zatwierdzam", "akceptuję", "одобряю", "согласовываю", "утверждаю", "разрешаю", "погоджую", "схвалюю", "затверджую",
    "批准", "承認します", "承認いたします", "승인하니", "승인합니다", "승인하며", "승인하겠습니다", "승인하고", "أوافق", "اوافق", "أعتمد",
    "मंज़ूरी दे रहा", "मंज़ूरी दे रही", "मंज़ूरी देता", "मंज़ूरी देती", "onaylıyorum", "onaylarım", "onay veriyorum", "godkänner jag", "jag godkänner", "menyetujui", "saya setujui",
  ],
  /** "myself" where MYSELF (lexicon/self-clear.ts) has no entry the rules of this file can rely on: Polish "sam", Arabic, Hindi, Indonesian. */
  MYSELF_MORE: ["sam", "sama", "بنفسي", "खुद", "मैं खुद", "saya sendiri", "我本人", "亲自", "親自"],
  /** Conditions CONDITION_LEAD (lexicon/deferral.ts) does not list, for the orders below: Indonesian "jika", "kalau" (if). */
  COND_MORE: ["jika", "kalau"],
  /** The final say, as a thing someone holds: "the final say", "das letzte Wort", "ostatnie słowo", "说了算". */
  FINAL_SAY: [
    "final say", "the final say", "last word", "the last word", "final word", "overriding authority", "ultimate authority", "final authority", "it's my call", "it is my call", "this is my call", "that's my call",
    "i'm the one who signs", "i am the one who signs", "i'm the one who approves", "i am the one who approves",
    "última palabra", "la última palabra", "dernier mot", "le dernier mot", "letzte wort", "das letzte wort", "palavra final", "a palavra final", "última palavra",
    "ultima parola", "l'ultima parola", "laatste woord", "het laatste woord", "ostatnie słowo", "последнее слово", "останнє слово", "说了算", "說了算",
    "最終決定権", "최종 결정권", "الكلمة الأخيرة", "الكلمة الاخيرة", "अंतिम फैसला", "आखिरी फैसला", "son söz", "sista ordet", "keputusan akhir", "kata akhir",
  ],
  /** A go-ahead given: "she says go", "digo que adelante", "allez-y", "działajcie", "действуйте". */
  GO_WORD: [
    "says go", "said go", "say go", "she says go", "he says go", "she said go", "he said go", "they say go", "says go ahead", "said go ahead", "it's a go", "it is a go", "go ahead", "proceed", "says proceed",
    "adelante", "procedan", "proceded", "allez y", "procédez", "los geht", "legt los", "leg los", "procedere", "procedete", "andate avanti",
    "doorzetten", "ga je gang", "gaan jullie gang", "działajcie", "działaj", "действуйте", "действуй", "дійте", "直接", "执行", "進めてください", "진행하세요", "진행해 주세요",
    "نفذوا", "تابعوا", "आगे बढ़ें", "devam edin", "kör på", "kör", "lanjutkan", "vai em frente", "podem avançar",
  ],
} as const satisfies Record<string, readonly string[]>;
