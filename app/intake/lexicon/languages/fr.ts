import type { LanguagePack } from "./index.js";

/** French (fr): words the topic files lacked for their concepts (see index.ts). */
export const FR_PACK: LanguagePack = {};
