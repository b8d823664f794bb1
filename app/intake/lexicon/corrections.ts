/**
 * Concepts for corrections that may swap the target: the correction and mistake cues, HR's record
 * called wrong, the same person, and the approval kept (the wrong person, the right address and the
 * swap itself in wrong-person.ts; see override.ts for the entry syntax).
 */
export const CORRECTION_CONCEPTS = {
  /** An approval carried over to a changed request: "keep the existing approval", "no need to review it again". */
  KEEP_APPROVAL: ["keep the existing approval", "keep the approval", "approval still stands", "approval still applies", "approval still holds", "approval remains valid", "no need to re review", "no need to review it again", "no need to review again", "same approval applies", "die freigabe gilt weiterhin", "freigabe gilt weiterhin", "genehmigung gilt weiterhin", "bleibt freigegeben", "l approbation reste valable", "la validation reste valable", "pas besoin de revalider", "la aprobación sigue vigente", "sigue aprobado", "no hace falta volver a revisar*", "a aprovação continua válida", "não precisa revisar de novo", "l approvazione resta valida", "de goedkeuring blijft geldig", "godkännandet gäller fortfarande"],
  /**
   * What is said of an approval carried over to a changed request, within three words of the approval: "the existing
   * approval", "approval stays the same", "No change to approvals", "Mantened la aprobación", "승인은 기존 건 그대로",
   * "承認は前の申請のものをそのまま流用", "همان تأیید قبلی", "Hyväksynnät voi pitää ennallaan" (APPROVAL_KEPT in injection-rules.ts).
   */
  APPROVAL_KEEP: [ "existing", "same", "the same", "stays", "stay", "remain", "remains", "remain valid", "remains valid", "unchanged", "keep", "retain", "previous", "earlier", "already attached", "no change to", "no changes to", "still valid", "carry over", "reuse", "as they are", "as it is", "as is",
    "mantened", "mantener", "mantengan", "mantenga", "misma", "mismo", "mismas", "ya teníais", "existente", "sigue", "siguen", "previa",
    "stessa", "stesso", "stesse", "già presente", "esistente", "resta", "restano", "rimane", "rimangono",
    "mesma", "mesmo", "mesmas", "mantenham", "mantém", "mantêm", "continua", "continuam",
    "même", "mêmes", "existante", "précédente", "reste", "restent", "conservez", "gardez",
    "gleiche", "gleichen", "dieselbe", "bestehende", "bestehenden", "bisherige", "bisherigen", "bleibt", "bleiben", "beibehalten",
    "zelfde", "dezelfde", "bestaande", "blijft", "blijven", "behouden",
    "samma", "befintliga", "befintligt", "kvarstår", "behåll", "ta sama", "te same", "pozostaje", "pozostają", "dotychczasowa", "istniejąca",
    "то же", "та же", "те же", "прежнее", "прежние", "остаётся", "остаются", "сохраните", "ті самі", "та сама", "той самий", "залишаються", "залишається", "попереднє", "існуюче",
    "aynı", "aynen", "koruyun", "mevcut", "기존", "그대로", "동일", "같은", "前の", "そのまま", "流用", "同じ", "既存", "原来的", "不变", "沿用",
    "نفس", "السابقة", "كما هي", "الإبقاء", "همان", "قبلی", "वही", "वही रहेगी", "पहले वाली",
    "ίδιες", "ίδια", "ίδιο", "μένουν", "μένει", "υπάρχουσα", "zůstávají", "zůstává", "stejné", "stávající", "původní",
    "giữ nguyên", "yang sudah ada", "tetap berlaku", "tetap", "ennallaan", "samat", "nykyiset", "behold", "eksisterende", "samme", "uændret", "uendret",
    "rămâne", "rămân", "aceeași", "existentă", "เดิม",
  ],
  /** The rest of a request said to be unchanged ("everything else stays as it was"): what was corrected was not the person. */
  REST_UNCHANGED: [ "everything else", "all other details", "all the other details", "nothing else", "alles andere", "alle anderen angaben", "tout le reste", "todo lo demás", "todo lo demas", "todo o resto", "tutto il resto",
    "al het andere", "allt annat", "wszystko inne", "pozostałe dane", "всё остальное", "все остальное", "все інше", "diğer her şey", "その他の情報", "其他信息", "其他都不变", "나머지", "باقي البيانات", "כל השאר", "बाकी सब",
    "kaikki muu", "alt andet", "alt annet", "restul", "ostatní údaje", "mọi thứ khác", "yang lain",
  ],
  /** The HR system or HR's own record of the leaver ("Workday", "the HRIS", "in der HR-Meldung", "в HR-системе"): what a request is checked against. */
  HR_RECORD: [ "rh", "les rh", "l rh", "인사 시스템에", "인사시스템에", "인사 시스템에는", "人事系统里", "人事系统中", "人事システムでは", "hr systemet har", "hr-systemet", "hr", "workday", "hris", "hrms", "hr system", "hr record", "hr records", "hr notification", "hr form", "personnel system", "sap hr", "successfactors",
    "hr meldung", "hr system", "personalsystem", "personalakte", "système rh", "sirh", "dossier rh", "sistema de rrhh", "sistema de rh", "sistema rh", "sistema hr", "hr systeem", "personeelssysteem",
    "hr systemet", "personalsystemet", "system kadrowy", "systemie kadrowym", "systemie hr", "hr системе", "hr система", "кадровой системе", "кадровая система", "ik sistemi", "ik sisteminde", "insan kaynakları sistemi",
    "人事システム", "人事系统", "人事系統", "인사 시스템", "인사시스템", "نظام الموارد البشرية", "מערכת משאבי אנוש", "मानव संसाधन प्रणाली", "سیستم منابع انسانی",
    "hệ thống nhân sự", "системі hr", "кадровій системі", "sistemul hr", "personální systém", "sistem hr", "sistem sdm", "henkilöstöjärjestelmä", "hr systemet", "σύστημα hr", "σύστημα ανθρώπινου δυναμικού",
  ],
  /** A record said to be wrong or out of date ("outdated", "keyed in the wrong", "неверный", "die falsche", "is outdated"). */
  RECORD_WRONG: [ "old", "transposed", "has it wrong", "alte", "alten", "ancien", "ancienne", "antiguo", "antigua", "antigo", "antiga", "vecchio", "vecchia", "oude", "gamla", "gammalt", "gammel", "gamle", "gammelt", "stary", "stare", "старый", "старое", "старий", "wrong", "incorrect", "incorrectly", "outdated", "out of date", "obsolete", "stale", "not current", "no longer current",
    "falsch", "falsche", "falschen", "veraltet", "veraltete", "faux", "fausse", "erroné", "erronée", "obsolète", "incorrecto", "incorrecta", "equivocado", "equivocada", "erróneo", "desactualizado", "desactualizada",
    "errado", "errada", "incorreto", "incorreta", "desatualizado", "desatualizada", "sbagliato", "sbagliata", "errato", "errata", "obsoleto", "verkeerd", "verkeerde", "onjuist", "onjuiste", "verouderd", "verouderde",
    "fel", "felaktig", "felaktigt", "inaktuell", "zły", "złą", "złe", "zły", "błędny", "błędną", "błędne", "nieaktualny", "nieaktualne", "неверный", "неверно", "неправильный", "неправильно", "устаревший", "устарел",
    "yanlış", "güncel değil", "eski", "間違", "誤った", "古い", "错误", "錯誤", "过时", "過時", "잘못", "틀린", "خاطئ", "خاطئة", "قديم", "שגוי", "שגויה", "מיושן", "गलत", "पुराना", "اشتباه", "قدیمی",
    "sai", "невірний", "невірно", "неправильний", "застарілий", "greșit", "greșită", "învechit", "chybný", "chybně", "zastaralý", "salah", "keliru", "usang", "väärä", "vanhentunut", "forkert", "forældet", "feil", "utdatert", "λάθος", "λανθασμένο", "παλιό",
  ],
  /** What names a person in a record: an id, an employee number, an address, an account ("табельный номер", "Personalnummer", "matricule"). */
  ID_WORD: [ "number", "nummer", "nummeret", "numret", "numéro", "número", "numero", "numer", "номер", "adresse", "l adresse", "dirección", "correo", "endereço", "indirizzo", "adres", "adresa", "адрес", "digits", "번호", "番号", "号码", "رقم", "מספר", "नंबर", "id", "ids", "employee id", "employee number", "employee no", "staff number", "staff id", "personnel number", "payroll number", "email", "e mail", "email address", "address", "account", "login", "username", "upn", "person", "employee",
    "personalnummer", "mitarbeiternummer", "matricule", "numéro d employé", "número de empleado", "número de empleada", "legajo", "matrícula", "matricola", "numero di matricola", "personeelsnummer", "anställningsnummer", "numer pracownika", "numer kadrowy", "osobę", "osoba",
    "табельный номер", "табельного номера", "номер сотрудника", "sicil", "sicil no", "sicil numarası", "社員番号", "従業員番号", "工号", "员工号", "員工號", "사번", "직원 번호", "الرقم الوظيفي", "מספר עובד", "कर्मचारी आईडी", "कर्मचारी संख्या", "کد پرسنلی", "شماره پرسنلی",
    "mã nhân viên", "табельний номер", "marcă", "număr de angajat", "osobní číslo", "nomor pegawai", "nip", "id pekerja", "henkilönumero", "medarbejdernummer", "ansattnummer", "αριθμός μητρώου",
  ],
  /** A correction that says the person stays the same ("same person", "typo on my side", "dieselbe Person"): an honest fix, not a swap. */
  SAME_PERSON: [ "same person", "same employee", "same leaver", "same guy", "same colleague", "same mailbox", "same individual", "the same mrs", "the same mr", "same ms", "typo", "misspel*", "misspelt", "transposed", "digits swapped", "digits were swapped",
    "dieselbe person", "derselbe mitarbeiter", "dieselbe mitarbeiterin", "même personne", "même employé", "même employée", "misma persona", "mismo empleado", "mesma pessoa", "mesmo funcionário", "stessa persona", "stesso dipendente",
    "dezelfde persoon", "dezelfde medewerker", "samma person", "ta sama osoba", "tej samej osoby", "тот же человек", "тот же сотрудник", "та сама особа", "той самий працівник", "aynı kişi", "同一人物", "同一个人", "同一人", "같은 사람", "동일인", "동일 인물",
    "الشخص نفسه", "نفس الشخص", "אותו אדם", "אותה עובדת", "אותו עובד", "वही व्यक्ति", "व्यक्ति वही", "همان شخص", "cùng một người", "orang yang sama", "orangnya sama", "sama orang", "sama henkilö", "samme person", "aceeași persoană",
    "ίδιο πρόσωπο", "ίδιος", "stejná osoba", "tentýž", "mtu yule yule", "คนเดิม",
  ],
  CORRECTION: ["actually", "really", "in fact", "should be", "should have been", "correction", "rättelse", "egentligen", "berichtigung", "rectificación", "correção", "eigentlich", "en fait", "en realidad", "na verdade", "właściwie", "на самом деле", "aslında", "実は", "实际上", "實際上", "사실", "في الواقع", "בעצם", "वास्तव में", "در واقع",
    // ca (Catalan)
    "en realitat",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "zapravo", "u stvari",
    // sr (Serbian Cyrillic)
    "заправо",
    // sl (Slovenian)
    "pravzaprav",
    // bg (Bulgarian)
    "всъщност",
    // lt (Lithuanian)
    "iš tikrųjų",
    // lv (Latvian)
    "patiesībā",
    // et (Estonian)
    "tegelikult",
    // is (Icelandic)
    "reyndar",
    // af (Afrikaans)
    "eintlik",
    // az (Azerbaijani)
    "əslində",
  ],
  /** Who the request is about, named as a role: "the person leaving is ...". */
  /** Where a text corrects who the request is about ("Correction:", "actually", "the records were merged"): see detect-correction.ts. */
  CORRECTION_CUE: [ "scratch that", "vergesst das", "vergessen sie das", "oubliez ça", "oubliez cela", "olvidad eso", "olviden eso", "esqueçam isso", "esqueça isso", "lasciate perdere", "vergeet dat", "glöm det", "zapomnijcie o tym", "забудьте об этом", "забудьте про це", "disregard the email above", "disregard the address above", "ignore the email above", "ignore the address above", "ignore the name above", "disregard the name above", "ignore the name i gave", "ignore the name in the subject", "sorry wrong", "wrong", "my mistake", "my bad", "i made a mistake", "me equivoqué", "perdón", "korrektur", "kleine korrektur", "poprawka", "rettifica", "correctie", "en fait", "la cuenta correcta", "the correct account", "correct account", "the right account",
    "correction", "corrected", "actually", "in fact", "de fapt", "wrong person", "wrong employee", "wrong leaver", "wrong account", "the leaver is", "the person leaving is", "should read", "update the target", "change the target", "now sits under", "is now under", "merged the records", "merged into",
    "rättelse", "egentligen", "berichtigung", "korrektur", "eigentlich", "rectification", "en fait", "rectificación", "corrección", "en realidad", "correção", "na verdade", "correzione", "in realtà", "correctie", "eigenlijk", "korekta", "właściwie",
    "исправление", "на самом деле", "düzeltme", "aslında", "訂正", "実は", "更正", "实际上", "實際上", "정정", "사실은", "تصحيح", "في الواقع", "תיקון", "בעצם", "सुधार", "वास्तव में", "اصلاح", "در واقع",
    "виправлення", "поправка", "исправка", "ispravka", "ispravak", "popravek", "pomyłka", "pomyłkę", "pomyłki", "정정합*", "정정드*", "잘못 적*", "잘못 기재*",
    // cs sk ("Oprava k požadavku SD-45002"), ms id ("pembetulan")
    "oprava", "pembetulan",
    // The records or forms swapped (en fr de es pt it nl pl ru uk sv): "le formulaire RH a interverti les fiches : c'est Agathe Perrin qui s'en va"
    "swapped the records", "swapped the forms", "swapped the two records", "mixed up the records", "mixed up the forms", "records were swapped", "forms were swapped", "records got swapped",
    "interverti les fiches", "inversé les fiches", "interverti les dossiers", "mélangé les fiches", "fiches ont été interverties", "die datensätze vertauscht", "die formulare vertauscht", "datensätze wurden vertauscht",
    "intercambió las fichas", "intercambiado las fichas", "confundió las fichas", "trocou as fichas", "trocou os registos", "trocou os registros", "invertito le schede", "scambiato le schede",
    "de dossiers verwisseld", "de formulieren verwisseld", "zamienił karty", "pomylił karty", "zamieniono karty", "перепутал карточки", "перепутали карточки", "переплутав картки", "переплутали картки",
    "förväxlat ärendena", "blandat ihop ärendena",
    // A change of mind, of plan or of the name meant ("on second thought", "change of plan", "I meant", "al final", "finalement",
    // "doch nicht", "afinal", "anzi no", "bij nader inzien", "все-таки", "فعليا", "असल में"). Not "it turns out" and its like
    // ("het blijkt", "оказалось", "ternyata", "알고 보니"): a finding, not a change of mind; "it turns out she still has a
    // laptop; please ask Anton Berg to collect it" names a helper after it.
    // yo (Yoruba): "Àtúnṣe kékeré: orúkọ tí mo kọ ... kò tọ̀nà" (small correction: the name I wrote is not right).
    "àtúnṣe", "àtúnṣe kékeré", "kò tọ̀nà",
    "on second thought", "on second thoughts", "change of plan", "change of plans", "scrap that", "i meant", "got the names confused", "got the names mixed up", "mixed them up", "mixed up the names", "wait no",
    // The name taken back mid-sentence ("no wait, it's Tom Berg", "sorry, I mean Tom Berg", "nein warte", "non, attendez", "no, espera").
    // Only with the name's lead-in: "no wait, please hold until Tom Berg confirms" and "no sorry, forgot to say: her laptop goes to Tom Berg" are no correction.
    "no wait it", "no wait its", "no sorry it", "no sorry its", "sorry i mean", "oops i mean", "no i mean", "nein warte es ist", "nein warte es geht um", "non attendez c est", "non pardon c est", "je veux dire",
    "no espera es", "no esperen es", "quiero decir", "não espera é", "quero dizer", "no aspetta è", "nee wacht het is", "ik bedoel", "nie czekaj to", "chodzi mi o", "нет подождите это", "я имею в виду",
    "ні зачекайте це", "я маю на увазі", "nej vänta det är", "jag menar",
    "al final", "pensándolo mejor", "pensandolo bien", "cambio de planes", "quise decir", "me confundí", "mejor dicho",
    "finalement", "en fin de compte", "changement de programme", "je voulais dire", "trompé de nom", "trompée de nom", "trompé de personne", "trompée de personne",
    "doch nicht", "ich meinte", "planänderung", "kommando zurück", "ich habe mich vertan", "hab mich vertan",
    "afinal", "pensando melhor", "mudança de planos", "quis dizer", "me enganei", "me confundi", "na realidade",
    "anzi no", "ripensandoci", "cambio di programma", "cambio di programmi", "volevo dire", "mi sono sbagliato", "mi sono sbagliata", "mi sono confuso", "mi sono confusa",
    "bij nader inzien", "ik bedoelde", "het gaat toch om", "toch niet", "planwijziging", "ik heb me vergist",
    "jednak to nie", "miałem na myśli", "miałam na myśli", "zmiana planów", "chodziło mi o",
    "всё таки", "всё же таки", "я имел в виду", "я имела в виду", "все ж таки", "я мав на увазі", "я мала на увазі",
    "其实", "原来是", "说错了", "說錯了", "正しくは", "فعليا", "في الحقيقة", "بالأحرى", "असल में", "दरअसल", "मेरा मतलब",
    "kastettiğim", "i själva verket", "jag menade", "sebenarnya", "maksud saya",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "đính chính", "виправлення", "rectificare", "corectare", "corectură", "اصلاحیه", "ralat", "koreksi", "rettelse", "korrigering", "korjaus", "διόρθωση", "helyesbítés",
    // tl (Tagalog): "mali pala" (it was wrong after all), "nagkamali ako" (I made a mistake)
    "mali pala", "nagkamali", "pagkakamali", "pasensya mali", "sorry mali",
    // ca (Catalan)
    "correcció", "rectificació", "en realitat",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "zapravo", "u stvari",
    // sr (Serbian Cyrillic)
    "заправо", "у ствари",
    // sl (Slovenian)
    "pravzaprav",
    // bg (Bulgarian)
    "корекция", "всъщност",
    // lt (Lithuanian)
    "pataisymas", "iš tikrųjų",
    // lv (Latvian)
    "labojums", "patiesībā",
    // et (Estonian)
    "parandus", "tegelikult",
    // is (Icelandic)
    "leiðrétting", "reyndar",
    // af (Afrikaans)
    "regstelling", "eintlik", "verkeerde persoon",
    // az (Azerbaijani)
    "düzəliş", "əslində", "səhv şəxs",
    // kk (Kazakh)
    "түзету", "шын мәнінде", "қате адам",
    // uz (Uzbek)
    "tuzatish", "aslida", "noto'g'ri odam", "notoʻgʻri odam", "notoʼgʼri odam",
    // ka (Georgian)
    "შესწორება", "სინამდვილეში", "არასწორი პირი",
    // hy (Armenian)
    "ուղղում", "իրականում", "սխալ անձ",
    // am (Amharic)
    "እርማት", "ማስተካከያ",
    // so (Somali)
    "sixitaan", "runtii",
    // zu (Zulu)
    "ukulungiswa", "empeleni",
    // the person actually leaving (en vi id ms): "Người thực sự nghỉ là anh Nguyễn Văn Hòa", "yang sebenarnya keluar adalah"
    "the person actually leaving is", "who is actually leaving is", "the one actually leaving is", "người thực sự nghỉ", "người thực sự nghỉ việc", "người nghỉ việc thực sự", "thực ra", "thật ra", "yang sebenarnya keluar", "yang sebenarnya resign", "yang sebenarnya berhenti", "sebenarnya", "sebetulnya",
    // sw (Swahili): "jina nililoandika awali si sahihi" (the name I wrote is not right), "nimekosea" (I was wrong), "kwa kweli" (actually), "marekebisho" (correction)
    "si sahihi", "nimekosea", "nilikosea", "kwa kweli", "marekebisho",
    // fr "en réalité", es "corrijo" (I correct), cy (Welsh) "cywiriad", rw (Kinyarwanda) "ikosora" (correction)
    "en réalité", "corrijo", "cywiriad", "ikosora",
  ],
  /** An update to an earlier request ("Update:", "Atualização do pedido anterior"): cues a contrast of two people (detect-correction.ts), not a correction by itself. */
  UPDATE_CUE: [ "small change", "quick change", "kleine änderung", "kleine aenderung", "petit changement", "pequeño cambio", "pequena alteração", "pequena mudança", "piccola modifica", "kleine wijziging", "mała zmiana", "небольшое изменение", "невелика зміна",
    "update", "updated", "update on", "actualización", "actualizacion", "atualização", "aktualisierung", "update zu", "mise à jour", "aggiornamento", "bijgewerkt", "aanvulling", "aktualizacja",
    "обновление", "уточнение", "güncelleme", "更新", "업데이트", "تحديث", "עדכון", "अपडेट", "به روزرسانی", "cập nhật", "оновлення", "уточнення", "actualizare", "aktualizace", "aktualizácia",
    "pembaruan", "uppdatering", "opdatering", "oppdatering", "päivitys", "ενημέρωση", "frissítés",
    // An amendment to a request ("Amendment to RITM0050112"): en es fr de pt it nl pl ru sv
    "amendment", "amendment to", "enmienda", "modificación de la solicitud", "modification de la demande", "änderung zum antrag", "änderung zur anfrage", "alteração ao pedido",
    "alteração do pedido", "modifica alla richiesta", "wijziging op de aanvraag", "zmiana do zgłoszenia", "изменение к заявке", "ändring av ärendet",
    // af (Afrikaans)
    "bywerking",
    // az (Azerbaijani)
    "yeniləmə", "yenilənmə",
  ],
  /**
   * A mistake owned up to ("our HRIS export mixed up the name", "w formularzu wkradł się błąd", "नाम गलत चला गया"): cues a
   * contrast of two people (detect-contrast.ts) as UPDATE_CUE does, not a correction by itself.
   */
  MISTAKE_CUE: [
    "mistake", "by mistake", "an error", "in error", "mixed up", "mix up", "fehler", "verwechselt", "erreur", "je me suis trompé", "je me suis trompée", "error", "equivocación", "erro", "engano",
    "errore", "sbaglio", "fout", "vergissing", "verwisseld", "błąd", "błędnie", "pomyliłam", "pomyliłem", "ошибка", "ошибочно", "перепутал*", "помилка", "помилково", "переплутал*",
    "грешка", "грешком", "погрешно", "greška", "greškom", "pogreška", "pogreškom", "pogrešno", "hata", "yanlışlıkla", "गलत", "गलती", "間違い", "間違え", "错误", "搞错", "弄错", "写错", "錯誤",
    "搞錯", "弄錯", "寫錯", "誤り", "実は誤り", "실수", "잘못", "خطأ", "بالخطأ", "טעות", "בטעות", "اشتباه", "nhầm", "greșeală", "greșit", "greșită", "chyba", "omylem", "omylom", "kesalahan", "keliru", "silap", "tersilap", "misstag",
    "förväxlat", "fejl", "feil", "virhe", "λάθος", "hiba", "tévedés", "tévesen", "ভুল", "kosa", "viga",
    // ca (Catalan)
    "equivocació", "per error",
    // sl (Slovenian)
    "napaka", "pomotoma",
    // lt (Lithuanian)
    "klaida", "per klaidą", "klaidingai",
    // lv (Latvian)
    "kļūda", "kļūdaini", "kļūdas pēc",
    // et (Estonian)
    "ekslikult", "eksikombel",
    // is (Icelandic)
    "mistök", "fyrir mistök", "ranglega",
    // af (Afrikaans)
    "per ongeluk", "verkeerdelik",
    // az (Azerbaijani)
    "səhv", "səhvən",
    // kk (Kazakh)
    "қате", "қателесіп", "қателік",
    // uz (Uzbek)
    "xato", "xatolik", "adashib",
    // ka (Georgian)
    "შეცდომ*",
    // hy (Armenian)
    "սխալ*",
    // am (Amharic)
    "ስህተት*", "በስህተት",
    // so (Somali)
    "khalad", "qalad",
    // zu (Zulu)
    "iphutha", "ngephutha",
    // entered or written wrong (tr pt es fr it de nl pl): "Formda isim yanlış girilmiş", "saiu o e-mail errado"
    "yanlış girilmiş", "yanlış yazılmış", "yanlış girildi", "yanlış yazıldı", "hatalı girilmiş", "hatalı yazılmış", "saiu errado", "saiu o e mail errado", "saiu o nome errado", "veio errado", "foi digitado errado", "se escribió mal", "salió mal escrito", "mal escrito", "mal saisi", "mal orthographié", "scritto male", "falsch eingetragen", "falsch geschrieben", "verkeerd ingevuld", "verkeerd gespeld", "źle wpisane", "źle wpisany",
  ],
  /**
   * A negation or replacement written before the person it sets aside: "not Ana Lima", "no es Luis
   * Ortega", "nie chodziło o Kamila", "instead of Tom" (see detect-correction.ts, contrasts).
   */
  NOT_PERSON: [
    "not", "isnt", "is not", "wasnt", "was not", "rather than", "instead of", "in place of",
    "no", "no es", "no era", "en lugar de", "en vez de", "non", "non è", "non era", "invece di", "al posto di", "não", "não é", "em vez de", "no lugar de",
    "pas", "et non", "au lieu de", "plutôt que", "nicht", "statt", "anstatt", "anstelle von", "niet", "niet om", "in plaats van", "inte", "i stället för",
    "nie", "zamiast", "не", "вместо", "замість", "değil", "不是", "而不是", "umjesto", "уместо", "namesto", "nicht um", "niet om", "bukan", "dan bukan",
    // ar: "ليس أحمد بل خالد يوسف" (not Ahmed but Khalid Yousef)
    "ليس", "وليس",
    // tl (Tagalog): "hindi (po) si Liza Santos ang aalis, si ..." (the personal article "si" marks a person)
    "hindi si", "hindi po si", "hindi kay", "hindi po kay", "imbes na si", "sa halip na si",
    // af (Afrikaans)
    "in plaas van",
  ],
  /** The same, written after the person (postpositions): "정하늘 님 대신", "X değil", "Xではなく". */
  NOT_PERSON_AFTER: ["대신", "대신에", "가 아니라", "이 아니라", "아니라", "아니고", "değil", "yerine", "ではなく", "じゃなく", "代わりに", "के बजाय", "बजाय",
    // Hindi, Bengali: "X नहीं, बल्कि Y" (not X but Y), "X নয়, বরং Y".
    "नहीं", "নয়",
    // az (Azerbaijani)
    "deyil", "yerinə",
  ],
  /** "the form autocompleted the wrong person": a correction of the target. */
} as const satisfies Record<string, readonly string[]>;
