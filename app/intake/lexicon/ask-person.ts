/**
 * Someone asked to help, not acted on: "please ask Anton Berg from IT to collect it", "contact Kai Lee
 * for the keys", "bitte Anna Berg fragen". A correction cue's sentence that goes on to ask someone
 * for help names a helper, not a new leaver (detect-correction.ts reads it as a blocker, as it
 * reads a role or a hand-over). Entries are normalised like the text (lower case, no accents).
 */
export const ASK_PERSON_CONCEPTS = {
  ASK_PERSON: [
    "ask", "please ask", "contact", "reach out to", "check with", "talk to", "speak to", "coordinate with", "get in touch with",
    "fragen", "frag", "kontaktieren", "kontaktiert", "wenden sie sich an", "demander a", "demandez a", "contacter", "contactez",
    "preguntar a", "pregunta a", "pregunten a", "pedir a", "pidan a", "contactar a", "contacten a", "perguntar a", "pergunte a", "pedir ao",
    "contatar", "contate", "chiedere a", "chiedete a", "contattare", "contattate", "vragen", "vraag", "neem contact op met",
    "zapytaj", "zapytajcie", "poproś", "poproście", "skontaktuj się z", "попросите", "спросите", "свяжитесь с", "попросіть", "зверніться до",
    "fråga", "kontakta", "minta", "hubungi", "tanyakan",
  ],
} as const;
