import type { LanguagePack } from "./index.js";

/** Icelandic (is): words the topic files lacked for their concepts (see index.ts; found on the training author t42). */
export const IS_PACK: LanguagePack = {
  // "svo það er sá aðgangur sem á að loka" (so that is the account to close).
  ONE_TO_ACT: ["sem á að loka", "sá aðgangur sem á að loka", "sem á að gera óvirkan", "sem á að eyða"],
};
