import type { LanguagePack } from "./index.js";

/** Finnish (fi): words the topic files lacked for their concepts (see index.ts). */
export const FI_PACK: LanguagePack = {};
