import type { LanguagePack } from "./index.js";

/** Chinese (zh): words the topic files lacked for their concepts (see index.ts). */
export const ZH_PACK: LanguagePack = {};
