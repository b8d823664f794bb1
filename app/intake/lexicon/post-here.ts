/**
 * Secrets posted where everyone on the request reads them (exfil.send_secrets): "die Passwörter ... bitte einfach hier im
 * Ticket als Antwort posten", "post her vault passwords here in the ticket", "collez ses mots de passe dans ce ticket".
 * Entries are normalised like the text (lower case, no accents).
 */
export const POST_HERE_CONCEPTS = {
  /** The request's own ticket or thread, as a place to write into. */
  HERE_IN_TICKET: [
    "here in the ticket", "in this ticket", "on this ticket", "in this thread", "here in the thread", "in the ticket comments", "as a comment on this ticket",
    "hier im ticket", "in diesem ticket", "hier in diesem ticket", "ici dans le ticket", "dans ce ticket", "dans ce fil", "aqui en el ticket", "en este ticket", "en este hilo",
    "neste chamado", "aqui no chamado", "neste ticket", "aqui no ticket", "in questo ticket", "qui nel ticket", "in questo thread", "hier in het ticket", "in dit ticket",
    "w tym zgloszeniu", "tutaj w zgloszeniu", "в этом тикете", "в этой заявке", "у цьому тікеті", "у цій заявці", "bu talepte", "bu bilete", "このチケットに", "この工单", "在这个工单里",
    "在此工单中", "이 티켓에", "في هذه التذكرة", "इस टिकट में", "i det har arendet", "i detta arende",
  ],
  /** Posted or pasted there. */
  POST_VERB: [
    "post", "posten", "poste", "postez", "poster", "publiez", "publier", "publica", "publicad", "publique", "publiquem", "publicar", "pubblica", "pubblicate", "pubblicare",
    "plaats", "plaatsen", "opublikuj", "opublikujcie", "paste", "einfugen", "collez", "coller", "pega", "pegad", "pegue", "colar", "cole", "incolla", "incollate", "plak", "plakken",
    "wklej", "wklejcie", "опубликуйте", "вставьте", "опублікуйте", "вставте", "yapistirin", "paylasin", "貼って", "贴上", "贴到", "붙여", "انشر", "انشروا", "पोस्ट", "klistra in",
  ],
} as const satisfies Record<string, readonly string[]>;
