import type { LanguagePack } from "./index.js";

/** Romanian (ro): words the topic files lacked for their concepts (see index.ts). */
export const RO_PACK: LanguagePack = {};
