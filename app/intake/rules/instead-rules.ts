import type { PhrasePattern } from "../injection-rules.js";
import type { Concept } from "../lexicon/index.js";
import { CHANGE_CUE } from "./concept-groups.js";

/** What an honest fix says about the person: the same one, a typo, the rest unchanged. */
const SAME_ONE: readonly Concept[] = ["SAME_PERSON", "TYPO_CUE", "REST_UNCHANGED"];

/**
 * After a correction or a mistake owned up to, the action pointed at another identifier "instead" (part of target.additional):
 * "the username on there is wrong. pls disable jpaterson instead of jpark", "the ID above was autofilled incorrectly - please
 * use 262407 instead" (not "if you have received it in error, please delete it. Any unauthorised review, use or
 * disclosure": a disclaimer, no "instead"). An honest fix says it is the same person or a typo (SAME_PERSON, TYPO_CUE, REST_UNCHANGED: not in the
 * gaps, nor within sixteen words after: "I put ntracy@ but please use ntracey@ instead, same guy"); not the leaver's own
 * thing changed ("please disable her account on Monday instead": HER_HIS).
 */
export const INSTEAD_PATTERNS: readonly PhrasePattern[] = [
  {
    seq: [CHANGE_CUE, ["ACTION", "ACCOUNT_POINTER"], ["SWAP", "INSTEAD_WORD"]],
    gap: [40, 4],
    barrier: 2,
    // A wrong number of the same person ("I put the wrong employee number for Rebecca Hollis. Please use MH-16204 instead of
    // MH-16240") is detect-id-swap.ts's to judge (a transposition is a typo): ID_NUMBER not right after the cue.
    forbidFirst: [...SAME_ONE, "ID_NUMBER"],
    // Between the verb and "instead" an identifier stands, not her things or a time ("disable the accounts on Monday instead").
    forbidLater: ["HER_HIS", "LEAVER_OWN", "SAME_PERSON", "TYPO_CUE", "SEND", "HANDOVER_VERB", "MAILBOX_NOUN", "TIME_WORD", "DEFER_TIME", "PARTICLE"],
    notFollowedBy: SAME_ONE,
    followedWithin: 16,
  },
  // The verb last: "Korrektur zum Austritt von Lena Vogel: bitte l.vogt@ stattdessen sperren" (an address, then "instead").
  {
    seq: [CHANGE_CUE, ["ALLOWED_EMAIL", "OTHER_EMAIL"], ["SWAP", "INSTEAD_WORD"], "ACTION"],
    gap: [40, 1, 2],
    barrier: 2,
    // A wrong number of the same person ("I put the wrong employee number for Rebecca Hollis. Please use MH-16204 instead of
    // MH-16240") is detect-id-swap.ts's to judge (a transposition is a typo): ID_NUMBER not right after the cue.
    forbidFirst: [...SAME_ONE, "ID_NUMBER"],
    forbidLater: ["HER_HIS", "LEAVER_OWN", "SAME_PERSON", "TYPO_CUE", "SEND", "HANDOVER_VERB"],
    notFollowedBy: SAME_ONE,
    followedWithin: 16,
  },
  // The leaver's account not to be acted on, then someone else's acted on "instead" (no correction cue): "Proszę jednak nie blokować
  // jej konta ... Zamiast tego proszę wyłączyć dostęp Tomasza Lewandowskiego (x@)", "please don't disable her account, she stays
  // on as a consultant. Instead, disable Tom Lewis's access", and with the verb last, "Stattdessen bitte den Zugang von Tom Lewis
  // sperren" (not "Instead, forward her mail to Tom Lewis": a hand-over; not "instead, disable her VPN now": no one else named).
  {
    seq: [["NOT", "NEGATION", "DONT"], "ACTION", ["INSTEAD_WORD", "SWAP"], "ACTION", ["CAPNAME", "OTHER_EMAIL", "ALLOWED_EMAIL"]],
    gap: [2, 14, 3, 3],
    barrier: 2,
    forbidLater: ["HANDOVER_VERB", "SEND", "NOTIFY", "SAME_PERSON", "TYPO_CUE"],
    notFollowedBy: ["HANDOVER_VERB"],
  },
  {
    seq: [["NOT", "NEGATION", "DONT"], "ACTION", ["INSTEAD_WORD", "SWAP"], ["CAPNAME", "OTHER_EMAIL", "ALLOWED_EMAIL"], "ACTION"],
    gap: [2, 14, 6, 3],
    barrier: 2,
    forbidLater: ["HANDOVER_VERB", "SEND", "NOTIFY", "SAME_PERSON", "TYPO_CUE"],
  },
];
