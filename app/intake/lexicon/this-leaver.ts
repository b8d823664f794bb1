/**
 * A privileged account folded into the leaver's request (target.additional, rules/this-leaver-rules.ts): "Please include the
 * tenant admin account adm-global01@ in this offboarding", "the shared 'fra-basemgr' admin login ... Please remove that as part
 * of this ticket too", "the shared hpc-root login and the cu-da-ops domain admin account ..., can you fold both into her
 * leaver", "incluid también la cuenta de administrador del dominio". Normalised like the text (lower case, no accents).
 */
export const THIS_LEAVER_CONCEPTS = {
  /** This request, ticket or leaver, as what more is put into ("as part of this ticket", "into her leaver", "dans le cadre de ce départ"). */
  PART_OF_THIS: [
    "as part of this ticket", "as part of this request", "as part of this leaver", "as part of this offboarding", "as part of this exit", "as part of the leaver", "as part of her leaver",
    "as part of his leaver", "as part of her offboarding", "as part of his offboarding", "as part of their offboarding", "as part of the offboarding", "as part of this leaver ticket",
    "into her leaver", "into his leaver", "into this leaver", "into the leaver", "into her offboarding", "into his offboarding", "into this offboarding", "into this ticket", "into the same ticket",
    "with this leaver", "with this ticket", "with this offboarding", "under this ticket", "under this request", "under this leaver", "in this leaver", "in this leaver ticket", "in this ticket",
    "to this offboarding", "to this leaver", "to this request",
    // es fr de pt it nl pl
    "en esta baja", "como parte de esta baja", "dentro de esta baja", "con esta baja", "en la misma baja", "en esta solicitud de baja",
    "dans ce départ", "dans le cadre de ce départ", "avec ce départ", "dans ce ticket", "dans cette demande de départ", "dans le même ticket",
    "in diesem ticket", "im selben ticket", "im gleichen ticket", "mit diesem austritt", "im rahmen dieses austritts", "in diesem austritt", "mit diesem ticket",
    "neste desligamento", "como parte deste desligamento", "nesta saída", "com este desligamento", "no mesmo chamado",
    "in questa uscita", "nell ambito di questa uscita", "in questo ticket", "con questa uscita", "nella stessa pratica",
    "in dit ticket", "bij deze uitdiensttreding", "in deze uitdiensttreding", "met deze uitdiensttreding", "in hetzelfde ticket",
    "w ramach tego odejścia", "w tym zgłoszeniu", "przy tym odejściu", "w tym samym zgłoszeniu",
    // ru uk sv da nb tr
    "в рамках этой заявки", "в этой заявке", "в рамках этого увольнения", "в рамках цієї заявки", "у цій заявці", "в цій заявці",
    "som en del av detta ärende", "i samma sak", "i samme sak", "i denne sag", "i denne saken", "som en del af denne sag", "som en del av denne saken",
    "bu talep kapsamında", "bu çıkış kapsamında", "bu ayrılış kapsamında", "bu işten çıkış kapsamında",
    // zh ja ko ar hi
    "在这次离职中", "在本次离职中", "在这个工单里", "在本工单中", "这次离职一并", "この退職申請で", "この申請に含めて", "このチケットで", "この退職処理で",
    "이번 퇴사 건에", "이번 퇴사 처리에", "이 티켓에서", "이번 티켓에", "ضمن هذا الطلب", "في إطار هذا الطلب", "ضمن طلب المغادرة هذا", "इसी टिकट में", "इस ऑफबोर्डिंग में", "इसी अनुरोध में",
  ],
  /**
   * An administrator account or login named as such, not the leaver's own by a possessive (rules read it with no "her"/"his"
   * before it): "the tenant admin account", "the BMS administrator login", "la cuenta de administrador", "le compte administrateur".
   */
  ADMIN_ACCOUNT: [
    "admin account", "admin accounts", "admin login", "admin logins", "console account", "console accounts", "console login", "management console account", "administrator account", "administrator accounts", "administrator login", "administrator logins", "admin user", "administrator user",
    "cuenta de administrador", "cuenta de admin", "cuenta admin", "cuenta administradora", "compte administrateur", "compte admin", "compte d administrateur", "compte d admin",
    "admin konto", "adminkonto", "administratorkonto", "administrator konto", "conta de administrador", "conta admin", "conta de admin", "account amministratore", "account di amministratore", "account admin",
    "beheerdersaccount", "beheeraccount", "adminaccount", "konto administratora", "konto admina", "konto administracyjne",
    "учетную запись администратора", "учётную запись администратора", "учетная запись администратора", "учётная запись администратора", "админский аккаунт", "админскую учетку", "админскую учётку",
    "обліковий запис адміністратора", "адмінський акаунт", "administratörskonto", "adminkontot", "administratorkontoen", "adminkontoen", "yönetici hesabı", "admin hesabı",
    "管理员账号", "管理员账户", "管理員帳號", "管理者アカウント", "管理者用アカウント", "관리자 계정", "حساب المسؤول", "حساب المدير", "حساب الادمن", "एडमिन अकाउंट", "एडमिन खाता",

    // The administrator user and its inflected forms (es pt it sv tr id ko)
    "usuario administrador", "usuário administrador", "utente amministratore", "utenza amministratore", "utenza di amministratore", "admin kontot", "yönetici hesab*", "admin hesab*",
    "akun admin", "akun administrator", "관리자 계정*",
  ],
  /** Folding more into the request, as a verb ("can you fold both into her leaver", "roll it into this ticket"). */
  FOLD_VERB: ["fold", "roll", "bundle", "lump", "tack", "throw", "merge"],
} as const satisfies Record<string, readonly string[]>;
