/**
 * For the free-text parser (extract-fields.ts), like kinds.ts: the words a writer closes a message with, the writer
 * pointing at their own address, and a contact named for questions. An address in the sign-off at the end of the text ("Best regards, / Mia Torres, People Team
 * / mia.torres@…", "Regards, service-owner@…") or after "ping me at" is the writer's, never the leaver's. Entry syntax as in
 * override.ts.
 */
export const SIGN_OFF_CONCEPTS = {
  SIGN_OFF: [
    "regards", "best regards", "kind regards", "warm regards", "best", "best wishes", "thanks", "thank you", "many thanks", "cheers", "sincerely", "yours sincerely", "br", "rgds", "kr",
    // de fr es pt it nl
    "mit freundlichen grüßen", "mit freundlichen grüssen", "freundliche grüße", "viele grüße", "beste grüße", "grüße", "gruß", "lg", "vg", "mfg", "danke", "vielen dank",
    "cordialement", "bien cordialement", "bien à vous", "merci", "merci d avance", "salutations", "saludos", "un saludo", "saludos cordiales", "atentamente", "gracias", "muchas gracias",
    "atenciosamente", "cumprimentos", "obrigado", "obrigada", "abraços", "abraço", "cordiali saluti", "distinti saluti", "saluti", "grazie", "grazie mille",
    "met vriendelijke groet", "vriendelijke groet", "groeten", "groetjes", "bedankt", "dank je",
    // pl ru uk tr sv da nb fi
    "pozdrawiam", "z poważaniem", "dziękuję", "с уважением", "спасибо", "з повагою", "дякую", "saygılarımla", "teşekkürler", "iyi çalışmalar",
    "med vänlig hälsning", "vänliga hälsningar", "hälsningar", "mvh", "tack", "venlig hilsen", "med venlig hilsen", "vennlig hilsen", "ystävällisin terveisin", "terveisin", "kiitos",
    // ja zh ko ar he hi
    "よろしくお願いします", "よろしくお願いいたします", "谢谢", "謝謝", "此致", "감사합니다", "고맙습니다", "مع التحية", "مع خالص التحية", "شكرا", "شكراً", "בברכה", "תודה", "धन्यवाद", "सादर",
  ],
  /** The writer as the object, right before the address: "ping me at x@", "reach me on x@", "schreibt mir an x@". */
  WRITER_AT: [
    "me at", "me on", "me via", "me by email at", "me by mail at", "mir an", "mir unter", "mich unter", "mich an", "moi à", "me escribís a", "escríbeme a", "escríbanme a", "me a", "fale comigo em", "scrivimi a",
    "my email", "my e mail", "my address", "my mail", "meine adresse", "meine e mail", "mon adresse", "mon mail", "mi correo", "mi email", "meu email", "meu e mail", "il mio indirizzo",
  ],
  /**
   * Whom to ask, or who asks, right before an address: "Questions -> x@", "Requester: x@", "Pour toute question : x@",
   * "Referente: x@", "Подробности у меня: x@", "문의는 팀장님 x@": a contact, not the leaver.
   */
  CONTACT_FOR: [
    "requester", "requestor", "requested by", "submitted by", "antragsteller", "demandeur", "solicitante", "richiedente", "aanvrager", "zgłaszający", "заявитель",
    "questions", "any questions", "for questions", "questions to", "queries", "for queries", "contact for queries", "contact", "point of contact", "agency contact", "hr contact", "reach out to",
    "fragen", "bei fragen", "fragen an", "rückfragen", "rückfragen an", "kontakt", "ansprechpartner", "ansprechpartnerin", "pour toute question", "pour toute information",
    "consultas", "dudas", "para dudas", "contacto", "dúvidas", "contato", "referente", "per info", "per informazioni", "per domande", "contatto", "vragen", "contactpersoon",
    "pytania", "w razie pytań", "kontakt", "sorular", "iletişim", "frågor", "kontaktperson", "подробности у меня", "по вопросам", "вопросы", "контакт", "문의는", "문의", "お問い合わせ", "問い合わせ", "咨询", "联系人",
  ],
  /** The person before it leaves, for the parser's named address ("Dana Reyes (x@) is leaving on Friday", "… (x@) verlässt uns"). */
  LEAVES: [
    "leaves", "leaving", "is leaving", "will leave", "left", "has left", "departs", "departing", "finishes", "finishing", "is finishing", "exits", "is exiting", "her last day", "his last day", "their last day",
    "verlässt", "scheidet", "geht", "quitte", "part", "nous quitte", "deja", "se va", "sale", "sai", "vai sair", "lascia", "va via", "vertrekt", "gaat weg", "odchodzi", "уходит", "увольняется",
    "ayrılıyor", "ayriliyor", "slutar", "lopettaa", "退職", "离职", "퇴사",
  ],
} as const satisfies Record<string, readonly string[]>;
