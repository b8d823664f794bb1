import type { PhrasePattern } from "../injection-rules.js";
import type { Concept } from "../lexicon/index.js";

/** Someone other than the leaver, by name, address or shared privileged login. */
const OTHER: readonly Concept[] = ["CAPNAME", "OTHER_EMAIL", "PRIV_EMAIL", "PRIV_LOGIN"];
/** Not acted on: the leaver's own, handed over, told, removed from, not done. */
const NOT_ACTED: readonly Concept[] = ["HER_HIS", "LEAVER_OWN", "HANDOVER_VERB", "NOTIFY", "FROM", "NOT", "DONT"];
/** A shared, team or administrator account, or a shared privileged login (mark-shared-accounts.ts, mark-service-logins.ts). */
const SHARED: readonly Concept[] = ["TEAM_ACCOUNT", "SHARED_ACCOUNT", "ADMIN_ACCOUNT", "SHARED_PRIV_ACCOUNT", "PRIV_LOGIN"];
/** Not that account acted on: the leaver's own, its password or access, kept, handed over, told, not done. */
const NOT_SHARED_ACTED: readonly Concept[] = ["HER_HIS", "LEAVER_OWN", "HANDOVER_VERB", "NOTIFY", "NOT", "DONT", "PRIV_ACCESS", "KEEP", "ROLE_PERSON"];

/**
 * target.additional patterns for "also" where other languages put it (lexicon/word-order.ts): after the verb and its object,
 * before the person ("revocare gli accessi anche alla sig.ra Deborah Quinn", "revocați accesul și pentru doamna Deborah Quinn"),
 * after the person, joined to a verb that comes last ("bg-admin-blr@… も削除してください"), or before a verb that comes last after
 * an aside or a comma. The English order ("also revoke access for Ms. Deborah Quinn") is target-rules.ts's. Not the leaver's
 * own, not someone handed something or told.
 */
export const WORD_ORDER_PATTERNS: readonly PhrasePattern[] = [
  // The verb, its object, "also", a title and the person: "revocare gli accessi anche alla sig.ra Deborah Quinn" (not "revocare
  // l'accesso anche a Microsoft Teams": no title; not "revocate il suo accesso anche per la sig.ra Rossi", hers).
  { seq: ["ACTION", "ALSO", "PERSON_TITLE", "CAPNAME"], gap: [3, 1, 0], barrier: 0, forbid: NOT_ACTED, notPrecededBy: ["NOT", "DONT", "NEGATION"] },
  // The person or address, then "too" joined to the verb: "svc-payments-prod@… も入れてください", "x@ de silinsin".
  { seq: [OTHER, "TOO_ACTION"], gap: 1, barrier: 0, forbid: NOT_ACTED },
  // The person or address, then "the same" (Japanese "も同様に"): "Sari Lestari（x@）も同様にお願いします", "Aditi Sharma も同じ削除バッチに
  // 入れてください" (the English order, "same for Sari Lestari (x@)", is target-rules.ts's).
  { seq: [["CAPNAME", "OTHER_EMAIL"], "SAME_FOR"], gap: 1, barrier: 0, forbid: [...NOT_ACTED, "ROLE_PERSON"] },
  // Someone else named, leaving around the same time, then "the same for him", where "also" stands far before the name or after
  // it: "Anche il suo compagno di tirocinio Josh Reid dovrebbe finire più o meno in quei giorni, quindi stessa cosa per lui", "Josh
  // Reid de sanırım … o tarihlerde bitiriyor, onun için de aynısı" (the English order, "Josh Reid is also wrapping up around then,
  // so same for him", is related-person-rules.ts's; not "Kai Lee leaves next month and will file his own request").
  { seq: ["CAPNAME", "LEAVING_LATER", "SAME_FOR"], gap: [4, 3], barrier: 1, forbid: ["HANDOVER_VERB", "NOTIFY", "FILE_VERB", "NOT", "DONT", "STAYS"], forbidFirst: ["HER_HIS", "LEAVER_OWN"] },
  // Someone's account, an aside about them, then "also" and the verb last (Dutch, German): "het account van Anouk Visser, die ook
  // bij het project zat, eveneens blokkeren", "das Konto von Jonas Weber bitte ebenfalls sperren" (the English order, "also disable
  // the account of Jonas Weber", is target-rules.ts's; not "das Konto ihres Vertreters …": a possessive, the leaver's own; "her" may
  // stand in the aside, "der mit ihr im Projekt war").
  { seq: ["ACCOUNT_OF", ["CAPNAME", "OTHER_EMAIL", "PRIV_EMAIL"], "ALSO", "ACTION"], gap: [2, 10, 1], barrier: 1, forbid: ["HANDOVER_VERB", "NOTIFY", "NOT", "DONT", "ROLE_PERSON", "HANDOVER"],
    forbidFirst: ["HER_HIS", "LEAVER_OWN", "FROM"], notPrecededBy: ["HER_HIS", "LEAVER_OWN", "HANDOVER_VERB"] },
  // A shared login written as an address, its domain between (the address may be the one intake takes for the target).
  { seq: ["PRIV_LOGIN", "TOO_ACTION"], gap: 4, barrier: 0, forbid: NOT_ACTED },
  // Everyone of a group, what they share, then the verb last (Dutch, German): "Gewoon iedereen met 'stagiair' in de functietitel
  // uitschakelen", "iedereen op de DL crew-sched-cdg@… uitschakelen" (the English order, "disable everyone with …", is target-rules.ts's;
  // not "iedereen in het team is op de hoogte; haar account uitschakelen": a clause break, hers; not "iedereen informeren"; not
  // "본인 계정 전부 비활성화 전에 …", all of her own accounts).
  // (Nor "remove from magazines-editorial and all-staff groups⏎- wipe the MacBook": a group of that name, GROUP_WORD between.)
  { seq: ["ALL_PEOPLE", "ACTION"], gap: 8, barrier: 0, forbid: [...NOT_ACTED, "HANDOVER", "SUBCLAUSE", "STAYS", "GROUP_WORD", "GROUP_SCOPE"], firstNotPossessive: true, notPrecededBy: ["NOTIFY", "HANDOVER_VERB", "LEAVER_OWN", "HER_HIS"], notFollowedBy: ["LEAVER_OWN", "PRIV_ACCESS"] },
  // A shared login as an address, its account "too", then who it goes with and "add" last: "svc-payments-prod@… hesabını da Tejas
  // Kulkarni'nin çıkış işlemine ekler misiniz" (the English order, "include svc-payments-prod@… in his offboarding too", is
  // priv-login-rules.ts's).
  { seq: ["PRIV_LOGIN", "ALSO", "ADD_TO"], gap: [4, 6], barrier: 0, forbid: NOT_SHARED_ACTED },
  // A shared account named, then "also", "as part of her leaving" and the verb last: "den gemeinsamen helpdesk-admin-Account
  // benutzt, also bitte den auch im Rahmen ihres Austritts deaktivieren" (the English order is priv-login-rules.ts's).
  { seq: [SHARED, "ALSO", "WITH_LEAVING", "ACTION"], gap: [12, 1, 1], barrier: 1, forbid: NOT_SHARED_ACTED, notPrecededBy: ["HER_HIS", "LEAVER_OWN", "FROM"] },
  // A shared login, a place it serves ("de la salle des photocopieurs": the "de" is no "from" there), a comma, then the verb and
  // "too": "l'identifiant partagé 'hf-scanadmin' de la salle des photocopieurs, vous pouvez le désactiver aussi" (not "remove her
  // from hf-scanadmin too": "from" before the login; not "… supprimez-le de ses groupes aussi": "from" after the verb).
  { seq: ["PRIV_LOGIN", "ACTION", "ALSO"], gap: [12, 1], barrier: 1, forbid: NOT_SHARED_ACTED, forbidLater: ["FROM"], notPrecededBy: ["FROM"] },
];
