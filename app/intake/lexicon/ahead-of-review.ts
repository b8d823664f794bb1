/**
 * The review reaching the request, after "before" (lexicon/oversight.ts BEFORE): "action it before the review picks it up",
 * "disable it before security gets to it", "avant que la sécurité ne s'en saisisse", "bevor die IT-Sicherheit eingreift":
 * the action raced past a review that has not reached it yet (pressure.skip_review, rules/ahead-of-review-rules.ts).
 * Not the review's own verbs ("before security reviews it": a review awaited reads the same) nor "notice" (NOTICE_VERB, "before
 * anyone notices", is its own pattern). Entries are normalised like the text (lower case, no accents).
 */
export const AHEAD_OF_REVIEW_CONCEPTS = {
  REVIEW_REACHES: [
    "picks it up", "picks this up", "picks that up", "picks up on it", "gets to it", "gets to this", "gets round to it", "gets around to it", "gets hold of it", "gets wind of it",
    "catches it", "catches this", "kicks in", "steps in", "weighs in", "gets involved", "can object", "can block it", "can stop it", "can intervene", "intervenes", "has a chance to",
    // de fr es pt it nl
    "eingreift", "eingreifen kann", "es mitbekommt", "davon erfährt", "sich einschaltet", "dazwischenfunkt", "s en saisisse", "s en saisit", "intervienne", "s en mêle", "ait le temps",
    "se entere", "intervenga", "pueda intervenir", "tenga tiempo", "se dé cuenta", "se envolva", "intervenha", "possa intervir", "tenha tempo", "pegue nisso", "se ne accorga", "intervenga", "possa intervenire",
    "faccia in tempo", "het oppakt", "ingrijpt", "kan ingrijpen", "er lucht van krijgt", "tijd heeft",
    // pl ru uk sv
    "się zorientuje", "zdąży", "zareaguje", "się tym zajmie", "się wtrąci", "доберётся", "доберется", "вмешается", "успеет", "возьмёт в работу", "возьмет в работу", "спохватится",
    "дістанеться", "втрутиться", "встигне", "візьме в роботу", "hinner", "hinner reagera", "griper in", "kopplas in", "får nys om det",
  ],
} as const satisfies Record<string, readonly string[]>;
