/**
 * Starting a review, a check or an approval step: "перевірку не запускати" (do not start the check), "die Prüfung nicht
 * anstoßen", "ne lancez pas la vérification", "don't trigger the security review" (pressure.skip_review, with a negation
 * and REVIEW_STRONG or the review machinery; not "don't start the review before her last day": a time after it).
 * Entries are normalised like the text (en de fr es pt it nl pl ru uk sv).
 */
export const START_REVIEW_CONCEPTS = {
  START_VERB: [
    "run", "start", "launch", "trigger", "kick off", "initiate",
    "starten", "anstoßen", "anstossen", "auslösen", "einleiten", "durchführen",
    "lancer", "lancez", "déclencher", "déclenchez", "démarrer", "démarrez", "effectuer",
    "lanzar", "lancéis", "iniciar", "inicies", "iniciéis", "ejecutar", "activar", "realizar",
    "disparar", "acionar", "executar", "avviare", "avviate", "avviarla", "lanciare", "eseguire", "attivare",
    "opstarten", "uitvoeren", "uruchamiać", "uruchamiaj", "uruchamiajcie", "uruchomić", "przeprowadzać", "przeprowadzić", "wszczynać",
    "запускать", "запускайте", "запускай", "запустить", "проводить", "инициировать", "запускати", "запускайте", "запускай", "запустити", "проводити", "ініціювати",
    "starta", "köra", "utföra",
  ],
} as const satisfies Record<string, readonly string[]>;
