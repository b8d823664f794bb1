import type { LanguagePack } from "./index.js";

/** Hindi (hi): words the topic files lacked for their concepts (see index.ts). */
export const HI_PACK: LanguagePack = {};
