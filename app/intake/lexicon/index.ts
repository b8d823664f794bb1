import { ACTUAL_ACCOUNT_CONCEPTS } from "./actual-account.js";
import { STANDING_RULE_CONCEPTS } from "./standing-rule.js";
import { TRAILER_READER_CONCEPTS } from "./trailer-reader.js";
import { AFTER_LEAVING_CONCEPTS } from "./after-leaving.js";
import { AFTER_THE_FACT_CONCEPTS } from "./after-the-fact.js";
import { ALONG_WITH_CONCEPTS } from "./along-with.js";
import { APPROVERS_EXCLUDED_CONCEPTS } from "./approvers-excluded.js";
import { ASK_PERSON_CONCEPTS } from "./ask-person.js";
import { ASSISTED_EXEC_CONCEPTS } from "./assisted-exec.js";
import { AUTHORITY_CONCEPTS } from "./authority.js";
import { AUTHORITY_ROLE_CONCEPTS } from "./authority-roles.js";
import { APPROVAL_ACT_CONCEPTS } from "./approval-acts.js";
import { BATCH_CONCEPTS } from "./batch.js";
import { BYPASS_CONCEPTS } from "./bypass.js";
import { CATCH_UP_CONCEPTS } from "./catch-up.js";
import { COLLEAGUE_CONCEPTS } from "./colleague.js";
import { CONTRAST_CUE_CONCEPTS } from "./contrast-cues.js";
import { CORRECTION_CONCEPTS } from "./corrections.js";
import { WRONG_PERSON_CONCEPTS } from "./wrong-person.js";
import { DECISION_KEY_CONCEPTS } from "./decision-keys.js";
import { DEEMED_CONCEPTS } from "./deemed.js";
import { DEFERRAL_CONCEPTS } from "./deferral.js";
import { DELEGATED_ROLE_CONCEPTS } from "./delegated-role.js";
import { DONT_WAIT_CONCEPTS } from "./dont-wait.js";
import { DUPLICATE_APPROVAL_CONCEPTS } from "./duplicate-approval.js";
import { EXEC_LEAVER_CONCEPTS } from "./exec-leaver.js";
import { EXFIL_DESTINATION_CONCEPTS } from "./exfil-destinations.js";
import { STORAGE_PLACE_CONCEPTS } from "./storage-place.js";
import { EXFILTRATION_CONCEPTS } from "./exfiltration.js";
import { SECRET_CONCEPTS } from "./secrets.js";
import { EXTRA_PEOPLE_CONCEPTS } from "./extra-people.js";
import { EXTRA_PERSON_CONCEPTS } from "./extra-person.js";
import { EXTRA_LEAVERS_CONCEPTS } from "./extra-leavers.js";
import { WILD_SCOPE_CONCEPTS } from "./wild-scope.js";
import { PRIV_ALONG_CONCEPTS } from "./priv-along.js";
import { GIVEN_YOU_CONCEPTS } from "./given-you.js";
import { GONE_AWAY_CONCEPTS } from "./gone-away.js";
import { GROUP_SCOPE_CONCEPTS } from "./group-scope.js";
import { HOMOGRAPH_CONCEPTS } from "./homographs.js";
import { IN_ADVANCE_CONCEPTS } from "./in-advance.js";
import { SHIFT_CREW_CONCEPTS } from "./shift-crew.js";
import { AHEAD_OF_REVIEW_CONCEPTS } from "./ahead-of-review.js";
import { CONSIDER_CLEARED_CONCEPTS } from "./consider-cleared.js";
import { AUTOMATED_DUTY_CONCEPTS } from "./automated-duty.js";
import { IN_EFFECT_CONCEPTS } from "./in-effect.js";
import { SAME_RECORD_CONCEPTS } from "./same-record.js";
import { SWAP_FIELD_CONCEPTS } from "./swap-fields.js";
import { STAYS_NAMED_CONCEPTS } from "./stays-named.js";
import { IN_PROGRESS_CONCEPTS } from "./in-progress.js";
import { GENITIVE_DE_CONCEPTS } from "./genitive-de.js";
import { SECURITY_PLACE_CONCEPTS } from "./security-place.js";
import { SECRET_CHANGED_CONCEPTS } from "./secret-changed.js";
import { SECURITY_CONSENT_CONCEPTS } from "./security-consent.js";
import { ID_NUMBER_CONCEPTS } from "./id-number.js";
import { JOB_TITLE_CONCEPTS } from "./job-title.js";
import { TAKES_OVER_CONCEPTS } from "./takes-over.js";
import { GERMAN_IM_CONCEPTS } from "./german-im.js";
import { GERMAN_IHR_CONCEPTS } from "./german-ihr.js";
import { WORD_ORDER_CONCEPTS } from "./word-order.js";
import { INSTEAD_CONCEPTS } from "./instead.js";
import { INVOLVEMENT_CONCEPTS } from "./involvement.js";
import { LEAVER_BOSS_CONCEPTS } from "./leaver-boss.js";
import { LEAVING_TOO_CONCEPTS } from "./leaving-too.js";
import { LET_THROUGH_CONCEPTS } from "./let-through.js";
import { MODEL_CONCEPTS } from "./model.js";
import { MODEL_OUTPUT_CONCEPTS } from "./model-output.js";
import { OFFLINE_APPROVAL_CONCEPTS } from "./offline-approval.js";
import { OUTSIDE_DESTINATION_CONCEPTS } from "./outside-destination.js";
import { OUTSIDE_GRANT_CONCEPTS } from "./outside-grant.js";
import { OVERRIDE_CONCEPTS } from "./override.js";
import { OVERRIDE_SCOPE_CONCEPTS } from "./override-scope.js";
import { OVERRIDE_READER_CONCEPTS } from "./override-reader.js";
import { OWN_ACCOUNT_CONCEPTS } from "./own-account.js";
import { NOT_ROUTED_CONCEPTS } from "./not-routed.js";
import { OWNERSHIP_CONCEPTS } from "./ownership.js";
import { REOPEN_CONCEPTS } from "./reopen.js";
import { OWN_NAME_APPROVAL_CONCEPTS } from "./own-name-approval.js";
import { ACT_DIRECTLY_CONCEPTS } from "./act-directly.js";
import { POST_HERE_CONCEPTS } from "./post-here.js";
import { PRIOR_REVIEW_CONCEPTS } from "./prior-review.js";
import { PRIV_COORD_CONCEPTS } from "./priv-coord.js";
import { PROSPECTIVE_CONCEPTS } from "./prospective.js";
import { RECORD_AS_CONCEPTS } from "./record-as.js";
import { RECORD_ID_CONCEPTS } from "./record-id.js";
import { REDIRECTED_CONCEPTS } from "./redirected.js";
import { RENAMED_CONCEPTS } from "./renamed.js";
import { REST_OF_TEAM_CONCEPTS } from "./rest-of-team.js";
import { REPORTS_SCOPE_CONCEPTS } from "./reports-scope.js";
import { REVIEW_AGAIN_CONCEPTS } from "./review-again.js";
import { REVIEW_SKIP_CONCEPTS } from "./review-skip.js";
import { NO_NEED_CONCEPTS } from "./no-need.js";
import { REVIEW_CONCEPTS } from "./review.js";
import { REVIEW_GATE_CONCEPTS } from "./review-gate.js";
import { ROLE_SHIFT_CONCEPTS } from "./role-shift.js";
import { NOW_NO_LONGER_CONCEPTS } from "./now-no-longer.js";
import { ACT_AS_CONCEPTS } from "./act-as.js";
import { SALUTATION_CONCEPTS } from "./salutation.js";
import { SAME_TREATMENT_CONCEPTS } from "./same-treatment.js";
import { SECRET_EXIT_CONCEPTS } from "./secret-exit.js";
import { SELF_AUTHORITY_CONCEPTS } from "./self-authority.js";
import { SEPARATE_FINE_CONCEPTS } from "./separate-fine.js";
import { SECOND_REVIEW_CONCEPTS } from "./second-review.js";
import { SEPARATE_TRACK_CONCEPTS } from "./separate-track.js";
import { KEEP_ACTIVE_CONCEPTS } from "./keep-active.js";
import { SELF_EXIT_CONCEPTS } from "./self-exit.js";
import { VERIFY_CONTACT_CONCEPTS } from "./verify-contact.js";
import { SWAPPED_ACCOUNT_CONCEPTS } from "./swapped-account.js";
import { TARGET_CONCEPTS } from "./targets.js";
import { PRIVILEGED_TARGET_CONCEPTS } from "./privileged-targets.js";
import { TARGET_PEOPLE_CONCEPTS } from "./target-people.js";
import { TICKET_REUSE_CONCEPTS } from "./ticket-reuse.js";
import { THIS_MESSAGE_CONCEPTS } from "./this-message.js";
import { THIS_LEAVER_CONCEPTS } from "./this-leaver.js";
import { UPLOAD_COMMAND_CONCEPTS } from "./upload-command.js";
import { URGENCY_CONCEPTS } from "./urgency.js";
import { OVERSIGHT_CONCEPTS } from "./oversight.js";
import { WHILE_AT_IT_CONCEPTS } from "./while-at-it.js";
import { WITH_LEAVING_CONCEPTS } from "./with-leaving.js";
import { SHARED_ACCOUNT_CONCEPTS } from "./shared-account.js";
import { WRONG_DOCUMENT_CONCEPTS } from "./wrong-document.js";
import { AS_REVIEWED_CONCEPTS } from "./as-reviewed.js";
import { START_REVIEW_CONCEPTS } from "./start-review.js";
import { SELF_CLEAR_CONCEPTS } from "./self-clear.js";
import { REVOKE_LIST_CONCEPTS } from "./revoke-list.js";
import { CARBON_COPY_CONCEPTS } from "./carbon-copy.js";
import { GENITIVE_POST_CONCEPTS } from "./genitive-post.js";
import { GRANT_RIGHTS_CONCEPTS } from "./grant-rights.js";
import { ALIAS_ONLY_CONCEPTS } from "./alias-only.js";
import { RUN_AGAINST_CONCEPTS } from "./run-against.js";
import { NEVER_ASK_CONCEPTS } from "./never-ask.js";
import { CARGO_DESTINATION_CONCEPTS } from "./cargo-destination.js";
import { UNTIL_DO_CONCEPTS } from "./until-do.js";
import { WAITS_ON_CONCEPTS } from "./waits-on.js";
import { DIRECT_ORDER_CONCEPTS } from "./direct-order.js";
import { SAME_BATCH_CONCEPTS } from "./same-batch.js";
import { MUST_NOT_HAPPEN_CONCEPTS } from "./must-not-happen.js";
import { SECOND_SIGNATURE_CONCEPTS } from "./second-signature.js";
import { ROLE_MANDATE_CONCEPTS } from "./role-mandate.js";
import { SILENT_CONSENT_CONCEPTS } from "./silent-consent.js";
import { INTO_MESSAGE_CONCEPTS } from "./into-message.js";
import { REVIEW_LATER_CONCEPTS } from "./review-later.js";
import { BOT_READER_CONCEPTS } from "./bot-reader.js";
import { SECURITY_TASK_CONCEPTS } from "./security-task.js";
import { LOW_RISK_CONCEPTS } from "./low-risk.js";
import { REVIEW_HELD_CONCEPTS } from "./review-held.js";
import { LANGUAGE_PACKS, withLanguagePacks } from "./languages/index.js";

/** The concepts of the topic files, by name (the language packs add to them below). */
const TOPIC_CONCEPTS = {
  ...OVERRIDE_CONCEPTS,
  ...OVERRIDE_SCOPE_CONCEPTS,
  ...OVERRIDE_READER_CONCEPTS,
  ...ROLE_SHIFT_CONCEPTS,
  ...NOW_NO_LONGER_CONCEPTS,
  ...ACT_AS_CONCEPTS,
  ...AUTHORITY_CONCEPTS,
  ...AUTHORITY_ROLE_CONCEPTS,
  ...APPROVAL_ACT_CONCEPTS,
  ...REVIEW_CONCEPTS,
  ...REVIEW_GATE_CONCEPTS,
  ...REVIEW_SKIP_CONCEPTS,
  ...NO_NEED_CONCEPTS,
  ...URGENCY_CONCEPTS,
  ...OVERSIGHT_CONCEPTS,
  ...BYPASS_CONCEPTS,
  ...TARGET_CONCEPTS,
  ...PRIVILEGED_TARGET_CONCEPTS,
  ...TARGET_PEOPLE_CONCEPTS,
  ...CORRECTION_CONCEPTS,
  ...WRONG_PERSON_CONCEPTS,
  ...CONTRAST_CUE_CONCEPTS,
  ...REDIRECTED_CONCEPTS,
  ...BATCH_CONCEPTS,
  ...GROUP_SCOPE_CONCEPTS,
  ...LEAVING_TOO_CONCEPTS,
  ...SAME_TREATMENT_CONCEPTS,
  ...EXEC_LEAVER_CONCEPTS,
  ...EXTRA_PEOPLE_CONCEPTS,
  ...EXTRA_PERSON_CONCEPTS,
  ...MODEL_CONCEPTS,
  ...MODEL_OUTPUT_CONCEPTS,
  ...EXFILTRATION_CONCEPTS,
  ...SECRET_CONCEPTS,
  ...EXFIL_DESTINATION_CONCEPTS,
  ...STORAGE_PLACE_CONCEPTS,
  ...OFFLINE_APPROVAL_CONCEPTS,
  ...APPROVERS_EXCLUDED_CONCEPTS,
  ...OUTSIDE_DESTINATION_CONCEPTS,
  ...OUTSIDE_GRANT_CONCEPTS,
  ...DEFERRAL_CONCEPTS,
  ...REPORTS_SCOPE_CONCEPTS,
  ...PROSPECTIVE_CONCEPTS,
  ...SALUTATION_CONCEPTS,
  ...LET_THROUGH_CONCEPTS,
  ...ALONG_WITH_CONCEPTS,
  ...SWAPPED_ACCOUNT_CONCEPTS,
  ...TICKET_REUSE_CONCEPTS,
  ...OWN_ACCOUNT_CONCEPTS,
  ...ACT_DIRECTLY_CONCEPTS,
  ...SEPARATE_FINE_CONCEPTS,
  ...SEPARATE_TRACK_CONCEPTS,
  ...SECOND_REVIEW_CONCEPTS,
  ...VERIFY_CONTACT_CONCEPTS,
  ...KEEP_ACTIVE_CONCEPTS,
  ...SELF_EXIT_CONCEPTS,
  ...PRIOR_REVIEW_CONCEPTS,
  ...INVOLVEMENT_CONCEPTS,
  ...RECORD_AS_CONCEPTS,
  ...THIS_MESSAGE_CONCEPTS,
  ...UPLOAD_COMMAND_CONCEPTS,
  ...COLLEAGUE_CONCEPTS,
  ...ASK_PERSON_CONCEPTS,
  ...ASSISTED_EXEC_CONCEPTS,
  ...RENAMED_CONCEPTS,
  ...PRIV_COORD_CONCEPTS,
  ...DELEGATED_ROLE_CONCEPTS,
  ...DUPLICATE_APPROVAL_CONCEPTS,
  ...SELF_AUTHORITY_CONCEPTS,
  ...WHILE_AT_IT_CONCEPTS,
  ...CATCH_UP_CONCEPTS,
  ...GONE_AWAY_CONCEPTS,
  ...GIVEN_YOU_CONCEPTS,
  ...POST_HERE_CONCEPTS,
  ...AFTER_LEAVING_CONCEPTS,
  ...HOMOGRAPH_CONCEPTS,
  ...IN_PROGRESS_CONCEPTS,
  ...GENITIVE_DE_CONCEPTS,
  ...SECURITY_PLACE_CONCEPTS,
  ...SECRET_CHANGED_CONCEPTS,
  ...SECURITY_CONSENT_CONCEPTS,
  ...RECORD_ID_CONCEPTS,
  ...WITH_LEAVING_CONCEPTS,
  ...SHARED_ACCOUNT_CONCEPTS,
  ...REST_OF_TEAM_CONCEPTS,
  ...AFTER_THE_FACT_CONCEPTS,
  ...DONT_WAIT_CONCEPTS,
  ...ID_NUMBER_CONCEPTS,
  ...JOB_TITLE_CONCEPTS,
  ...TAKES_OVER_CONCEPTS,
  ...GERMAN_IM_CONCEPTS,
  ...GERMAN_IHR_CONCEPTS,
  ...WORD_ORDER_CONCEPTS,
  ...REVIEW_AGAIN_CONCEPTS,
  ...LEAVER_BOSS_CONCEPTS,
  ...OWN_NAME_APPROVAL_CONCEPTS,
  ...OWNERSHIP_CONCEPTS,
  ...NOT_ROUTED_CONCEPTS,
  ...REOPEN_CONCEPTS,
  ...DECISION_KEY_CONCEPTS,
  ...ACTUAL_ACCOUNT_CONCEPTS,
  ...THIS_LEAVER_CONCEPTS,
  ...INSTEAD_CONCEPTS,
  ...WRONG_DOCUMENT_CONCEPTS,
  ...AS_REVIEWED_CONCEPTS,
  ...START_REVIEW_CONCEPTS,
  ...SELF_CLEAR_CONCEPTS,
  ...REVOKE_LIST_CONCEPTS,
  ...CARBON_COPY_CONCEPTS,
  ...GENITIVE_POST_CONCEPTS,
  ...GRANT_RIGHTS_CONCEPTS,
  ...ALIAS_ONLY_CONCEPTS,
  ...RUN_AGAINST_CONCEPTS,
  ...NEVER_ASK_CONCEPTS,
  ...CARGO_DESTINATION_CONCEPTS,
  ...UNTIL_DO_CONCEPTS,
  ...WAITS_ON_CONCEPTS,
  ...DIRECT_ORDER_CONCEPTS,
  ...SAME_BATCH_CONCEPTS,
  ...MUST_NOT_HAPPEN_CONCEPTS,
  ...SECRET_EXIT_CONCEPTS,
  ...DEEMED_CONCEPTS,
  ...IN_ADVANCE_CONCEPTS,
  ...SHIFT_CREW_CONCEPTS,
  ...AHEAD_OF_REVIEW_CONCEPTS,
  ...CONSIDER_CLEARED_CONCEPTS,
  ...AUTOMATED_DUTY_CONCEPTS,
  ...IN_EFFECT_CONCEPTS,
  ...SAME_RECORD_CONCEPTS,
  ...SECOND_SIGNATURE_CONCEPTS,
  ...ROLE_MANDATE_CONCEPTS,
  ...SILENT_CONSENT_CONCEPTS,
  ...INTO_MESSAGE_CONCEPTS,
  ...SWAP_FIELD_CONCEPTS,
  ...STAYS_NAMED_CONCEPTS,
  ...STANDING_RULE_CONCEPTS,
  ...TRAILER_READER_CONCEPTS,
  ...EXTRA_LEAVERS_CONCEPTS,
  ...WILD_SCOPE_CONCEPTS,
  ...PRIV_ALONG_CONCEPTS,
  ...REVIEW_LATER_CONCEPTS,
  ...BOT_READER_CONCEPTS,
  ...SECURITY_TASK_CONCEPTS,
  ...LOW_RISK_CONCEPTS,
  ...REVIEW_HELD_CONCEPTS,
} as const;

/** A concept a topic file defines: what a language pack may add words to. */
export type TopicConcept = keyof typeof TOPIC_CONCEPTS;

/**
 * Every concept of the rule lexicon, by name: the topic files' entries, then each language pack's
 * (languages/*.ts: one file per language, the words that language needs for concepts the topic
 * files define).
 */
export const CONCEPTS: { readonly [K in keyof typeof TOPIC_CONCEPTS]: readonly string[] } = withLanguagePacks(TOPIC_CONCEPTS, LANGUAGE_PACKS);

/** Concepts the scanner adds itself (not from word lists): see scan-injection.ts. */
export const SYNTHETIC_CONCEPTS = ["START", "OTHER_EMAIL", "PRIV_EMAIL", "ALLOWED_EMAIL", "EXTERNAL_EMAIL", "CAPNAME", "URL", "LABEL_VALUE", "PRIV_LOGIN", "LEAVER_NAME", "TEAM_ACCOUNT"] as const;

export type Concept = keyof typeof CONCEPTS | (typeof SYNTHETIC_CONCEPTS)[number];
