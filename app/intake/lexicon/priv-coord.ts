/**
 * A privileged account slipped in beside the leaver's by coordination, without a verb of its own: "disable her account, and
 * also the domain admin account she used", "ainsi que le compte administrateur du domaine", "以及她使用的域管理员账户", "oraz
 * konta administratora domeny", "а также учётную запись администратора домена" (target.additional). The leaver's own admin
 * account, "and also her domain admin account adm-dreyes", is part of an offboarding: LEAVER_OWN in the last gap rules it
 * out. Entries are normalised like the text (lower case, no accents).
 */
export const PRIV_COORD_CONCEPTS = {
  /** A coordinator that adds a second object to the verb before it ("as well as", "ainsi que", "oraz", "а также", "以及"). */
  AND_ALSO: [
    "and also", "as well as", "along with", "together with", "plus", "and likewise", "and in addition",
    // de fr es pt it nl pl ru uk
    "sowie", "ebenso", "und auch", "wie auch", "zusammen mit", "ainsi que", "ainsi qu", "de même que", "et aussi", "et également",
    "así como", "y también", "junto con", "al igual que", "assim como", "bem como", "e também", "junto com", "juntamente com",
    "e anche", "nonché", "così come", "insieme a", "en ook", "evenals", "alsmede", "samen met", "oraz", "a także", "jak również", "wraz z",
    "а также", "и также", "вместе с", "а також", "і також", "разом з", "разом із",
    // zh ja ko ar hi tr sv id
    "以及", "及其他", "连同", "連同", "および", "及び", "並びに", "ならびに", "및", "وكذلك", "و كذلك", "وأيضا", "بالإضافة إلى", "إلى جانب",
    "और साथ ही", "के साथ साथ", "तथा", "एवं", "ve ayrıca", "ve de", "yanı sıra", "ile birlikte", "samt", "liksom", "och även", "och också", "tillsammans med",
    "serta", "beserta", "dan juga", "berikut juga",
    // vi da nb fi cs ro el hu
    "cùng với", "và cả", "og også", "sekä", "ja myös", "a také", "spolu s", "precum și", "împreună cu", "καθώς και", "valamint",
  ],
  /** A plain "and" (read only with a privileged account right after it, see target-rules.ts). */
  AND_PLAIN: ["and", "und", "et", "y", "e", "en", "и", "і", "ve", "och", "og", "dan", "và", "和", "と", "及", "و", "और", "및"],
  /**
   * The leaver's own: a possessive pronoun or "own" ("her domain admin account", "son compte administrateur", "她的管理员账号").
   * "女の" is the end of "彼女の", read by notPrecededBy two characters before the account (a wider window would reach "kendi
   * hesabıyla birlikte acil durum hesabını": her own account, then the emergency account beside it).
   */
  LEAVER_OWN: [
    "her", "his", "their", "own", "hers", "ihr", "ihre", "ihren", "ihrem", "ihres", "sein", "seine", "seinen", "seinem", "seines", "eigene*", "son", "sa", "ses", "leur", "leurs", "propre",
    "su", "sus", "propia", "propio", "seu", "sua", "seus", "suas", "dela", "dele", "propria", "proprio", "suo", "suoi", "sue", "haar", "zijn", "eigen",
    "jej", "jego", "swoje", "swój", "swoją", "swoich", "własn*", "её", "его", "свою", "свой", "своё", "свои", "своих", "собственн*", "її", "його", "свій", "своє", "власн*",
    "她的", "他的", "她自己", "他自己", "自己的", "本人的", "彼女の", "女の", "彼の", "本人の", "ご本人の", "自身の", "그녀의", "그의", "본인의", "본인", "자신의",
    "الخاص بها", "الخاص به", "الخاصة بها", "الخاصة به", "उसका", "उसकी", "उसके", "उनका", "उनकी", "उनके", "अपना", "अपनी", "अपने", "onun", "kendi", "kendisinin",
    "hennes", "hans", "sitt", "sin", "sina", "egna", "eget", "miliknya", "sendiri",
  ],
  /** Someone's mailbox or account as a noun ("the CEO's mailbox", "la boîte mail du PDG", "почту генерального директора"). */
  MAILBOX_NOUN: [
    "account", "accounts", "mailbox", "inbox", "email account", "e mail account", "login", "user account", "email",
    "postfach", "konto", "mailkonto", "e mail konto", "boîte mail", "boîte aux lettres", "boîte e mail", "compte", "messagerie", "buzón", "cuenta", "correo",
    "caixa de e mail", "caixa de correio", "caixa postal", "conta", "casella", "casella di posta", "casella email", "mailaccount", "mailbox", "postvak", "skrzynk*", "konto pocztowe",
    "почт*", "почтовый ящик", "учетн* запис*", "ящик", "поштов* скриньк*", "скриньк*", "обліков* запис*", "邮箱", "郵箱", "账号", "帳號", "账户", "帳戶", "メールボックス", "メール", "アカウント",
    "메일 계정", "메일함", "계정", "حساب", "بريد", "البريد", "صندوق البريد", "मेलबॉक्स", "मेल", "अकाउंट", "खाता", "खाते", "hesab*", "posta kutusu*", "e posta*",
    "e postkonto*", "mejlkonto*", "brevlada*", "akun", "akun email", "kotak surat", "surel",
  ],
  /** The action as a noun, asked for ("Proszę o dezaktywację konta X oraz ...", "Bitte um Deaktivierung von X sowie ..."). */
  ACTION_NOUN: [
    "deactivation of", "disabling of", "removal of", "dezaktywację", "dezaktywacja", "blokadę", "usunięcie", "deaktivierung", "sperrung", "löschung", "désactivation",
    "suppression", "desactivación", "baja de", "den de baja", "dad de baja", "dar de baja", "desativação", "disattivazione", "deactivering", "blokkering", "отключение", "деактивацию", "блокировку", "удаление",
    "вимкнення", "деактивацію", "блокування", "inaktivering", "avaktivering", "spärrning", "devre dışı bırakılması", "penonaktifan", "pemblokiran",
  ],
  /** Kept as it is ("leave the service accounts running", "keep the root account"): the opposite of acted on. */
  KEEP: [
    "leave", "keep", "retain", "lassen", "behalten", "laissez", "laisser", "garder", "gardez", "conserver", "conservez", "dejad", "dejen", "dejar", "mantened", "mantengan",
    "conservar", "deixem", "deixar", "mantenham", "manter", "lasciate", "lasciare", "mantenete", "laat", "houd", "behoud", "zostaw*", "pozostaw*", "zachowaj*", "оставьте",
    "оставить", "сохраните", "залиште", "збережіть", "保留", "残して", "維持", "유지", "اترك", "أبق", "behåll", "låt", "biarkan", "pertahankan",
  ],
  /** Added to the request, passive: "the CEO's mailbox should be included as well". */
  INCLUDED_PASSIVE: [
    "be included", "be added", "included", "einbezogen", "mit aufgenommen", "inclus", "incluse", "incluido", "incluida", "incluído", "incluída", "incluso", "inclusa",
    "meegenomen", "uwzględnion*", "включен*", "включити", "включіть", "dahil edilsin", "dahil edin", "inkluderas", "ikut disertakan", "disertakan",
  ],
  /** Removed from a group ("remove her from Domain Admins as well as ..."): words for "from" that are not also "of". */
  REMOVED_FROM: ["from", "aus", "uit", "från", "fra", "из", "から", "从", "從", "에서", "desde"],
  /** A directory group ("as well as the Domain Admins group"): membership, not an account. */
  GROUP_WORD: [
    "group", "groups", "gruppe", "groupe", "grupo", "gruppo", "groep", "grupa", "grupy", "группа", "группы", "группу", "група", "групи", "групу", "组", "組", "グループ", "그룹",
    "مجموعة", "समूह", "grubu", "grubundan", "gruppen", "grup",
  ],
  /** The leaver's access to something ("revoke her access to the finance share as well as the CEO's calendar"). */
  ACCESS_TO: [
    "access to", "delegate access", "delegation", "permissions on", "zugriff auf", "zugang zu", "accès à", "accès au", "acceso a", "acceso al", "acesso a", "acesso ao",
    "accesso a", "accesso al", "toegang tot", "dostęp do", "доступ к", "доступ до", "åtkomst till", "akses ke",
  ],
} as const;
