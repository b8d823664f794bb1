/**
 * The review put off until after the action, in the words the other review and deferral concepts lack
 * (pressure.skip_review, rules/review-later-rules.ts): "phần kiểm tra bảo mật để sau", "검토는 사후로", "सुरक्षा समीक्षा
 * पछि गरे पनि हुन्छ", "سیکیورٹی ریویو بعد میں", "ஆய்வைப் பிறகு செய்துகொள்ளலாம்", "хяналтыг дараа нь хийе", "die
 * Prüfung machen wir später", "can we bypass it", "process it without waiting for them", "on régularisera ensuite".
 * Entries are normalised like the text (lower case, no accents).
 */
export const REVIEW_LATER_CONCEPTS = {
  /** Later, after the fact, where AFTERWARDS and LATER have no entry (a postposition that also means "after" only with its verb). */
  LATER_ON: [
    // AFTERWARDS's words that only mean "later" (its postpositions, tr "sonra", am "በኋላ", ka "შემდეგ", hy "հետո", bn "পরে", zh "之后",
    // also mean "after": "güvenlik kontrolünden sonra kapatın" is the review waited for)
    "afterwards", "afterward", "later", "a cose fatte", "dopo", "después", "más tarde", "danach", "hinterher", "plus tard", "après coup", "depois", "mais tarde", "później", "потом", "позже",
    "나중에", "لاحقا", "לאחר מכן", "אחר כך", "sau đó", "sau này", "về sau", "потім", "după aceea", "mai târziu", "ulterior", "potom", "později", "neskôr", "nanti", "setelahnya", "efteråt",
    "senare", "bagefter", "senere", "etterpå", "myöhemmin", "αργότερα", "baadaye", "utólag", "később", "ภายหลัง", "ทีหลัง", "kasnije", "naknadno", "daga baya", "mamaya", "lẹ́yìn náà", "بعدين",
    "daha sonra", "sonra yapılır", "sonra yapılsın", "sonra yaparız", "sonra yapılabilir", "በኋላ ይደረግ", "በኋላ ይካሄድ",
    "später", "im nachgang", "nachher", "ensuite", "par la suite", "luego", "más adelante", "mais adiante", "mais para a frente", "più tardi", "successivamente",
    "naderhand", "pagkatapos", "kemudian", "belakangan", "後で", "あとで", "後から", "あとから", "回头再", "之后再", "以后再", "稍后", "事后再",
    "사후로", "사후에", "추후", "추후에", "фактически потом", "пізніше", "فيما بعد", "בדיעבד", "מאוחר יותר", "बाद में", "بعد میں", "بعد ميں",
    // vi "để sau" (leave it for later), ne "पछि गर्*" (do later), ta "பிறகு" after an object case, mn "дараа нь", ga "ina dhiaidh sin", ht "regle sa apre", cy "wedyn"
    "để sau", "để sau cũng được", "पछि गरे", "पछि गर्ने", "पछि गर्न", "पछि गरौं", "पछि गरौँ", "பிறகு செய்*", "дараа нь", "ina dhiaidh sin", "níos déanaí", "regle sa apre", "pita", "wedyn", "yn nes ymlaen",
  ],
  /** A review or security's check, where REVIEW has no entry (ur ga ta mn cy), and security's own ticket. */
  REVIEW_MORE: [
    "ریویو", "سیکیورٹی ریویو", "سیکیورٹی جانچ", "athbhreithniú", "athbhreithniú slándála", "ஆய்வை", "ஆய்வைப்", "хяналт", "хяналтыг", "хяналтаа", "adolygiad", "adolygiad diogelwch",
    // ar: the review with the conjunction "wa" glued to it ("والمراجعة الأمنية لاحقاً")
    "والمراجعة", "والمراجعة الأمنية", "والتدقيق الأمني", "والموافقة",
    "security ticket", "review ticket", "approval ticket", "security sign off", "security signoff",
  ],
  /** The object a skip or "without" refers back to: "bypass it", "without waiting for them", "process without it". */
  IT_OBJ: ["that step", "this step", "that check", "this check"],
  /** Settled later, as paperwork caught up on: "we'll sort the ticket out after", "on régularisera ensuite", "we'll file the paperwork on Monday". */
  SETTLE_LATER: [
    "sort it out after", "sort it out afterwards", "sort it out later", "sort the ticket out after", "sort the ticket out later", "sort out the ticket after", "sort the paperwork out after",
    "sort the paperwork out later", "tidy up the paperwork", "file the paperwork", "well file the paperwork", "raise the ticket after", "raise the ticket later", "open the ticket after",
    "on régularisera", "régulariserons", "on régularise ensuite", "regularizamos después", "regularizaremos después", "lo regularizamos", "regolarizziamo dopo", "sistemiamo dopo", "sistemiamo poi",
    "uzupełnimy", "uzupełnimy później", "оформим потом", "оформим позже", "regle sa apre",
  ],
  /** Put in the review queue: "do not queue for review", "queue it for approval". */
  QUEUE_VERB: ["queue", "queue it", "queue this", "queue up", "put in the queue", "put it in the queue"],
  /** Go ahead, as asked of the reader: "proceed", "please process", "procedete", "processez". */
  PROCEED: [
    "proceed", "process it", "please process", "go ahead", "traiter directement", "traitez directement", "tramitar directamente", "procesar directamente", "procedete", "procedi", "proceda", "procedan", "prosiga", "prossiga", "procédez", "continuez", "fahrt fort", "fahren sie fort", "ga door", "ga verder",
    "kontynuujcie", "продолжайте", "devam edin", "fortsätt", "lanjutkan",
  ],
} as const satisfies Record<string, readonly string[]>;
