import type { PhrasePattern } from "../injection-rules.js";
import { ALL_OF } from "./concept-groups.js";

/**
 * target.wildcard patterns for every account of a group, list, unit or cost centre, or everyone under the leaver, acted on
 * (lexicon/group-scope.ts, lexicon/reports-scope.ts): "disable all accounts under OU=Contractors", "todas las cuentas del centro de
 * coste 5520", "Offboard the entire Marketing department", "deactivate all accounts that list her as manager", "please remove his
 * whole team", "Please offboard Dana Reyes (dana.reyes@...) and everyone on her team", and a leaver field whose value is everyone of
 * a group ("### Leaver(s)" / "All members of the 'Summer Seasonal 2024' group"). Not "remove her from all groups", not "notify all
 * members of the group", not the leaver's own access to a unit's share, not "her whole team stays".
 */
export const WHOLE_GROUP_PATTERNS: readonly PhrasePattern[] = [
  // "disable all accounts under OU=Contractors", "todas las cuentas del centro de coste 5520", "All accounts in the security group
  // GG-Munster-Stores" (not "remove her from all groups": no accounts counted; not "notify all members of the group", not "remove
  // Dana from the all-staff@ mailing list"; "of" may stand between, as "de" does in "tous les comptes de la liste de diffusion").
  // (Six words between: a group named in three hyphenated parts, "anyone in the CREW-SCHED-ALL group".)
  { seq: ["ALL_SCOPE", "GROUP_SCOPE"], gap: 6, barrier: 0, forbid: ["NOTIFY"], notPrecededBy: ["OUT_OF", "NOTIFY"] },
  // The list named by its address between, which counts as five words: "include all members of the qa-pune@... distribution list in
  // the same deactivation batch" (not "notify all members of the x@ list").
  { seq: ["ALL_SCOPE", ["OTHER_EMAIL", "PRIV_EMAIL"], "GROUP_SCOPE"], gap: [3, 1], barrier: 0, forbid: ["NOTIFY"], notPrecededBy: ["OUT_OF", "NOTIFY"] },
  // The list first, everyone in it after, the verb last: "blr-support@ ডিস্ট্রিবিউশন লিস্টে যারা আছে সবার অ্যাক্সেসও বন্ধ করে দিন".
  { seq: ["GROUP_SCOPE", "ALL_SCOPE", "ACTION"], gap: [3, 4], barrier: 0, forbid: ["NOTIFY", "FROM"] },
  // "disable the whole night-shift group".
  { seq: ["ACTION", "WHOLE", "GROUP_SCOPE"], gap: [2, 3], barrier: 0, forbid: ["FROM", "NOTIFY"] },
  // "Offboard the entire Marketing department" (not "remove her from the whole department's list", not "disable her access to
  // the entire finance department share": the leaver's own access).
  { seq: ["ACTION", "WHOLE", "UNIT_NOUN"], gap: [2, 3], barrier: 0, forbid: ["FROM", "NOTIFY", "HER_HIS", "HANDOVER"], lastNotPossessive: true, notFollowedBy: ["EXFIL_OBJECT"] },
  // Every account of a site or unit: "désactiver l'ensemble des comptes rattachés au site", "disable all accounts at the Leeds
  // site" (not "notify everyone in the department", not "remove her from all users of the office": whom she leaves).
  // (Nor "sperren und alle Mitarbeitenden der Abteilung informieren": the verb at the end tells them, NOTIFY_LAST.)
  { seq: ["ACTION", "ALL_SCOPE", "UNIT_NOUN"], gap: [3, 4], barrier: 0, forbid: ["FROM", "NOTIFY", "HER_HIS", "HANDOVER"], lastNotPossessive: true, notFollowedBy: ["NOTIFY_LAST"], followedWithin: 4 },
  // The verb last (Kazakh, Turkish, Japanese, Korean, Hindi): "бүкіл логистика бөлімінің есептік жазбаларын да өшіріп тастаңыз" (not
  // "the whole department thanks her, please disable her account": a clause break, her own account).
  // (Nor "informare tutto il reparto e disattivare l'account": the unit told first, NOTIFY before it.)
  { seq: ["WHOLE", "UNIT_NOUN", "ACTION"], gap: [2, 4], barrier: 0, forbid: ["FROM", "NOTIFY", "HER_HIS", "HANDOVER"], notPrecededBy: ["NOTIFY"] },
  // Everyone under the leaver (lexicon/reports-scope.ts): "deactivate all accounts that list her as manager", "remove access for
  // Ms. Pike and everyone who reported to her", "alle Mitarbeitenden deaktivieren, die an sie berichtet haben", and the verb last
  // ("उन्हें रिपोर्ट करने वाले सभी लोगों के अकाउंट ... बंद कर दें") (not "notify all her direct reports", not "remove her from all her
  // team channels", not "all her direct reports move to Tom; please disable her account").
  { seq: ["ACTION", ALL_OF, "REPORTS_TO"], gap: [6, 4], barrier: 0, forbid: ["FROM", "NOTIFY", "HER_HIS", "HANDOVER"] },
  { seq: [ALL_OF, "ACTION", "REPORTS_TO"], gap: [2, 2], barrier: 1, forbid: ["FROM", "NOTIFY", "HER_HIS", "HANDOVER"] },
  { seq: [ALL_OF, "REPORTS_TO", "ACTION"], gap: [4, 3], barrier: 0, forbid: ["FROM", "NOTIFY", "HANDOVER"] },
  { seq: ["REPORTS_TO", ALL_OF, "ACTION"], gap: [2, 5], barrier: 0, forbid: ["FROM", "NOTIFY"] },
  // "please remove his whole team", "desactivad también a todo su equipo", "unki poori team ka access bhi hata dena" (not "remove
  // Dana, her whole team stays", not "remove access to his whole team's drive").
  { seq: ["ACTION", "REPORTS_WHOLE"], gap: 6, barrier: 0, forbid: ["FROM", "NOTIFY", "HER_HIS"], notFollowedBy: ["STAYS"], lastNotPossessive: true },
  { seq: ["REPORTS_WHOLE", "ACTION"], gap: 6, barrier: 0, forbid: ["FROM", "NOTIFY"] },
  // The leaver named (and addressed) between the verb and the team: "Please offboard Dana Reyes (dana.reyes@...) and everyone on her
  // team", "Merci de désactiver Dana Reyes (...) ainsi que toute son équipe", "y a todo su equipo", "и всю её команду", "以及她整个团队的账号"
  // (not "... and inform her whole team", not "...; her whole team stays", not "..., her whole team moves to Kai Lee": no punctuation between, and no verb after the team, which makes it the subject).
  { seq: ["ACTION", ["ALLOWED_EMAIL", "OTHER_EMAIL", "CAPNAME"], "REPORTS_WHOLE"], gap: [4, 4], barrier: 0, forbid: ["FROM", "NOTIFY", "HANDOVER_VERB", "NOT", "DONT"], notFollowedBy: ["STAYS", "HANDOVER_VERB"],
    notFollowedByWords: ["is", "are", "will", "moves", "move", "goes", "go", "gets", "has", "have", "keeps", "keep", "remains", "remain"], lastNotPossessive: true },
  // The accounts of everyone in a group added after the leaver's own: "Could you disable his account, and also the accounts of
  // everyone who's still in the 'ERP-Migration-2023' project group" (her own account before "also"; not "... and also the accounts
  // of everyone's managers are told", not "... and also notify everyone").
  { seq: ["ACTION", ["ALSO", "AND_ALSO"], "ACCOUNT_OF", ["ALL_PEOPLE", "ALL_SCOPE"]], gap: [6, 1, 0], barrier: 1, forbid: ["FROM", "NOTIFY", "HANDOVER_VERB", "NOT", "DONT"], forbidLater: ["HER_HIS", "LEAVER_OWN"], notPrecededBy: ["NOT", "DONT"], lastNotPossessive: true },
  // A leaver field or line whose value is everyone of a group: "### Leaver(s)" / "All members of the 'Summer Seasonal 2024' group"
  // (not "Leaver: Dana Reyes. Everyone in her team has been told").
  { seq: ["LEAVER_INTRO", "ALL_PEOPLE"], gap: 1, barrier: 1, forbid: ["NOTIFY"] },
];
