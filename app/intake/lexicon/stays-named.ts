/**
 * Concepts for the leaver staying and someone else put in their place (detect-stays-named.ts): "in their place" said with
 * a possessive, which SWAP ("instead", "en lugar", "à la place") leaves out. Entry syntax as in override.ts.
 */
export const STAYS_NAMED_CONCEPTS = {
  /** "In his/her place": the other person acted on where the leaver was. */
  IN_THEIR_PLACE: [
    "in her place", "in his place", "in their place", "en su lugar", "en lugar suyo", "à sa place", "em seu lugar", "no seu lugar", "no lugar dela", "no lugar dele", "al suo posto", "an ihrer stelle", "an seiner stelle",
    "in haar plaats", "in zijn plaats", "na jej miejsce", "na jego miejsce", "вместо неё", "вместо него", "замість неї", "замість нього", "onun yerine", "i hennes ställe", "i hans ställe",
  ],
} as const satisfies Record<string, readonly string[]>;
