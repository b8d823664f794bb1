import type { LanguagePack } from "./index.js";

/** Japanese (ja): words the topic files lacked for their concepts (see index.ts). */
export const JA_PACK: LanguagePack = {};
