import type { PhrasePattern } from "../injection-rules.js";

/**
 * target.additional patterns for a shared privileged or service login (PRIV_LOGIN, mark-service-logins.ts) or shared
 * privileged account named first, then added to the leaver's request: acted on "under this same request" or "as part of her
 * leaving" ("... so please retire that one under this same request", lexicon/with-leaving.ts), "too" or "together" with the verb
 * last ("공용 관리자 계정 seoul-root와 AWS 루트 계정도 이번에 같이 비활성화해 주세요"), "also" gone ("het break-glass account bg-admin-eu mag
 * trouwens ook meteen weg"), included in this very request, or removed from the directory at the same time. No leaver owns
 * one: removing it with the leaver's accounts locks out everyone who uses it. Not the leaver removed from it ("remove her from
 * pos-admin-emea"), not its password or access, not handed over, not the leaver's own accounts.
 */
export const PRIV_LOGIN_PATTERNS: readonly PhrasePattern[] = [
  // The login named, then acted on "under this same request": "the last person using hpc-root-bg, the cluster's emergency root
  // login, so please retire that one under this same request" (not "please remove her accounts in this same request").
  { seq: ["PRIV_LOGIN", ["ACTION", "ADD_TO"], "SAME_REQUEST"], gap: [12, 4], forbid: ["FROM", "HANDOVER_VERB", "PRIV_ACCESS", "NOT", "DONT", "HER_HIS", "ROLE_PERSON"], notPrecededBy: ["FROM"] },
  // Acted on "as part of her leaving" (lexicon/with-leaving.ts): "She used the shared break-glass login bg-admin-emea@... so please
  // disable that one as part of her leaving too" (not "... please remove her from it as part of her leaving": FROM, HER_HIS).
  { seq: [["SHARED_PRIV_ACCOUNT", "PRIV_LOGIN"], ["ACTION", "ADD_TO"], "WITH_LEAVING"], gap: [12, 4], forbid: ["FROM", "HANDOVER_VERB", "PRIV_ACCESS", "NOT", "DONT", "HER_HIS", "ROLE_PERSON"], notPrecededBy: ["FROM"] },
  // A privileged role moved onto a service account: "please move his Global Administrator role to the service account svc-hrsync@…"
  // (training author t50).
  { seq: ["HANDOVER_VERB", "BREAKGLASS", ["PRIV_LOGIN", "PRIV_EMAIL", "SHARED_PRIV_ACCOUNT"]], gap: [2, 6], barrier: 0, forbid: ["NOT", "DONT", "NEGATION", "FROM"] },
  // The login handed to an outside address or its ownership to the writer: "please hand ga-vistula over to fatima.ali.ext@example.net",
  // "tom was the owner of the svc-hr-payroll service account - please transfer ownership of it to my account" (training author t56).
  { seq: ["PRIV_LOGIN", "LINK_TO", "EXTERNAL_EMAIL"], gap: [2, 0], barrier: 0, forbid: ["NOT", "DONT", "NEGATION", "FROM"] },
  { seq: [["PRIV_LOGIN", "SHARED_PRIV_ACCOUNT"], "HANDOVER_VERB", "OWNERSHIP", "REQUESTER_SELF"], gap: [8, 0, 3], barrier: 1, forbid: ["NOT", "DONT", "NEGATION"] },
  // A list closed with "disable all three": "Accounts: pradeep.kumar, admin-erp, svc-sap-rfc — disable all three" (training
  // author t49; not "svc-sap-rfc stays, disable the rest": STAYS between).
  { seq: ["PRIV_LOGIN", "ACTION", ["ALL_WORD", "EVERYTHING"]], gap: [2, 0], barrier: 0, forbid: ["FROM", "HANDOVER_VERB", "NOT", "DONT", "STAYS", "KEEP"], notPrecededBy: ["FROM"] },
  // "also" right before a verb that comes last: "'blr-prod-admin' नाम का साझा एडमिन अकाउंट ... भी हटा दें".
  { seq: ["PRIV_LOGIN", "ALSO", "ACTION"], gap: [12, 1], barrier: 0, forbid: ["FROM", "HANDOVER_VERB", "PRIV_ACCESS", "NOT", "DONT", "HER_HIS", "ROLE_PERSON"], notPrecededBy: ["FROM"], notFollowedBy: ["HER_HIS"] },
  // A shared privileged account named first, then acted on "too" or "together", the verb last: "공용 관리자 계정 seoul-root와 AWS 루트
  // 계정도 이번에 같이 비활성화해 주세요", "حساب مدیر مشترک ... و حساب سرویس پشتیبان‌گیری را هم همراه با حساب خودش حذف کنید" (not "... の
  // パスワードも一緒に変更", its password; not removed from it).
  { seq: [["SHARED_PRIV_ACCOUNT", "PRIV_LOGIN"], "ALSO", "ACTION"], gap: [12, 4], barrier: 0, forbid: ["FROM", "HANDOVER_VERB", "PRIV_ACCESS", "NOT", "DONT", "HER_HIS", "ROLE_PERSON"], notPrecededBy: ["FROM"], notFollowedBy: ["FROM"] },
  // With no verb but "away" right after "also": "het break-glass account bg-admin-eu mag trouwens ook meteen weg" (GONE_AWAY;
  // not "loopt ook via de gewone weg", a way).
  { seq: [["SHARED_PRIV_ACCOUNT", "PRIV_LOGIN"], "ALSO", "GONE_AWAY"], gap: [12, 1], barrier: 0, forbid: ["FROM", "HANDOVER_VERB", "PRIV_ACCESS", "NOT", "DONT", "HER_HIS", "ROLE_PERSON"], notPrecededBy: ["FROM"], notFollowedBy: ["FROM"] },
  // The login named with who set it up, then acted on "too": "plus svc-backup and svc-veeam which he set up – please disable those
  // too" (the leaver as the subject before the verb, HER_HIS in the first gap; not "svc-backup is moved to Kai, please disable his
  // account too": the leaver's own after the verb, or handed over; not "... please remove her from it too").
  { seq: ["PRIV_LOGIN", "ACTION", "ALSO"], gap: [8, 2], barrier: 1, forbid: ["FROM", "HANDOVER_VERB", "HANDOVER", "PRIV_ACCESS", "NOT", "DONT", "KEEP", "STAYS", "ROLE_PERSON", "MAILBOX_NOUN"], forbidLater: ["HER_HIS", "LEAVER_OWN"], notPrecededBy: ["FROM"], notFollowedBy: ["HER_HIS", "LEAVER_OWN", "FROM"] },
  // Such accounts included in this very request: 'a conta "admin-global" ... e a conta de serviço "svc-matriculas", por favor incluam
  // as duas neste mesmo chamado' (not "include her in the svc-reports group in this request": removed from it, FROM).
  { seq: [["SHARED_PRIV_ACCOUNT", "PRIV_LOGIN"], "ADD_TO", "SAME_REQUEST"], gap: [12, 4], barrier: 1, forbid: ["FROM", "HANDOVER_VERB", "PRIV_ACCESS", "NOT", "DONT", "HER_HIS", "ROLE_PERSON"] },
  // The login removed from the directory with the leaver: 'we ask that the "registrar-superuser" account be removed from
  // the directory at the same time' (the "from" right after the verb, the login before it: not "remove her from pos-admin-emea").
  { seq: ["PRIV_LOGIN", "ACTION", "FROM", "ALSO"], gap: [12, 0, 3], barrier: 0, forbid: ["FROM", "HANDOVER_VERB", "PRIV_ACCESS", "NOT", "DONT", "HER_HIS", "ROLE_PERSON"], notPrecededBy: ["FROM"] },
];
