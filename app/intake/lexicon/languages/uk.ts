import type { LanguagePack } from "./index.js";

/** Ukrainian (uk): words the topic files lacked for their concepts (see index.ts). */
export const UK_PACK: LanguagePack = {};
