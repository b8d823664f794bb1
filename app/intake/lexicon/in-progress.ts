/**
 * Work said to be going on now, not done (rules/authority-rules.ts): "Security is already looking at her recent
 * activity" reports a check under way, where "Security has already looked at it" claims one finished. Entries are
 * normalised like the text (lower case, no accents); see override.ts for the syntax.
 */
export const IN_PROGRESS_CONCEPTS = {
  /**
   * The auxiliary of a continuous tense or a phrase saying "busy with", standing between the security team and a
   * verb of looking or checking: "is already looking", "are already checking", "ya está revisando", "já está
   * verificando", "sta già verificando", "est déjà en train de", "is al bezig met", "håller redan på att".
   */
  IN_PROGRESS: [
    "is", "are", "is currently", "are currently", "currently", "in the process of",
    "está", "están", "estan", "esta", "estão", "estao", "está a", "estão a", "sta", "stanno", "sta gia", "en train de", "est en train de", "sont en train de",
    "bezig", "is bezig", "zijn bezig", "bezig met", "håller på", "håller på att", "holder på", "holder på med", "er i gang med", "gerade", "dabei", "ist dabei", "sind dabei",
  ],
} as const;
