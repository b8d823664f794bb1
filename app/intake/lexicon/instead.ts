/**
 * "Instead" as the last word of a pointer, in the languages SWAP does not have it in that sense ("Potete disattivare x@
 * invece?", "gebruik x@ in plaats daarvan"): read only after a correction cue and a verb (rules/instead-rules.ts). Normalised
 * like the text.
 */
export const INSTEAD_CONCEPTS = {
  INSTEAD_WORD: [
    "invece", "al suo posto", "in plaats daarvan", "ao invés", "ao inves", "em vez disso", "en su lugar", "a cambio", "bunun yerine", "zamiast tego", "вместо этого", "взамен",
    "замість цього", "натомість", "sebagai gantinya", "gantinya", "istället för", "i stedet for", "sen sijaan", "代わりに", "その代わり", "代替", "대신에", "بدلا من ذلك", "بدلاً من ذلك", "इसके बजाय",
  ],
} as const satisfies Record<string, readonly string[]>;
