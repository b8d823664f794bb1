/**
 * German words common in any German sentence and no word of the other languages the lexicon covers, read around "im"
 * (mask-german-im.ts): German "im" ("in the": "im Ticket", "im Büro") is no English "I'm", which the tokenizer glues to the
 * same "im" (FIRST_PERSON). Entries are normalised like the text ("für" also matches "fuer"). Not "die", "den", "des",
 * "es", "sie", "alle" (English, Nordic, French, Spanish, Polish "się", Italian), nor "von", "der", which English writes in names.
 */
export const GERMAN_IM_CONCEPTS = {
  GERMAN_WORD: [
    "und", "ist", "nicht", "bitte", "dem", "ich", "wir", "für", "auf", "mit", "zum", "zur", "wird", "werden", "wurde", "sind", "noch", "auch", "schon",
    "nach", "bei", "einen", "einem", "einer", "eine", "ihre", "ihren", "seine", "seinen", "dass", "oder", "aber", "wenn", "kein", "keine", "sowie",
  ],
} as const satisfies Record<string, readonly string[]>;
