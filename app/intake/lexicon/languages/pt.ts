import type { LanguagePack } from "./index.js";

/** Portuguese (pt): words the topic files lacked for their concepts (see index.ts). */
export const PT_PACK: LanguagePack = {};
