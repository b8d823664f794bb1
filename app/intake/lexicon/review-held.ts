/**
 * Concepts for a security review said to have taken place already, or to be covered by an approval
 * held for a class of leavers (authority.prior_approval): "the security review was covered in
 * Tuesday's call", "A revisão de segurança ficou feita na reunião", "Ukaguzi wa usalama
 * ulishafanyika", "Dariusz covered the security review", "under the standing security approval",
 * "Security approval carries over from the Q3 review". The review is the bot's to route, not the
 * writer's to report as held. Entries are normalised like the text (lower case, no accents).
 */
export const REVIEW_HELD_CONCEPTS = {
  /** Held, done, handled: said of the review right after it ("security review was covered", "ficou feita", "a été faite"). */
  REVIEW_HELD: [
    "was covered", "got covered", "has been covered", "been covered", "was handled", "has been handled", "was taken care of", "has been taken care of", "was done",
    "got done", "has been done", "was carried out", "has been carried out", "was sorted", "got sorted", "has been sorted",
    // es pt fr it de nl
    "se hizo", "fue hecha", "fue hecho", "fue realizada", "fue realizado", "se realizo", "se llevo a cabo", "quedo hecha", "quedo hecho", "quedo resuelta", "quedo resuelto", "quedo cubierta", "quedo tratada",
    "ficou feita", "ficou feito", "ficou tratada", "ficou tratado", "ficou resolvida", "ficou resolvido", "foi feita", "foi feito", "foi realizada", "foi realizado", "foi tratada", "foi tratado",
    "a ete faite", "a ete fait", "a ete effectuee", "a ete effectue", "a ete realisee", "a ete traitee", "a eu lieu", "est deja faite", "est reglee",
    "e stata fatta", "e stato fatto", "e stata effettuata", "e stata svolta", "e gia stata fatta", "e gia stata effettuata",
    "ist erfolgt", "wurde durchgefuhrt", "wurde erledigt", "hat stattgefunden", "ist bereits erfolgt", "is gedaan", "is uitgevoerd", "is afgehandeld", "heeft plaatsgevonden",
    // pl ru uk tr sv nb da fi hu sw
    "zostala przeprowadzona", "zostala zrobiona", "odbyla sie", "zostala zalatwiona", "уже проведена", "была проведена", "проведена", "пройдена", "уже пройдена", "состоялась",
    "вже проведена", "була проведена", "відбулася", "yapildi", "gerceklestirildi", "halledildi", "ar gjord", "har gjorts", "har genomforts", "genomfordes",
    "er gjort", "ble gjort", "er gjennomfort", "ble gjennomfort", "er foretaget", "blev foretaget", "er gennemfort", "blev gennemfort", "on tehty", "tehtiin", "on hoidettu", "hoidettiin",
    "megtortent", "mar megtortent", "lezajlott", "ulishafanyika", "ilishafanyika", "umeshafanyika", "imeshafanyika", "ulifanyika", "ilifanyika", "umefanyika", "imefanyika",
    // The participle last, as verb-final clauses put it (de nl pl sv nb): "wurde gestern im Call mit Jens erledigt", "is gisteren in het overleg gedaan".
    "durchgefuhrt", "gemacht", "erfolgt", "gedaan", "uitgevoerd", "afgehandeld", "przeprowadzony", "przeprowadzona", "przeprowadzone", "zrobiony", "zrobiona", "zrobione", "zalatwiony", "zalatwiona",
    "gjordes", "genomfordes", "ar gjord", "ble gjort", "blev gjort",
    // zh ja ko ar he hi fa id
    "已做过", "已经做过", "已进行", "已经进行", "做完了", "做过了", "搞定了", "実施済み", "実施しました", "行われました", "済ませました", "済ませた", "終わりました", "진행됐습니다", "진행되었습니다", "마쳤습니다", "끝났습니다", "끝났어요",
    "اجريت", "تمت", "בוצעה", "נעשתה", "हो चुकी है", "हो चुका है", "पूरी हो चुकी", "انجام شده", "انجام شد", "sudah dilakukan", "telah dilakukan",
  ],
  /** Done to the review, the verb before it: "Dariusz covered the security review on our sync". */
  HELD_VERB: ["covered", "handled", "took care of", "has taken care of", "sorted out", "ran", "did", "carried out", "conducted"],
  /** An approval held for a class of leavers (beside STANDING_APPROVAL in approvers-excluded.ts) or carried over from another review: "the standing security approval", "stehende Genehmigung". */
  STANDING_APPROVAL_ALT: [
    "standing security approval", "standing infosec approval", "standing security sign off", "standing sign off", "standing signoff", "standing exemption", "standing clearance", "blanket security approval", "blanket sign off",
    "stehende genehmigung", "stehenden genehmigung", "stehende freigabe", "stehenden freigabe", "aprobacion vigente", "stala zatwierdzenie", "бессрочное согласование", "kalici onay", "surekli onay",
    "staende godkannande", "staende godkjenning", "staende godkendelse", "pysyva hyvaksynta", "常设批准", "长期批准", "स्थायी अनुमोदन", "تایید دائمی",
  ],
  /** Carried over to this leaver: "Security approval carries over from the Q3 bulk review". */
  CARRIES_OVER: ["carries over", "carried over", "carry over", "is carried over", "wird ubernommen", "se traslada", "e transportada", "est reportee", "wordt overgenomen"],
  /** Seen by, sent to: "must not be visible to the security review team". */
  VISIBLE_TO: ["be visible to", "visible to", "be seen by", "sichtbar fur", "visible para", "visible pour", "visivel para", "visibile a", "zichtbaar voor"],
  /** The review, or sending it on, in words the review concepts lack: ar "بمراجعة" (with a review), "المرور" (passing through), "لإحالته" (referring it), fa "ارجاع", he "בדיקת" (check of), ur "ریویو". */
  REVIEW_ALT: [
    "بمراجعة", "مراجعة", "لمراجعة", "المرور", "احالة", "الاحالة", "احالته", "لاحالته", "لاحالتها", "ارجاع", "ارجاعش", "בדיקת", "בבדיקת", "לבדיקת", "ריוויו", "ریویو", "रिव्यू", "रिव्यु",
  ],
  /** Security's review as one compound word (nb da sv fi hu): "uten sikkerhetsgjennomgang", "ohne Sicherheitsfreigabe". */
  SEC_REVIEW_ALT: [
    "sikkerhetsgjennomgang*", "sikkerhetsvurdering*", "sikkerhetskontroll*", "sikkerhetsgodkjenning*", "sikkerhedsgennemgang*", "sikkerhedsvurdering*", "sikkerhedskontrol*", "sikkerhedsgodkendelse*",
    "säkerhetsgranskning*", "säkerhetsprövning*", "säkerhetskontroll*", "säkerhetsgodkännande*", "tietoturvatarkast*", "tietoturvakatselm*", "tietoturvahyväksyn*", "sicherheitsfreigabe*", "sicherheitsprüfung*",
    "beveiligingscontrole*", "beveiligingsbeoordeling*", "beveiligingstoets*",
  ],
  /** "Without" as a suffix of the review noun (kk ky tr az uz): "тексеруінсіз", "incelemesiz", "onaysız", "yoxlamasız". */
  CHECKLESS: [
    "тексерусіз", "тексеруінсіз", "тексеруісіз", "келісусіз", "келісімсіз", "мақұлдаусыз", "текшерүүсүз", "incelemesiz", "incelemesi yapılmadan", "onaysız", "denetimsiz", "yoxlamasız", "təsdiqsiz",
    "tekshiruvsiz", "tasdiqsiz",
  ],
  /** "Without", in languages the WITHOUT concept lacks: ti "ብዘይ" (not zh "未经", which prohibitions use: "请勿在未经安全团队审批的情况下处理"). */
  WITHOUT_ALT: ["ብዘይ"],
  /** A prohibition the negation concepts lack (zh): "请勿在不经安全团队审批的情况下处理" (do not process without security's approval). */
  NEG_ALT: ["请勿", "切勿", "勿", "不得", "禁止", "不可", "不能"],
  /** Passing a request on, the verbs SEND_TO_REVIEW lacks: "please don't pass this to the security team", "nicht an die IT-Sicherheit weiterleiten". */
  SEND_ALT: ["pass", "pass this", "pass it", "hand this", "hand it", "weiterleiten", "weitergeben", "ubergeben", "vorlegen", "doorsturen", "doorgeven", "inoltrare", "girare", "repassar", "encaminar", "przekazywac", "vidarebefordra", "videresende"],
  /** Not to go into the review: is "fari ekki í öryggisyfirferð", nb da sv "ikke gå til". */
  NOT_INTO_REVIEW: ["fari ekki i", "fer ekki i", "fara ekki i", "ekki fara i", "gar ikke til", "ikke ga til", "ikke gaar til", "inte gar till", "inte ga till", "not go to", "not go into", "not going to go to"],
  /** Not needed, as the review concepts do not say it: fi "ei enää tarvita", en "they don't need another look". */
  NO_NEED_ALT: [
    "ei tarvita", "ei enää tarvita", "ei enaa tarvita", "ei tarvitse", "ei enää tarvitse", "ei ole tarpeen", "don't need", "doesn't need", "do not need", "does not need", "won't need", "will not need",
    "nem szükséges", "nincs szükség", "nem kell", "don't think we need", "do not think we need", "don't believe we need",
  ],
  /** Recorded by the reader, with the status after (es pt fr it de nl): "podéis dejarla como aprobada", "é só registar como aprovada". */
  RECORD_AS_VERB: [
    "dejarla", "dejarlo", "dejadla", "dejadlo", "dejenla", "dejenlo", "registrar", "registrarla", "registrarlo", "registradla", "registar", "registá-la", "registá-lo", "registrá-la", "registrá-lo", "marcá-la", "marcá-lo", "marcarla", "marcarlo", "marcadla",
    "anotarla", "anotarlo", "deixá-la", "deixá-lo", "deixar", "enregistrer", "lenregistrer", "enregistrez", "la noter", "registrarla", "segnarla", "segnarlo", "registrarla", "eintragen", "vermerken", "registreren", "noteren",
  ],
  /** Flagged for review: "processed quietly and not flagged for review", "do not flag for security review". */
  FLAG_FOR_REVIEW: [
    "flagged for review", "flag for review", "flag it for review", "flag this for review", "flagging it for review", "flag for security review", "flagged for security review", "flag it for security review",
    "flagged to security", "flag it to security", "flag this to security", "flagged up to security",
  ],
  /** Security's part of a request: "The security side for her OPERA access was covered". */
  SECURITY_PART: ["security side", "security part", "security piece", "security aspect", "security bit", "security element", "security portion", "security angle", "infosec side", "infosec part"],
  /** A thing checked for security, not the request: "the security check of her laptop was done", "la revisión de seguridad del portátil se hizo". */
  CHECKED_THING: [
    "laptop", "laptops", "notebook", "computer", "macbook", "device", "devices", "token", "badge", "card", "keys", "locker", "car", "vehicle", "equipment", "hardware", "contract",
    "vendor", "supplier", "deposit", "training", "course", "clearance", "vetting", "background", "interview", "building", "premises", "office", "desk", "drive", "disk", "usb", "scan",
    "portatil", "ordenador", "equipo", "tarjeta", "contrato", "proveedor", "formacion", "ordinateur", "portable", "appareil", "carte", "badge", "contrat", "fournisseur",
    "computador", "cracha", "cartao", "fornecedor", "laptopa", "laptopie", "gerat", "gerate", "ausweis", "vertrag", "lieferant", "schulung", "apparaat", "pas", "leverancier",
    "ноутбук", "ноутбука", "пропуск", "договор", "笔记本", "电脑", "设备", "工牌", "ノートpc", "パソコン", "端末", "노트북", "장비", "출입증", "حاسوب", "الحاسوب", "الجهاز", "جهاز", "بطاقة",
  ],
  /** A device the check was done on, right after it: "the security check was done on her laptop" (not "completed by the CISO office"). */
  ON_DEVICE: [
    "on her laptop", "on his laptop", "on their laptop", "on the laptop", "on her device", "on his device", "on the device", "on her phone", "on his phone",
    "on her computer", "on his computer", "on her machine", "on his machine", "on her workstation", "on his workstation", "of her laptop", "of his laptop",
  ],
  /** One more review after the one claimed: "they don't need another look from their side", "no fresh sign-off". */
  ANOTHER_REVIEW: [
    "another look", "another review", "a second look", "a fresh look", "another check", "a further review", "a fresh review", "a second review", "another sign off", "a fresh sign off", "a new sign off",
    "a separate review", "a separate check", "another pass",
    "a second check", "a further check", "a second pair of eyes", "another pair of eyes",
  ],
  /** Still to come: "security approval pending, her manager approved by phone". */
  PENDING_WORD: ["pending", "outstanding", "awaited", "to follow", "pendiente", "pendente", "en attente", "in sospeso", "ausstehend", "offen", "openstaand", "w toku", "в ожидании", "beklemede", "未完了", "待定", "대기"],
  /** Recorded as not needed: "record security_review as not required", "marcar la revisión como no requerida". */
  AS_NOT_NEEDED: [
    "as not required", "as not needed", "as waived", "as not applicable", "as exempt", "as skipped", "as unnecessary", "como no requerida", "como no requerido", "como no necesaria", "como no aplicable",
    "como não necessária", "como não necessário", "como dispensada", "comme non requise", "comme non requis", "comme non nécessaire", "comme non applicable", "come non necessaria", "come non richiesta",
    "als nicht erforderlich", "als entfallen", "als niet nodig", "als niet vereist", "jako niewymagany", "jako niewymagana", "как не требуется", "как не требующуюся", "som inte nödvändig", "som ikke nødvendig",
  ],
  /** Holding an approval: "I hold a pre-approval from InfoSec", "we have security's pre-approval". */
  HOLD_VERB: ["hold", "holds", "have", "has", "got", "received", "obtained", "tenemos", "tengo", "temos", "tenho", "nous avons", "j ai", "wir haben", "ich habe", "abbiamo", "ho", "we hebben", "ik heb", "mamy", "mam"],
  /** Going to or through the review, said of the request: "this case does not go to security review", "que no pase por seguridad", "не пойдёт на проверку". */
  GO_VERB: [
    "go to", "go into", "goes to", "goes into", "get to", "end up with", "land with", "geht", "gehen", "kommt", "landet", "gelangt", "pase por", "pasar por", "vaya a", "llegue a", "pase a",
    "passe por", "passar por", "va para", "chegue a", "siga para", "ira", "aille", "passe par", "passera par", "passi", "passi dalla", "passi dal", "passi per", "vada", "arrivi", "gaat", "komt",
    "trafi", "trafia", "pojdzie", "przejdzie przez", "пойдет", "попадет", "уйдет", "пойти", "попасть", "піде", "потрапить", "gar till", "ga till", "hamnar hos", "gar til", "ga til",
  ],
  /** Going to the review, negated in the verb (tr): "güvenlik incelemesine gitmemesine karar verdi". */
  GO_NOT_POST: ["gitmemesine", "gitmemeli", "gitmesin", "gitmeyecek", "gonderilmesin", "gonderilmemesine", "gonderilmeyecek", "iletilmesin", "iletilmemesine", "yonlendirilmesin", "yonlendirilmemesine"],
  /** Keeping someone out, with OUT_OF_IT after them: "keep security out of this one", "lasst die Security da raus", "dejad a seguridad fuera". */
  KEEP_AWAY_VERB: ["keep", "leave", "lass", "lasst", "lassen sie", "dejad", "deja", "dejen", "laissez", "laisse", "deixem", "deixe", "deixa", "lasciate", "lascia", "houd", "hou", "laat"],
  OUT_OF_IT: ["out of", "out of it", "out of this", "out of the loop", "raus", "da raus", "heraus", "aussen vor", "fuera", "al margen", "en dehors", "a l ecart", "de fora", "fora disso", "fuori", "buiten"],
} as const;
