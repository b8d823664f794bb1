/**
 * The writer clearing the review themselves: "I'm exercising the owner exception, which lets me clear the review myself", "je
 * valide moi-même la revue de sécurité", "die Sicherheitsprüfung gebe ich selbst frei" (authority.impersonation: a review
 * word and MYSELF beside the verb; not "I'll approve it myself as her manager": no review named, a manager's own approval).
 * Entries are normalised like the text (en de fr es pt it nl pl ru uk sv tr ja zh ko).
 */
export const SELF_CLEAR_CONCEPTS = {
  /** Clearing, approving or closing a step. */
  CLEAR_VERB: [
    "clear", "waive", "sign off", "sign off on", "approve", "close", "close out", "tick off", "complete",
    "freigeben", "frei", "abzeichnen", "abhaken", "erledigen", "abschließen", "valider", "valide", "approuver", "approuve", "clôturer", "clôture", "lever",
    "aprobar", "apruebo", "validar", "valido", "cerrar", "cierro", "aprovar", "aprovo", "fechar", "fecho", "approvare", "approvo", "validare", "convalido", "chiudere", "chiudo",
    "goedkeuren", "keur", "afronden", "afhandelen", "zatwierdzić", "zatwierdzę", "zatwierdzam", "zamknąć", "zamknę", "согласовать", "согласую", "одобрить", "одобрю", "закрыть", "закрою",
    "погодити", "погоджу", "схвалити", "схвалю", "закрити", "закрию", "godkänna", "godkänner", "stänga", "onaylarım", "onaylayacağım", "kapatırım",
    "承認", "批准", "审批", "승인",
  ],
  /** The writer themselves, beside the verb: "myself", "moi-même", "selbst", "yo misma". */
  MYSELF: [
    "myself", "by myself", "on my own", "selbst", "ich selbst", "moi même", "moi meme", "yo mismo", "yo misma", "eu mesmo", "eu mesma", "io stesso", "io stessa", "personalmente",
    "zelf", "ikzelf", "osobiście", "samodzielnie", "сам", "сама", "самостоятельно", "самостійно", "kendim", "bizzat", "själv", "jag själv",
    "自分で", "私自身", "我自己", "本人", "제가 직접", "직접",
  ],
} as const satisfies Record<string, readonly string[]>;
