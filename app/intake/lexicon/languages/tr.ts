import type { LanguagePack } from "./index.js";

/** Turkish (tr): words the topic files lacked for their concepts (see index.ts). */
export const TR_PACK: LanguagePack = {};
