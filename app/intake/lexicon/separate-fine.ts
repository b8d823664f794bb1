/**
 * Filing separately called fine: "Separate tickets are fine if that's easier for you" offers the
 * reader the usual one request per person, the opposite of folding others in (target.batch reads
 * it in the gap between "separate tickets" and "easier", or right after "separate tickets"). Entries are normalised like the text.
 */
export const SEPARATE_FINE_CONCEPTS = {
  FILING_FINE: [
    "fine", "ok", "okay", "no problem", "not a problem", "works for us", "in ordnung", "kein problem", "pas de problème", "pas de souci", "très bien", "sin problema", "está bien", "están bien",
    "tudo bem", "sem problema", "va bene", "vanno bene", "nessun problema", "prima", "geen probleem", "w porządku", "bez problemu", "нормально", "без проблем", "не проблема", "sorun değil",
    "are fine", "is fine", "are ok", "is ok", "are okay", "is okay", "would be fine", "sind ok", "ist ok", "sind in ordnung", "ist in ordnung", "sont très bien", "c est très bien",
    "están bien", "estão bem", "vanno benissimo", "zijn prima", "is prima", "są w porządku", "тоже нормально", "olur", "没问题", "没關係", "也可以", "大丈夫", "構いません", "괜찮", "لا مشكلة", "لا بأس", "ठीक है", "går bra", "inga problem",
  ],
} as const;
