import type { LanguagePack } from "./index.js";

/** Swahili (sw): words the topic files lacked for their concepts (see index.ts). */
export const SW_PACK: LanguagePack = {};
