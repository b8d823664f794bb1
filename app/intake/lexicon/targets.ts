/** Concepts for additional or swapped target identities (see override.ts for the entry syntax). */
export const TARGET_CONCEPTS = {
  ALSO: [
    "also", "additionally", "as well", "plus", "on top of that", "in addition", "furthermore", "while youre at it", "at the same time", "and also", "together with",
    "auch", "zusätzlich", "außerdem", "ebenfalls", "aussi", "également", "en plus", "de plus", "también", "además", "também", "além disso", "adicionalmente",
    "też", "także", "również", "dodatkowo", "также", "тоже", "кроме того", "ещё", "ayrıca",
    "また", "さらに", "另外", "也", "还有", "並且", "同时", "同時", "또한", "추가로", "أيضا", "كذلك", "بالإضافة", "גם", "בנוסף", "भी", "साथ ही", "همچنین", "نیز", "ضمنا", "علاوه بر این",
  ],
  ACTION: [
    "offboard*", "off board", "deprovision*", "deactivat*", "disabl*", "delet*", "remov*", "terminat*", "revok*", "suspend*", "lock out", "lock", "wipe", "fire", "purge", "kill", "shut down", "close",
    "deaktivier*", "sperr*", "lösch*", "entfern*", "kündig*", "entlass*", "offboarden",
    "désactiv*", "supprim*", "retir*", "révoqu*", "licenci*", "desactiv*", "elimin*", "borr*", "revoc*", "suspend*", "despid*",
    "desativ*", "exclu*", "revog*", "demit*", "dezaktywuj*", "usuń", "usun*", "zablokuj*", "zwolnij",
    "отключ*", "удал*", "заблокир*", "деактивир*", "уволь*", "devre dışı", "sil*", "kaldır*", "engelle*", "kapat*", "işten çıkar*",
    "無効化", "削除", "停止", "オフボーディング", "解雇", "禁用", "删除", "刪除", "停用", "注销", "註銷", "离职", "離職",
    "비활성화*", "삭제*", "정지*", "해지*", "퇴사", "تعطيل", "حذف", "الغاء", "إلغاء", "إيقاف", "ايقاف", "השבת*", "מחק*", "הסר*", "בטל*", "निष्क्रिय", "हटा*", "बंद", "غیرفعال", "مسدود",
  ],
  PERSON_ACTION: [
    "offboard*", "off board", "terminate", "fire", "let go", "dismiss",
    "entlass*", "kündig*", "licenci*", "renvoie*", "despid*", "demit*", "zwolnij", "уволь*", "işten çıkar*", "解雇", "开除", "開除", "해고*", "فصل", "פטר*", "बर्खास्त", "اخراج",
  ],
  HER_HIS: [
    "her", "his", "their", "them", "him", "she", "he", "hers", "its", "the employees", "the leavers", "the leaver",
    "ihr", "ihre", "ihren", "ihrem", "sein", "seine", "seinen", "son", "sa", "ses", "leur", "leurs", "elle", "lui", "su", "sus", "ella", "él",
    "dela", "dele", "seu", "sua", "seus", "suas", "jej", "jego", "её", "его", "ей", "ему", "их", "onun",
    "彼女", "彼", "她", "他", "그녀", "그의", "له", "لها", "שלה", "שלו", "אותה", "אותו", "उसकी", "उसके", "उसका", "उनका", "उनकी", "او", "ایشان",
  ],
  FROM: ["from", "von", "aus", "de", "du", "des", "desde", "do", "da", "z", "ze", "из", "с", "от", "から", "从", "從", "에서", "من", "מ", "से", "از"],
  ALL_PEOPLE: [
    "every account on", "every account of the", "everyone in", "everyone reporting to", "anyone else reporting to", "all members", "the whole team",
    "all contractors", "all interns", "all temps", "all consultants", "all vendors", "all guests", "todos los becarios", "todos los contratistas", "alle praktikanten", "alle auftragnehmer", "tous les stagiaires", "tous les prestataires",
    "everyone", "everybody", "all users", "all employees", "all staff", "all members", "all admins", "all administrators", "all accounts in", "all people", "the entire team", "the entire department", "the entire company", "the whole team", "the whole department", "every user", "every employee", "every account in", "all other users", "all other employees",
    "alle mitarbeiter*", "alle benutzer*", "jeden", "tous les utilisateurs", "tous les employés", "tout le monde", "todos los usuarios", "todos los empleados", "todos os usuários", "todos os funcionários",
    "wszystkich użytkowników", "wszystkich pracowników", "всех пользователей", "всех сотрудников", "tüm kullanıcılar*", "tüm çalışanlar*", "herkes*",
    "全員", "すべてのユーザー", "全ユーザー", "全社員", "所有用户", "所有員工", "所有员工", "全部用户", "모든 사용자", "모든 직원", "전 직원",
    "جميع المستخدمين", "جميع الموظفين", "כל המשתמשים", "כל העובדים", "सभी उपयोगकर्ता*", "सभी कर्मचारी*", "همه کاربران", "همه کارمندان",
  ],
  BREAKGLASS: [
    "break glass", "breakglass", "emergency access account", "emergency admin", "emergency account", "root account", "root user", "domain admin*", "global admin*", "super admin", "superadmin", "firecall", "firefighter account",
    "notfallkonto", "notfall admin", "compte d urgence", "cuenta de emergencia", "conta de emergência", "konto awaryjne", "аварийн* учетн*", "acil durum hesab*", "緊急アカウント", "紧急账户", "비상 계정", "حساب الطوارئ", "חשבון חירום", "आपातकालीन खाता", "حساب اضطراری",
  ],
  EXEC: [
    "ceo", "cfo", "cto", "coo", "cio", "ciso", "founder", "cofounder", "co founder", "president", "chairman", "chairwoman", "chief executive", "chief financial officer", "board members", "executive team", "executives", "leadership team",
    "geschäftsführer*", "vorstand*", "pdg", "directeur général", "director general", "director ejecutivo", "diretor executivo", "prezes*", "генеральн* директор*", "genel müdür*",
    "社長", "最高経営責任者", "首席执行官", "总裁", "總裁", "董事长", "董事長", "대표이사", "사장", "최고경영자", "الرئيس التنفيذي", "מנכל", "मुख्य कार्यकारी", "مدیرعامل",
  ],
  TARGET_NOUN: ["target", "target email", "target user", "target account", "person to offboard", "employee to offboard", "the real target", "the correct target", "ziel", "cible", "alvo", "cel", "цель", "hedef", "対象", "目标", "대상", "الهدف", "יעד", "लक्ष्य", "هدف"],
  CORRECTION: ["actually", "really", "in fact", "should be", "should have been", "correction", "rättelse", "egentligen", "berichtigung", "rectificación", "correção", "eigentlich", "en fait", "en realidad", "na verdade", "właściwie", "на самом деле", "aslında", "実は", "实际上", "實際上", "사실", "في الواقع", "בעצם", "वास्तव में", "در واقع"],
  /** Who the request is about, named as a role: "the person leaving is ...". */
  LEAVER: ["person leaving", "employee leaving", "the one leaving", "who is leaving", "the leaver", "leaver", "departing employee", "person to offboard", "right person", "correct person", "real leaver", "correct employee"],
  /** "the form autocompleted the wrong person": a correction of the target. */
  WRONG_PERSON: ["wrong person", "wrong employee", "wrong user", "wrong leaver", "wrong target", "wrong account", "wrong email", "wrong address", "wrong name", "falsche person", "mauvaise personne", "persona equivocada", "pessoa errada", "неправильн* сотрудник*", "yanlış kişi"],
  /** "apply the same to all users of ...": the action repeated for other people. */
  SAME_FOR: [
    "apply the same to", "apply it to", "apply this to", "do the same for", "same for", "the same applies to", "same goes for", "repeat for", "repeat this for", "likewise for",
    "aplicar lo mismo", "lo mismo para", "hacer lo mismo", "lo mismo a", "dasselbe für", "das gleiche für", "gleiches gilt für", "ebenso für", "la même chose pour", "faire de même pour", "de même pour",
    "o mesmo para", "fazer o mesmo", "lo stesso per", "fare lo stesso", "hetzelfde voor", "to samo dla", "то же самое для", "то же для", "aynısını", "同じことを", "同样", "同樣", "동일하게", "نفس الشيء", "אותו דבר", "यही", "همین کار",
  ],
  /** The request's own processing, as a verb: "just process Rachel instead". */
  PROCESS: ["process", "handle", "run it for", "run this for", "execute it for", "apply it to", "bearbeite*", "traite*", "procesa*", "processa*", "przetwórz", "обработай*"],
  SWAP: [
    "instead", "rather than", "in place of", "replace", "replacing", "replace it with", "swap*", "switch the target", "actually meant", "change the target",
    "stattdessen", "statt", "anstelle", "à la place", "au lieu", "plutôt", "en lugar", "en vez", "em vez", "no lugar", "zamiast", "вместо", "yerine",
    "代わりに", "改为", "改為", "而不是", "대신", "بدلا", "بدلاً", "במקום", "के बजाय", "बजाय", "به جای", "بجای",
  ],
} as const satisfies Record<string, readonly string[]>;
