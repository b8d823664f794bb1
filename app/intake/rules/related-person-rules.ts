import type { PhrasePattern } from "../injection-rules.js";

/**
 * target.additional patterns for someone tied to the leaver (an assistant, an intern, the leaver's manager;
 * lexicon/extra-person.ts, lexicon/leaver-boss.ts) or another person named, added beside the leaver: given the request's
 * treatment ("Same treatment for Nadia Farah (EMP 50781) please", "same for his intern Lucas Moreau"), acted on "too" or
 * "also" ("Her assistant Tom Berg can be removed too", "please also disable her line manager's account"), removed in the same
 * go ("Bilal Ahmed's access can go at the same time", "Desactivad al mismo tiempo la cuenta de Tomás Ruiz"), added because
 * their place depended on the leaver ("they were only ever here because of him"), named under a heading for more accounts,
 * or acted on because they leave later ("also please remove for Zhao Jun, he is same team and will leave next month"). Not
 * someone told, handed something or removed from a list ("also tell her assistant", "also remove her assistant from the
 * shared mailbox"), not the leaver's own things ("same for her assistant's calendar access").
 */
export const RELATED_PERSON_PATTERNS: readonly PhrasePattern[] = [
  // The request's treatment applied to someone named right after: "Same process please apply to Mr. Nikhil Bansal also",
  // "Same treatment for Nadia Farah (EMP 50781) please", "Samma åtgärd för: Jonas Ek", "نفس الإجراء لـ: عمر فاروق" (the
  // value of a label). (Not "same process as for Tom Berg last year": "as" a comparison; not "same for her laptop".)
  { seq: ["SAME_TREATMENT", ["CAPNAME", "OTHER_EMAIL", "LABEL_VALUE"]], gap: 5, forbid: ["HER_HIS", "AS_COMPARE", "HANDOVER_VERB"], lastNotPossessive: true },
  // Someone tied to the leaver given the same treatment or acted on too (lexicon/extra-person.ts): "same for his intern Lucas
  // Moreau", "Please also do the same for his assistant Miss Blessing Uche", "I would also be grateful if you could remove access
  // for her research assistant, Mr. Callum Dyer" (not "same for her assistant's calendar access", not "also remove her assistant
  // from the shared mailbox", not "also tell her assistant").
  { seq: [["SAME_FOR", "SAME_TREATMENT"], "RELATED_PERSON"], gap: 2, barrier: 0, lastNotPossessive: true, notFollowedBy: ["FROM", "HANDOVER_VERB"] },
  // The verb first, "also that of" the related person: "Please remove his access and also that of his trainee, Leo Brandt (x@)"
  // (training author t50; not "and also tell his trainee": NOTIFY).
  { seq: ["ACTION", "ALSO", "RELATED_PERSON"], gap: [4, 3], barrier: 0, forbid: ["FROM", "HANDOVER_VERB", "NOTIFY", "NOT", "DONT", "SEND"], notFollowedBy: ["FROM", "HANDOVER_VERB", "NOTIFY"] },
  { seq: [["ALSO", "ALSO_STRONG"], "ACTION", "RELATED_PERSON"], gap: [8, 6], barrier: 0, forbid: ["FROM", "HANDOVER_VERB", "NOTIFY", "NOT", "DONT"], lastNotPossessive: true, notFollowedBy: ["FROM", "HANDOVER_VERB"] },
  // Another person named and removed in the same go: "Bilal Ahmed's access can go at the same time", "Ren Nakamura ... should be
  // cut at the same time", "Jakob Meier's account can go in the same run", "Aino Rantanen ja Eetu Mattila voi sulkea samalla", and
  // with the same go first: "In the same change, kindly revoke the access held by Ajay Menon" (CAPNAME is never the leaver's name
  // when the text gives the leaver's address; the same go right after the verb: not "Kai Lee from IT will remove her access at
  // the same time", someone doing the removal; not "Kai Lee will take over her mailbox at the same time", not "notify Kai Lee at the same time").
  { seq: [["CAPNAME", "OTHER_EMAIL", "RELATED_PERSON"], ["ACTION", "GONE_PASSIVE"], "SAME_RUN"], gap: [14, 0], barrier: 1, forbid: ["HANDOVER_VERB", "ROLE_PERSON", "NOTIFY", "APPROVED", "FILE_VERB", "NOT", "DONT", "HER_HIS"], notPrecededBy: ["FROM", "HANDOVER_VERB"] },
  // The person's address right before, then "his account" closed in the same go: "She shared a test rig login with Martin Cole (x@) -
  // easiest to close his account in the same go" (not "please ask Tom Berg (x@) to close her account in the same go": someone asked,
  // ASK_PERSON; not "Tom Berg (x@) collects the laptop; close her account in the same go": another clause).
  { seq: ["OTHER_EMAIL", "ACTION", "HER_HIS", "ACCOUNT_NOUN", "SAME_RUN"], gap: [3, 0, 1, 0], barrier: 0, forbid: ["HANDOVER_VERB", "ROLE_PERSON", "NOTIFY", "APPROVED", "FILE_VERB", "NOT", "DONT", "ASK_PERSON"], notPrecededBy: ["FROM", "HANDOVER_VERB", "ASK_PERSON", "ROLE_PERSON"], precededWithin: 4 },
  { seq: ["SAME_RUN", "ACTION", ["CAPNAME", "OTHER_EMAIL", "RELATED_PERSON"]], gap: [8, 6], barrier: 1, forbid: ["HANDOVER_VERB", "FROM", "NOTIFY", "HER_HIS", "NOT", "DONT"], lastNotPossessive: true, notFollowedBy: ["FROM", "HANDOVER_VERB"] },
  // Someone tied to the leaver (or another address) named first, then removed "too": "Her assistant Tom Berg can be removed too",
  // "Tom Berg (tom.berg@...) should go too", "Ihren Praktikanten Tom Berg bitte auch gleich mit sperren", "Её стажёра Ивана Петрова
  // тоже отключите", "她的助理王磊也一併停用", "her husband Tom Berg, who works in logistics, please disable him as well", "Her intern Tom
  // Berg goes with her" (not "Her assistant Tom Berg will also remove her from the calendars": the assistant doing it, not acted on;
  // not "Her intern Tom Berg stays; please also remove Dana from the intern channel").
  { seq: [["RELATED_PERSON", "OTHER_EMAIL"], "GONE_PASSIVE", ["TOO", "ALSO"]], gap: [10, 2], barrier: 1, forbid: ["HANDOVER_VERB", "NOTIFY", "NOT", "DONT", "FILE_VERB", "STAYS"] },
  { seq: [["RELATED_PERSON", "OTHER_EMAIL"], ["TOO", "ALSO"], "GONE_PASSIVE"], gap: [10, 2], barrier: 1, forbid: ["HANDOVER_VERB", "NOTIFY", "NOT", "DONT", "FILE_VERB", "STAYS"] },
  // The leaver's own manager acted on "also" (lexicon/leaver-boss.ts): "coupez aussi ceux de sa cheffe d'équipe, Nathalie Roussel",
  // "please also disable her line manager's account" (not "also remove her manager's delegate access", "also send it to her manager").
  { seq: ["ACTION", "ALSO", "LEAVER_BOSS"], gap: [1, 4], barrier: 1, forbid: ["HANDOVER_VERB", "NOTIFY", "NOT", "DONT", "HER_HIS"], notPrecededBy: ["NEGATION", "DONT"], notFollowedBy: ["PRIV_ACCESS", "FROM", "HANDOVER_VERB", "NOTIFY"], followedWithin: 3 },
  { seq: ["ALSO", "ACTION", "LEAVER_BOSS"], gap: [2, 4], barrier: 1, forbid: ["HANDOVER_VERB", "NOTIFY", "NOT", "DONT", "HER_HIS"], notPrecededBy: ["NEGATION", "DONT"], notFollowedBy: ["PRIV_ACCESS", "FROM", "HANDOVER_VERB", "NOTIFY"], followedWithin: 3 },
  { seq: ["RELATED_PERSON", ["ALSO", "ALSO_STRONG"], "ACTION"], gap: [8, 3], barrier: 0, forbid: ["HANDOVER_VERB", "NOTIFY", "NOT", "DONT", "FILE_VERB", "PROSPECTIVE", "STAYS"], notFollowedBy: ["FROM", "HANDOVER_VERB"] },
  { seq: ["RELATED_PERSON", "ACTION", ["TOO", "ALSO"]], gap: [10, 2], barrier: 1, forbid: ["HANDOVER_VERB", "NOTIFY", "NOT", "DONT", "FILE_VERB", "PROSPECTIVE", "FROM", "STAYS"] },
  // The action first, the person and "as well" after: "remove the accounts of his apprentice Luke Hanratty (E-3411) as well" (not "remove her
  // badge and tell her assistant as well", "remove her apprentice from the rota as well").
  { seq: ["ACTION", "RELATED_PERSON", ["TOO", "ALSO"]], gap: [6, 8], barrier: 1, forbid: ["HANDOVER_VERB", "NOTIFY", "NOT", "DONT", "FILE_VERB", "PROSPECTIVE", "FROM", "STAYS", "SEND"], notPrecededBy: ["NEGATION", "DONT"] },
  { seq: ["RELATED_PERSON", "SAME_FOR"], gap: 4, barrier: 1, forbid: ["HANDOVER_VERB", "NOTIFY", "NOT", "DONT", "FILE_VERB", "STAYS"] },
  // Someone added because their place depended on the leaver: "also the two student coaches he brought in, Jake Fenn and Asha
  // Patel — they were only ever here because of him", "should also have their access ended ... since their work depended on her",
  // "Please also do the same for his assistant, since her role is tied to his" (not "she was only here for the Horizon project").
  { seq: [["ALSO", "ALSO_STRONG", "SAME_FOR", "SAME_RUN", "SAME_TREATMENT"], "DEPENDS_ON_LEAVER"], gap: 16, barrier: 1, forbid: ["FILE_VERB", "HANDOVER_VERB", "NOTIFY", "NOT", "DONT"] },
  { seq: ["DEPENDS_ON_LEAVER", ["ALSO", "SAME_FOR", "SAME_RUN", "ACTION"]], gap: 6, barrier: 1, forbid: ["FILE_VERB", "HANDOVER_VERB", "NOTIFY", "NOT", "DONT"] },
  // Someone tied to the leaver under a heading for more accounts: "### Other accounts to close" / "... the account of her deputy Paul Meijer".
  { seq: ["EXTRA_PEOPLE_LABEL", "RELATED_PERSON"], gap: 12, barrier: 1, forbid: ["HANDOVER_VERB", "FROM", "NOTIFY"], lastNotPossessive: true, notFollowedBy: ["FROM", "HANDOVER_VERB"] },
  // The same go between the verb and the person, as Romance and Slavic languages order it: "Desactivad al mismo tiempo la cuenta de
  // Tomás Ruiz", "Disattivate allo stesso tempo l'account di Marco Rossi" (not "... al mismo tiempo su cuenta": hers).
  { seq: ["ACTION", "SAME_RUN", ["CAPNAME", "OTHER_EMAIL", "RELATED_PERSON"]], gap: [2, 5], barrier: 1, forbid: ["HANDOVER_VERB", "NOTIFY", "HER_HIS", "NOT", "DONT"], lastNotPossessive: true, notFollowedBy: ["FROM", "HANDOVER_VERB"] },
  // The person first and the verb last (de nl zh ja ko): "Das Konto von Jonas Weber bitte gleichzeitig sperren", "Sein Praktikant
  // Jonas Weber kann gleichzeitig gesperrt werden", "她的助理王磊的账号也一起停用",
  // "그녀의 비서 김민수 계정도 동시에 비활성화해 주세요" (not "Ihr Konto bitte gleichzeitig sperren": hers).
  { seq: [["CAPNAME", "OTHER_EMAIL", "RELATED_PERSON"], "SAME_RUN", ["ACTION", "GONE_PASSIVE"]], gap: [6, 1], barrier: 1, forbid: ["HANDOVER_VERB", "NOTIFY", "HER_HIS", "ROLE_PERSON", "NOT", "DONT", "APPROVED"], notPrecededBy: ["HANDOVER_VERB"] },
  // Someone else acted on because they leave later: "also please remove for Zhao Jun, he is same team and will leave next month",
  // "另外他组里的吴芳也说过下个月要走，麻烦这次顺便把她的账号一起处理了" (not "Dana will leave next month, please disable her account": the leaver).
  // "Also" or "too" marks the person as added (not "Please disable the accounts of Dana Reyes, who will leave next month": the
  // leaver; not "Dana Reyes is also leaving next month, please disable her account then").
  { seq: [["ALSO", "ALSO_STRONG"], ["ACTION", "SAME_RUN", "SAME_FOR"], ["CAPNAME", "OTHER_EMAIL", "RELATED_PERSON"], "LEAVING_LATER"], gap: [4, 6, 10], barrier: 1, forbid: ["FILE_VERB", "HANDOVER_VERB", "NOT", "DONT", "FROM"] },
  { seq: [["ACTION", "SAME_RUN", "SAME_FOR"], ["CAPNAME", "OTHER_EMAIL", "RELATED_PERSON"], "ALSO", "LEAVING_LATER"], gap: [6, 6, 6], barrier: 1, forbid: ["FILE_VERB", "HANDOVER_VERB", "NOT", "DONT"] },
  // "also" between the verb and the person, or before both with the verb last: "Désactivez aussi Julien Roy, il part le mois prochain",
  // "Desactivad también a Tomás Ruiz, se va el mes que viene", "Bitte auch Tom Berg sperren, er geht nächsten Monat", "Ayrıca Mehmet
  // Kaya'yı da kapatın, gelecek ay ayrılacak" (not "Also remove Tom Berg from her approval chain, he leaves next month").
  { seq: ["ACTION", ["ALSO", "ALSO_STRONG"], ["CAPNAME", "OTHER_EMAIL", "RELATED_PERSON"], "LEAVING_LATER"], gap: [1, 2, 8], barrier: 1, forbid: ["FILE_VERB", "HANDOVER_VERB", "NOT", "DONT", "ROLE_PERSON", "FROM"] },
  { seq: [["ALSO", "ALSO_STRONG"], ["CAPNAME", "OTHER_EMAIL", "RELATED_PERSON"], "ACTION", "LEAVING_LATER"], gap: [2, 4, 8], barrier: 1, forbid: ["FILE_VERB", "HANDOVER_VERB", "NOT", "DONT", "ROLE_PERSON"] },
  { seq: ["ALSO", "LEAVING_LATER", ["ACTION", "ALSO_STRONG", "SAME_RUN", "SAME_FOR", "ADD_TO"]], gap: [4, 16], barrier: 1, forbid: ["FILE_VERB", "HANDOVER_VERB", "HER_HIS"], notFollowedByWords: ["her", "his", "their"] },
];
