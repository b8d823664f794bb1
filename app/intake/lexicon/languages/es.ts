import type { LanguagePack } from "./index.js";

/** Spanish (es): words the topic files lacked for their concepts (see index.ts). */
export const ES_PACK: LanguagePack = {};
