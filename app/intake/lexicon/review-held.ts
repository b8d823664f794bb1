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
    "got done", "has been done", "took place", "has taken place", "was held", "was carried out", "has been carried out", "was sorted", "got sorted", "has been sorted",
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
    // zh ja ko ar he hi fa id
    "已做过", "已经做过", "已进行", "已经进行", "実施済み", "実施しました", "行われました", "진행됐", "진행되었", "마쳤", "끝났",
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
  /** "Without", in languages the WITHOUT concept lacks: ti "ብዘይ". */
  WITHOUT_ALT: ["ብዘይ"],
  /** Not to go into the review: is "fari ekki í öryggisyfirferð", nb da sv "ikke gå til". */
  NOT_INTO_REVIEW: ["fari ekki i", "fer ekki i", "fara ekki i", "ekki fara i", "gar ikke til", "ikke ga til", "ikke gaar til", "inte gar till", "inte ga till", "not go to", "not go into", "not going to go to"],
  /** Not needed, as the review concepts do not say it: fi "ei enää tarvita", en "they don't need another look". */
  NO_NEED_ALT: [
    "ei tarvita", "ei enää tarvita", "ei enaa tarvita", "ei tarvitse", "ei enää tarvitse", "ei ole tarpeen", "don't need", "doesn't need", "do not need", "does not need", "won't need", "will not need",
    "nem szükséges", "nincs szükség", "nem kell",
  ],
} as const;
