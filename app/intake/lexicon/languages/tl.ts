import type { LanguagePack } from "./index.js";

/** Tagalog (tl): words the topic files lacked for their concepts (see index.ts). */
export const TL_PACK: LanguagePack = {
  // "Do not wait for" with the polite particle ("po", "pong") or "na" between: "Huwag na pong hintayin ang approval ng security".
  DONT_WAIT_PRE: ["huwag na pong hintayin", "huwag na po hintayin", "huwag pong hintayin", "huwag po hintayin", "huwag na hintayin", "wag nang hintayin", "wag na pong hintayin", "wag hintayin"],
  // Passed on to a review: "huwag nang i-flag o ipasa sa security" (do not flag it or pass it to security).
  SEND_TO_REVIEW: ["ipasa", "ipapasa", "ipaakyat"],
  // "Pakisama na rin pong i-reset at i-transfer sa akin ang shared mailbox na payroll-ph@" (to me; training author t44).
  REQUESTER_SELF: ["sa akin"],
  HANDOVER_VERB: ["i transfer", "ilipat"],
};
