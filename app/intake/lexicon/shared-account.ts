/**
 * Accounts a team or a system uses, which no leaver owns: a shared, station, kiosk or duty login, a system's deploy, CI or owner
 * account (target.additional, rules/shared-account-rules.ts; a team word and an account noun in one phrase are marked TEAM_ACCOUNT by mark-shared-accounts.ts). "While you're at it, please
 * also disable the station login and the shared duty manager account", "desactivad también la cuenta compartida de la planta 3",
 * "共享班组账号…也一起停用". Disabling one with the leaver's accounts locks out everyone on the shift; a team rotates its password
 * instead. Entries are normalised like the text (lower case, no accents).
 */
export const SHARED_ACCOUNT_CONCEPTS = {
  /**
   * A word that makes the account next to it a team's (mark-shared-accounts.ts joins it to ACCOUNT_NOUN up to three words after
   * it, "shared duty manager account", or, in the languages that put it after the noun, right after: "cuenta compartida").
   */
  SHARED_ADJ: [
    "shared", "generic", "communal", "station", "kiosk", "duty", "shift",
    "gemeinsam*", "geteilt*", "gemeinschaftlich*", "generisch*",
    "partage", "partagee", "partages", "partagees", "commun", "commune", "generique",
    "compartida", "compartido", "compartidas", "compartidos", "generica", "generico", "de turno",
    "compartilhada", "compartilhado", "partilhada", "partilhado", "do turno",
    "condiviso", "condivisa", "condivisi", "di turno",
    "gedeeld", "gedeelde", "gemeenschappelijk*", "generiek*",
    "wspoln*", "wspoldzielon*", "zmianow*",
    "общ*", "сменн*", "спільн*", "змінн*",
    "共享", "公用", "共用", "通用", "班组", "共有", "汎用",
    "공용", "공유", "공동",
    "مشترك", "المشترك", "مشتركة", "المشتركة",
    "साझा", "शेयर्ड", "कॉमन",
    "ortak", "paylasilan", "paylasimli", "vardiya",
    "delad*", "gemensam*", "skift*",
    "bersama", "umum",
  ],
  /** An account or login as the noun SHARED_ADJ makes a team's (not a mailbox: "the shared mailbox" is where a leaver's mail goes). */
  ACCOUNT_NOUN: [
    "account", "accounts", "login", "logins", "logon", "user account", "konto", "kontot", "kontoen", "kontona", "konten", "compte", "comptes",
    "cuenta", "cuentas", "usuario", "conta", "contas", "utenza", "utenze",
    "учетную запись", "учетная запись", "учетной записи", "учетные записи", "учетку", "учетка", "учетки", "аккаунт", "аккаунты", "аккаунта",
    "обліковий запис", "облікового запису", "облікові записи", "акаунт", "акаунти", "акаунта",
    "账号", "账户", "帳號", "帳戶", "アカウント", "계정*", "حساب", "الحساب", "अकाउंट", "खाता", "खाते", "hesab*", "akun",
  ],
  /**
   * A team's or a system's account named by one word or a fixed phrase: compounds ("Schichtkonto", "skiftkontot", "filiaalaccount"),
   * and a system's own accounts ("deploy account", "CI account", "owner account", "override login").
   */
  SHARED_ACCOUNT: [
    "deploy account", "deployment account", "ci account", "ci deploy account", "pipeline account", "build account", "owner account", "owner login", "store owner account", "override login",
    "group account", "team login", "kiosk user",
    "schichtkonto*", "stationskonto*", "sammelkonto*", "gruppenkonto*", "funktionskonto*", "teamkonto*", "kioskkonto*",
    "filiaalaccount*", "teamaccount*", "groepsaccount*", "functieaccount*",
    "skiftkonto*", "gruppkonto*",
    "compte generique", "compte de groupe", "cuenta generica", "cuenta de grupo", "conta generica", "account di gruppo",
  ],
  /**
   * A mailbox a team or a function uses, which no leaver owns (rules/shared-mailbox-rules.ts): "the shared mailbox x@",
   * "das Funktionspostfach x@", "el buzón compartido x@". Disabling one with the leaver's account cuts the team off its mail.
   */
  SHARED_MAILBOX: [
    "shared mailbox", "shared inbox", "shared mail box", "team mailbox", "team inbox", "group mailbox", "functional mailbox", "function mailbox", "generic mailbox", "department mailbox",
    "funktionspostfach*", "gruppenpostfach*", "sammelpostfach*", "teampostfach*", "abteilungspostfach*", "gemeinsames postfach", "gemeinsame postfach", "geteiltes postfach", "geteilte postfach",
    "boîte partagée", "boîte mail partagée", "boîte aux lettres partagée", "boîte fonctionnelle", "boîte mail fonctionnelle", "boîte générique", "boîte aux lettres fonctionnelle",
    "buzón compartido", "buzón de correo compartido", "buzón genérico", "buzón de grupo", "buzón del equipo", "buzón departamental",
    "caixa compartilhada", "caixa partilhada", "caixa de correio compartilhada", "caixa de correio partilhada", "caixa postal compartilhada", "caixa de e-mail compartilhada",
    "casella condivisa", "casella di posta condivisa", "casella funzionale", "casella di gruppo", "mailbox condivisa",
    "gedeelde mailbox", "gedeelde postbus", "functionele mailbox", "teammailbox", "groepsmailbox",
    "wspólna skrzynka", "wspólną skrzynkę", "współdzielona skrzynka", "współdzieloną skrzynkę", "skrzynka współdzielona", "skrzynkę współdzieloną", "skrzynkę funkcyjną", "skrzynka funkcyjna",
    "общий почтовый ящик", "общий ящик", "общую почту", "спільну поштову скриньку", "спільна поштова скринька", "спільну скриньку",
    "delad brevlåda", "delade brevlådan", "funktionsbrevlåda*", "delt postkasse", "fælles postkasse", "felles postkasse", "funktionspostkasse*", "jaettu postilaatikko", "jaetun postilaatikon",
    "paylaşılan posta kutusu", "ortak posta kutusu", "共有メールボックス", "共有メールアドレス", "共享邮箱", "公共邮箱", "共享信箱", "공유 사서함", "공용 메일함", "공유 메일함",
    "صندوق البريد المشترك", "البريد المشترك", "साझा मेलबॉक्स", "शेयर्ड मेलबॉक्स",
  ],
} as const satisfies Record<string, readonly string[]>;
