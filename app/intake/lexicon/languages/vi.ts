import type { LanguagePack } from "./index.js";

/** Vietnamese (vi): words the topic files lacked for their concepts (see index.ts). */
export const VI_PACK: LanguagePack = {};
