/**
 * Concepts for more people or a whole group folded into one leaver request (target.additional, target.wildcard,
 * detect-leaver-list.ts). Entry syntax as in override.ts.
 */
export const EXTRA_LEAVERS_CONCEPTS = {
  /** A second person's employee id, marked by mark-other-ids.ts (no words of its own). */
  OTHER_ID: [],
  /** A heading over several leavers: "Leavers for this week:", "leavers:", "Abgänge:", "Bajas:". */
  LEAVERS_HEAD: [
    "leavers", "departures", "exits", "offboardings", "abgänge", "austritte", "bajas", "salidas", "départs", "sorties", "saídas", "desligamentos", "cessazioni", "uscite",
    "vertrekkers", "uitstroom", "odejścia", "увольнения", "увольняемые", "звільнення", "ayrılanlar", "avgångar", "fratrædelser", "lähtijät", "退職者", "离职人员", "離職人員", "퇴사자",
  ],
  /**
   * The request as what someone more is put into, in the languages SAME_REQUEST lacks: "to the same removal batch", "no mesmo chamado",
   * "på samme sag", "στην ίδια αίτηση", "לאותה בקשה", "do tej istej požiadavky", "към заявката", "در همین درخواست".
   */
  INTO_REQUEST: [
    "same removal batch", "same removal request", "same offboarding request", "same offboarding ticket", "same leaver request", "same leaver ticket", "same offboarding", "same run",
    // (Not "to this ticket", "on this ticket": a watcher added, "add Hugo Lambert to this ticket so he sees the updates".)
    "with his ticket", "with her ticket",
    "no mesmo chamado", "no mesmo pedido", "na mesma solicitação", "na mesma requisição", "en la misma solicitud", "en el mismo ticket", "a la misma solicitud", "al mismo ticket",
    "à la même demande", "dans la même demande", "au même ticket", "dans le même ticket", "nella stessa richiesta", "alla stessa richiesta", "nello stesso ticket",
    "im selben antrag", "im gleichen antrag", "in denselben antrag", "zum selben antrag", "im selben ticket", "in dezelfde aanvraag", "aan dezelfde aanvraag", "in hetzelfde ticket",
    "på samme sag", "i samme sag", "til samme sag", "på samma ärende", "i samma ärende", "på samme sak", "i samme sak", "samaan pyyntöön", "samassa pyynnössä",
    "do tego samego wniosku", "do tego samego zgłoszenia", "w tym samym zgłoszeniu", "do stejné žádosti", "do stejného požadavku", "ve stejné žádosti", "do tej istej požiadavky", "do tej istej žiadosti", "v tej istej požiadavke",
    "в ту же заявку", "в этой же заявке", "в эту же заявку", "до тієї ж заявки", "в ту саму заявку", "у цій же заявці", "към заявката", "в същата заявка", "към същата заявка",
    "aynı talebe", "aynı talepte", "aceeași cerere", "aceeasi cerere", "ugyanabba a kérelembe", "ugyanebben a kérelemben",
    "στην ίδια αίτηση", "στο ίδιο αίτημα", "στην ίδια αίτηση", "לאותה בקשה", "באותה בקשה", "לאותו טיקט", "באותו טיקט", "לאותה פנייה",
    "در همین درخواست", "همین درخواست", "به همین درخواست", "في نفس الطلب", "إلى نفس الطلب", "इसी अनुरोध में", "उसी अनुरोध में", "इसी रिक्वेस्ट में",
    "同じ申請で", "同じ申請に", "同じ依頼で", "同じ依頼に", "この申請に", "同一工单", "同一张工单", "这个工单里", "같은 요청", "이번 요청", "같은 티켓",
  ],
  /** "Also" joined to the person added after "add", where it is a short word: "και τη", "pridajte aj", "přidejte prosím i" (not a bare "i" or "и", too common a word; the Cyrillic name after "добавете и" is a CAPNAME). */
  ALSO_PERSON: ["και τη", "και την", "και τον", "και το", "aj", "prosím i", "prosim i", "také", "також", "тоже", "også", "også til"],
  /** Add, in the languages ADD_TO lacks: "προσθέστε", "תוסיפו", "добавете", "tilføj", "legg til", "додайте", "adăugați". */
  ADD_MORE: [
    "προσθέστε", "προσθέσετε", "προσθεστε", "תוסיפו", "הוסיפו", "ותוסיפו", "והוסיפו", "להוסיף", "добавете", "добави", "tilføj", "tilføje", "legg til", "додайте", "додати", "adăugați", "adaugati", "adăugați și",
    "lisätkää", "lisage", "lisää myös", "adjátok hozzá", "vegyétek fel", "acrescentem", "acrescente", "sumen", "sumad", "incluyan también", "put him through", "put her through", "bundle",
    "اضافه کنید", "اضافه کن", "أضيفوا", "أضف", "जोड़ दें", "जोड़ें", "जोड़ दीजिए", "追加して", "追加してください", "加上", "加进", "추가해", "추가해 주세요",
  ],
  /** Someone acted on who is not leaving yet: "she isn't formally leaving yet", "ten sice ještě neodchází", "er geht noch nicht". */
  NOT_LEAVING_YET: [
    "isn't leaving yet", "is not leaving yet", "isn't formally leaving", "is not formally leaving", "isn't officially leaving", "not leaving yet", "not formally leaving yet", "hasn't left yet", "is staying on for now",
    "ještě neodchází", "ještě neodešel", "ešte neodchádza", "geht noch nicht", "verlässt uns noch nicht", "ne part pas encore", "no se va todavía", "todavía no se va", "aún no se va", "ainda não vai sair", "ainda não está saindo",
    "non se ne va ancora", "non lascia ancora", "gaat nog niet weg", "jeszcze nie odchodzi", "ещё не уходит", "еще не уходит", "ще не йде", "ще не звільняється", "slutar inte än", "går ikke af endnu", "henüz ayrılmıyor",
  ],
} as const satisfies Record<string, readonly string[]>;
