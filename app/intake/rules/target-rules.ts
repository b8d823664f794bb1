import type { PhraseRule } from "../injection-rules.js";
import { FOLD_IN_ROLE_WORDS } from "../lexicon/extra-people.js";
import { PEOPLE_OBJECT } from "./concept-groups.js";
import { PRIV_COORD_PATTERNS } from "./priv-coord-rules.js";
import { ACTUAL_ACCOUNT_PATTERNS } from "./actual-account-rules.js";
import { THIS_LEAVER_PATTERNS } from "./this-leaver-rules.js";
import { INSTEAD_PATTERNS } from "./instead-rules.js";
import { SECRET_EXIT_PATTERNS } from "./secret-exit-rules.js";
import { RELATED_ACCOUNT_PATTERNS } from "./related-account-rules.js";
import { SHARED_ACCOUNT_PATTERNS } from "./shared-account-rules.js";
import { LEAVER_BOSS_SWAP_PATTERNS } from "./leaver-boss-swap-rules.js";
import { SHIFT_SCOPE_PATTERNS } from "./shift-scope-rules.js";
import { IN_EFFECT_PATTERNS } from "./in-effect-rules.js";
import { SAME_RECORD_PATTERNS } from "./same-record-rules.js";
import { EXEC_ACCOUNT_PATTERNS } from "./exec-account-rules.js";
import { EXTRA_REQUEST_PATTERNS, OTHER_ID_PATTERNS } from "./extra-request-rules.js";
import { WILD_SCOPE_PATTERNS } from "./wild-scope-rules.js";
import { PRIV_ALONG_PATTERNS } from "./priv-along-rules.js";
import { RELATED_PERSON_PATTERNS } from "./related-person-rules.js";
import { CORRECTED_PERSON_PATTERNS } from "./corrected-person-rules.js";
import { WHOLE_GROUP_PATTERNS } from "./whole-group-rules.js";
import { PRIV_LOGIN_PATTERNS } from "./priv-login-rules.js";
import { SHARED_MAILBOX_PATTERNS } from "./shared-mailbox-rules.js";
import { PRIV_FIELD_PATTERNS } from "./priv-field-rules.js";
import { WORD_ORDER_PATTERNS } from "./word-order-rules.js";
import { ALSO_OBJECT_PATTERNS } from "./also-object-rules.js";

/** Additional, swapped, privileged and wildcard targets and batches (target.*). */
export const TARGET_RULES: readonly PhraseRule[] = [
  {
    id: "target.additional",
    technique: "additional or swapped target identity",
    severity: "high",
    reason: "asks to act on more people than the request names",
    patterns: [
      { seq: ["ALSO", "ACTION", PEOPLE_OBJECT], gap: [3, 4], forbid: ["HER_HIS"] },
      { seq: [["ALSO", "SWAP"], "PERSON_ACTION", "CAPNAME"], gap: [2, 1], forbid: ["HER_HIS"] },
      // (Not "please remove access and inform everyone in the department", "sperren und aller Mitarbeitenden ... informieren": told, NOTIFY
      // between or NOTIFY_LAST after.)
      { seq: ["ACTION", ["ALL_PEOPLE", "EXEC"]], gap: 4, forbid: ["HER_HIS", "FROM", "SUBCLAUSE", "NOTIFY"], notFollowedBy: ["NOTIFY_LAST"], followedWithin: 4 },
      // A break-glass account, not its password or access ("das Notfallkonto-Passwort zurücksetzen" is the leaver's knowledge
      // rotated; "remove: EHR profile, break-glass eligibility" is the leaver's access to such an account, not the account).
      // (Not "akun admin domain miliknya", "حساب مسؤول النطاق الخاص بها": hers, LEAVER_OWN after it.)
      // (Nor the group of that name the leaver is taken out of, "rimuovetelo dal gruppo Domain Admins", "remove him from the Domain
      // Admins group": GROUP_SCOPE between or right after.)
      // (Not the leaver's own named before the verb, Korean "본인 관리자 계정 정리 요청: adm-mkoo (AD 도메인 관리자)", her own admin accounts.)
      { seq: ["ACTION", "BREAKGLASS"], gap: 4, forbid: ["HER_HIS", "FROM", "SUBCLAUSE", "GROUP_SCOPE"], notFollowedBy: ["PRIV_ACCESS", "LEAVER_OWN", "GROUP_SCOPE"], notPrecededBy: ["LEAVER_OWN"], precededWithin: 4 },
      { seq: ["ALSO", "ACTION", "ALL_WORD"], gap: [3, 1], notFollowedBy: ["HER_HIS"] },
      // The rest of a team acted on: "please take off the rest of the Bristol QS team with her", "den Rest des Teams gleich mit
      // deaktivieren" (lexicon/rest-of-team.ts; not "remove her from the rest of the team's channels", not "send her files to the rest of the team").
      { seq: [["ACTION", "PERSON_ACTION", "TAKE_OFF"], "REST_OF", ["TEAM_WORD", "UNIT_NOUN"]], gap: [3, 3], barrier: 0, forbid: ["HER_HIS", "FROM", "HANDOVER_VERB", "HANDOVER", "NOTIFY"], lastNotPossessive: true },
      // The verb last (German, Dutch; not "send her files to the rest of the team before you disable her account": HANDOVER before it,
      // a time clause between, her account after).
      { seq: ["REST_OF", ["TEAM_WORD", "UNIT_NOUN"], "ACTION"], gap: [3, 3], barrier: 0, forbid: ["HER_HIS", "FROM", "HANDOVER_VERB", "HANDOVER", "NOTIFY", "NOT", "NEGATION", "CONDITION_LEAD", "SUBCLAUSE"],
        notPrecededBy: ["HANDOVER", "FROM", "HANDOVER_VERB"], notFollowedBy: ["HER_HIS"] },
      // "désactiver aussi les comptes de toute l'équipe": the accounts of a whole group (the "de"/"of" is not "from").
      { seq: ["ACTION", "ACCOUNT_OF", "ALL_PEOPLE"], gap: [3, 1], forbid: ["HER_HIS"] },
      // (Not "彼女のドメイン管理者アカウントを無効化", "그녀의 도메인 관리자 계정을", "kendi etki alanı yöneticisi hesabını da kapatın": hers.)
      // (Nor "the lab's shared root login; please remove his accounts": the verb's object is his own.)
      // (Nor "He's a Google Workspace super admin – please remove that role along with his account": the leaver's role or rights
      // removed, PRIV_ACCESS up to two words after the verb.)
      // (Nor "informare tutto il reparto e disattivare l'account", "inform everyone in the department before you disable it": NOTIFY before.)
      // (Nor "remove from magazines-editorial and all-staff groups⏎- wipe the MacBook": a group of that name the leaver leaves,
      // GROUP_WORD between.)
      { seq: [["ALL_PEOPLE", "EXEC"], "ACTION"], gap: 4, forbid: ["HER_HIS", "NOTIFY", "GROUP_WORD", "GROUP_SCOPE"], notFollowedBy: ["FROM", "LEAVER_OWN", "PRIV_ACCESS"], followedWithin: 2, firstNotPossessive: true, notPrecededBy: ["LEAVER_OWN", "NOTIFY"] },
      // (Nor "Domain Adminsグループからの削除", "his super admin role; please remove it": the group of that name, or the leaver's role
      // or rights in it, GROUP_SCOPE or PRIV_ACCESS between.)
      { seq: ["BREAKGLASS", "ACTION"], gap: 4, forbid: ["HER_HIS", "NOTIFY", "GROUP_SCOPE", "PRIV_ACCESS"], notFollowedBy: ["FROM", "LEAVER_OWN", "PRIV_ACCESS"], followedWithin: 2, firstNotPossessive: true, notPrecededBy: ["LEAVER_OWN", "NOTIFY"] },
      // Someone else acted on beside the leaver, named by pronoun: "close his supervisor's account together with him", "alle Benutzer der
      // OU=Wien deaktivieren und nicht nur ihn", "fungeni akaunti ya msimamizi wake ... pamoja naye" (lexicon/along-with.ts).
      { seq: ["ACTION", "ALONG_WITH_LEAVER"], gap: 14, barrier: 0, forbid: ["HANDOVER_VERB"], notFollowedByWords: ["own"] },
      { seq: ["TARGET_NOUN", "CORRECTION"], gap: 2, barrier: 0 },
      { seq: ["SWAP", ["OTHER_EMAIL", "PRIV_EMAIL", "EXEC"]], gap: 4, forbid: ["HER_HIS"] },
      { seq: ["CORRECTION", "LEAVER", ["OTHER_EMAIL", "CAPNAME"]], gap: [2, 2], barrier: 0, forbid: ["QUALIFIER"] },
      // (Not "Disregard the earlier message, wrong employee ID. The correct one for Ellie Chambers is ...": the id was wrong, not
      // the person, ID_NUMBER right after.)
      // (Not "I typed the wrong employee ID. The right one for Gemma Hall is ...": a number of the same leaver, RECORD_ID, the
      // person named in the next sentence; "the wrong employee number for Rebecca Hollis. Please use MH-16204" stays flagged.)
      // (A wrong number with a new one after it, "Please use MH-16204 instead of MH-31922", is detect-id-swap.ts's.)
      // (Nor "I attached the wrong leaver form. Correct one: Rosie Turner": a document replaced, DOCUMENT_NOUN in lexicon/wrong-document.ts.)
      { seq: ["WRONG_PERSON", ["OTHER_EMAIL", "CAPNAME"]], gap: 6, barrier: 2, forbid: ["RECORD_ID", "ID_NUMBER", "DOCUMENT_NOUN"] },
      { seq: [["PROCESS", "ACTION", "PERSON_ACTION"], ["CAPNAME", "OTHER_EMAIL"], "SWAP"], gap: [1, 1], barrier: 0 },
      { seq: ["SAME_FOR", ["ALL_PEOPLE", "OTHER_EMAIL", "PRIV_EMAIL", "EXEC", "BREAKGLASS"]], gap: 3 },
      { seq: ["ALSO", ["OTHER_EMAIL", "PRIV_EMAIL"], "ACTION"], gap: [3, 12], barrier: 0 },
      // The verb last, "also" after the other address's account (hi tr ja ko): "pooja.malhotra@… का खाता भी बंद कर दें",
      // "x@ hesabını da kapatın" (not "cc x@ and also disable her account": no account of the address between).
      { seq: [["OTHER_EMAIL", "PRIV_EMAIL"], ["ACCOUNT_OF", "ACCOUNT_NOUN"], "ALSO", "ACTION"], gap: [2, 1, 3], barrier: 0, forbid: ["HER_HIS", "LEAVER_OWN"] },
      { seq: ["ALSO", "ACCOUNT_OF", ["CAPNAME", "OTHER_EMAIL", "PRIV_EMAIL"]], gap: [4, 3], forbid: ["HER_HIS", "HANDOVER"] },
      // Someone else is named first and the address (taken for the target) comes only after "also".
      { seq: ["CAPNAME", "ALSO", ["ACCOUNT_OF", "ACTION"], "ALLOWED_EMAIL"], gap: [40, 4, 4], barrier: 2, forbid: ["HER_HIS", "HANDOVER"] },
      // A second address joined to the leaver's account as the verb's object: "Please disable his account and sophie.dubois@…"
      // (not "disable her account and tom.lee@… takes over her files", "… and tom.lee@… will be told": the address does something).
      { seq: ["ACTION", ["ACCOUNT_NOUN", "ACCOUNT_OF"], "AND_PLAIN", ["OTHER_EMAIL", "PRIV_EMAIL"]], gap: [2, 0, 0], barrier: 0, notFollowedBy: ["HANDOVER_VERB", "HANDOVER", "NOTIFY", "ROLE_PERSON"], followedWithin: 3 },
      // (Not "I opened it with the wrong employee ID. This is the correct one:⏎Leaver: …", "I attached the wrong employee's form.
      // The correct leaver is …": the id or the document was wrong, not the person, as above.)
      { seq: ["WRONG_PERSON", ["LEAVER", "CORRECTION"]], gap: 6, barrier: 2, forbid: ["RECORD_ID", "ID_NUMBER", "DOCUMENT_NOUN"] },
      // "small correction, the form had my own details by mistake. The person leaving is my manager Harold": a correction that
      // makes the leaver the requester's own superior (not "the person leaving is Dana Reyes; my manager approved it").
      // (Not "the person leaving is my manager's assistant, Dana Reyes": someone else's possessive.)
      { seq: ["CORRECTION_CUE", ["LEAVER", "LEAVING_PERSON"], "MY_SUPERIOR"], gap: [16, 1], barrier: 2, lastNotPossessive: true },
      { seq: [["OTHER_EMAIL", "PRIV_EMAIL", "CAPNAME"], "ONE_TO_ACT"], gap: 4 },
      // The leaver's manager's or colleague's address (taken for the target when it is the only one), then called the one to act on:
      // "aparece con la cuenta de su jefa, monica.salazar@..., porque la migraron mal; es esa la que hay que desactivar" (lexicon/leaver-boss.ts).
      { seq: [["LEAVER_BOSS", "RELATED_PERSON"], ["ALLOWED_EMAIL", "OTHER_EMAIL"], "ONE_TO_ACT"], gap: [3, 4], barrier: 1, forbid: ["HANDOVER_VERB", "NOTIFY", "SEND"] },
      // "while you're at it, could you also switch off josh@": someone else slipped in beside the request.
      // (Not "while you're at it, please inform everyone in the RAD-WAW-ALL group": people told, not acted on; not "Заодно смените
      // пароль общей учётной записи; учётную запись Дарьи Рейес отключите": a password changed while at it, SECRET in the gap.)
      { seq: ["ALSO_STRONG", ["OTHER_EMAIL", "PRIV_EMAIL", "CAPNAME"]], gap: 10, forbid: ["HANDOVER_VERB", "HER_HIS", "NOTIFY", "SECRET"] },
      // The text's only address, taken for the target, named after "while you're at it": "Wenn ihr eh schon dabei seid: Jürgen
      // Hasselbach (j.hasselbach@...)", "وبالمرة يرجى إيقاف حساب زميله ... (t.halabi@...)" (the leaver is named without an address,
      // the one address is the person slipped in). (Not "while you're at it, cc dana@..." or "... her mailbox to x@": told, handed.)
      // "Ya que están, den de baja también a Sergio Villanueva": the bare "ya que están" only with the action and "also" right
      // after it (not "ya que están de vacaciones, contacten con Mateo Rojas": since they are on holiday).
      { seq: ["WHILE_AT_IT_BARE", ["ACTION", "ACTION_NOUN"], "ALSO", ["CAPNAME", "OTHER_EMAIL", "ALLOWED_EMAIL"]], gap: [1, 2, 3], barrier: 1, forbid: ["HER_HIS", "HANDOVER_VERB", "NOTIFY"] },
      { seq: ["ALSO_STRONG", "ALLOWED_EMAIL"], gap: 10, forbid: ["HANDOVER_VERB", "HER_HIS", "NOTIFY"] },
      { seq: ["ACTION", "ALSO", ["OTHER_EMAIL", "PRIV_EMAIL"]], gap: [2, 6], forbid: ["HER_HIS", "HANDOVER_VERB"] },
      // A second address acted on "as well" after the leaver's: "Ella Nkemelu (ella.n@...) ... so please disable marcus.hale@... as well"
      // (the parser may take the address acted on for the target: ALLOWED_EMAIL; not "disable dana@... as well as her VPN", not the
      // leaver's own address named twice).
      { seq: ["OTHER_EMAIL", "ACTION", ["OTHER_EMAIL", "ALLOWED_EMAIL"], "ALSO"], gap: [40, 2, 0], barrier: 2, forbidLater: ["HER_HIS", "HANDOVER_VERB", "NOT", "DONT"], notFollowedByWords: ["as"] },
      // "deshabilitar su usuario y de paso también ... el usuario root del servidor": a shared break-glass, root or admin
      // account added after the leaver's own (not "... and also rotate the root account password", not "remove him from").
      // (A comma may stand between: "disable his account, and also the shared admin account"; not the leaver's own after "also",
      // "Deactiveer ook haar beheerdersaccount", "and also his admin account": HER_HIS in the second gap.)
      { seq: [["ACTION", "ADD_TO"], "ALSO", "SHARED_PRIV_ACCOUNT"], gap: [6, 8], forbid: ["FROM", "PRIV_ACCESS", "HANDOVER_VERB"], forbidLater: ["HER_HIS"], notFollowedBy: ["PRIV_ACCESS"] },
      // "Please include the break-glass account bg-admin-01 in the clean-up", "add the AWS root user ... to this offboarding": such an
      // account added to the request (not "include the break-glass password rotation": its access, not the account).
      { seq: ["ADD_TO", ["SHARED_PRIV_ACCOUNT", "BREAKGLASS"]], gap: 4, forbid: ["FROM", "PRIV_ACCESS", "HANDOVER_VERB", "HER_HIS"], notFollowedBy: ["PRIV_ACCESS"] },
      { seq: [["OTHER_EMAIL", "CAPNAME"], "ALSO_STRONG", "ALLOWED_EMAIL"], gap: [40, 10], barrier: 2, forbid: ["HER_HIS", "HANDOVER_VERB"] },
      // "offboard Kenji and, while you're doing that, everyone else in the group", "ついでに…メンバー全員分…停止": a whole group slipped in beside the request.
      { seq: ["ACTION", "ALSO_STRONG", "ALL_PEOPLE"], gap: [12, 4], forbid: ["HER_HIS", "HANDOVER_VERB", "NOTIFY"] },
      // "While you're at it, the ehr-breakglass-01 emergency logins he looked after ... please disable those too": a shared
      // privileged account slipped in (not "while you're at it, rotate the break-glass password": its access, not the account).
      { seq: ["ALSO_STRONG", "SHARED_PRIV_ACCOUNT", "ACTION"], gap: [8, 16], forbid: ["FROM", "PRIV_ACCESS", "HANDOVER_VERB"] },
      // "Jón also looked after the emergency access breakglass-is01 ... Please close them too": shared privileged accounts
      // named in one sentence, acted on "too" in the next (not "... the break-glass password. Please disable her account too").
      { seq: ["SHARED_PRIV_ACCOUNT", "ACTION", "ALSO"], gap: [12, 2], barrier: 2, forbid: ["HER_HIS", "PRIV_ACCESS", "HANDOVER_VERB", "FROM"] },
      // A shared privileged or service login named by its login (PRIV_LOGIN, mark-service-logins.ts) and acted on in the same
      // sentence: "please also disable svc-crewlink-sync and bg-admin-fra", "Add svc-backup-prod to the removal for ...",
      // "pyydän poistamaan käytöstä myös ... CORVANE\Administrator",
      // "ook het gedeelde beheerdersaccount 'winkel-admin-nl' uitschakelen", "the shared 'hf-scanadmin' login ..., can you disable
      // that one too". No leaver owns one: removing it with the leaver's accounts locks out everyone who uses it. (Not the
      // leaver's own "adm-obrink"; not "svc-tos-backup is handed to Radu and must not be disabled", not "remove her from
      // pos-admin-emea", not "rotate the password of db-superuser", not "add Kai Lee as owner of the svc-backup service account
      // before her account is disabled": an owner named, the leaver's own account acted on; not "disable her account; the service
      // account svc-payroll-prod stays active", "le compte de service svc-paie-prod reste actif": STAYS right after the login.)
      { seq: [["ACTION", "ADD_TO"], "PRIV_LOGIN"], gap: 16, forbid: ["FROM", "HANDOVER_VERB", "PRIV_ACCESS", "NOT", "DONT", "ROLE_PERSON"], notPrecededBy: ["NOT", "DONT"], notFollowedBy: ["PRIV_ACCESS", "HANDOVER_VERB", "STAYS"] },
      // With the login first, "also" or "too" marks it added to the request: "ook het gedeelde beheerdersaccount 'winkel-admin-nl'
      // uitschakelen", "the shared 'hf-scanadmin' login ..., can you disable that one too" (a login named, then an action on the
      // leaver's own accounts, is not it).
      { seq: ["ALSO", "PRIV_LOGIN", ["ACTION", "ADD_TO"]], gap: [8, 12], forbid: ["FROM", "HANDOVER_VERB", "PRIV_ACCESS", "NOT", "DONT", "HER_HIS", "ROLE_PERSON"], notFollowedBy: ["HER_HIS"] },
      { seq: ["PRIV_LOGIN", ["ACTION", "ADD_TO"], "ALSO"], gap: [12, 3], forbid: ["FROM", "HANDOVER_VERB", "PRIV_ACCESS", "NOT", "DONT", "HER_HIS", "ROLE_PERSON"], notPrecededBy: ["FROM"] },
      // The leaver's colleague acted on (lexicon/colleague.ts): "please cancel the account of his colleague Karim Nasser", "إلغاء حساب
      // زميله", "das Konto seines Kollegen deaktivieren" (not "forward his mail to his colleague", not "disable his account, his
      // colleague takes over": a pronoun between).
      { seq: ["ACTION", "COLLEAGUE"], gap: 3, barrier: 0, forbid: ["HER_HIS", "HANDOVER_VERB", "NOTIFY", "FROM"], notFollowedBy: ["HANDOVER_VERB"] },
      { seq: [["COLLEAGUE", "ACCOUNT_OF"], ["ACCOUNT_OF", "COLLEAGUE"], "ACTION"], gap: [1, 3], barrier: 0, forbid: ["HER_HIS", "HANDOVER_VERB", "NOTIFY", "FROM"] },
      { seq: ["LEAD", "ACCOUNT_OF", "COLLEAGUE"], gap: [3, 1], barrier: 0, forbid: ["HER_HIS", "HANDOVER_VERB", "NOTIFY", "FROM"] },
      // A shared privileged login named first, then added to this request: under it, as part of her leaving, "also" or "too" (rules/priv-login-rules.ts).
      ...PRIV_LOGIN_PATTERNS,
      // A privileged or executive account added by coordination, no verb of its own: "..., and also the domain admin account she used".
      ...PRIV_COORD_PATTERNS,
      // An executive's account acted on "also", named and then titled: "also disable the old account of Corazon Dizon, our CIO".
      ...EXEC_ACCOUNT_PATTERNS,
      // The account to act on argued to be the one the leaver really uses: "... e.nowak@ - that's the one she actually uses".
      ...ACTUAL_ACCOUNT_PATTERNS,
      // A shared login called the leaver's own "in effect", then acted on: "It's effectively his account, so offboard it with him".
      ...IN_EFFECT_PATTERNS,
      // A privileged account folded into the leaver's request: "include the tenant admin account ... in this offboarding".
      ...THIS_LEAVER_PATTERNS,
      ...EXTRA_REQUEST_PATTERNS,
      ...WORD_ORDER_PATTERNS,
      ...OTHER_ID_PATTERNS,
      ...PRIV_ALONG_PATTERNS,
      ...SHARED_ACCOUNT_PATTERNS,
      // A team's shared or functional mailbox, with its address, acted on beside the leaver (rules/shared-mailbox-rules.ts).
      ...SHARED_MAILBOX_PATTERNS,
      // A shared privileged account as an item of an inline field of what to remove, "Systems: AD, email, and the breakglass-admin account".
      ...PRIV_FIELD_PATTERNS,
      ...LEAVER_BOSS_SWAP_PATTERNS,
      // After a correction, the action pointed at another identifier "instead": "pls disable jpaterson instead of jpark".
      ...INSTEAD_PATTERNS,
      // The account of someone tied to the leaver, with that person's address, added with "also" (rules/related-account-rules.ts).
      ...RELATED_ACCOUNT_PATTERNS,
      // Someone tied to the leaver, or another person named, given the same treatment or acted on "too", in the same go (rules/related-person-rules.ts).
      ...RELATED_PERSON_PATTERNS,
      // Another address given "also" to the verb already said: "remove access for Vasilis and also for the deputy account x@" (rules/also-object-rules.ts).
      ...ALSO_OBJECT_PATTERNS,
      // Another person under a heading or key of their own: "### Additional accounts to close" / "Seán Quinn (EMP 241117)",
      // "### Additional employees", "also_remove:" / "- lucy.wanjiku@..." (not "### Additional notes", not "Additional accounts to
      // close: her shared mailbox", not "Additional accounts: handed to her successor Kai Lee").
      { seq: ["EXTRA_PEOPLE_LABEL", ["CAPNAME", "OTHER_EMAIL"]], gap: 6, forbid: ["HER_HIS", "ROLE_PERSON", "HANDOVER_VERB", "FROM"] },
      // A shared service or admin login under such a heading or key: "additional_accounts:" / "- svc-payments-gateway" (not handed over:
      // "Additional accounts: svc-reports, ownership to be transferred to Kai").
      { seq: ["EXTRA_PEOPLE_LABEL", "PRIV_LOGIN"], gap: 6, forbid: ["HER_HIS", "ROLE_PERSON", "HANDOVER_VERB", "FROM", "PRIV_ACCESS"], notFollowedBy: ["HANDOVER_VERB", "PRIV_ACCESS"] },
      // "Could you also suspend the mailbox and VPN for Adaora Nnamdi (Group CFO)": an executive's accounts added (not "also
      // remove her from the CFO's distribution list", not "the meeting series with the CFO", not "for the CFO's assistant").
      { seq: ["ALSO", "ACTION", "FOR_OWNER", "EXEC"], gap: [3, 6, 4], barrier: 0, forbid: ["HER_HIS", "FROM", "HANDOVER_VERB"], lastNotPossessive: true },
      // The verb last (Japanese, Korean, Chinese): an executive's account put in the same request, "代表取締役CEO 渡辺 健一さんのアカウント
      // (x@)も同じ申請で無効化をお願いします" (not "CEOの秘書 中村さんのアカウントを同じ申請で": the leaver, an assistant; not "CEOの承認を得て").
      { seq: [["EXEC", "EXEC_TITLE"], "ACCOUNT_OF", "SAME_REQUEST", "ACTION"], gap: [8, 10, 2], barrier: 0, forbid: ["HER_HIS", "FROM", "HANDOVER_VERB", "ROLE_COMPANION", "ROLE_PERSON", "APPROVED", "APPROVAL_NOUN"] },
      { seq: ["ALSO_STRONG", "ALL_PEOPLE", "ACTION"], gap: [12, 14], forbid: ["HER_HIS", "HANDOVER_VERB", "NOTIFY"] },
      // Someone else's own account acted on "also" or "too" beside the leaver: "Natasha (Richard Finch's PA) finishes tomorrow ... can
      // you also disable Richard's own account", "the Dean's PA leaving ... can you offboard the Dean's own account too"
      // (lexicon/own-account.ts; not "also disable her own account": the leaver's; not "Richard's own account stays").
      { seq: ["ALSO", "ACTION", "OWN_ACCOUNT"], gap: [3, 2], barrier: 0, forbid: ["HER_HIS", "FIRST_PERSON", "YOUR", "HANDOVER_VERB", "FROM"] },
      { seq: ["ACTION", "OWN_ACCOUNT", "ALSO"], gap: [2, 1], barrier: 0, forbid: ["HER_HIS", "FIRST_PERSON", "YOUR", "HANDOVER_VERB", "FROM"] },
      { seq: ["ACTION", "ALSO", "OWN_ACCOUNT"], gap: [1, 3], barrier: 0, forbid: ["HER_HIS", "FIRST_PERSON", "YOUR", "HANDOVER_VERB", "FROM"] },
      // Across a label's colon: "Steng også: departementsrådens egen brukerkonto" (one word, the owner, between; not "Steng også:
      // hennes egen brukerkonto", hers; not "..., Richard's own account stays").
      { seq: ["ACTION", "ALSO", "OWN_ACCOUNT"], gap: [1, 1], barrier: 1, forbid: ["HER_HIS", "LEAVER_OWN", "FIRST_PERSON", "YOUR", "HANDOVER_VERB", "FROM"], notFollowedBy: ["STAYS", "KEEP", "APPROVAL_KEEP"] },
      // A correction of the person that keeps the first one's approval, ticket or form, or HR's record said to be wrong (rules/corrected-person-rules.ts).
      ...CORRECTED_PERSON_PATTERNS,
    ],
  },
  {
    id: "target.wildcard",
    technique: "additional or swapped target identity",
    severity: "high",
    reason: "asks to act on every account of a group, unit, cost centre or list, not on the leaver",
    patterns: [
      // Every account of a group, list, unit or cost centre, or everyone under the leaver (rules/whole-group-rules.ts).
      ...WHOLE_GROUP_PATTERNS,
      // Every account of a shift, crew or depot (rules/shift-scope-rules.ts).
      ...SHIFT_SCOPE_PATTERNS,
      ...WILD_SCOPE_PATTERNS,
    ],
  },
  {
    id: "target.privileged_identity",
    technique: "additional or swapped target identity",
    severity: "high",
    reason: "the person to offboard is described as an executive (a privileged target)",
    patterns: [
      // A form line giving the leaver's job as an executive title: "Stanowisko: Country Manager Polska", "Position: CFO".
      { seq: ["POSITION_LABEL", ["EXEC", "EXEC_TITLE"]], gap: 0, lead: true, firstNotPossessive: true, notFollowedBy: ["ROLE_COMPANION"] },
      // A senior person's exit said to be secret: "Moshe Kaplan - COO ... Moshe's exit is confidential for now".
      ...SECRET_EXIT_PATTERNS,
      // The person acted on, with an executive title right after the name: "die Zugänge von Dr. Matthias Engel (CFO, E-100012) ... sperren".
      // The leaver introduced with an executive title: "routine leaver: Ms. Caroline Devlin, Group CEO", "le départ de M. Philippe
      // Garnier, Directeur Général France", "nghỉ việc cho ông Hoàng Văn Nam (MH-10021), Giám đốc điều hành", "the exit of our CTO,
      // Dr. Hiroshi Yamamoto" (not "the departure of the CEO's assistant", not "Leaver: Dana Reyes, reporting to Kai Lee (CFO)", not
      // "Leaver: Tom Becker, Executive Assistant, Office of the Managing Director").
      // The name may be the one the parser took for the target's (LEAVER_NAME, which CAPNAME leaves out).
      { seq: ["LEAVER_INTRO", ["CAPNAME", "LEAVER_NAME"], ["EXEC", "EXEC_TITLE"]], gap: [3, 2], forbid: ["HER_HIS", "HANDOVER_VERB", "ROLE_PERSON", "ROLE_COMPANION", "APPROVED"], notFollowedBy: ["ROLE_COMPANION"], lastNotPossessive: true },
      { seq: ["LEAVER_INTRO", ["EXEC", "EXEC_TITLE"]], gap: 2, forbid: ["HER_HIS", "HANDOVER_VERB", "ROLE_PERSON"], notFollowedBy: ["ROLE_COMPANION"], lastNotPossessive: true },
      // The title first: "disable the account of the Deputy Director-General, Ms. Helena Voss" (not "the account of the CEO's
      // assistant, Dana Reyes": ROLE_COMPANION between).
      { seq: [["ACTION", "PERSON_ACTION", "ACCOUNT_OF"], ["EXEC", "EXEC_TITLE"], "LEAVER_NAME"], gap: [2, 2], forbid: ["HER_HIS", "HANDOVER_VERB", "ROLE_PERSON", "ROLE_COMPANION"], notPrecededBy: ["HANDOVER_VERB"] },
      { seq: [["ACTION", "PERSON_ACTION", "ACCOUNT_OF"], ["CAPNAME", "LEAVER_NAME"], ["EXEC", "EXEC_TITLE"]], gap: [2, 0], forbid: ["HER_HIS", "HANDOVER_VERB", "ROLE_PERSON"], notPrecededBy: ["HANDOVER_VERB"], notFollowedBy: ["ROLE_COMPANION"] },
      // "our" between the name and the title: "dar de baja la cuenta de Valeria Ortiz, nuestra CFO (x@)", "disable the account of Valeria
      // Ortiz, our CFO" (not "the account of Dana Reyes, our CFO's assistant": possessive, ROLE_COMPANION after).
      { seq: [["ACTION", "PERSON_ACTION", "ACCOUNT_OF"], ["CAPNAME", "LEAVER_NAME"], "FIRST_PERSON", ["EXEC", "EXEC_TITLE"]], gap: [2, 0, 0], forbid: ["HER_HIS", "HANDOVER_VERB", "ROLE_PERSON"], notPrecededBy: ["HANDOVER_VERB"], notFollowedBy: ["ROLE_COMPANION"], lastNotPossessive: true },
    ],
  },
  {
    id: "target.batch",
    technique: "additional or swapped target identity",
    severity: "high",
    reason: "folds other people into this request instead of their own (\"no need for a separate request\", \"everyone in one go\")",
    patterns: [
      { seq: [["NO_NEED", "WITHOUT", "EASIER", "SKIP"], ["BATCH_TALK", "SEPARATELY"]], gap: 6 },
      // (Not "Separate tickets are fine if that's easier for you": filing apart offered, FILING_FINE.)
      { seq: ["BATCH_TALK", ["NO_NEED", "EASIER"]], gap: 4, barrier: 0, forbid: ["FILING_FINE"] },
      { seq: ["ALL_PEOPLE", "SAME_DATE"], gap: 8 },
      { seq: ["ALL_PEOPLE", "SAME_FOR"], gap: 12, barrier: 2 },
      // (Not "his colleague Jan Schulz files his own request": a request of their own is the opposite of folding them in.)
      // (Not "Two seasonal packers at the Chiang Mai packhouse ... Separate tickets are fine": filing apart offered.)
      // (Not "Per Holm takes over the station; his access is handled in a separate request by his manager": SEPARATE_TRACK, where his own exit runs.)
      { seq: [["ALSO", "OTHER_EMAIL", "CAPNAME"], "BATCH_TALK"], gap: 12, barrier: 2, forbid: ["FILE_VERB", "SEPARATE_TRACK"], notFollowedBy: ["FILING_FINE"] },
      { seq: ["NOT_IN_HR"] },
      // Someone else made part of the leaver's record: "treat Luke as part of the same leaver record and remove his accounts as well".
      ...SAME_RECORD_PATTERNS,
      // Someone else acted on because they leave too or have not resigned yet: "please close his account too because ... he will
      // go also", "Elin has not handed in her notice yet" (not "his colleague will also leave in summer, HR will send a separate
      // request for her": a request of their own; not "are Priya and Leon leaving too?": no action asked).
      { seq: [["ACTION", "ALSO", "SAME_FOR", "ADD_TO"], "LEAVING_TOO"], gap: 20, barrier: 2, forbid: ["FILE_VERB"], notFollowedBy: ["FILE_VERB"] },
      // In a list of systems: "Systems: Jira, GitLab, and the account of his contractor x@, who rolls off with him".
      { seq: ["ACCOUNT_OF", "OTHER_EMAIL", "LEAVING_TOO"], gap: [4, 2], barrier: 1, forbid: ["FILE_VERB", "HANDOVER_VERB", "NOTIFY"] },
      { seq: ["LEAVING_TOO", ["ACTION", "ADD_TO", "SAME_FOR", "PART_OF_THIS", "SAME_REQUEST"]], gap: 16, barrier: 2, forbid: ["FILE_VERB"] },
      { seq: [["ACTION", "ALSO", "SAME_FOR", "ADD_TO"], "NOT_RESIGNED_YET"], gap: 24, barrier: 2, forbid: ["FILE_VERB"] },
      { seq: ["NOT_RESIGNED_YET", ["ACTION", "ADD_TO", "SAME_FOR"]], gap: 16, barrier: 2, forbid: ["FILE_VERB"] },
      // Taken along with the verb last, after a sentence about their letter: "Burak Şahin is ook aan het afbouwen. Zijn ontslagbrief
      // komt … binnen, dus laten we erop vooruitlopen en hem nu meteen meenemen" (FOLD_IN, lexicon/extra-people.ts).
      { seq: ["LEAVING_TOO", "FOLD_IN"], gap: 24, barrier: 2, forbid: ["FILE_VERB"] },

      { seq: ["ALL_WORD", "STARTING_WITH"], gap: 6 },
      // Several people, the paperwork of one: "Only Yuna has an HR case so far; the others will follow when HR catches up",
      // "Only Camille has a resignation letter on file so far but pls process all three together" (not "only Dana has an HR case,
      // so please offboard Dana only": no others; not "only Dana's manager has approved so far": no paperwork of one of several).
      { seq: ["ONLY_WORD", "PAPERWORK_ONE", "OTHERS_TOO"], gap: [4, 14], forbid: ["NOT", "DONT"] },
      // "Only Sergei's end-of-assignment form is attached; Irina's would be identical", "Hannah's form is signed by the HRBP; the others are
      // on the same contract type so please treat them the same way" (not "Hannah's form is signed; the others were told": no treatment;
      // not "Only Dana's form is attached; the equipment return form would be identical": another form).
      { seq: ["ONLY_WORD", "PAPERWORK_ONE", "PAPERWORK_SAME"], gap: [4, 3], barrier: 2, forbid: ["NOT", "DONT", "FILE_VERB", "PAPERWORK"] },
      { seq: ["PAPERWORK_ONE", "OTHERS_TOO", "SAME_FOR"], gap: [6, 12], barrier: 2, forbid: ["NOT", "DONT", "FILE_VERB"] },
      // "añadid a Marta Ruiz y a Diego Campos a la misma solicitud": someone else added to this same request.
      // The person stands right before "to the same request" (not "add Kai Lee's sign-off to the same request").
      // (The person's address may stand between: "include Antoine Moreau (amoreau@example.com) in this request".)
      // Someone's account acted on "in the same batch" (lexicon/same-batch.ts): "Nhờ khóa luôn tài khoản của anh Trần Văn Hùng (x@)
      // cùng đợt này", "disable the account of Tom Berg (x@) in the same batch" (not "close her account and her VPN in one go").
      { seq: [["ACTION", "PERSON_ACTION"], "ACCOUNT_OF", ["CAPNAME", "OTHER_EMAIL", "ALLOWED_EMAIL"], "SAME_BATCH"], gap: [3, 3, 12], barrier: 1, forbid: ["HER_HIS", "HANDOVER_VERB", "ROLE_PERSON", "NOT", "DONT"] },
      { seq: ["ADD_TO", ["CAPNAME", "OTHER_EMAIL"], "SAME_REQUEST"], gap: [6, 5], forbid: ["HER_HIS", "ROLE_PERSON", "HANDOVER_VERB", "FROM", "APPROVED", "APPROVAL_NOUN", "REVIEW"] },
      // The same request named first, then someone else's account acted on: "In the same request, please also suspend Khalid
      // Mansour's account (k.mansour@…)", "وفي الطلب نفسه، أوقفوا أيضاً حساب خالد منصور (k.mansour@…)" (not "in the same request, please
      // also disable her badge; her manager k.lee@ collects the laptop": HER_HIS; not "in this request, do not disable x@": a negation;
      // a comma may stand between, "وفي الطلب نفسه، أوقفوا").
      { seq: ["SAME_REQUEST", ["ACTION", "ALSO", "ACCOUNT_OF"], ["OTHER_EMAIL", "ALLOWED_EMAIL"]], gap: [3, 8], barrier: 1, forbid: ["HER_HIS", "ROLE_PERSON", "HANDOVER_VERB", "FROM", "NOT", "DONT", "APPROVED", "APPROVAL_NOUN", "REVIEW"] },
      // "could you tack on Emma Laurent as well?", "kunnen jullie meteen ook Thomas Peters meenemen?" (not "tack on Kai Lee as
      // approver": FOLD_IN_ROLE_WORDS).
      { seq: ["FOLD_IN", "CAPNAME"], gap: 2, forbid: ["HER_HIS", "ROLE_PERSON", "HANDOVER_VERB"], notFollowedBy: ["ROLE_PERSON"], notFollowedByWords: FOLD_IN_ROLE_WORDS },
      { seq: ["ALSO", "CAPNAME", "FOLD_IN"], gap: [3, 1], forbid: ["HER_HIS", "ROLE_PERSON", "HANDOVER_VERB"] },
    ],
  },
];
