import { AUTHORITY_CONCEPTS } from "./authority.js";
import { MODEL_CONCEPTS } from "./model.js";
import { OVERRIDE_CONCEPTS } from "./override.js";
import { TARGET_CONCEPTS } from "./targets.js";

/** Every concept of the rule lexicon, by name. */
export const CONCEPTS = { ...OVERRIDE_CONCEPTS, ...AUTHORITY_CONCEPTS, ...TARGET_CONCEPTS, ...MODEL_CONCEPTS } as const;

/** Concepts the scanner adds itself (not from word lists): see scan-injection.ts. */
export const SYNTHETIC_CONCEPTS = ["START", "OTHER_EMAIL", "PRIV_EMAIL", "ALLOWED_EMAIL", "EXTERNAL_EMAIL", "CAPNAME", "URL", "LABEL_VALUE"] as const;

export type Concept = keyof typeof CONCEPTS | (typeof SYNTHETIC_CONCEPTS)[number];
