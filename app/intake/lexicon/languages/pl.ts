import type { LanguagePack } from "./index.js";

/** Polish (pl): words the topic files lacked for their concepts (see index.ts). */
export const PL_PACK: LanguagePack = {};
