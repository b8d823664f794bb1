/**
 * Concepts for a second person slipped into a leaver request beside the leaver (target.additional in
 * rules/related-person-rules.ts): someone close to the leaver ("same for his intern Lucas Moreau", "remove
 * access for her research assistant, Mr. Callum Dyer"), acted on "at the same time" or "in the same
 * run" ("Bilal Ahmed's access can go at the same time", "voi sulkea samalla"), or leaving later
 * ("he is same team and will leave next month"). Entries are normalised like the text.
 */
export const EXTRA_PERSON_CONCEPTS = {
  /** Someone tied to the leaver, written with the leaver's possessive: "his intern", "her research assistant", "mannen hennes". */
  RELATED_PERSON: [
    "his intern", "her intern", "his interns", "her interns", "his assistant", "her assistant", "his research assistant", "her research assistant", "his deputy", "her deputy",
    "his wife", "her husband", "his husband", "her wife", "his partner", "her partner", "his spouse", "her spouse", "his teammate", "her teammate", "his team mate", "her team mate",
    "his trainee", "her trainee", "his trainee buddy", "her trainee buddy", "his phd student", "her phd student", "his student", "her student", "his friend", "her friend",
    "his colleague", "her colleague", "his coworker", "her coworker", "his co worker", "her co worker", "his apprentice", "her apprentice", "his secretary", "her secretary",
    "the intern on his team", "the intern on her team", "the interns on his team", "the interns on her team",
    "who worked under her", "who worked under him", "who worked for her", "who worked for him", "who work under her", "who work under him", "contractors who worked under her", "contractors who worked under him",
    "seine assistentin", "sein assistent", "ihre assistentin", "ihr assistent", "seine frau", "ihr mann", "sein praktikant", "seine praktikantin", "ihr praktikant", "ihre praktikantin",
    "sein kollege", "seine kollegin", "ihr kollege", "ihre kollegin", "sein stellvertreter", "ihre stellvertreterin", "ihr stellvertreter",
    "son assistant", "son assistante", "sa femme", "son mari", "son stagiaire", "sa stagiaire", "son collègue", "sa collègue", "son adjoint", "son adjointe",
    "su asistente", "su esposa", "su marido", "su becario", "su becaria", "su compañero", "su compañera", "su adjunto", "su adjunta",
    "seu assistente", "sua assistente", "sua esposa", "seu marido", "seu estagiário", "sua estagiária", "seu colega", "sua colega",
    "il suo assistente", "la sua assistente", "sua moglie", "suo marito", "il suo stagista", "la sua stagista", "il suo collega", "la sua collega",
    "zijn assistent", "haar assistent", "zijn vrouw", "haar man", "zijn stagiair", "haar stagiair", "zijn collega", "haar collega",
    "jego asystent", "jej asystentka", "jego asystentka", "jego żona", "jej mąż", "jego stażysta", "jej stażystka", "jego kolega", "jej koleżanka",
    "его ассистент", "её ассистент", "его помощник", "её помощница", "его жена", "её муж", "его стажёр", "её стажёр", "его коллега", "её коллега",
    "його асистент", "її асистентка", "його дружина", "її чоловік", "його стажер", "її стажер", "його колега", "її колега",
    "hans assistent", "hennes assistent", "hans fru", "hennes man", "hans praktikant", "hennes praktikant", "hans kollega", "hennes kollega", "mannen hennes", "kona hans", "hennes mann", "hans kone",
    "asistanı", "stajyeri", "iş arkadaşı",
    // the object forms: "Ihren Praktikanten Tom Berg bitte auch sperren", "Её стажёра Ивана Петрова тоже отключите", "O estagiário dela, João Silva"
    "ihren praktikanten", "seinen praktikanten", "ihren assistenten", "seinen assistenten", "ihren kollegen", "seinen kollegen", "ihren stellvertreter", "seinen stellvertreter",
    "её стажёра", "его стажёра", "её ассистента", "его ассистента", "его помощника", "её помощницу", "её мужа", "его жену", "її стажера", "його стажера", "її асистента", "його асистента", "його заступника", "її заступника", "его заместителя", "её заместителя",
    "o estagiário dela", "o estagiário dele", "a estagiária dela", "a estagiária dele", "o assistente dela", "o assistente dele", "a assistente dela", "a assistente dele",
    "jej stażystę", "jego stażystę", "jej asystenta", "jego asystenta", "她的助理", "他的助理",
    "他的助理", "她的助理", "他的实习生", "她的实习生", "他的妻子", "她的丈夫", "他的同事", "她的同事", "그의 비서", "그녀의 비서", "그의 인턴", "그녀의 인턴", "アシスタントの", "秘書の", "インターンの", "同じチームの", "同じ部署の",
    "مساعده", "مساعدتها", "زميله", "زميلها", "زوجته", "زوجها", "उनके सहायक", "उनकी सहायक", "उसकी पत्नी", "उसके पति",
  ],
  /** "too", "as well" after the person or the verb ("Her assistant Tom Berg can be removed too"); ALSO has the rest. */
  TOO: ["too", "as well", "also"],
  /** Done in the same go as the leaver: "at the same time", "in the same run", "on the same date", "samalla", "一起". */
  SAME_RUN: [
    "at the same time", "at same time", "in the same run", "in the same change", "in the same go", "on the same date", "by the same date", "on the same day", "by the same day", "do together", "together",
    "gleichzeitig", "zur gleichen zeit", "im selben zug", "im gleichen zug", "am selben tag", "in einem rutsch", "en même temps", "dans la foulée", "le même jour", "du même coup",
    "al mismo tiempo", "a la vez", "el mismo día", "de una vez", "ao mesmo tempo", "no mesmo dia", "de uma vez", "allo stesso tempo", "contemporaneamente", "lo stesso giorno",
    "tegelijk", "tegelijkertijd", "op dezelfde dag", "in één keer", "jednocześnie", "w tym samym czasie", "tego samego dnia", "одновременно", "в то же время", "в тот же день", "вместе",
    "одночасно", "водночас", "того ж дня", "разом", "aynı anda", "aynı zamanda", "birlikte", "samtidigt", "på samma gång", "i samma veva", "samalla", "samaan aikaan", "samtidig", "i samme sak",
    "一起", "一并", "一緒に", "同時に", "まとめて", "동시에", "함께", "같이", "في نفس الوقت", "في الوقت نفسه", "في نفس الطلب", "एक साथ", "साथ में", "همزمان", "یکجا",
    "în același timp", "cùng lúc", "sekaligus", "sekali", "serentak", "พร้อมกัน", "ไปด้วย",
  ],
  /** Removed, said without an imperative: "Bilal's access can go", "should be cut", "have their access ended", "I'd like gone". */
  GONE_PASSIVE: [
    "can go", "could go", "should go", "needs to go", "need to go", "has to go", "must go", "can also go", "may go", "be cut", "be cut off", "cut off", "be ended", "ended", "gone", "be closed", "be removed", "be disabled", "be deactivated",
    "be revoked", "be terminated", "be switched off", "be offboarded", "do hers", "do his", "do theirs",
    // German and Dutch participles, the verb last ("kann gleichzeitig gesperrt werden", "kan tegelijk worden geblokkeerd")
    "gesperrt", "deaktiviert", "gelöscht", "entfernt", "geschlossen", "geblokkeerd", "gedeactiveerd", "verwijderd", "afgesloten",
  ],
  /**
   * Someone whose place depended on the leaver, said of them with a pronoun for the leaver: "they were only ever here because of
   * him", "her role is tied to his", "since their work depended on her" (not "she was only here for the Horizon project").
   */
  DEPENDS_ON_LEAVER: [
    "only here because of him", "only here because of her", "only ever here because of him", "only ever here because of her", "here only because of him", "here only because of her",
    "role is tied to his", "role is tied to hers", "role is tied to her", "roles are tied to his", "roles are tied to hers", "tied to his role", "tied to her role",
    "depended on her", "depended on him", "depends on her", "depends on him", "role ends with his", "role ends with hers", "role ends with her", "roles end with his", "roles end with hers",
    "no longer has a supervisor", "will have no supervisor", "no one to supervise them", "no one to report to",
    "nur wegen ihm hier", "nur wegen ihr hier", "hängt an ihm", "hängt an ihr", "n était là que pour lui", "n était là que pour elle", "dépend de lui", "dépend d elle",
    "solo estaba por él", "solo estaba por ella", "depende de él", "depende de ella", "só estava por causa dele", "só estava por causa dela", "depende dele", "depende dela",
    "era qui solo per lui", "era qui solo per lei", "dipende da lui", "dipende da lei", "was er alleen voor hem", "was er alleen voor haar", "hangt af van hem", "hangt af van haar",
    "был здесь только из за него", "зависит от него", "зависит от неё", "ei ole enää ohjaajaa", "heillä ei ole enää ohjaajaa", "har ingen leder lenger", "har ingen chef längre",
  ],
  /**
   * The paperwork of one said to stand for another's: "Only Sergei's form is attached; Irina's would be identical", after ONLY_WORD
   * and PAPERWORK_ONE (same-treatment.ts).
   */
  PAPERWORK_SAME: [
    "would be identical", "would be the same", "would look the same", "is identical", "are identical", "would be no different", "wäre identisch", "wäre gleich", "wären identisch",
    "serait identique", "seraient identiques", "sería idéntico", "sería idéntica", "sería igual", "seria idêntico", "seria idêntica", "seria igual", "sarebbe identico", "sarebbe identica",
    "zou identiek zijn", "zou hetzelfde zijn", "byłby identyczny", "byłaby identyczna", "был бы идентичным", "была бы такой же", "aynı olurdu", "skulle vara identisk", "ist identisch",
  ],
  /** Someone other than the leaver leaving later: "will leave next month", "in her notice period", "下个月要走" (only after another person or "also"). */
  LEAVING_LATER: [
    "will leave next month", "leaving next month", "leaves next month", "will be leaving soon", "will leave soon", "wrapping up around then", "wraps up around then", "finishing around then",
    "in his notice period", "in her notice period", "serving notice", "serving his notice", "serving her notice", "has been interviewing", "not coming back", "isnt coming back",
    "geht nächsten monat", "geht bald", "kommt nicht zurück", "part le mois prochain", "va bientôt partir", "ne reviendra pas", "se va el mes que viene", "se va el próximo mes", "no va a volver",
    "sai no próximo mês", "vai sair em breve", "não vai voltar", "se ne va il mese prossimo", "non tornerà", "gaat volgende maand weg", "komt niet terug", "odchodzi w przyszłym miesiącu", "nie wróci",
    "уходит в следующем месяце", "скоро уйдёт", "не вернётся", "скоро піде", "не повернеться", "gelecek ay ayrılacak", "slutar nästa månad", "kommer inte tillbaka",
    "下个月要走", "下个月离职", "下个月走", "来月辞める", "来月退職", "다음 달 퇴사", "퇴사 예정", "dalam tempoh notis", "masa notis", "ataondoka mwezi ujao", "anaondoka mwezi ujao", "ataondoka hivi karibuni", "चले जाएंगे", "jaane wali", "jaane wala", "চলে যাবে",
  ],
} as const satisfies Record<string, readonly string[]>;
