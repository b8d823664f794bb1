import type { PhrasePattern } from "../injection-rules.js";
import type { Concept } from "../lexicon/index.js";

/** A team's or a system's account, or an administrator account named with no possessive (lexicon/shared-account.ts, this-leaver.ts). */
const TEAM_OR_ADMIN: readonly Concept[] = ["TEAM_ACCOUNT", "SHARED_ACCOUNT", "ADMIN_ACCOUNT"];
/** The leaver's own, handed over, not done, kept, or someone's access or password rather than the account (NOT_KEPT); or removed from it. */
const NOT_KEPT: readonly Concept[] = ["HER_HIS", "LEAVER_OWN", "HANDOVER_VERB", "NOT", "DONT", "PRIV_ACCESS", "KEEP", "NOTIFY"];
const NOT_ADDED: readonly Concept[] = [...NOT_KEPT, "FROM"];

/**
 * A team's account or an administrator account acted on "also", "too" or "while you're at it" beside the leaver (part of
 * target.additional): "while you're at it, please also disable the station login and the shared duty manager account",
 * "please also disable the LIMS admin account", "desactivad también la cuenta compartida de la planta 3", "désactiver aussi le
 * compte partagé de la station", "Заодно отключите общую учётную запись", and the verb last: "共享班组账号和SCADA管理员账号也一起停用",
 * "공용 계정과 HMI 관리자 계정도 같이 비활성화해 주세요", "साझा शिफ्ट अकाउंट और SCADA एडमिन अकाउंट भी बंद कर दें". A shift's shared login
 * is used by everyone on the shift: the leaver's exit is a reason to rotate its password, not to disable it. Not the leaver's own
 * ("also disable his admin account": a possessive between), not its password ("also reset the shared kiosk login's password"),
 * not "the kiosk account stays, please don't disable it", not "remove her from the shared login".
 */
export const SHARED_ACCOUNT_PATTERNS: readonly PhrasePattern[] = [
  { seq: [["ALSO", "ALSO_STRONG"], "ACTION", TEAM_OR_ADMIN], gap: [3, 5], forbid: NOT_ADDED, notPrecededBy: ["NOT", "DONT"], notFollowedBy: ["PRIV_ACCESS", "LEAVER_OWN"], followedWithin: 2 },
  { seq: ["ACTION", "ALSO", TEAM_OR_ADMIN], gap: [2, 5], forbid: NOT_ADDED, notPrecededBy: ["NOT", "DONT"], notFollowedBy: ["PRIV_ACCESS", "LEAVER_OWN"], followedWithin: 2 },
  // The verb last: "bei der Gelegenheit auch das Schichtkonto ... sperren", "ついでに病棟の共有アカウントと…管理者アカウントも無効化".
  // (Removed from it only before the account: after it, Turkish "da" is "too", "hesabını da kapatın".)
  { seq: [["ALSO", "ALSO_STRONG"], TEAM_OR_ADMIN, "ACTION"], gap: [6, 12], barrier: 0, forbid: NOT_KEPT, forbidFirst: ["FROM"] },
  // A comma may stand before "also" ("… den gemeinsamen Login 'hf-scanadmin' benutzt, könnt ihr den auch deaktivieren", "…ので、そっちも
  //無効化"), not "the shared kiosk login is rotated by IT; also disable her own account": her account after the verb.
  { seq: [TEAM_OR_ADMIN, "ALSO", "ACTION"], gap: [12, 4], barrier: 1, forbid: NOT_KEPT, notPrecededBy: ["HER_HIS", "LEAVER_OWN", "FROM"], notFollowedBy: ["HER_HIS", "LEAVER_OWN"], followedWithin: 3 },
  // Named first, acted on "too" in its sentence: "her old team's shared login for the crew scheduling system, can you kill that too".
  { seq: [TEAM_OR_ADMIN, "ACTION", "ALSO"], gap: [12, 3], forbid: NOT_ADDED, notPrecededBy: ["HER_HIS", "LEAVER_OWN", "FROM"], notFollowedByWords: ["as"] },
];
