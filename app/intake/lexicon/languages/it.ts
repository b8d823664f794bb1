import type { LanguagePack } from "./index.js";

/** Italian (it): words the topic files lacked for their concepts (see index.ts). */
export const IT_PACK: LanguagePack = {};
