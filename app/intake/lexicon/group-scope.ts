/**
 * Concepts for a whole group slipped into a leaver request: "disable all accounts under OU=Contractors",
 * "todas las cuentas del centro de coste 5520", "the whole night-shift group" (target.wildcard in
 * injection-rules.ts). Entry syntax as in override.ts.
 */
export const GROUP_SCOPE_CONCEPTS = {
  /** Every account or member of something: the quantifier and the accounts or people it counts. */
  ALL_SCOPE: [
    // ms id: "semua ahli kumpulan SB-KL-*", "semua anggota grup"
    "semua ahli", "semua anggota",
    // ja ko zh cs sk: everyone in it, the verb last ("所属する全員のアカウントも無効化", "속한 모든 사용자의 계정", "všem uživatelům")
    "全員", "全員のアカウント", "メンバー全員", "所属する全員", "所属する全員のアカウント", "모든 사용자*", "모든 구성원*", "구성원 전원", "전원", "所有成员", "全部成员", "所有用户", "všem uživatelům", "všech uživatelů", "všem členům", "všetkým používateľom",
    "all accounts", "all the accounts", "all user accounts", "all active accounts", "all ids", "all logins", "all members", "all the members", "all users", "all staff",
    "all personnel", "all employees", "every account", "every member", "every user", "every employee", "everyone", "anyone", "all active users",
    "todas las cuentas", "todos los miembros", "todos los usuarios", "todos los empleados", "tous les comptes", "tous les membres", "tous les utilisateurs", "tous les employés",
    "todas as contas", "todos os membros", "todos os utilizadores", "todos os usuários", "todos os funcionários", "todo mundo", "alle konten", "alle mitglieder", "alle mitarbeitenden",
    "alle mitarbeiter*", "alle benutzer*", "alle accounts", "alle leden", "alle medewerkers", "alle gebruikers", "tutti gli account", "tutti i membri", "tutti gli utenti",
    "wszystkie konta", "wszystkich członków", "wszystkich użytkowników", "wszystkich pracowników", "все учетные записи", "все учётные записи", "всех участников", "всех сотрудников",
    "всі облікові записи", "усі облікові записи", "alla konton", "alla medlemmar", "alla användare", "alle kontoer", "alle kontiene", "alle brugere", "alle brukere", "kaikki tilit", "kaikkien", "kaikki jäsenet", "kaikkien jäsenten",
    "všechny účty", "všechny členy", "tất cả tài khoản", "toàn bộ tài khoản", "semua akun", "semua anggota", "tüm hesaplar*", "tüm üyeler*", "όλους τους λογαριασμούς",
    // Everyone in a list or group, where the lexicon lacked the word: sw th bn tl hi ar he
    "kila mtu", "ทุกคน", "সবার", "সকলের", "lahat ng members", "lahat ng miyembro", "sab log", "सभी सदस्य", "जितने भी लोग", "جميع الأعضاء", "كل الأعضاء", "כל החברים", "כל חברי",
    // all the accounts as French, Spanish, Portuguese, Italian and German also say it ('l'ensemble des comptes')
    "l ensemble des comptes", "ensemble des comptes", "l ensemble des utilisateurs", "la totalidad de las cuentas", "a totalidade das contas", "la totalità degli account", "sämtliche konten", "sämtliche accounts", "sämtliche benutzer*",
    // bn hi: all the members ("সব সদস্যের", "সকল সদস্যের", "सभी सदस्यों")
    "সব সদস্য*", "সকল সদস্য*", "সব মেম্বার*", "सभी सदस्यों", "सब सदस्यों",
    // Tagalog: every account, user or employee ("lahat ng account sa ilalim ng cost center 4410")
    "lahat ng account", "lahat ng mga account", "lahat ng user", "lahat ng empleyado", "lahat ng tauhan", "lahat ng accounts",
    // it pl zh ja: "tutte le utenze", "konta wszystkich dyspozytorów", "所有人的账号", "全アカウント"
    "tutte le utenze", "konta wszystkich", "所有人", "所有账号", "所有账户", "全部账号", "全アカウント", "全ユーザー", "全員",
  ],
  /** "from" where it cannot be "of" ("remove Dana from the all-staff@ mailing list"; not the French "de" of "merci de désactiver"). */
  OUT_OF: ["from", "out of", "von", "aus", "desde", "из", "från", "uit", "fra", "z", "ze"],
  /** "the whole" before a group: "disable the whole night-shift group". */
  WHOLE: ["whole", "entire", "the whole", "the entire", "hela", "gesamte", "ganze", "tout le", "toute la", "todo el", "toda la", "todo o", "toda a", "het hele", "de hele", "cały", "całą", "весь", "всю", "tutto il", "tutta la",
    // the whole, where the verb comes last (kk tr ja ko hi)
    "бүкіл", "bütün", "全体の", "전체", "पूरे", "पूरी",
    // ru uk: of the whole ("облікові записи всієї нічної зміни", "учётные записи всей ночной смены")
    "всей", "всего", "всієї", "усієї", "всього", "усього",
  ],
  /** A whole department, division or unit acted on: "offboard the entire Marketing department" (only after WHOLE). */
  UNIT_NOUN: [
    "department", "division", "business unit", "unit", "office", "site", "branch", "pod", "abteilung", "bereich", "standort", "filiale", "département", "service", "agence", "departamento", "sucursal", "divisão",
    "reparto", "dipartimento", "divisione", "filiale", "afdeling", "vestiging", "dział", "oddział", "отдел", "подразделение", "відділ", "підрозділ", "departman", "birim", "şube", "部门", "部署", "부서", "القسم", "الإدارة", "המחלקה", "विभाग", "avdelning", "avdeling", "afdeling",
    // kk: department
    "бөлім*",
  ],
  /** A directory group, unit, cost centre or mailing list (not a team, which a leaver's own work also names). */
  GROUP_SCOPE: [
    "kumpulan", "grup", "grupul", "grupului",
    // ja ko zh: "qa-contractors グループに所属する全員のアカウント", "그룹에 속한 모든 사용자"
    "グループ", "그룹*", "用户组", "群组",
    "group", "security group", "ad group", "okta group", "distribution list", "distribution group", "mailing list", "organizational unit", "organisational unit", "cost centre", "cost center",
    // A group named by its prefix: "every member of grp-dubai-bureau".
    "grp", "grp_*",
    "in ou", "under ou", "in the ou", "under cc", "to cc", "in cc", "reporting line", "job title",
    "groupe", "liste de diffusion", "centre de coûts", "centre de coût", "unité organisationnelle", "grupo", "lista de distribución", "centro de coste", "centro de costo", "centro de costos",
    "unidad organizativa", "lista de distribuição", "centro de custo", "centro de custos", "unidade organizacional", "gruppe", "verteilerliste", "verteiler", "kostenstelle", "organisationseinheit",
    "groep", "distributielijst", "kostenplaats", "gruppo", "lista di distribuzione", "centro di costo", "grupa", "grupie", "grupy", "jednostce organizacyjnej", "jednostka organizacyjna",
    "liście dystrybucyjnej", "centrum kosztów", "группе", "группы", "группа", "список рассылки", "центра затрат", "групі", "групи", "група", "grupp", "gruppen", "distributionslista*",
    "kostnadsställe*", "distribusjonsliste*", "distributionsliste*", "ryhmän", "ryhmässä", "jakelulista*", "kustannuspaikka*", "skupin*", "distribučního seznamu", "distribuční seznam",
    "nákladového střediska", "nhóm phân phối", "grup", "grup distribusi", "grubu", "grubundaki", "dağıtım listesi", "masraf merkezi",
    // sw th bn tl pt he: "kwenye kikundi cha x@", "ในกลุ่ม x@", "ডিস্ট্রিবিউশন লিস্টে", "na lista x@", "בקבוצת האבטחה"
    "kikundi", "กลุ่ม", "ডিস্ট্রিবিউশন লিস্ট*", "মেইলিং লিস্ট*", "grupo ng", "na lista", "da lista", "בקבוצה", "בקבוצת", "קבוצת האבטחה", "רשימת התפוצה",
    // bn hi: a group, inflected ("গ্রুপের সব সদস্যের অ্যাক্সেস ... বন্ধ করে দিন", "ग्रुप के सभी सदस्यों का एक्सेस बंद कर दें")
    "গ্রুপ*", "গ্রুপের", "ग्रुप",
  ],
} as const satisfies Record<string, readonly string[]>;
