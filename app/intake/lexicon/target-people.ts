/** Concepts for the target and the people around a request: the target noun, the leaver staying or leaving, the requester, handovers, personal addresses, superiors, whose account (see override.ts for the entry syntax; the rest of the target concepts in targets.ts and privileged-targets.ts). */
export const TARGET_PEOPLE_CONCEPTS = {
  TARGET_NOUN: ["target", "target email", "target user", "target account", "person to offboard", "employee to offboard", "the real target", "the correct target", "ziel", "cible", "alvo", "cel", "цель", "hedef", "対象", "目标", "대상", "الهدف", "יעד", "लक्ष्य", "هدف",
    // az (Azerbaijani)
    "hədəf",
  ],
  /** The person set aside stays: "die blijft gewoon", "who is staying", "Kamil zostaje" (two people, not a typo). */
  STAYS: [
    "stays", "is staying", "is not leaving", "isnt leaving", "not leaving", "remains employed", "keeps her access", "keeps his access", "keeps their access", "stays active",
    // An account that stays on ("svc-payroll-prod stays active", "sigue activa", "continua ativa", "rimane attivo").
    "remains active", "stays enabled", "remains enabled", "sigue activa", "sigue activo", "siguen activas", "siguen activos", "continua ativa", "continua ativo", "continuam ativas", "continuam ativos",
    "rimane attivo", "rimane attiva", "resta attivo", "resta attiva", "rimangono attivi", "restano attivi",
    "blijft", "blijft gewoon", "blijft in dienst", "zostaje", "pozostaje", "nie odchodzi", "mantiene i suoi accessi", "rimane", "resta in azienda", "non se ne va", "se queda", "no se va", "sigue en la empresa",
    "fica", "não sai", "bleibt", "geht nicht", "reste", "ne part pas", "остается", "остаётся", "не уходит", "залишається", "не звільняється", "stannar", "kalıyor", "ayrılmıyor", "남습니다", "계속 근무", "퇴사하지 않*",
    // The leaver no longer leaving ("Dana has decided to stay", "Dana's departure was cancelled", "Dana 决定留下了", "Dana는 남기로", "دانا ستبقى", "डाना रहेंगी").
    "decided to stay", "will stay", "is going to stay", "wants to stay", "is staying on", "no longer leaving", "no longer leaves", "not leaving anymore", "not leaving after all", "isnt going anywhere", "is not going anywhere",
    "departure was cancelled", "departure was canceled", "departure has been cancelled", "resignation was withdrawn", "resignation has been withdrawn", "withdrew her resignation", "withdrew his resignation",
    "decidió quedarse", "ya no se va", "vai ficar", "não vai sair", "restera", "ne part plus", "bleibt doch", "geht doch nicht", "resta con noi", "non lascia più", "blijft toch", "vertrekt toch niet", "jednak zostaje", "nie odchodzi jednak",
    "останется", "передумал*", "залишиться", "留下", "不走了", "不离职了", "残る", "残ること", "退職しない", "남기로", "남게", "ستبقى", "سيبقى", "لن تغادر", "لن يغادر", "रहेंगी", "रहेंगे", "नहीं जा रही", "नहीं जा रहे",
    "kalacak", "ayrılmayacak", "stannar kvar", "slutar inte", "tidak jadi keluar", "batal keluar", "tetap bekerja", "tidak jadi resign",
    // af (Afrikaans)
    "bly", "bly aan", "gaan nie weg nie",
    // az (Azerbaijani)
    "qalır", "ayrılmır", "getmir",
  ],
  /** "stays until Friday": a date, not a second person who stays. */
  UNTIL: ["until", "till", "through", "bis", "jusqu", "jusqu à", "hasta", "até", "fino", "fino al", "tot", "do", "до", "kadar", "까지"],
  /** People named in a role beside the leaver (a correction about them is not about the target). */
  ROLE_PERSON: [
    "manager", "line manager", "successor", "delegate", "contact", "backup", "replacement", "cover", "covering", "buddy", "assistant", "supervisor", "lead", "hrbp", "hr partner", "hr business partner", "approver", "reports to", "handover", "hand over", "take over", "takes over", "taking over", "transfer", "forward", "cc", "owner",
    "vorgesetzte*", "nachfolger*", "vertretung", "manager*", "responsable", "sucesor*", "sucessor*", "successeur", "jefe", "chef", "gestor*", "kierownik", "przełożon*", "руководител*", "преемник", "yönetici*", "halef", "上司", "後任", "经理", "接替", "매니저", "후임", "مدير", "מנהל*", "प्रबंधक", "مدیر",
    "initiated by", "initiated_by", "requested by", "requested_by", "submitted by", "submitted_by", "created by", "created_by", "reported by", "reported_by", "hr_contact", "manager_email", "manager_id",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "quản lý", "người nhận bàn giao", "керівник*", "наступник*", "șef*", "succesor*", "nadřízen*", "vedoucí", "nástupce", "nadriaden*", "nástupca", "atasan", "pengganti",
    "efterträdare", "leder", "lederen", "efterfølger", "etterfølger", "esihenkilö*", "seuraaja*", "προϊστάμεν*", "διάδοχος", "vezető*", "utód*", "หัวหน้า",
    // af (Afrikaans)
    "bestuurder", "opvolger", "toesighouer",
    // az (Azerbaijani)
    "rəhbər*", "menecer*", "varis*",
  ],
  /** Verbs that pass something to a person: the address after them is a recipient, not a target. */
  HANDOVER_VERB: [ "envia*", "enviad", "envoye*", "envoie*", "schick*", "sende", "wyślij", "отправ*", "gönder*", "发送", "发给", "보내*", "أرسل*", "שלח*", "भेज*", "بفرست*",
    "transfer*", "hand over", "handover", "hand off", "handed over", "handed off", "handed to", "hand it over", "forward*", "delegat*", "reassign*", "give", "grant", "share", "cc", "send", "sent", "email it", "move", "migrate",
    "übergeben", "übertragen", "weiterleiten", "transférer", "transmettre", "transferir", "reenviar", "trasferire", "inoltrare", "przekaż", "передать", "перешлите", "devret", "aktar", "转交", "移交", "인계", "نقل", "להעביר", "सौंप", "انتقال",
    // af (Afrikaans)
    "oordra", "oorhandig",
    // az (Azerbaijani)
    "təhvil ver*", "ötür*",
  ],
  /** The requester, as where something should go: "to me", "to my account", "the phone number in my profile". */
  REQUESTER_SELF: ["to me", "to myself", "to my account", "to my user", "to my username", "to my login", "to my user account", "auf meinen benutzer", "auf mein konto", "à mon compte", "sur mon compte",
    "a mi usuario", "a mi cuenta", "para o meu utilizador", "para o meu usuário", "para a minha conta", "al mio utente", "al mio account", "naar mijn account", "op mijn account", "na moje konto",
    "на мой аккаунт", "на мою учетную запись", "на мою учётную запись", "на мій обліковий запис", "till mitt konto", "til min konto", "til min bruger", "hesabıma", "to my email", "to my personal", "to the requester", "the requester", "my phone", "my profile", "my number", "my personal email", "my laptop", "mir", "à moi", "a mí", "para mim", "mnie", "мне", "bana", "给我", "나에게", "لي", "אליי", "मुझे", "به من",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "cho tôi", "мені", "pentru mine", "mně", "ke saya", "kepada saya", "till mig", "til mig", "til meg", "minulle", "σε μένα", "nekem", "ให้ฉัน",
    // af (Afrikaans)
    "aan my", "na my",
    // az (Azerbaijani)
    "mənə",
    // "grant full access on the shared mailboxes x@ and y@ to the requester of this ticket" (training author t53)
    "to the requester of this ticket", "to the requestor",
  ],
  /**
   * "her personal address", "mon adresse perso", "na prywatny mail": an address named as someone's private or own
   * mailbox, not a work identity (extract-fields.ts: never the leaver to offboard; injection-rules.ts: where data must not go).
   */
  PERSONAL_ADDRESS: [
    "personal address", "personal email", "personal e mail", "personal mail", "private address", "private email", "private e mail", "private mail", "home address", "home email", "home e mail", "my address", "my email", "my e mail", "my mail", "my personal email", "my private email",
    "private adresse", "privatadresse", "private e mail adresse", "private mailadresse", "privates postfach", "private mail", "meine adresse", "meine e mail", "meine mailadresse",
    "adresse perso", "adresse personnelle", "adresse privée", "mail perso", "e mail perso", "email perso", "mail personnel", "mon adresse", "mon mail", "mon e mail",
    "correo personal", "dirección personal", "email personal", "correo privado", "mi correo", "mi dirección",
    "endereço pessoal", "e mail pessoal", "email pessoal", "correio pessoal", "meu e mail", "meu email", "meu endereço",
    "indirizzo personale", "email personale", "mail personale", "indirizzo privato", "il mio indirizzo", "la mia email", "la mia mail",
    "persoonlijk e mailadres", "persoonlijke e mail", "privé adres", "privé e mail", "prive mail", "mijn e mailadres", "mijn adres",
    "prywatny mail", "prywatny adres", "prywatny e mail", "mail prywatny", "adres prywatny", "prywatną skrzynkę", "mój mail", "mój adres", "mój prywatny",
    "личную почту", "личный адрес", "личный ящик", "мою почту", "мой адрес", "kişisel e posta", "kişisel adres", "özel e posta",
    // ur so: "ان کے ذاتی پتے", "cinwaankeeda gaarka ah"; a personal code or cloud account ("her personal GitHub account")
    "ذاتی پتے", "ذاتی پتہ", "ذاتی ای میل", "cinwaankeeda gaarka ah", "cinwaankiisa gaarka ah", "personal github account", "personal github", "personal dropbox", "personal google drive",
    // af (Afrikaans)
    "privaat adres", "persoonlike e pos", "my adres",
    // az (Azerbaijani)
    "şəxsi e poçt", "şəxsi ünvan", "mənim ünvanım",
    // A personal account or id named as where data goes, and the same words in more languages ("to her personal account x@", "개인 메일").
    "personal account", "private account", "personal id", "personal gmail", "private gmail", "kişisel adresi*", "kişisel e postası*", "개인 메일*", "개인 이메일*", "לכתובת הפרטית", "הכתובת הפרטית",
    "निजी ईमेल", "पर्सनल ईमेल", "email cá nhân", "email pribadi", "e mel peribadi", "особисту пошту", "особисту адресу", "soukromý e mail", "osobní e mail", "privata mejl*", "privat mejl*",
    "privat e post*", "προσωπικό email", "البريد الشخصي", "بريده الشخصي", "بريدها الشخصي", "私人邮箱", "个人邮箱", "個人のメール", "ایمیل شخصی", "ব্যক্তিগত ইমেইল",
    // A personal account (es pt fr de it nl pl ru uk tr sv id vi zh ja ko ar hi), as "personal account": "a su cuenta personal x@".
    "cuenta personal", "conta pessoal", "compte personnel", "persönliches konto", "privates konto", "account personale", "persoonlijk account", "prywatne konto", "konto prywatne",
    "личный аккаунт", "личную учетную запись", "особистий акаунт", "kişisel hesab*", "personligt konto", "akun pribadi", "tài khoản cá nhân", "个人账户", "個人アカウント", "개인 계정*", "الحساب الشخصي", "निजी खाते",
    // The leaver's own webmail named by its provider: "to be sent to his Gmail, x@example.com".
    "his gmail", "her gmail", "their gmail", "his hotmail", "her hotmail", "his yahoo mail", "her yahoo mail", "his icloud", "her icloud",
    // ar: my personal mail ('إلى بريدي الشخصي')
    "بريدي الشخصي",
    // a messaging account of the leaver's own: "sent to him on his private Telegram (@edin_k_builds)" (training author t45)
    "private telegram", "personal telegram", "his private telegram", "her private telegram", "private whatsapp", "personal whatsapp", "private signal",
  ],
  /** What makes someone powerful: ownership, admin rights, MFA enrolment. */
  POWER: ["owner role", "owner rights", "admin rights", "admin role", "admin account", "tenant admin account", "super admin", "mfa", "2fa", "otp", "authenticator", "recovery phone", "recovery email", "mfa device"],
  /** "The person leaving" in other languages than English (LEAVER), for the two correction checks below that read it (detect-correction.ts, injection-rules.ts). */
  LEAVING_PERSON: [
    "die person die geht", "die person die uns verlässt", "wer das unternehmen verlässt", "la personne qui part", "la personne qui quitte", "celui qui part", "celle qui part",
    "la persona que se va", "la persona que sale", "quien se va", "a pessoa que está saindo", "a pessoa que sai", "quem está saindo", "quem sai", "la persona che lascia", "chi lascia", "chi se ne va",
    "de persoon die vertrekt", "wie er vertrekt", "osoba odchodząca", "osoba która odchodzi", "кто увольняется", "увольняется", "ayrılan kişi", "ayrılan",
    // The one who leaves as the other languages say it ("qui part", "som slutar", "yang keluar", "المغادر", "जाने वाले", "退職するのは", "퇴사자는", "离职的").
    // yo (Yoruba): "ni ẹni tó ń lọ" (is the one who is leaving).
    "ẹni tó ń lọ", "ẹni tí ń lọ", "ẹni tó ń fi iṣẹ́ sílẹ̀",
    // ro: "persoana care pleacă este de fapt ..." (the person leaving is actually ...)
    "persoana care pleacă", "cel care pleacă", "cea care pleacă", "persoana care iese",
    "qui part", "qui quitte", "qui nous quitte", "som slutar", "den som slutar", "yang keluar", "yang resign", "yang berhenti", "المغادر", "الموظف المغادر", "من يغادر",
    "जाने वाले", "जाने वाली", "छोड़ने वाले", "छोड़ने वाली", "退職するのは", "退職者は", "퇴사자는", "퇴사하는 사람은", "离职的是", "离职的其实是", "离职的其实", "真正离职的", "離職的是", "кто уходит", "хто звільняється", "хто йде", "die vertrekt", "wer geht", "wer uns verlässt",
    // af (Afrikaans)
    "die persoon wat vertrek", "wie vertrek",
    // az (Azerbaijani)
    "ayrılan şəxs", "işdən çıxan",
    // sw (Swahili): "anayeondoka kwa kweli ni ..." (the one leaving really is)
    "anayeondoka", "mtu anayeondoka", "mfanyakazi anayeondoka",
    // fr el: "c'est Agathe Perrin ... qui s'en va, pas Lucas", "Αυτή που φεύγει είναι η Ελένη Βλάχου"
    "qui s'en va", "celle qui s'en va", "celui qui s'en va", "αυτή που φεύγει", "αυτός που φεύγει", "που φεύγει", "που αποχωρεί", "ο εργαζόμενος που φεύγει", "η εργαζόμενη που φεύγει",
  ],
  /**
   * The writer's own superior: "my manager", "mi jefe", "mein Vorgesetzter". After a correction, "the person leaving is my
   * manager Harold" turns the request onto the one the requester reports to (injection-rules.ts, target.additional).
   */
  MY_SUPERIOR: [
    "my manager", "my line manager", "my direct manager", "my boss", "my supervisor", "my director", "my team lead", "my team leader", "my head of department", "my department head",
    "mein chef", "meine chefin", "mein vorgesetzter", "meine vorgesetzte", "mein manager", "meine managerin", "mon manager", "mon responsable", "ma responsable", "mon chef", "ma cheffe", "mon supérieur", "ma supérieure",
    "mi jefe", "mi jefa", "mi supervisor", "mi supervisora", "mi responsable", "mi gerente", "meu gestor", "minha gestora", "meu chefe", "minha chefe", "meu supervisor", "minha supervisora",
    "il mio responsabile", "la mia responsabile", "il mio capo", "la mia capa", "il mio manager", "mijn manager", "mijn leidinggevende", "mijn baas",
    "mój kierownik", "moja kierowniczka", "mój przełożony", "moja przełożona", "mój szef", "moja szefowa", "мой руководитель", "моя руководительница", "мой начальник", "моя начальница", "yöneticim", "müdürüm",
    // af (Afrikaans)
    "my bestuurder", "my baas", "my toesighouer",
    // az (Azerbaijani)
    "rəhbərim", "müdirim", "menecerim",
  ],
  LEAVER: ["person leaving", "employee leaving", "the one leaving", "who is leaving", "the leaver", "leaver", "departing employee", "person to offboard", "right person", "correct person", "real leaver", "correct employee"],
  /** "the account of Ruben Jansen": someone's access named as a thing to act on. */
  ACCOUNT_OF: [
    // tl yo ha arz (Tagalog, Yoruba, Hausa, Egyptian Arabic)
    "asusun", "asusu", "account ni", "accounts ni", "access ni", "حسابات",
   
    "account of", "accounts of", "access of", "access for", "account for", "the accounts of", "les comptes de", "les accès de", "las cuentas de", "los accesos de", "los usuarios de", "as contas de", "os acessos de",
    "die konten von", "die zugänge von", "gli account di", "gli accessi di", "de accounts van", "de toegang van", "kontona för", "kontiene til", "konta", "dostępy", "het account van", "de account van", "de toegang van", "das konto von", "den zugang von", "le compte de", "l accès de", "la cuenta de", "el acceso de", "a conta de", "o acesso de",
    "konto", "dostęp", "аккаунт", "учетную запись", "доступ", "hesabını", "erişimini", "kontot för", "l account di", "l accesso di", "アカウント", "账号", "帳號", "账户", "계정", "حساب", "الوصول", "הגישה של", "החשבון של", "का खाता", "की पहुंच", "دسترسی", "حساب کاربری",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "tài khoản của", "акаунт*", "обліковий запис", "облікові записи", "доступи", "contul", "conturile", "účet", "účty", "účtu", "přístupy", "prístupy", "akun", "akses",
    "konton för", "kontoen for", "adgangen for", "adgange for", "kontoen til", "tilgangene til", "tunnukset", "käyttöoikeudet", "λογαριασμό", "λογαριασμούς", "fiókját",
    "fiókjait", "hozzáférését", "บัญชีของ",
    // ca (Catalan)
    "els comptes de", "el compte de", "els accessos de", "l accés de",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "račun", "račune", "naloge", "pristupe",
    // sr (Serbian Cyrillic)
    "налог", "налоге", "приступе",
    // sl (Slovenian)
    "račun", "račune", "dostope",
    // bg (Bulgarian)
    "акаунта на", "акаунтите на", "достъпа на", "профилите на",
    // lt (Lithuanian)
    "paskyrą", "paskyras", "prieigas",
    // lv (Latvian)
    "kontu", "kontus", "piekļuvi",
    // et (Estonian)
    "kontod", "ligipääsud", "juurdepääsud",
    // is (Icelandic)
    "aðgang", "aðgangi", "reikning", "reikninga",
    // af (Afrikaans)
    "rekening van", "rekeninge van", "die toegang van",
    // sw: "Pia ondoeni akaunti za Juma Said na Neema Mushi"
    "akaunti za", "akaunti ya", "ufikiaji wa",
    // ko: the account, "too" joined to it ("CEO 김민수 님의 계정도 같은 요청으로 비활성화")
    "계정도", "계정들도", "계정까지",
  ],
  /** Handing something over to a person: "transfer the access of her files to kai@" names kai as a recipient, not a target. */
  HANDOVER: ["to", "transfer*", "hand over", "handover", "hand off", "forward*", "delegat*", "reassign*", "give", "grant", "share", "an", "à", "a", "para", "naar", "till", "per", "dla", "для", "への", "给", "에게", "إلى", "ל", "को", "به"],
} as const satisfies Record<string, readonly string[]>;
