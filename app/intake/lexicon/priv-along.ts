/**
 * Concepts for a shared, service or administrator account removed with the leaver's own (target.additional,
 * rules/priv-along-rules.ts). Entry syntax as in override.ts.
 */
export const PRIV_ALONG_CONCEPTS = {
  /** With the leaver or her own account: "needs to go with her", "junto con su usuario", "en même temps que son compte personnel". */
  WITH_LEAVER_ACCOUNT: [
    "with her", "with him", "go with her", "go with him", "along with her", "along with him", "together with her", "together with him", "with her own account", "with his own account",
    // With the rest of the leaver's accounts, in a list of them: "svc-corebank-eod (created under his name, please disable with the rest)".
    "with the rest", "along with the rest", "together with the rest", "with the rest of her accounts", "with the rest of his accounts", "with her other accounts", "with his other accounts",
    "along with her account", "along with his account", "alongside her account", "alongside his account", "at the same time as her account", "at the same time as his account",
    "junto con su usuario", "junto con su cuenta", "junto con él", "junto con ella", "al mismo tiempo que su cuenta", "en même temps que son compte", "avec son compte", "en même temps que lui", "en même temps qu elle",
    "zusammen mit ihrem konto", "zusammen mit seinem konto", "mit ihrem konto", "mit seinem konto", "gleichzeitig mit ihrem konto", "gleichzeitig mit seinem konto", "samen met haar account", "samen met zijn account",
    "insieme al suo account", "insieme alla sua utenza", "junto com a conta dela", "junto com a conta dele", "junto com o usuário dela", "junto com o usuário dele", "razem z jej kontem", "razem z jego kontem",
    "вместе с её учётной записью", "вместе с его учётной записью", "вместе с ней", "вместе с ним", "разом з її обліковим записом", "разом з його обліковим записом", "hesabıyla birlikte",
    "彼女のアカウントと一緒に", "彼のアカウントと一緒に", "和她的账号一起", "和他的账号一起", "그녀의 계정과 함께", "그의 계정과 함께", "مع حسابها", "مع حسابه", "उनके खाते के साथ",
  ],
  /** Removal verbs where ACTION lacks the form: "denlas de baja", "өшіріңіздер", Tigrinya "ይዕጾ". */
  REMOVE_PRIV: [
    "denlas de baja", "denla de baja", "denlo de baja", "denlos de baja", "dénlas de baja", "dénlos de baja", "den de baja", "deles baixa", "dê baixa",
    "өшіріңіз*", "өшіріп", "жабыңыз*", "бұғаттаңыз*", "eemaldage", "sulgege", "ይዕጾ", "ዕጸውዎ", "ዕጸዉ", "停止", "無効化",
  ],
  /**
   * A short label whose value lists what the request removes: "Systems: AD, email, Intune, and the breakglass-admin account", "Scope:
   * personal account, plus ... qf-da-shared" (rules/priv-field-rules.ts; the label ends at its colon, LABEL_VALUE).
   */
  ACCESS_FIELD: [
    "systems", "system access", "accounts", "accounts to disable", "accounts to remove", "access to remove", "scope", "access", "accesses", "to remove", "to disable",
    "systeme", "konten", "zugänge", "zugaenge", "systèmes", "comptes", "accès", "sistemas", "cuentas", "accesos", "contas", "acessos", "sistemi", "utenze", "accessi",
    "systemen", "toegang", "systemy", "konta", "dostępy", "системы", "учетные записи", "доступы",
  ],
  /**
   * An account no person owns, named by its kind: break-glass, emergency, root, service (not "super admin" or "domain admin", which
   * also name a leaver's own role or admin login: "adm-rokonjo (Okta super admin)").
   */
  NOBODYS_ACCOUNT: [
    "break glass", "breakglass", "emergency access account", "emergency account", "emergency login", "emergency admin", "firecall", "firefighter account", "root account", "root user", "root login",
    "service account", "service login", "service principal", "shared admin account", "shared administrator account", "shared admin login",
    "notfallkonto*", "notfall konto*", "dienstkonto*", "compte d urgence", "compte de secours", "compte de service", "compte root", "cuenta de emergencia", "cuenta de servicio", "cuenta root", "usuario root",
    "conta de emergência", "conta de serviço", "conta root", "account di emergenza", "account di servizio", "utenza root", "noodaccount*", "serviceaccount*", "konto awaryjne", "konto serwisowe", "konto root",
  ],
  /** A domain or system administrator account, in languages BREAKGLASS lacks (et kk lt lv). */
  ADMIN_MORE: [
    "domeeni administraatori konto", "administraatori konto", "süsteemiadministraatori konto", "жүйелік әкімші аккаунт*", "әкімші аккаунт*", "domeno administratoriaus paskyr*", "domēna administratora kont*",
  ],
} as const satisfies Record<string, readonly string[]>;
