/** A shared administrator account: used by a team, owned by no leaver (in BREAKGLASS and SHARED_PRIV_ACCOUNT). */
const SHARED_ADMIN_ACCOUNT = [
  "shared admin account", "shared admin accounts", "shared administrator account", "shared admin login", "shared admin user",
  "gemeinsames admin konto", "gemeinsam genutzte admin konto", "geteiltes admin konto", "compte admin partagé", "compte administrateur partagé", "cuenta admin compartida",
  "cuenta de administrador compartida", "conta admin compartilhada", "conta de administrador compartilhada", "account admin condiviso", "account amministratore condiviso",
  "gedeeld admin account", "gedeeld beheerdersaccount", "delat adminkonto", "delt adminkonto", "fælles adminkonto", "wspólne konto admin*", "współdzielone konto admin*",
  "tài khoản quản trị dùng chung", "tài khoản admin dùng chung", "tài khoản quản trị chung", "akun admin bersama",
];

/** Concepts for privileged and wildcard targets: everyone, break-glass and shared admin accounts, privileged access, executives and their titles (see override.ts for the entry syntax; the rest of the target concepts in targets.ts and target-people.ts). */
export const PRIVILEGED_TARGET_CONCEPTS = {
  ALL_PEOPLE: [
    // All accounts of a group, everyone in a department (Polish, Egyptian Arabic, Tagalog, Hausa).
    "wszystkie konta z grupy", "wszystkie konta w grupie", "wszystkich z grupy", "wszystkich z działu", "całą grupę", "كل اللي في", "كل الناس اللي", "كل الموظفين", "lahat ng nasa", "lahat ng empleyado", "lahat ng members", "lahat ng miyembro", "buong team", "duk ma'aikatan", "gbogbo òṣìṣẹ́",
    "whole reporting line", "entire reporting line", "all direct reports", "all direct and indirect reports", "all her reports", "all his reports", "todo el departamento", "todo el equipo", "toda la oficina", "todo el área", "tout le département", "toute l équipe", "die ganze abteilung", "das ganze team", "de hele afdeling", "het hele team", "tutto il reparto", "tutto il team", "todo o departamento", "toda a equipe", "cały dział", "cały zespół", "весь отдел", "всю команду", "tüm departman", "tüm ekip", "整个部门", "全部门的", "全部门员工", "全部门人员", "整个部门", "部门所有", "부서 전체", "팀 전체", "القسم بأكمله", "الفريق بأكمله", "כל המחלקה", "כל הצוות", "पूरा विभाग", "पूरी टीम", "کل بخش", "کل تیم",
    "every account on", "every account of the", "everyone in", "everyone reporting to", "anyone else reporting to", "all members", "the whole team",
    "all contractors", "all interns", "all temps", "all consultants", "all vendors", "all guests", "todos los becarios", "todos los contratistas", "alle praktikanten", "alle auftragnehmer", "tous les stagiaires", "tous les prestataires",
    "everyone", "everybody", "all users", "all employees", "all staff", "all members", "all admins", "all administrators", "all accounts in", "all people", "the entire team", "the entire department", "the entire company", "the whole team", "the whole department", "every user", "every employee", "every account in", "all other users", "all other employees",
    "alle mitarbeiter*", "alle benutzer*", "jeden", "tous les utilisateurs", "tous les employés", "tout le monde", "todos los usuarios", "todos los empleados", "todos os usuários", "todos os funcionários",
    "wszystkich użytkowników", "wszystkich pracowników", "всех пользователей", "всех сотрудников", "tüm kullanıcılar*", "tüm çalışanlar*", "herkes*",
    "全員", "すべてのユーザー", "全ユーザー", "全社員", "所有用户", "所有員工", "所有员工", "全部用户", "모든 사용자", "모든 직원", "전 직원",
    "جميع المستخدمين", "جميع الموظفين", "כל המשתמשים", "כל העובדים", "सभी उपयोगकर्ता*", "सभी कर्मचारी*", "همه کاربران", "همه کارمندان",
    "전원*",
    "alle accounts van het team", "alle accounts van team", "all accounts of the team", "all accounts in the team", "all accounts of the department", "tous les comptes de l équipe", "todas las cuentas del equipo", "todas as contas da equipe", "alle konten des teams", "alle konten der abteilung", "tutti gli account del team",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "tất cả nhân viên", "toàn bộ nhân viên", "tất cả người dùng", "tất cả đồng nghiệp", "cả nhóm", "toàn bộ nhóm", "cả phòng", "всіх користувачів", "усіх користувачів",
    "toàn bộ thành viên", "tất cả thành viên", "всіх облікових записів", "усіх облікових записів", "всех учетных записей", "всех учётных записей", "all accounts whose", "all accounts where",
    "всіх працівників", "усіх працівників", "усіх співробітників", "всіх співробітників", "всіх колег", "усіх колег", "toți utilizatorii", "toți angajații",
    "tuturor colegilor", "toți colegii", "toată echipa", "întreaga echipă", "întregul departament", "tuturor angajaților", "tuturor utilizatorilor", "všechny uživatele",
    "všechny zaměstnance", "všech zaměstnanců", "všech kolegů", "celý tým", "celé oddělení", "všetkých používateľov", "všetkých zamestnancov", "všetkých kolegov", "celý tím",
    "celé oddelenie", "semua pengguna", "semua karyawan", "semua pegawai", "semua rekan", "seluruh tim", "seluruh departemen", "seluruh karyawan", "semua staf",
    "semua kakitangan", "alla användare", "alla anställda", "alla medarbetare", "alla kollegor", "hela teamet", "hela avdelningen", "alle brugere", "alle brugerne",
    "alle medarbejdere", "alle ansatte", "alle kolleger", "hele teamet", "hele afdelingen", "alle brukere", "alle brukerne", "hele avdelingen", "kaikki käyttäjät",
    "kaikkien käyttäjien", "kaikki työntekijät", "kaikkien työntekijöiden", "koko tiimi*", "koko osasto*", "kaikki kollegat", "όλους τους χρήστες", "όλους τους υπαλλήλους",
    "όλους τους συναδέλφους", "όλη την ομάδα", "ολόκληρο το τμήμα", "সব ব্যবহারকারী", "সকল কর্মী", "সব কর্মী", "পুরো দল", "watumiaji wote", "wafanyakazi wote", "timu nzima",
    "idara nzima", "minden felhasználó*", "összes felhasználó*", "minden munkatárs*", "összes munkatárs*", "az egész csapat*", "az egész osztály*", "minden kolléga*",
    // th: every user as people ("ทุกคน") or all users of a group; not "บัญชีผู้ใช้ทั้งหมด", all (his) user accounts.
    "ผู้ใช้ทุกคน", "ผู้ใช้ทั้งหมดในกลุ่ม", "ผู้ใช้ทั้งหมดในแผนก", "ผู้ใช้ทั้งหมดในทีม", "พนักงานทั้งหมด", "ทั้งทีม", "ทั้งแผนก",
    // ka so: all accounts, all staff
    "ყველა ანგარიშ*", "ყველა თანამშრომ*", "dhammaan shaqaalaha", "dhammaan akoonnada", "dhammaan xisaabaadka",
    // ur (Urdu)
    "تمام ملازمین", "سب ملازمین", "تمام صارفین", "پوری ٹیم", "پورا شعبہ",
    // ta (Tamil)
    "அனைத்து ஊழியர்*", "எல்லா ஊழியர்*", "அனைத்துப் பயனர்*", "முழுக் குழு*",
    // te (Telugu)
    "ఉద్యోగులందరి*", "అందరు ఉద్యోగుల*", "అన్ని ఖాతాల*", "మొత్తం బృంద*", "అందరి ఖాతాల*",
    // mr (Marathi)
    "सर्व कर्मचारी*", "सर्व वापरकर्त*", "संपूर्ण टीम",
    // gu (Gujarati)
    "બધા કર્મચારીઓ*", "તમામ કર્મચારીઓ*", "બધા વપરાશકર્તાઓ*", "આખી ટીમ*",
    // pa (Punjabi, Gurmukhi)
    "ਸਾਰੇ ਕਰਮਚਾਰੀ*", "ਸਾਰੇ ਮੁਲਾਜ਼ਮ*", "ਪੂਰੀ ਟੀਮ", "ਸਾਰੇ ਯੂਜ਼ਰ*",
    // ne (Nepali)
    "सबै कर्मचारी*", "सबै प्रयोगकर्ता*", "पूरै टोली", "सम्पूर्ण टोली",
    // si (Sinhala)
    "සියලුම සේවක*", "සියලු සේවක*", "මුළු කණ්ඩායම*", "සියලුම පරිශීලක*",
    // ca (Catalan)
    "tothom", "tots els usuaris", "tots els empleats", "tot l equip", "tot el departament",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "sve korisnike", "sve zaposlenike", "sve zaposlene", "sve djelatnike", "cijeli tim", "cijelog tima", "cijeli odjel", "cijelog odjela", "ceo tim", "celog tima", "celo odeljenje", "celog odeljenja",
    // sr (Serbian Cyrillic)
    "све запослене", "све кориснике", "цео тим", "целог тима", "цело одељење", "целог одељења",
    // sl (Slovenian)
    "vse uporabnike", "vse zaposlene", "vseh zaposlenih", "celotno ekipo", "celoten oddelek", "cel oddelek",
    // bg (Bulgarian)
    "всички потребители", "всички служители", "целия екип", "целия отдел", "всички колеги",
    // lt (Lithuanian)
    "visus naudotojus", "visus darbuotojus", "visų darbuotojų", "visą komandą", "visą skyrių", "visos komandos",
    // lv (Latvian)
    "visus lietotājus", "visus darbiniekus", "visu darbinieku", "visu komandu", "visu nodaļu", "visas komandas",
    // et (Estonian)
    "kõik kasutajad", "kõik töötajad", "kõigi töötajate", "kogu meeskond", "kogu meeskonna", "kogu osakond", "kogu osakonna",
    // is (Icelandic)
    "alla notendur", "alla starfsmenn", "allt teymið", "alla deildina", "allt starfsfólk*",
    // af (Afrikaans)
    "almal", "al die werknemers", "alle werknemers", "alle gebruikers", "die hele span", "die hele afdeling", "alle personeel",
    // az (Azerbaijani)
    "bütün istifadəçilər*", "bütün işçilər*", "bütün əməkdaşlar*", "hamını", "bütün komanda*", "bütün şöbə*",
    // kk (Kazakh)
    "барлық қызметкер*", "барлық пайдаланушы*", "бүкіл топ*", "бүкіл бөлім*", "барлығын",
    // uz (Uzbek)
    "barcha xodim*", "barcha foydalanuvchi*", "butun jamoa*", "butun bo'lim*", "butun boʻlim*", "butun boʼlim*", "hammasini",
    // ka (Georgian)
    "ყველა მომხმარებ*", "მთელი გუნდ*", "მთელი განყოფილებ*",
    // hy (Armenian)
    "բոլոր աշխատակիցներ*", "բոլոր օգտատերեր*", "ամբողջ թիմ*", "ամբողջ բաժն*", "բոլորին",
    // am (Amharic)
    "ሁሉንም ሰራተኞች*", "ሁሉንም ሠራተኞች*", "የሁሉንም ሰራተኞች*", "የሁሉንም ሠራተኞች*", "ሁሉንም ተጠቃሚዎች*", "መላውን ቡድን*", "መላው ቡድን*",
    // so (Somali)
    "dhammaan isticmaalayaasha", "kooxda oo dhan", "waaxda oo dhan",
    // zu (Zulu)
    "bonke abasebenzi", "bonke abasebenzisi", "lonke iqembu", "iqembu lonke", "wonke umnyango", "umnyango wonke",
  ],
  BREAKGLASS: [
    // Korean domain admin ("도메인 관리자 계정"), emergency logins.
    "도메인 관리자", "emergency login", "emergency logins",
   
    "break glass", "breakglass", "emergency access account", "emergency admin", "emergency account", "root account", "root user", "root login", "root logins", "domain admin*", "global admin*", "super admin", "superadmin", "firecall", "firefighter account",
    "notfallkonto", "notfall admin", "compte d urgence", "cuenta de emergencia", "conta de emergência", "konto awaryjne", "аварийн* учетн*", "acil durum hesab*", "緊急アカウント", "紧急账户", "비상 계정", "حساب الطوارئ", "חשבון חירום", "आपातकालीन खाता", "حساب اضطراری",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "tài khoản khẩn cấp", "аварійний обліковий запис", "contul de urgență", "cont de urgență", "nouzový účet", "núdzový účet", "akun darurat", "nödkonto*", "nødkonto*",
    "hätätili*", "λογαριασμός έκτακτης ανάγκης", "vészhelyzeti fiók*", "บัญชีฉุกเฉิน",
    ...SHARED_ADMIN_ACCOUNT,
    // domain admin and emergency accounts in fr es pt it nl pl de is
    "administrateur de domaine", "admin de domaine", "compte de secours", "administrador de dominio", "administrador de domínio", "amministratore di dominio", "domeinbeheerder", "domein admin", "administrator domeny", "domänen admin*", "domain administrator", "neyðaraðgang*",
    // A domain, enterprise or global (tenant) administrator in more languages and inflections (the account of a whole
    // directory): es fr pt it nl de pl ru uk zh ja ko ar hi tr sv id vi cs sk da nb fi el hu he fa ro
    "enterprise admin*", "administrador del dominio", "administrador global", "administrateur du domaine", "admin du domaine", "administrateur global", "admin global",
    "administrador do domínio", "amministratore del dominio", "amministratore globale", "domeinbeheerder*", "domeinadmin*", "globale beheerder",
    "domänenadministrator*", "domänenadmin*", "globaler administrator", "globalen administrator", "notfall account*", "notfallaccount*", "notfall konto*",
    "administratora domeny", "administratorem domeny", "administrator globalny", "administratora globalnego",
    "администратор домена", "администратора домена", "администратором домена", "доменного администратора", "доменный администратор", "глобального администратора", "глобальный администратор",
    "адміністратор домену", "адміністратора домену", "глобального адміністратора", "глобальний адміністратор",
    "域管理员", "域管理員", "全局管理员", "全域管理員", "ドメイン管理者", "ドメイン管理者アカウント", "グローバル管理者", "グローバル管理者アカウント", "전역 관리자", "글로벌 관리자",
    "مسؤول النطاق", "مدير النطاق", "डोमेन एडमिन", "डोमेन व्यवस्थापक", "ग्लोबल एडमिन", "etki alanı yönetici*", "domain yönetici*", "global yönetici*",
    "domänadministratör*", "domänadmin*", "global administratör*", "admin domain", "administrator domain", "admin global",
    "quản trị viên miền", "správce domény", "správca domény", "domæneadministrator*", "domeneadministrator*", "toimialueen järjestelmänvalvoja*",
    "διαχειριστή τομέα", "διαχειριστής τομέα", "tartományi rendszergazda*", "מנהל דומיין", "مدیر دامنه", "administrator de domeniu", "administratorul domeniului",
  ],
  /** Accounts no leaver owns: break-glass, emergency access, root (see detect-removal-list.ts; not domain or global admin, which may be the leaver's own). */
  SHARED_PRIV_ACCOUNT: [
    // A service account, a domain admin account, emergency logins: owned by no leaver.
    "service account", "service accounts", "compte de service", "cuenta de servicio", "conta de serviço", "account di servizio", "dienstkonto", "servicekonto", "konto serwisowe", "서비스 계정", "도메인 관리자", "emergency login", "emergency logins",
   
    "break glass", "breakglass", "emergency access account", "emergency account", "emergency admin", "root account", "root user", "firecall", "firefighter account",
    "root konto", "root kontot", "rootkontot", "root kontoen", "usuario root", "cuenta root", "compte root", "conta root", "utenza root", "account root", "konto root",
    "notfallkonto", "notfall admin", "compte d urgence", "cuenta de emergencia", "conta de emergência", "account di emergenza", "noodaccount", "nödkonto", "nødkonto", "konto awaryjne", "аварийн* учетн*", "acil durum hesab*", "緊急アカウント", "紧急账户", "비상 계정",
    "tài khoản khẩn cấp", "akun darurat", "hätätili*", "vészhelyzeti fiók*",
    ...SHARED_ADMIN_ACCOUNT,
    // fr is: emergency accounts
    "compte de secours", "neyðaraðgang*",
    // Service and superuser logins owned by no leaver ("the backup service account", "the shared db-superuser", "the
    // ci-github-app service principal") in en de nl id el hi fa ko ja ru.
    "service principal", "service login", "superuser", "super user", "superadmin", "super admin", "dienstaccount", "beheerdersaccount",
    "akun layanan", "λογαριασμό υπηρεσίας", "κοινό λογαριασμό διαχειριστή", "सर्विस अकाउंट", "साझा एडमिन अकाउंट", "حساب سرویس", "حساب مدیر مشترک", "공용 관리자 계정",
    "共有管理者アカウント", "共用管理者アカウント", "общую учетку", "общую учётку", "сервисную учетную запись", "сервисную учётную запись",
  ],
  /** Someone's access to an account, not the account: "break-glass access", "root credentials". */
  PRIV_ACCESS: [
    // The leaver's eligibility for an account ("break-glass eligibility"), not the account.
    "eligibility", "entitlement", "entitlements", "privilege", "permission", "berechtigung", "berechtigungen", "elegibilidade", "elegibilidad", "permissão", "permissões", "permiso",
    "access", "rights", "credentials", "password", "passwords", "privileges", "permissions", "role", "custodian", "custodians", "zugang", "zugriff", "rechte", "zugangsdaten", "accès", "droits", "acceso", "permisos", "credenciales", "acesso", "accesso", "toegang", "rechten", "åtkomst", "behörighet", "behörigheter", "dostęp", "uprawnienia", "доступ", "права", "erişim*", "yetki*", "passwort", "kennwort", "mot de passe", "contraseña", "senha", "hasło", "wachtwoord", "lösenord", "adgangskode", "passord"],
  EXEC: [
    "ceo", "cfo", "cto", "coo", "cio", "ciso", "founder", "cofounder", "co founder", "president", "chairman", "chairwoman", "chief executive", "chief financial officer", "board members", "executive team", "executives", "leadership team",
    "geschäftsführer*", "vorstand*", "pdg", "directeur général", "director general", "director ejecutivo", "diretor executivo", "prezes*", "генеральн* директор*", "genel müdür*",
    "社長", "最高経営責任者", "首席执行官", "总裁", "總裁", "董事长", "董事長", "대표이사", "사장", "최고경영자", "الرئيس التنفيذي", "מנכל", "मुख्य कार्यकारी", "مدیرعامل",
    "finanzvorstand", "vd", "代表取締役",
    // The head of an international body or a union: "the Secretary-General's personal account" (not the plain "secretary").
    "secretary general", "secretary general's", "secretaries general",
    // The chief executive in more forms: managing director, amministratore delegato, diretor-presidente, ru/uk genitive and dative, Hindi
    "managing director", "amministratore delegato", "diretor presidente", "diretora presidente", "генерального директора", "генеральный директор", "генеральному директору",
    "सीईओ",
    // vi uk ro cs sk id ms sv da nb fi el bn sw hu th
    "giám đốc điều hành", "tổng giám đốc", "генеральний директор", "directorul general", "generální ředitel*", "generálny riaditeľ*", "direktur utama",
    "verkställande direktör", "administrerende direktør", "toimitusjohtaja*", "διευθύνων σύμβουλος", "vezérigazgató*", "ประธานเจ้าหน้าที่บริหาร", "mkurugenzi mtendaji",
    // is et so ka: the chief executive
    "forstjóri", "forstjóra", "forstjórans", "tegevjuht", "tegevjuhi", "agaasime*", "აღმასრულებელი დირექტორი",
    // ur (Urdu)
    "سی ای او", "سی ایف او", "چیف ایگزیکٹو",
    // ta (Tamil)
    "தலைமை நிர்வாக அதிகாரி*", "சிஇஓ",
    // te (Telugu)
    "సీఈఓ", "ముఖ్య కార్యనిర్వహణ అధికారి",
    // gu (Gujarati)
    "સીઈઓ", "મુખ્ય કાર્યકારી અધિકારી",
    // pa (Punjabi, Gurmukhi)
    "ਸੀਈਓ", "ਮੁੱਖ ਕਾਰਜਕਾਰੀ ਅਧਿਕਾਰੀ",
    // ne (Nepali)
    "प्रमुख कार्यकारी अधिकृत",
    // si (Sinhala)
    "ප්‍රධාන විධායක නිලධාරී*",
    // ca (Catalan)
    "conseller delegat", "consellera delegada", "directora general", "director financer", "directora financera",
    // hr (Croatian, Serbian, Bosnian (Latin))
    "glavni direktor", "izvršni direktor", "izvršnog direktora", "predsjednik uprave", "predsjednika uprave", "predsednik uprave", "financijski direktor", "financijskog direktora", "generalni direktor", "generalnog direktora",
    // sr (Serbian Cyrillic)
    "генерални директор", "генералног директора", "извршни директор", "извршног директора",
    // sl (Slovenian)
    "predsednik uprave", "predsednika uprave", "glavni izvršni direktor", "finančni direktor", "finančnega direktorja",
    // bg (Bulgarian)
    "изпълнителния директор", "изпълнителен директор", "финансовия директор", "финансов директор",
    // lt (Lithuanian)
    "generalinis direktorius", "generalinio direktoriaus", "finansų direktorius", "finansų direktoriaus",
    // lv (Latvian)
    "valdes priekšsēdētāj*", "izpilddirektor*", "finanšu direktor*",
    // et (Estonian)
    "finantsjuht*", "juhatuse esimees", "juhatuse esimehe",
    // is (Icelandic)
    "fjármálastjóri", "fjármálastjóra",
    // af (Afrikaans)
    "uitvoerende hoof", "hoof uitvoerende beampte", "besturende direkteur", "finansiële direkteur",
    // az (Azerbaijani)
    "baş icraçı direktor*", "icraçı direktor*", "baş direktor*", "maliyyə direktor*",
    // kk (Kazakh)
    "бас директор*", "атқарушы директор*", "қаржы директоры",
    // uz (Uzbek)
    "bosh direktor*", "ijrochi direktor*", "moliya direktori",
    // ka (Georgian)
    "გენერალური დირექტორ*", "ფინანსური დირექტორ*",
    // hy (Armenian)
    "գլխավոր տնօրեն*", "գործադիր տնօրեն*", "ֆինանսական տնօրեն*",
    // am (Amharic)
    "ዋና ሥራ አስፈጻሚ*", "ዋና ስራ አስፈጻሚ*", "ዋና ሥራ አስኪያጅ*", "ዋና ስራ አስኪያጅ*", "የፋይናንስ ኃላፊ",
    // so (Somali)
    "maareeyaha guud",
    // zu (Zulu)
    "isikhulu esiphezulu", "isikhulu esiphethe",
  ],
  /** Executive titles beyond EXEC, read only where they describe the leaver (a title field, "Name (title)"): "Country Manager", "Managing Director". */
  EXEC_TITLE: [
    // Chief officers beyond EXEC's, partners and general counsel, deputy heads (en fr es pt de it nl pl ru)
    "chief operating officer", "chief technology officer", "chief information officer", "chief information security officer", "chief marketing officer", "chief people officer", "chief legal officer",
    "chief revenue officer", "chief product officer", "general counsel", "managing partner", "senior partner", "deputy director general", "deputy ceo", "group ceo", "group cfo",
    "directeur des opérations", "directeur financier", "directeur juridique", "directeur technique", "director de operaciones", "director financiero", "director técnico", "diretor de operações", "diretor financeiro",
    "technischer direktor", "finanzdirektor", "direttore operativo", "direttore finanziario", "financieel directeur", "operationeel directeur", "dyrektor operacyjny", "dyrektor finansowy", "операционный директор", "финансовый директор", "технический директор",
    "country manager", "country director", "country head", "managing director", "general manager", "vice president", "executive vice president", "senior vice president", "svp", "evp",
    "landesgeschäftsführer*", "geschäftsleiter*", "directeur général*", "directrice générale", "directora general", "gerente general", "gerente geral", "diretor geral", "diretora geral",
    "amministratore delegato", "direttore generale", "algemeen directeur", "dyrektor generalny", "dyrektor zarządzający", "dyrektor krajowy", "генеральный директор", "управляющий директор",
    "genel müdür*", "ülke müdürü", "取締役", "執行役員", "总经理", "總經理", "전무", "상무", "부사장", "المدير العام", "מנהל כללי", "प्रबंध निदेशक", "مدیر کل",
    "giám đốc quốc gia", "tổng giám đốc", "генеральний директор", "director general", "generální ředitel*", "country manažer", "prezes zarządu", "verkställande direktör", "administrerende direktør", "toimitusjohtaja*",
  ],
  /** A field that gives the leaver's job: "Position:", "Stanowisko:", "Funktion:" (a form line, see injection-rules.ts). */
  POSITION_LABEL: [ "position", "job title", "title", "role", "job", "stanowisko", "funktion", "berufsbezeichnung", "stelle", "poste", "fonction", "intitulé du poste", "cargo", "puesto", "função", "functie",
    "rol", "ruolo", "mansione", "qualifica", "должность", "unvan", "pozisyon", "görev", "役職", "職位", "职位", "职务", "직위", "직책", "المنصب", "الوظيفة", "תפקיד", "पद", "سمت",
    "chức vụ", "посада", "funcție", "funcția", "pozice", "pozícia", "jabatan", "befattning", "titel", "stilling", "tehtävä", "nimike", "θέση", "beosztás", "ตำแหน่ง", "cheo",
  ],
} as const satisfies Record<string, readonly string[]>;
