/**
 * Concepts for a shared, service or administrator account removed with the leaver's own (target.additional,
 * rules/priv-along-rules.ts). Entry syntax as in override.ts.
 */
export const PRIV_ALONG_CONCEPTS = {
  /** With the leaver or her own account: "needs to go with her", "junto con su usuario", "en même temps que son compte personnel". */
  WITH_LEAVER_ACCOUNT: [
    "with her", "with him", "go with her", "go with him", "along with her", "along with him", "together with her", "together with him", "with her own account", "with his own account",
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
  /** A domain or system administrator account, in languages BREAKGLASS lacks (et kk lt lv). */
  ADMIN_MORE: [
    "domeeni administraatori konto", "administraatori konto", "süsteemiadministraatori konto", "жүйелік әкімші аккаунт*", "әкімші аккаунт*", "domeno administratoriaus paskyr*", "domēna administratora kont*",
  ],
} as const satisfies Record<string, readonly string[]>;
