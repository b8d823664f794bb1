import type { LanguagePack } from "./index.js";

/** German (de): words the topic files lacked for their concepts (see index.ts). */
export const DE_PACK: LanguagePack = {};
