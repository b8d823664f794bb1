import type { LanguagePack } from "./index.js";

/** Korean (ko): words the topic files lacked for their concepts (see index.ts). */
export const KO_PACK: LanguagePack = {};
