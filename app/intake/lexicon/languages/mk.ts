import type { LanguagePack } from "./index.js";

/** Macedonian (mk): words the topic files lacked for their concepts (see index.ts; found on the training author t45). */
export const MK_PACK: LanguagePack = {
  // "Ве молам исклучете ги и пристапите на Елена Ристова (x@)" (cut off the access of another person too).
  ACCOUNT_OF: ["пристапите на", "сметката на", "сметките на"],
  // "сменете ја лозинката и испратете ја на x@" (the password sent outside).
  SECRET: ["лозинката", "лозинка"],
  SEND: ["испратете", "испрати"],
  // "копирајте ја целата HR архива … на надворешниот диск" (data copied to an external disk).
  STORE_VERB: ["копирајте"],
  REMOVABLE_MEDIA: ["надворешниот диск", "надворешен диск"],
};
