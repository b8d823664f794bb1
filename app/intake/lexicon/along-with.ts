/**
 * Someone else acted on beside the leaver, the leaver named by pronoun: "close his supervisor's
 * account together with him", "alle Benutzer der OU deaktivieren und nicht nur ihn", "fungeni akaunti
 * ya msimamizi wake ... pamoja naye" (target.additional, after an action verb in the same sentence).
 * English "her" only where it cannot be a possessive ("and not just her"; "along with her own accounts" is hers).
 * Entries are normalised like the text (lower case, no accents).
 */
export const ALONG_WITH_CONCEPTS = {
  ALONG_WITH_LEAVER: [
    "together with him", "along with him", "as well as him", "not just him", "not only him", "and not just her", "and not only her",
    "zusammen mit ihm", "zusammen mit ihr", "nicht nur ihn", "nicht nur sie", "en même temps que lui", "en même temps qu elle", "pas seulement lui", "pas seulement elle", "pas que lui",
    "junto con él", "junto con ella", "no solo a él", "no solo a ella", "junto com ele", "junto com ela", "não só ele", "não só ela", "não apenas ele", "não apenas ela",
    "insieme a lui", "insieme a lei", "non solo lui", "non solo lei", "samen met hem", "samen met haar", "niet alleen hem", "niet alleen haar",
    "razem z nim", "razem z nią", "nie tylko jego", "nie tylko ją", "вместе с ним", "вместе с ней", "не только его", "не только её", "разом з ним", "разом з нею", "не тільки його", "не лише його",
    "tillsammans med honom", "tillsammans med henne", "inte bara honom", "inte bara henne", "onunla birlikte", "pamoja naye", "和他一起", "和她一起", "连同他", "連同他", "不只是他", "彼と一緒に", "彼女と一緒に",
  ],
} as const;
