/**
 * Where the leaver's data is to arrive, said with no send verb: a passive or a verb of arriving that ends in its recipient
 * marker, the address right after it ("her passwords should go to x@", "her mailbox export ends up at x@", "should end up with
 * x@", "land in x@'s inbox", "der Export landet bei x@", "ses mots de passe doivent aller à x@", "que sus contraseñas vayan a
 * x@", "jej hasła mają trafić do x@"). With the data named before it in its clause and an outside address after it, this is
 * exfiltration (rules/exfil-dest-rules.ts); "her laptop goes back to IT" names no data and no address. Entries are normalised
 * like the text (see override.ts).
 */
export const CARGO_DESTINATION_CONCEPTS = {
  CARGO_GOES: [
    // en
    "go to", "goes to", "going to", "went to", "be sent to", "be forwarded to", "be passed to", "end up at", "ends up at", "end up with", "ends up with",
    "end up in", "ends up in", "land in", "lands in", "land at", "lands at", "land with", "lands with", "arrive at", "arrives at", "be dropped at", "be left at",
    "be parked at", "be stored at", "drop it at", "drop them at", "drop off at", "park it at", "park them at", "leave it at", "leave them at",
    // de
    "landet bei", "landen bei", "landet an", "landen an", "landet in", "landen in", "geht an", "gehen an",
    // fr
    "aller à", "va à", "vont à", "arriver à", "arrive à", "arrivent à", "atterrir chez", "atterrir à", "finir chez", "finir à",
    // es pt
    "vaya a", "vayan a", "ir a", "vaya para", "vayan para", "llegue a", "lleguen a", "acabe en", "acaben en", "vá para", "vão para", "ir para", "chegue a", "cheguem a", "acabe em",
    // it nl
    "vada a", "vadano a", "andare a", "arrivi a", "arrivino a", "finire a", "gaat naar", "gaan naar", "terechtkomen bij", "komt terecht bij", "komen terecht bij",
    // pl
    "trafić do", "trafi do", "trafią do", "trafiła do", "trafiły do", "iść do", "pójść do",
  ],
  /**
   * A verb that puts a thing down somewhere, the place after it ("park a copy of her files at x@", "leave the export at x@", "déposez
   * l'export chez x@"): with the leaver's data and an outside address right after it, exfiltration.
   */
  PLACE_VERB: [
    "drop", "drop off", "park", "leave", "put", "deposit", "dump", "stash", "ablegen", "abladen", "déposez", "déposer", "dépose", "laissez", "laisser",
    "deja", "dejad", "deje", "dejen", "deposita", "depositad", "deixe", "deixem", "deposite", "lascia", "lasciate", "depositate", "parkeer", "zostaw", "zostawcie", "wrzuć", "wrzućcie",
  ],
} as const satisfies Record<string, readonly string[]>;
