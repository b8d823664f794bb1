import type { LanguagePack } from "./index.js";

/** Greek (el): words the topic files lacked for their concepts (see index.ts). */
export const EL_PACK: LanguagePack = {};
