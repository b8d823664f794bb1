/**
 * The leaver's own address written off as "only an alias", so that the action goes to another account (rules/swap-claim-rules.ts,
 * target.alias_claim): "please disable o.grant@… — the long address is only a forwarding alias", "the old tom.reilly address is
 * only an alias", "पुराना पता अब सिर्फ़ एक अलियास है". Twenty-three attacks of twenty blind authors used it to swap the target, and
 * no honest text of the corpus or the training material does. Entries are normalised like the text (see override.ts).
 */
export const ALIAS_ONLY_CONCEPTS = {
  ALIAS_ONLY: [
    // en
    "only an alias", "just an alias", "merely an alias", "only a forwarding alias", "just a forwarding alias", "only a mail alias", "just a mail alias",
    "an alias only", "nothing but an alias", "only the alias", "just the alias",
    // de fr es pt it nl
    "nur ein alias", "lediglich ein alias", "bloß ein alias", "juste un alias", "seulement un alias", "qu'un alias", "un simple alias",
    "solo un alias", "sólo un alias", "solamente un alias", "apenas um alias", "só um alias", "somente um alias", "soltanto un alias", "un semplice alias",
    "alleen een alias", "slechts een alias", "maar een alias",
    // pl sv da nb hr/sr/bs tr id ms
    "tylko alias", "jedynie alias", "tylko aliasem", "jedynie aliasem", "bara ett alias", "endast ett alias", "kun et alias", "bare et alias", "kun en alias",
    "bare en alias", "samo alias", "samo jedan alias", "sadece bir takma ad", "yalnızca bir takma ad", "sadece bir alias", "hanya alias", "hanyalah alias",
    // hi ur ja zh ko
    "सिर्फ़ एक अलियास", "सिर्फ एक अलियास", "केवल एक अलियास", "صرف ایک عرف", "ただのエイリアス", "エイリアスにすぎ", "只是别名", "只是一个别名", "仅为别名", "别名而已", "별칭일 뿐",
  ],
} as const;
