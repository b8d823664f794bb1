import type { LanguagePack } from "./index.js";

/** Dutch (nl): words the topic files lacked for their concepts (see index.ts). */
export const NL_PACK: LanguagePack = {};
