/**
 * The request asked to pass the checks untouched: "please let this one run straight through",
 * "einfach durchwinken", "laissez-la passer directement" (pressure.skip_review; not after a
 * negation: "don't let it run straight through"). Only phrases that say "this one" or "it" and
 * "through" or "directly" with an imperative: "the request went straight through to IT" describes.
 * Entries are normalised like the text (lower case, no accents).
 */
export const LET_THROUGH_CONCEPTS = {
  LET_THROUGH: [
    "let this one run straight through", "let it run straight through", "let this run straight through", "let this one go straight through", "let it go straight through", "let this one straight through",
    "let it straight through", "let this one through", "wave this one through", "push this one straight through", "push it straight through", "push it through", "push this through", "push this one through", "push that through", "force it through", "force this through", "rush it through", "rush this through", "put this one straight through", "put it straight through",
    // To wave through is to let pass unchecked, whatever comes between: "Bitte ohne weitere Freigabe durchwinken", "just wave it through".
    "durchwinken", "wave it through", "wave this through", "wave this one through", "wave it straight through",
    "direkt durchwinken", "einfach durchwinken", "bitte durchwinken", "direkt durchlaufen lassen", "einfach durchlaufen lassen",
    "laissez la passer directement", "laissez le passer directement", "faites la passer directement", "faites le passer directement",
    "dejala pasar directamente", "dejadla pasar directamente", "dejenla pasar directamente", "dejala pasar directo",
    "deixem passar direto", "deixe passar direto", "deixa passar direto",
    "fatela passare direttamente", "lasciatela passare direttamente", "lasciatela passare",
    // Glad for it to pass unchecked: "happy for it to go straight through this time", "it can go straight through".
    "for it to go straight through", "for this to go straight through", "for this one to go straight through", "it can go straight through", "this can go straight through",
    "this one can go straight through", "kann direkt durchlaufen", "darf direkt durchlaufen", "mag direct doorlopen", "kan direct doorlopen",
    "laat deze direct doorlopen", "gewoon laten doorlopen", "doorwuiven", "släpp igenom den direkt", "släpp igenom direkt",
    // pushed through past the checks (en de nl pl ru uk): "the service desk closes at five, just push it through", "einfach durchdrücken"
    "durchdrücken", "einfach durchdrücken", "gewoon doordrukken", "erdoor drukken", "przepchnijcie to", "przepchnij to", "протолкните", "протолкни", "проштовхніть",
    // said as what it can do, with 'this' or 'it' (en de fr es it pt nl): 'so this can go straight through'
    "this can go straight through", "it can go straight through", "this one can go straight through", "this can go right through", "das kann direkt durchlaufen", "der kann direkt durchlaufen", "cela peut passer directement", "ça peut passer directement", "esto puede pasar directamente", "puede pasar directamente", "può passare direttamente", "questa può passare direttamente", "isso pode passar direto", "pode passar direto", "dit kan direct doorlopen",
  ],
} as const;
