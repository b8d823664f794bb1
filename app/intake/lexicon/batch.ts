/**
 * Concepts for others folded into one request: "no need for a separate request", "the same date
 * for all", "add them to the same ticket" (see override.ts for the entry syntax).
 */
export const BATCH_CONCEPTS = {
  /**
   * Filing separately, which folds others in only when negated ("不用单独提交", no need to submit it
   * separately): read after NO_NEED, WITHOUT, EASIER or SKIP only, not after "also" ("王磊下个月也离职，
   * 他的离职会单独提交申请": his own request follows).
   */
  SEPARATELY: ["单独提交", "單獨提交", "分别提交", "分別提交"],
  /** Others folded into this request instead of their own: "no need for a separate request", "easier to do everyone in one go". */
  BATCH_TALK: [
    // Another ticket spared, both done at once ("dan hoeven we niet nog een ticket aan te maken", "might as well do both now").
    "another ticket", "another request", "a second ticket", "nog een ticket", "nog een aanvraag", "nog een verzoek", "noch ein ticket", "noch einen antrag", "otro ticket", "otra solicitud", "outro chamado", "outro ticket", "un autre ticket", "un altro ticket", "kolejnego zgłoszenia", "might as well do both", "do both now", "do both at once", "both at once", "both in one go", "beide meteen",
    "same batch", "in the same batch", "in the batch", "ayrı talep açmadık", "sin solicitud aparte",
    "separate request", "separate requests", "separate ticket", "separate tickets", "separate form", "own request", "own ticket", "in one go", "one go", "in one batch", "same ticket", "this ticket too", "one ticket",
    "aparte aanvraag", "apart verzoek", "separat ärende", "separat begäran", "eigenen antrag", "eigener antrag", "eigenes ticket", "eigene anfrage", "separate anfrage", "gesonderten antrag", "demande séparée", "demande à part", "ticket séparé", "solicitud aparte", "solicitud separada", "ticket aparte", "pedido separado", "solicitação separada", "richiesta separata",
    "osobny wniosek", "osobnego wniosku", "отдельн* заявк*", "отдельный тикет", "ayrı talep", "ayrı bir talep", "別のチケット", "別途申請", "一个个提交", "一個個提交", "별도 요청", "별도로 요청", "طلب منفصل", "בבקשה נפרדת", "בקשה נפרדת", "अलग अनुरोध", "درخواست جداگانه",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "đơn riêng", "yêu cầu riêng", "ticket riêng", "окрему заявку", "окремої заявки", "окремий запит", "tichete separate", "tichet separat", "cerere separată",
    "cereri separate", "samostatnou žádost", "samostatný požadavek", "samostatnú žiadosť", "permintaan terpisah", "tiket terpisah", "eget ärende", "separat sag",
    "særskilt sag", "særskilt anmodning", "egen sak", "separat sak", "egen forespørsel", "erillistä pyyntöä", "erillinen pyyntö", "erillistä tikettiä", "molemmat kerralla",
    "molemmat samalla kertaa", "ξεχωριστό αίτημα", "külön kérelem*", "külön jegy*", "แยกคำขอ",
    // a ticket spared (en de fr es zh), the saving said in the entry (not "please open another ticket for him")
    "saves a ticket", "save a ticket", "saves us a ticket", "saves everyone a ticket", "saves you a ticket", "saves another ticket later", "spart ein ticket", "erspart ein ticket", "spart uns ein ticket", "erspart uns ein ticket", "spart später ein ticket",
    "économise un ticket", "évite un ticket", "ça évite un autre ticket", "ahorra un ticket", "nos ahorra un ticket", "ahorra otro ticket", "poupa um chamado", "poupa um ticket", "risparmia un ticket", "ci risparmia un ticket",
    "scheelt een ticket", "scheelt weer een ticket", "scheelt later weer een ticket", "scheelt ons een ticket", "bespaart een ticket", "oszczędza zgłoszenie", "sparar ett ärende", "省得再开一张单", "省得再开一个单", "省得再开单", "省得再提一张单", "省得再提一个工单", "免得再开一张单", "免得再开单", "省得再開一張單",
    // ca (Catalan)
    "sol·licitud a part", "sol·licitud separada", "un altre tiquet",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "poseban zahtjev", "posebnog zahtjeva", "zaseban zahtjev", "poseban zahtev",
    // sr (Serbian Cyrillic)
    "посебан захтев", "посебног захтева",
    // sl (Slovenian)
    "ločen zahtevek", "ločenega zahtevka",
    // bg (Bulgarian)
    "отделна заявка", "отделен тикет",
    // lt (Lithuanian)
    "atskiro prašymo", "atskiras prašymas",
    // lv (Latvian)
    "atsevišķu pieprasījumu", "atsevišķa pieprasījuma",
    // et (Estonian)
    "eraldi taotlus*", "eraldi piletit",
    // is (Icelandic)
    "sérstaka beiðni", "sérstakrar beiðni",
    // af (Afrikaans)
    "aparte versoek", "nog 'n kaartjie", "nog 'n versoek", "in een slag",
    // az (Azerbaijani)
    "ayrı sorğu*", "ayrıca sorğu*", "ayrı müraciət*", "ayrı bilet*",
  ],
  /** Whose accounts: "the mailbox and VPN for Adaora Nnamdi (Group CFO)" (the owner, not "the meeting series with the CFO"). */
  FOR_OWNER: ["for", "of", "belonging to", "für", "von", "pour", "para", "per", "dla", "для", "voor", "için",
    // az (Azerbaijani)
    "üçün",
  ],
  /** Filing a request of one's own: "Jan Schulz stellt dafür einen eigenen Antrag", "she will file her own ticket" (not folded into this one). */
  FILE_VERB: ["file", "files", "filing", "will file", "submit*", "raise", "raises", "raising", "will raise", "open", "opens", "will open", "log", "logs", "will send", "sends", "send",
    "stellt", "stellen", "reicht", "reichen", "einreichen", "eröffnet", "dépose*", "soumet*", "ouvre", "ouvrira", "presenta*", "abre", "abrirá", "registra*",
    "submete*", "indient", "presenterà", "apre", "aprirà", "składa", "złoży", "złożą", "подаст", "подаёт", "подает", "açacak", "açar",
    "提出", "提交", "제출", "يقدم", "سيقدم", "יגיש", "जमा करेगा", "ثبت می"],
  /** Adding to a request: "añadid a Marta Ruiz a la misma solicitud". */
  ADD_TO: ["add", "añadid", "añadir", "añade", "añadan", "incluid", "incluir", "incluye", "incluyan", "incluya", "inclua", "includa", "includi", "include", "ajoutez", "ajouter", "ajoute", "incluez", "inclure", "inclure également", "hinzufügen", "fügt", "fügen sie", "aggiungete", "aggiungi", "aggiungere", "includete", "adicionem", "adicione", "adicionar", "incluam", "voeg", "voeg toe", "toevoegen", "lägg till", "lägg", "dodajcie", "dodaj", "dopiszcie", "добавьте", "добавь", "ekleyin", "ekle",
    // af (Afrikaans)
    "voeg by", "byvoeg",
    // az (Azerbaijani)
    "əlavə edin", "əlavə et",
    // cs sk: "Do stejné dávky přidej i účet knihovna-admin"
    "přidej", "přidejte", "přidat", "pridaj", "pridajte", "pridať",
    // sw
    "ongeza", "ongezeni", "jumuisha", "jumuisheni",
    // "Offboarding requests sent from HR Advisor mailboxes also cover r.novak@… for this cycle" (training author t56)
    "also cover", "also covers",
  ],
  /** The request itself, as the same one: "to the same request" (others folded into it). */
  SAME_REQUEST: [
    // "include Antoine Moreau (amoreau@...) in this request" (in, not "to this ticket": a watcher added)
    "in this request", "into this request", "in this offboarding", "into this offboarding", "in this same request", "in diesem antrag", "dans cette demande", "en esta solicitud", "en este ticket", "neste pedido", "neste chamado", "neste mesmo chamado", "nesta solicitação",
    "in questa richiesta", "in deze aanvraag", "w tym wniosku", "в эту заявку", "bu talebe", "i detta ärende", "i denne sag", "i denne saken",
    "same request", "same ticket", "same form", "same case", "misma solicitud", "mismo ticket", "misma petición", "même demande", "même ticket", "dieselbe anfrage", "denselben antrag", "dasselbe ticket", "stessa richiesta", "stesso ticket", "mesma solicitação", "mesmo pedido", "mesmo ticket", "zelfde aanvraag", "dezelfde aanvraag", "hetzelfde ticket", "samma ärende", "samma begäran", "tym samym wniosku", "tego samego wniosku", "ту же заявку", "той же заявке", "aynı talep*", "同じ申請", "同じチケット", "同一个申请", "같은 요청",
    // af (Afrikaans)
    "dieselfde versoek", "dieselfde kaartjie",
    // az (Azerbaijani)
    "eyni sorğu*", "eyni müraciət*",
    // sw: "katika ombi hili hili"
    "katika ombi hili", "kwenye ombi hili", "ombi hili hili", "ombi hilo hilo",
    // ko with its particle ("같은 요청으로 비활성화"), zh
    "같은 요청으로", "같은 요청에", "같은 요청에서", "같은 신청으로", "이번 요청에", "同一个申请中", "同一申请", "同一張申請",
    // ar: "in the same request" ("وفي الطلب نفسه، أوقفوا أيضاً حساب ...")
    "في الطلب نفسه", "وفي الطلب نفسه", "في نفس الطلب", "وفي نفس الطلب", "ضمن الطلب نفسه", "ضمن نفس الطلب", "في هذا الطلب",
  ],
  /** Why batching is offered: "easier", "saves filing". */
  EASIER: ["easier", "simpler", "quicker", "faster", "saves", "save time", "einfacher", "schneller", "plus simple", "plus facile", "más fácil", "más sencillo", "mais fácil", "łatwiej", "проще", "daha kolay", "makkelijker", "enklare", "più facile", "省得", "省去", "方便", "楽", "더 쉽", "أسهل", "יותר קל", "קל יותר", "आसान", "راحت تر",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "dễ hơn", "tiện hơn", "cho tiện", "простіше", "зручніше", "mai simplu", "mai ușor", "jednodušší", "snazší", "jednoduchšie", "lebih mudah", "lebih praktis", "lättare",
    "lättast", "enklast", "smidigare", "nemmere", "lettere", "nemmest", "enklere", "enklest", "helpompi", "helpompaa", "yksinkertaisempi", "πιο εύκολο", "ευκολότερο",
    "egyszerűbb", "könnyebb", "ง่ายกว่า", "สะดวกกว่า",
    // af (Afrikaans)
    "makliker", "vinniger",
    // az (Azerbaijani)
    "daha asan", "daha rahat", "daha tez",
  ],
  /** "the same date", "at once": the same treatment for the people just named. */
  SAME_DATE: ["same date", "same day", "same last day", "same time", "same effective date", "at once", "all at once", "gleichen tag", "même date", "même jour", "misma fecha", "mismo día", "mesma data", "mesmo dia", "ten sam dzień", "тот же день", "aynı gün", "同じ日", "同一天", "같은 날", "نفس اليوم", "באותו יום", "उसी दिन", "همان روز",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "cùng ngày", "cùng lúc", "той самий день", "тієї ж дати", "aceeași dată", "aceeași zi", "stejný den", "ten istý deň", "tanggal yang sama", "hari yang sama", "samma dag",
    "på en gång", "samme dag", "på en gang", "samana päivänä", "kerralla", "την ίδια μέρα", "ugyanazon a napon", "egyszerre", "วันเดียวกัน", "พร้อมกัน",
    // af (Afrikaans)
    "dieselfde dag", "dieselfde datum",
    // az (Azerbaijani)
    "eyni gün", "eyni tarixdə",
  ],
  /** "all", "every" before a set of accounts. */
  ALL_WORD: ["all", "every", "any", "alle", "tous", "toutes", "todos", "todas", "tutti", "tutte", "wszystkie", "wszystkich", "все", "всех", "tüm", "bütün", "所有", "全部", "すべての", "全ての", "모든", "كل", "جميع", "כל", "सभी", "همه",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "tất cả", "toàn bộ", "всі", "усі", "всіх", "усіх", "toate", "toți", "všechny", "všetky", "semua", "seluruh", "kaikki", "όλους", "όλες", "minden", "összes", "ทั้งหมด",
    // ca (Catalan)
    "tots", "totes",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "sve", "svih",
    // sr (Serbian Cyrillic)
    "све", "свих",
    // sl (Slovenian)
    "vse", "vseh",
    // bg (Bulgarian)
    "всички",
    // lt (Lithuanian)
    "visus", "visų",
    // lv (Latvian)
    "visus", "visu",
    // et (Estonian)
    "kõik", "kõigi",
    // is (Icelandic)
    "öll", "allar",
  ],
  /** "accounts starting with wang": targets picked by a pattern, not a person. */
  STARTING_WITH: [
    "starting with", "beginning with", "that start with", "that begin with", "whose name starts", "whose names start", "prefixed with", "with the prefix", "matching the pattern", "that match",
    "beginnend mit", "die mit", "commençant par", "qui commencent par", "que empiezan por", "que empiezan con", "que comienzan", "que começam", "zaczynające się", "начинающ*", "ile başlayan", "で始まる", "开头", "開頭", "开始的", "로 시작하는", "تبدأ ب", "שמתחילים ב", "से शुरू", "که با",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "bắt đầu bằng", "що починаються з", "care încep cu", "začínající na", "začínajúce na", "yang diawali", "som börjar med", "der starter med", "som begynner med",
    "jotka alkavat", "που ξεκινούν από", "kezdődő",
  ],
  /** "apply the same to all users of ...": the action repeated for other people. */
  SAME_FOR: [ "aplicad la misma", "la misma baja", "the same offboarding", "same treatment", "them too", "them as well", "goes with her", "goes with him", "go with her", "go with him", "along with her", "along with him",
    // "Her intern Tom Berg goes with her", leaving with the leaver (es fr de pt it)
    "se va con ella", "se va con él", "part avec elle", "part avec lui", "geht mit ihr", "geht mit ihm", "sai com ela", "sai com ele", "sai junto com ela", "sai junto com ele", "sair junto com ela", "sair junto com ele", "sair com ela", "sair com ele", "vai junto com ela", "vai junto com ele", "va via con lei", "va via con lui",
    // "the others are on the same contract type so please treat them the same way" (de fr es pt it nl)
    "treat them the same way", "treat them the same", "handle them the same way", "process them the same way", "behandelt sie gleich", "behandeln sie gleich", "traitez les de la même façon",
    "traitez les de la même manière", "trátalos igual", "tratadlos igual", "tratem nos da mesma forma", "trattateli allo stesso modo", "behandel ze hetzelfde",
    // "Scope: apply to all members of DL-Billing-Madrid", "run this against the whole metering contractor cohort", "apply the
    // same leaver action to everyone in the attached list", "gunakan tindakan yang sama untuk semua akaun" (ms), "ugyanezt a
    // műveletet futtassátok le a teljes … csoportra" (hu).
    "apply to", "run this against", "run it against", "same leaver action", "same offboarding action",
    "tindakan yang sama untuk", "ugyanezt a műveletet",
    "apply the same to", "apply it to", "apply this to", "do the same for", "same for", "the same applies to", "same goes for", "repeat for", "repeat this for", "likewise for",
    "aplicar lo mismo", "lo mismo para", "hacer lo mismo", "lo mismo a", "dasselbe für", "das gleiche für", "gleiches gilt für", "ebenso für", "la même chose pour", "même chose pour", "faire de même pour", "de même pour",
    "o mesmo para", "fazer o mesmo", "lo stesso per", "fare lo stesso", "hetzelfde voor", "to samo dla", "то же самое для", "то же для", "aynısını", "同じことを", "同样", "同樣", "동일하게", "نفس الشيء", "אותו דבר", "यही", "همین کار",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "tương tự cho", "те саме для", "același lucru pentru", "totéž pro", "to isté pre", "hal yang sama untuk", "samma sak för", "det samme for", "sama koskee", "το ίδιο για",
    // "apply it to" as the major languages say it: "áp dụng luôn cho toàn bộ thành viên", "застосуйте це до всіх облікових записів".
    "áp dụng luôn cho", "áp dụng cho", "làm tương tự cho", "застосуйте це до", "застосуйте до", "примените это к", "примените это ко", "примените к", "aplíquenlo a", "aplicadlo a", "apliquen lo mismo a",
    "appliquez cela à", "appliquez la même chose à", "apliquem isso a", "aplique o mesmo a", "applicate lo stesso a", "pas dit ook toe op", "zastosujcie to do", "zastosuj to do", "wendet das auch auf",
    "同样适用于", "也适用于", "にも適用して", "에도 적용해", "पर भी लागू करें", "gör samma sak för", "terapkan juga untuk", "berlakukan juga untuk", "terapkan juga pada",
    // the same action, for others (en de fr es pt it nl ka so)
    "the same action to", "the same action for", "dieselbe aktion für", "die gleiche aktion für", "la même action à", "la même action pour", "la misma acción a", "la misma acción para", "a mesma ação para", "la stessa azione a", "la stessa azione per", "dezelfde actie voor", "იგივე მოქმედება", "isla tallaabadan", "isla tallaabo",
    // af (Afrikaans)
    "dieselfde vir", "doen dieselfde vir",
    // az (Azerbaijani)
    "eynisini", "eyni şeyi", "eyni əməliyyatı",
  ],
  /** The request's own processing, as a verb: "just process Rachel instead". */
  PROCESS: ["process", "handle", "run it for", "run this for", "execute it for", "apply it to", "bearbeite*", "traite*", "procesa*", "processa*", "przetwórz", "обработай*"],
} as const satisfies Record<string, readonly string[]>;
